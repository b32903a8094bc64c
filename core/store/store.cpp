#include "store.h"

#include "datadir.h"

#include <QDir>

namespace hookboard {

Store::Store(std::unique_ptr<Database> db)
    : m_db(std::move(db)), m_receivers(*m_db), m_subscriptions(*m_db), m_events(*m_db), m_users(*m_db),
      m_deliveries(*m_db, m_receivers, m_events), m_settings(*m_db)
{}

Result<std::unique_ptr<Store>> Store::open(const StoreLocation &location, Durability durability)
{
    if (location.engine() == Engine::SQLite) {
        if (Status status = datadir::ensure(location.dataDir); !status)
            return status.error();
    }
    Result<std::unique_ptr<Database>> db = Database::open(location, schemaMigrations(), durability);
    if (!db)
        return db.error();
    return std::unique_ptr<Store>(new Store(std::move(db).value()));
}

} // namespace hookboard
