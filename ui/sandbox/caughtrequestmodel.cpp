#include "caughtrequestmodel.h"

#include "sandbox/sandboxserver.h"
#include "sandbox/signatureverifier.h"
#include "widgets/codecolors.h"

#include <QDateTime>
#include <QGuiApplication>

namespace hookboard {

CaughtRequestModel::CaughtRequestModel(SandboxServer &sandbox, QObject *parent)
    : QAbstractTableModel(parent), m_sandbox(sandbox)
{
    connect(&sandbox, &SandboxServer::requestCaught, this, &CaughtRequestModel::onRequestCaught);
    connect(&sandbox, &SandboxServer::binConfigured, this, [this](const QString &bin) {
        if (bin == m_bin)
            reload(); // a lower keep drops the oldest at once
    });
}

void CaughtRequestModel::setBin(const QString &bin)
{
    m_bin = bin;
    reload();
}

void CaughtRequestModel::reload()
{
    beginResetModel();
    m_requests = m_bin.isEmpty() ? QList<CaughtRequest>() : m_sandbox.caughtRequests(m_bin);
    endResetModel();
}

int CaughtRequestModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_requests.size());
}

int CaughtRequestModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const CaughtRequest &CaughtRequestModel::requestAt(int row) const
{
    return m_requests.at(m_requests.size() - 1 - row);
}

int CaughtRequestModel::rowOfSequence(quint64 sequence) const
{
    for (qsizetype i = 0; i < m_requests.size(); ++i) {
        if (m_requests.at(i).sequence == sequence)
            return int(m_requests.size() - 1 - i);
    }
    return -1;
}

QVariant CaughtRequestModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CaughtRequest &request = requestAt(index.row());
    const int column = index.column();
    const bool isVerdict = column == StandardWebhooksColumn || column == GithubColumn;
    const SignatureVerdict verdict = column == GithubColumn ? request.github : request.standardWebhooks;
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case SequenceColumn:
            return qulonglong(request.sequence);
        case TimeColumn:
            return QDateTime::fromMSecsSinceEpoch(request.receivedMs)
                .toLocalTime()
                .toString(QStringLiteral("HH:mm:ss.zzz"));
        case MethodColumn:
            return QString::fromLatin1(request.method);
        case PathColumn:
            return QString::fromUtf8(request.target);
        case AnswerColumn:
            return request.answeredStatus;
        default:
            return verdictText(verdict);
        }
    case Qt::ForegroundRole: {
        // Read at paint time, so a theme switch recolours the table.
        const CodeColors colors = CodeColors::forPalette(QGuiApplication::palette());
        if (column == AnswerColumn)
            return request.answeredStatus >= 400 ? QVariant(colors.error) : QVariant();
        if (!isVerdict || verdict == SignatureVerdict::NotChecked)
            return {};
        return verdict == SignatureVerdict::Valid ? colors.success : colors.error;
    }
    case Qt::ToolTipRole:
        if (isVerdict)
            return verdictExplanation(verdict, column == StandardWebhooksColumn);
        if (column == TimeColumn)
            return QDateTime::fromMSecsSinceEpoch(request.receivedMs)
                .toLocalTime()
                .toString(Qt::ISODateWithMs);
        return {};
    case Qt::TextAlignmentRole:
        return column == SequenceColumn || column == AnswerColumn
                   ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant();
    case SequenceRole:
        return qulonglong(request.sequence);
    case VerdictRole:
        return isVerdict ? QVariant(int(verdict)) : QVariant();
    default:
        return {};
    }
}

QVariant CaughtRequestModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && section == StandardWebhooksColumn)
        return tr("webhook-signature, checked as the Standard Webhooks libraries do");
    if (role == Qt::ToolTipRole && section == GithubColumn)
        return tr("X-Hub-Signature-256, checked as GitHub-style receivers do");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SequenceColumn:
        return tr("#");
    case TimeColumn:
        return tr("Time");
    case MethodColumn:
        return tr("Method");
    case PathColumn:
        return tr("Path");
    case AnswerColumn:
        return tr("Answered");
    case StandardWebhooksColumn:
        return tr("Standard Webhooks");
    case GithubColumn:
        return tr("GitHub signature");
    default:
        return {};
    }
}

QString CaughtRequestModel::verdictText(SignatureVerdict verdict)
{
    switch (verdict) {
    case SignatureVerdict::NotChecked:
        return tr("not checked");
    case SignatureVerdict::Missing:
        return tr("missing");
    case SignatureVerdict::Valid:
        return tr("valid");
    case SignatureVerdict::Invalid:
        return tr("invalid");
    case SignatureVerdict::Expired:
        return tr("expired");
    }
    return {};
}

QString CaughtRequestModel::verdictExplanation(SignatureVerdict verdict, bool standardWebhooks)
{
    switch (verdict) {
    case SignatureVerdict::NotChecked:
        return tr("Not checked: no receiver points at this bin, so there is no secret to check with.");
    case SignatureVerdict::Missing:
        return standardWebhooks
                   ? tr("Missing: webhook-id, webhook-timestamp or webhook-signature is not in the request.")
                   : tr("Missing: the request has no X-Hub-Signature-256 header.");
    case SignatureVerdict::Valid:
        return standardWebhooks
                   ? tr("Valid: webhook-signature is the HMAC-SHA256 of \"id.timestamp.body\" with the "
                        "receiver's secret, and the timestamp is recent. A receiver would accept it.")
                   : tr("Valid: X-Hub-Signature-256 is the HMAC-SHA256 of the body with the receiver's "
                        "secret. A receiver would accept it.");
    case SignatureVerdict::Invalid:
        return tr("Invalid: a signature is there but none matches the receiver's secret (another secret, "
                  "or the body was changed on the way). A receiver would refuse it.");
    case SignatureVerdict::Expired:
        return tr("Expired: the signature matches, but webhook-timestamp is more than %n minute(s) away "
                  "from now. A receiver would refuse it as a possible replay.",
                  nullptr, int(SignatureVerifier::kToleranceSeconds / 60));
    }
    return {};
}

QString CaughtRequestModel::verdictConsequence(SignatureVerdict verdict)
{
    switch (verdict) {
    case SignatureVerdict::NotChecked:
        return tr("no receiver points here, so there is no secret to check with");
    case SignatureVerdict::Missing:
        return tr("not signed: a receiver would refuse it");
    case SignatureVerdict::Valid:
        return tr("a receiver would accept it");
    case SignatureVerdict::Invalid:
        return tr("no secret matches: a receiver would refuse it");
    case SignatureVerdict::Expired:
        return tr("the timestamp is too far off: a receiver would refuse it as a replay");
    }
    return {};
}

void CaughtRequestModel::onRequestCaught(const QString &bin, const CaughtRequest &request)
{
    if (bin != m_bin)
        return;
    const int newest = 0;
    beginInsertRows({}, newest, newest);
    m_requests.append(request);
    endInsertRows();
    // The bin keeps a bounded number of requests; what it dropped goes from the bottom too.
    const QList<CaughtRequest> kept = m_sandbox.caughtRequests(bin);
    const quint64 oldestKept = kept.isEmpty() ? request.sequence : kept.constFirst().sequence;
    qsizetype dropped = 0;
    while (dropped < m_requests.size() && m_requests.at(dropped).sequence < oldestKept)
        ++dropped;
    if (dropped > 0) {
        const int last = int(m_requests.size()) - 1;
        beginRemoveRows({}, last - int(dropped) + 1, last);
        m_requests.remove(0, dropped);
        endRemoveRows();
    }
}

} // namespace hookboard
