#pragma once

#include "model/receiver.h"
#include "model/subscription.h"

#include <QAbstractTableModel>
#include <QList>

namespace hookboard {

class WebhookService;

// The receivers of a store as a table, oldest first, kept current from WebhookService's signals with
// row-level notifications (a single change never resets the model, so selection and scrolling stay).
class ReceiverListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        UrlColumn,
        ActiveColumn,
        SubscriptionsColumn,
        ColumnCount
    };
    enum Role
    {
        ReceiverIdRole = Qt::UserRole + 1
    };

    explicit ReceiverListModel(WebhookService &service, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Reads every receiver again (a full reset): for start-up and after the store changed under us.
    void reload();
    // The error of the last reload, empty when it worked.
    QString loadError() const { return m_loadError; }

    Receiver receiverAt(int row) const { return m_rows.at(row).receiver; }
    int rowOf(qint64 receiverId) const;

signals:
    void loadErrorChanged(const QString &error);

private:
    struct Row
    {
        Receiver receiver;
        int subscriptionCount = 0;
    };

    void onReceiverCreated(const Receiver &receiver);
    void onReceiverUpdated(const Receiver &receiver);
    void onReceiverDeleted(qint64 id);
    void onSubscriptionCountChanged(qint64 receiverId, int delta);
    void setLoadError(const QString &error);

    WebhookService &m_service;
    QList<Row> m_rows; // ordered by receiver id, as the service pages them
    QString m_loadError;
};

} // namespace hookboard
