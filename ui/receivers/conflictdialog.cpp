#include "conflictdialog.h"

#include "delivery/schedulesyntax.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace hookboard {

namespace {

struct FieldText
{
    QString label;
    QString base; // as the form loaded it
    QString mine;
    QString stored;
    bool masked = false; // compared whole, shown masked
};

QString headersText(const QList<WebhookHeader> &headers)
{
    QStringList lines;
    for (const WebhookHeader &header : headers)
        lines.append(header.key + QLatin1String(": ") + header.value);
    return lines.join(QLatin1Char('\n'));
}

// Enough of a secret to tell two apart without showing it.
QString maskedSecret(const QString &secret)
{
    if (secret.size() <= 10)
        return QString(secret.size(), QChar(0x2022));
    return secret.left(6) + QString(6, QChar(0x2022)) + secret.right(4);
}

QString deliveryText(const DeliverySettings &delivery)
{
    QStringList parts;
    if (delivery.ordered)
        parts << ConflictDialog::tr("one at a time, in order");
    if (delivery.maxInFlight)
        parts << ConflictDialog::tr("at most %1 in flight").arg(*delivery.maxInFlight);
    if (delivery.timeoutMs)
        parts << ConflictDialog::tr("%1 s per attempt").arg(QLocale().toString(*delivery.timeoutMs / 1000.0));
    if (delivery.retrySchedule)
        parts << ConflictDialog::tr("retries after %1").arg(ScheduleSyntax::format(*delivery.retrySchedule));
    return parts.isEmpty() ? ConflictDialog::tr("this Hookboard's defaults")
                           : parts.join(QStringLiteral("; "));
}

QList<FieldText> fieldsOf(const Receiver &base, const Receiver &mine, const Receiver &stored)
{
    const auto yesNo = [](bool value) {
        return value ? ConflictDialog::tr("Yes") : ConflictDialog::tr("No");
    };
    const auto row = [&](const QString &label, auto text) {
        return FieldText{label, text(base), text(mine), text(stored)};
    };
    QList<FieldText> rows{
        row(ConflictDialog::tr("Name"), [](const Receiver &r) { return r.name; }),
        row(ConflictDialog::tr("Description"), [](const Receiver &r) { return r.description; }),
        row(ConflictDialog::tr("URL"), [](const Receiver &r) { return r.webhookUri; }),
        row(ConflictDialog::tr("Content type"), [](const Receiver &r) { return r.contentType; }),
        row(ConflictDialog::tr("Expected response code"),
            [](const Receiver &r) { return QString::number(r.expectedResponseCode); }),
        row(ConflictDialog::tr("Active"), [&](const Receiver &r) { return yesNo(r.active); }),
        row(ConflictDialog::tr("Custom headers"), [](const Receiver &r) { return headersText(r.headers); }),
        row(ConflictDialog::tr("Delivery"), [](const Receiver &r) { return deliveryText(r.delivery); }),
        row(ConflictDialog::tr("Shared secret"), [](const Receiver &r) { return r.sharedSecret; }),
    };
    rows.last().masked = true;
    return rows;
}

} // namespace

