#include "settingsstore.h"

#include "database.h"
#include "sqlquery.h"

namespace hookboard {

Result<std::optional<QString>> SettingsStore::value(const QString &key)
{
    SqlQuery select(m_db.connection(), QStringLiteral("SELECT value FROM settings WHERE key = :key"));
    select.bind(QStringLiteral(":key"), key);
    if (Status status = select.exec(); !status)
        return status.error();
    if (!select.next())
        return std::optional<QString>();
    return std::optional<QString>(select.value(0).toString());
}

Status SettingsStore::setValue(const QString &key, const QString &value)
{
    SqlQuery upsert(m_db.connection(),
                    QStringLiteral("INSERT INTO settings (key, value) VALUES (:key, :value) "
                                   "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    upsert.bind(QStringLiteral(":key"), key).bind(QStringLiteral(":value"), value);
    return upsert.exec();
}

Status SettingsStore::remove(const QString &key)
{
    SqlQuery remove(m_db.connection(), QStringLiteral("DELETE FROM settings WHERE key = :key"));
    remove.bind(QStringLiteral(":key"), key);
    return remove.exec();
}

Result<QString> SettingsStore::ensure(const QString &key, const QString &initial)
{
    // Insert-if-absent, then read back: whoever wrote first wins, with no read-then-write window.
    SqlQuery insert(m_db.connection(),
                    QStringLiteral("INSERT INTO settings (key, value) VALUES (:key, :value) "
                                   "ON CONFLICT (key) DO NOTHING"));
    insert.bind(QStringLiteral(":key"), key).bind(QStringLiteral(":value"), initial);
    if (Status status = insert.exec(); !status)
        return status.error();
    Result<std::optional<QString>> stored = value(key);
    if (!stored)
        return stored.error();
    if (!stored->has_value())
        return Error::internal(QStringLiteral("store: setting %1 vanished after insert").arg(key));
    return **stored;
}

} // namespace hookboard
