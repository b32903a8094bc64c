#pragma once

// Shared by the event log's GUI tests: finding widgets, receivers subscribed in one call, events
// published a millisecond apart, and event columns set straight in SQL (as the dispatcher would
// have left them).

#include "consoletestsupport.h"

#include <QSqlQuery>
#include <QWidget>

namespace hookboard::test {

inline Receiver subscribedReceiver(TestStore &t, const QString &tag,
                                   const QString &resource = QStringLiteral("RUNS"),
                                   const QString &action = QStringLiteral("CREATE"))
{
    const Receiver receiver = t.makeReceiver(tag);
    t.subscribe(receiver.id, resource, action);
    return receiver;
}

// count publishes of resource/action, the clock moved a millisecond before each; every event
// they made, in order.
inline QList<qint64> publishMany(TestStore &t, int count, const QString &resource = QStringLiteral("RUNS"),
                                 const QString &action = QStringLiteral("CREATE"),
                                 const QByteArray &data = "{}")
{
    QList<qint64> ids;
    for (int i = 0; i < count; ++i) {
        t.clock().advanceMs(1);
        const Result<QList<qint64>> published = t.service().publish({resource, action, data});
        if (!published)
            qFatal("publishMany: %s", qPrintable(published.error().message));
        ids += *published;
    }
    return ids;
}

inline void setEventColumns(TestStore &t, qint64 id, const QString &status, int attempts = 1,
                            const QVariant &lastResponseCode = {})
{
    QSqlQuery set(t.store().database().connection());
    set.prepare(QStringLiteral("UPDATE events SET status = :s, attempt_count = :a, last_response_code = :c "
                               "WHERE id = :id"));
    set.bindValue(QStringLiteral(":s"), status);
    set.bindValue(QStringLiteral(":a"), attempts);
    set.bindValue(QStringLiteral(":c"), lastResponseCode);
    set.bindValue(QStringLiteral(":id"), id);
    if (!set.exec())
        qFatal("setEventColumns failed");
}

} // namespace hookboard::test
