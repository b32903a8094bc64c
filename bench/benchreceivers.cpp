#include "benchreceivers.h"

#include "benchsupport.h"
#include "service/webhookservice.h"

#include <QMutexLocker>
#include <utility>

namespace hookboard::bench {

const char *const kResources[15] = {"RUNS",
                                    "RUN_STEPS",
                                    "RUN_STEP_FIELDS",
                                    "PROCEDURES",
                                    "ISSUES",
                                    "PARTS",
                                    "PART_INVENTORIES",
                                    "PURCHASE_ORDERS",
                                    "PURCHASE_ORDER_LINES",
                                    "RECEIPTS",
                                    "FILE_ATTACHMENTS",
                                    "LOCATIONS",
                                    "SUPPLIERS",
                                    "KITS",
                                    "ABOMS"};

Status addReceivers(WebhookService &service, const test::TestHttpsServer &server, int count, int cap)
{
    const Actor actor{QStringLiteral("bench")};
    for (int i = 0; i < count; ++i) {
        ReceiverInput input;
        input.name = QStringLiteral("bench receiver %1").arg(i + 1);
        input.webhookUri = server.url(QStringLiteral("/r%1").arg(i + 1)).toString();
        if (cap > 0) {
            DeliverySettings delivery;
            delivery.maxInFlight = cap;
            input.delivery = delivery;
        }
        Result<Receiver> receiver = service.createReceiver(input, actor);
        if (!receiver)
            return receiver.error();
        SubscriptionInput subscription;
        subscription.receiverId = receiver->id;
        subscription.resource = QString::fromLatin1(kResources[i]);
        subscription.action = QStringLiteral("CREATE");
        if (Result<Subscription> made = service.createSubscription(subscription, actor); !made)
            return made.error();
    }
    return {};
}

qint64 eventIdOf(const QByteArray &body)
{
    static const QByteArray key = QByteArrayLiteral("\"event_id\":");
    const qsizetype at = body.indexOf(key);
    if (at < 0)
        return -1;
    qsizetype end = at + key.size();
    while (end < body.size() && body.at(end) >= '0' && body.at(end) <= '9')
        ++end;
    bool ok = false;
    const qint64 id = body.mid(at + key.size(), end - at - key.size()).toLongLong(&ok);
    return ok ? id : -1;
}

ArrivalLog::ArrivalLog(test::TestHttpsServer *server)
{
    m_connection = QObject::connect(
        server, &test::TestHttpsServer::requestReceived, server,
        [this, server](const test::TestHttpsServer::Request &request) {
            const qint64 at = nowUs();
            {
                const QMutexLocker lock(&m_mutex);
                m_arrivals.push_back({eventIdOf(request.body), at});
            }
            server->clearRequests();
        },
        Qt::DirectConnection);
}

ArrivalLog::~ArrivalLog()
{
    QObject::disconnect(m_connection);
}

std::vector<ArrivalLog::Arrival> ArrivalLog::take()
{
    const QMutexLocker lock(&m_mutex);
    return std::exchange(m_arrivals, {});
}

qsizetype ArrivalLog::size() const
{
    const QMutexLocker lock(&m_mutex);
    return qsizetype(m_arrivals.size());
}

} // namespace hookboard::bench
