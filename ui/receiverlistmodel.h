#pragma once

#include "health/healthbadge.h"
#include "model/receiver.h"
#include "model/receiverhealth.h"
#include "model/subscription.h"
#include "stats/deliverystats.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QIcon>
#include <QList>
#include <memory>
#include <optional>

class QTimer;

namespace hookboard {

struct ConsoleContext;
class StoreReader;
class WebhookService;

// The receivers of a store as a table, oldest first, kept current from WebhookService's signals with
// row-level notifications (a single change never resets the model, so selection and scrolling stay).
// Each row carries the receiver's health and its last day's success rate and median latency
// (DeliveryStats). Those are read again on a timer and after the delivery engine reports work,
// coalesced: however many attempts finish, the store is asked at most once per kCoalesceMs.
class ReceiverListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        UrlColumn,
        ActiveColumn, // a check box: on or off through WebhookService::setReceiverActive
        SubscriptionsColumn,
        HealthColumn,
        SuccessRateColumn,   // the last 24 hours (DeliveryStats' last day)
        MedianLatencyColumn, // the last 24 hours
        ColumnCount
    };
    enum Role
    {
        ReceiverIdRole = Qt::UserRole + 1,
        HealthStateRole, // HealthBadge::State as int
        StatValueRole,   // the raw number behind a statistics cell (rate 0..1, latency ms); empty without
                         // attempts
    };

    static constexpr int kCoalesceMs = 1000;
    static constexpr int kRefreshIntervalMs = 30000; // the day's window slides even when nothing happens

    // With the context's store and clock the statistics columns are filled; its engine (may be null)
    // tells when attempts were recorded.
    explicit ReceiverListModel(const ConsoleContext &context, QObject *parent = nullptr);
    // Without a store: health comes from the service, the success rate and latency columns stay empty.
    explicit ReceiverListModel(WebhookService &service, QObject *parent = nullptr);
    ~ReceiverListModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Reads every receiver again (a full reset): for start-up and after the store changed under us.
    void reload();
    // The error of the last reload, empty when it worked.
    QString loadError() const { return m_loadError; }

    Receiver receiverAt(int row) const { return m_rows.at(row).receiver; }
    int rowOf(qint64 receiverId) const;

    // Reads health and statistics of every row now (the timer and the engine's signals come here).
    void refreshStatistics();
    // Asks for refreshStatistics() within kCoalesceMs, once however often it is asked.
    void scheduleRefresh();

signals:
    void loadErrorChanged(const QString &error);
    // Switching a receiver on or off was refused (a stale etag, a store error); message says why.
    void activeChangeFailed(qint64 receiverId, const QString &message);
    // A statistics refresh was read (off the GUI thread) and is now shown.
    void statisticsRefreshed();

private:
    struct Row
    {
        Receiver receiver;
        int subscriptionCount = 0;
        std::optional<ReceiverHealth> health;
        DeliverySummary day; // the last 24 hours
        QString activeError; // why the last switch of the Active check box was refused
    };

    ReceiverListModel(WebhookService &service, const ConsoleContext *context, QObject *parent);

    // What one statistics refresh read: the last day per receiver and each receiver's health.
    struct StatisticsRead
    {
        QHash<qint64, DeliverySummary> days;
        QString statsError; // the day figures could not be read (the rows keep theirs)
        QHash<qint64, ReceiverHealth> health;
    };
    void applyStatistics(const StatisticsRead &read);
    void onReceiverCreated(const Receiver &receiver);
    void onReceiverUpdated(const Receiver &receiver);
    void onReceiverDeleted(qint64 id);
    void onSubscriptionCountChanged(qint64 receiverId, int delta);
    void setLoadError(const QString &error);
    bool setActive(int row, bool active);
    QVariant statisticsData(const Row &row, int column, int role) const;
    const QIcon &iconFor(HealthBadge::State state) const;

    WebhookService &m_service;
    StoreReader *m_reader = nullptr; // null without a console context: no statistics then
    QList<Row> m_rows;               // ordered by receiver id, as the service pages them
    QString m_loadError;
    QString m_statsError;
    QTimer *m_coalesce = nullptr;
    QTimer *m_periodic = nullptr;
    mutable QHash<int, QIcon> m_icons;
};

} // namespace hookboard
