#include "conflictdialog.h"

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

QList<FieldText> fieldsOf(const Receiver &mine, const Receiver &stored)
{
    const auto yesNo = [](bool value) {
        return value ? ConflictDialog::tr("Yes") : ConflictDialog::tr("No");
    };
    return {
        {ConflictDialog::tr("Name"), mine.name, stored.name},
        {ConflictDialog::tr("Description"), mine.description, stored.description},
        {ConflictDialog::tr("URL"), mine.webhookUri, stored.webhookUri},
        {ConflictDialog::tr("Content type"), mine.contentType, stored.contentType},
        {ConflictDialog::tr("Expected response code"), QString::number(mine.expectedResponseCode),
         QString::number(stored.expectedResponseCode)},
        {ConflictDialog::tr("Active"), yesNo(mine.active), yesNo(stored.active)},
        {ConflictDialog::tr("Custom headers"), headersText(mine.headers), headersText(stored.headers)},
        {ConflictDialog::tr("Shared secret"), mine.sharedSecret, stored.sharedSecret, true},
    };
}

} // namespace

ConflictDialog::ConflictDialog(const Receiver &mine, const Receiver &stored, QWidget *parent)
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
                        "you began editing it. The marked rows differ. Keep the stored version, or save "
                        "yours over it.")
                         .arg(stored.name, when));
    layout->addWidget(summary);

    const QList<FieldText> fields = fieldsOf(mine, stored);
    m_table = new QTableWidget(int(fields.size()), 3, this);
    m_table->setObjectName(QStringLiteral("conflictTable"));
    m_table->setHorizontalHeaderLabels({tr("Field"), tr("Your version"), tr("Stored version")});
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
        const bool differs = field.mine != field.stored;
        auto *label = new QTableWidgetItem(differs ? tr("%1 ≠").arg(field.label) : field.label);
        auto *mineItem = new QTableWidgetItem(field.masked ? maskedSecret(field.mine) : field.mine);
        auto *storedItem = new QTableWidgetItem(field.masked ? maskedSecret(field.stored) : field.stored);
        if (differs) {
            m_differences.append(field.label);
            QFont bold = m_table->font();
            bold.setBold(true);
            for (QTableWidgetItem *item : {label, mineItem, storedItem}) {
                item->setBackground(marked);
                item->setFont(bold);
            }
            label->setToolTip(tr("The two versions differ here"));
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
    QPushButton *overwrite = buttons->addButton(tr("Overwrite with mine"), QDialogButtonBox::AcceptRole);
    overwrite->setObjectName(QStringLiteral("conflictOverwriteButton"));
    overwrite->setToolTip(tr("Save your version; the other change is lost"));
    QPushButton *keep = buttons->addButton(tr("Keep editing"), QDialogButtonBox::RejectRole);
    keep->setObjectName(QStringLiteral("conflictKeepEditingButton"));
    keep->setDefault(true);
    connect(reload, &QPushButton::clicked, this, [this] { finish(Reload); });
    connect(overwrite, &QPushButton::clicked, this, [this] { finish(Overwrite); });
    connect(keep, &QPushButton::clicked, this, [this] { finish(KeepEditing); });
    layout->addWidget(buttons);
    resize(820, 420);
}

ConflictDialog::Choice ConflictDialog::ask(const Receiver &mine, const Receiver &stored, QWidget *parent)
{
    ConflictDialog dialog(mine, stored, parent);
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