ConflictDialog::ConflictDialog(const Receiver &base, const Receiver &mine, const Receiver &stored,
                               QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("conflictDialog"));
    setWindowTitle(tr("Receiver changed elsewhere"));
    auto *layout = new QVBoxLayout(this);

    auto *summary = new QLabel(this);
    summary->setObjectName(QStringLiteral("conflictSummary"));
    summary->setWordWrap(true);
    const QString when = QLocale().toString(QDateTime::fromMSecsSinceEpoch(stored.updatedAtMs).toLocalTime(),
                                            QLocale::ShortFormat);
    summary->setText(tr("“%1” was changed at %2 (through the API, another window or the dispatcher) after "
                        "you began editing it. Saving yours writes only the fields you edited (marked); "
                        "what was changed elsewhere in the other fields stays.")
                         .arg(stored.name, when));
    layout->addWidget(summary);

    const QList<FieldText> fields = fieldsOf(base, mine, stored);
    m_table = new QTableWidget(int(fields.size()), 3, this);
    m_table->setObjectName(QStringLiteral("conflictTable"));
    m_table->setHorizontalHeaderLabels({tr("Field"), tr("Your edits"), tr("Stored now")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setWordWrap(true);
    m_table->setFocusPolicy(Qt::NoFocus); // a comparison to read, not cells to visit
    // Rows follow the columns' widths, so wrapped descriptions and header lists fit as the dialog grows.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    // A translucent amber reads on light and dark bases alike.
    const QColor marked(255, 170, 0, 70);
    for (int row = 0; row < fields.size(); ++row) {
        const FieldText &field = fields.at(row);
        const bool edited = field.mine != field.base;
        const bool overwrites = edited && field.mine != field.stored;
        if (field.mine != field.stored)
            m_differences.append(field.label);
        if (edited)
            m_edited.append(field.label);
        auto *label = new QTableWidgetItem(overwrites ? tr("%1 ≠").arg(field.label) : field.label);
        auto *mineItem = new QTableWidgetItem(!edited        ? tr("not edited")
                                              : field.masked ? maskedSecret(field.mine)
                                                             : field.mine);
        auto *storedItem = new QTableWidgetItem(field.masked ? maskedSecret(field.stored) : field.stored);
        if (!edited) {
            mineItem->setForeground(palette().brush(QPalette::PlaceholderText));
            if (field.stored != field.base)
                label->setToolTip(tr("Changed elsewhere; saving your edits keeps this change"));
        }
        if (overwrites) {
            QFont bold = m_table->font();
            bold.setBold(true);
            for (QTableWidgetItem *item : {label, mineItem, storedItem}) {
                item->setBackground(marked);
                item->setFont(bold);
            }
            label->setToolTip(
                field.stored != field.base
                    ? tr("Changed here and elsewhere: saving your edits replaces the other change")
                    : tr("Your edit; saving writes it"));
        }
        for (QTableWidgetItem *item : {label, mineItem, storedItem})
            item->setTextAlignment(Qt::AlignLeft | Qt::AlignTop);
        m_table->setItem(row, 0, label);
        m_table->setItem(row, 1, mineItem);
        m_table->setItem(row, 2, storedItem);
    }
    layout->addWidget(m_table, 1);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *reload = buttons->addButton(tr("Reload stored version"), QDialogButtonBox::DestructiveRole);
    reload->setObjectName(QStringLiteral("conflictReloadButton"));
    reload->setToolTip(tr("Discard your changes and show the receiver as it is stored now"));
    QPushButton *overwrite = buttons->addButton(tr("Save my edits over it"), QDialogButtonBox::AcceptRole);
    overwrite->setObjectName(QStringLiteral("conflictOverwriteButton"));
    overwrite->setToolTip(tr("Write the fields you edited; the other fields keep what is stored now"));
    overwrite->setEnabled(!m_edited.isEmpty());
    QPushButton *keep = buttons->addButton(tr("Keep editing"), QDialogButtonBox::RejectRole);
    keep->setObjectName(QStringLiteral("conflictKeepEditingButton"));
    keep->setDefault(true);
    connect(reload, &QPushButton::clicked, this, [this] { finish(Reload); });
    connect(overwrite, &QPushButton::clicked, this, [this] { finish(Overwrite); });
    connect(keep, &QPushButton::clicked, this, [this] { finish(KeepEditing); });
    layout->addWidget(buttons);
    resize(820, 420);
}

ConflictDialog::Choice ConflictDialog::ask(const Receiver &base, const Receiver &mine, const Receiver &stored,
                                           QWidget *parent)
{
    ConflictDialog dialog(base, mine, stored, parent);
    if (Script scripted = std::exchange(nextAnswer(), {}))
        return scripted(dialog);
    dialog.exec();
    return dialog.choice();
}

void ConflictDialog::setNextAnswer(Script script)
{
    nextAnswer() = std::move(script);
}

void ConflictDialog::finish(Choice choice)
{
    m_choice = choice;
    if (choice == KeepEditing)
        reject();
    else
        accept();
}

ConflictDialog::Script &ConflictDialog::nextAnswer()
{
    static Script script;
    return script;
}

} // namespace hookboard
