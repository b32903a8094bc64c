#pragma once

#include "common/result.h"

#include <QString>
#include <optional>

namespace hookboard {

class Database;

// Small named values kept with the store (the generated API token, ...): the settings table.
class SettingsStore
{
public:
    explicit SettingsStore(Database &db) : m_db(db) {}

    // The value stored under key; nothing if there is none.
    Result<std::optional<QString>> value(const QString &key);
    // Stores value under key, replacing any value it had.
    Status setValue(const QString &key, const QString &value);
    // Removes the value under key, if there is one.
    Status remove(const QString &key);
    // The value under key; when there is none, stores initial and returns it. Two processes racing
    // on the same store both end up with the one value that was written first.
    Result<QString> ensure(const QString &key, const QString &initial);

private:
    Database &m_db;
};

} // namespace hookboard
