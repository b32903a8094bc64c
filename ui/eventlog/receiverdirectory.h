#pragma once

#include <QList>
#include <QMap>
#include <QObject>
#include <QString>

namespace hookboard {

class WebhookService;

// The names of the store's receivers, kept current from the service's signals, for the event
// log's receiver column and filter. Events outlive their receivers, so a deleted receiver keeps its
// name here (marked deleted) for as long as the console runs.
class ReceiverDirectory : public QObject
{
    Q_OBJECT
public:
    struct Entry
    {
        qint64 id = 0;
        QString name;
        bool deleted = false;
    };

    explicit ReceiverDirectory(WebhookService &service, QObject *parent = nullptr);

    // "Receiver name", "Receiver name (deleted)", or "receiver #7 (deleted)" for one deleted before
    // the console started.
    QString displayName(qint64 id) const;
    // The receivers that exist, by name.
    QList<Entry> receivers() const;
    // Why the receivers could not be read; empty when they could.
    QString loadError() const { return m_loadError; }

signals:
    void changed();

private:
    void reload();

    WebhookService &m_service;
    QMap<qint64, Entry> m_entries;
    QString m_loadError;
};

} // namespace hookboard
