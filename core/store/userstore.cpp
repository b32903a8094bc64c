#include "userstore.h"

#include "database.h"
#include "sqlquery.h"

namespace hookboard {

Result<User> UserStore::ensure(const QString &name, qint64 nowMs)
{
    SqlQuery insert(m_db.connection(),
                    QStringLiteral("INSERT INTO users (name, created_at) VALUES (:name, :now) "
                                   "ON CONFLICT (name) DO NOTHING"));
    insert.bind(QStringLiteral(":name"), name).bind(QStringLiteral(":now"), nowMs);
    if (Status status = insert.exec(); !status)
        return status.error();
    SqlQuery select(m_db.connection(), QStringLiteral("SELECT id FROM users WHERE name = :name"));
    select.bind(QStringLiteral(":name"), name);
    if (Status status = select.exec(); !status)
        return status.error();
    if (!select.next())
        return Error::internal(QStringLiteral("store: user %1 vanished after insert").arg(name));
    return User{select.value(0).toLongLong(), name};
}

} // namespace hookboard
