#pragma once

#include <QAbstractTableModel>
#include <QList>

namespace hookboard {

class SandboxServer;

// The sandbox's bins by name, with how many requests each holds, live from SandboxServer's signals.
// Clearing and removing go through here, since the server announces neither.
class SandboxBinListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        CountColumn,
        ColumnCount
    };

    explicit SandboxBinListModel(SandboxServer &sandbox, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    QString binAt(int row) const { return m_rows.at(row).name; }
    int rowOf(const QString &bin) const;

    void clearBin(const QString &bin);
    void removeBin(const QString &bin);

private:
    struct Row
    {
        QString name;
        int count = 0;
        quint64 dropped = 0; // older requests the bin no longer keeps
    };

    void onBinCreated(const QString &bin);
    void refreshCount(const QString &bin);

    SandboxServer &m_sandbox;
    QList<Row> m_rows; // sorted by name, as SandboxServer::bins() lists them
};

} // namespace hookboard
