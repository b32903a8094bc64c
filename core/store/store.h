#pragma once

#include "common/result.h"
#include "database.h"
#include "deliverystore.h"
#include "eventstore.h"
#include "receiverstore.h"
#include "settingsstore.h"
#include "subscriptionstore.h"
#include "userstore.h"

#include <QString>
#include <memory>

namespace hookboard {

// A Hookboard store: one connection to the database (SQLite or PostgreSQL) and the tables' SQL,
// behind one owner.
class Store
{
public:
    static constexpr const char *kFileName = "hookboard.db";

    // Opens the store at location: the SQLite file in its data folder (created 0700 if missing; the
    // database file is 0600), or its PostgreSQL database. A QString is a data folder.
    static Result<std::unique_ptr<Store>> open(const StoreLocation &location,
                                               Durability durability = Durability::Acknowledged);

    Database &database() { return *m_db; }
    ReceiverStore &receivers() { return m_receivers; }
    SubscriptionStore &subscriptions() { return m_subscriptions; }
    EventStore &events() { return m_events; }
    UserStore &users() { return m_users; }
    DeliveryStore &deliveries() { return m_deliveries; }
    SettingsStore &settings() { return m_settings; }

private:
    explicit Store(std::unique_ptr<Database> db);

    std::unique_ptr<Database> m_db;
    ReceiverStore m_receivers;
    SubscriptionStore m_subscriptions;
    EventStore m_events;
    UserStore m_users;
    DeliveryStore m_deliveries;
    SettingsStore m_settings;
};

} // namespace hookboard
