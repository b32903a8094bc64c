#pragma once

#include "sandbox/caughtrequest.h"

#include <QAbstractTableModel>
#include <QList>

namespace hookboard {

class SandboxServer;

// The requests one sandbox bin caught, newest first, with their signature verdicts; new ones are
// inserted as SandboxServer catches them, and the ones the bin drops (it keeps a bounded number)
// leave the bottom.
class CaughtRequestModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        SequenceColumn,
        TimeColumn,
        MethodColumn,
        PathColumn,
        AnswerColumn,
        StandardWebhooksColumn,
        GithubColumn,
        ColumnCount
    };
    enum Role
    {
        SequenceRole = Qt::UserRole + 1, // quint64, the bin's number for the request
        VerdictRole                      // int(SignatureVerdict) of the verdict columns
    };

    explicit CaughtRequestModel(SandboxServer &sandbox, QObject *parent = nullptr);

    // Shows bin's requests (an empty string: none).
    void setBin(const QString &bin);
    QString bin() const { return m_bin; }
    // Empties the list after the bin was cleared.
    void reload();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const CaughtRequest &requestAt(int row) const;
    int rowOfSequence(quint64 sequence) const;

    // How a verdict reads in the table, and what it means for someone debugging their receiver.
    static QString verdictText(SignatureVerdict verdict);
    static QString verdictExplanation(SignatureVerdict verdict, bool standardWebhooks);
    // The verdict's upshot in a few words: "a receiver would accept it", ...
    static QString verdictConsequence(SignatureVerdict verdict);

private:
    void onRequestCaught(const QString &bin, const CaughtRequest &request);

    SandboxServer &m_sandbox;
    QString m_bin;
    QList<CaughtRequest> m_requests; // oldest first, as the bin keeps them; row 0 is the last one
};

} // namespace hookboard
