#include "importpreviewdialog.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace hookboard {

namespace {

QString stepText(ImportPlan::Step step)
{
    switch (step) {
    case ImportPlan::Step::Create:
        return ImportPreviewDialog::tr("New");
    case ImportPlan::Step::Update:
        return ImportPreviewDialog::tr("Changed");
    case ImportPlan::Step::Unchanged:
        return ImportPreviewDialog::tr("No change");
    }
    return {};
}

QString receiverDetail(const ImportPlan::ReceiverStep &step)
{
    if (step.step == ImportPlan::Step::Update)
        return step.changedFields.join(QStringLiteral(", "));
    if (step.secretGenerated)
        return ImportPreviewDialog::tr("a new shared secret is made: give it to the receiver");
    return step.wanted.fields.webhookUri.value_or(QString());
}

QString summaryText(const ImportPlan &plan)
{
    using Step = ImportPlan::Step;
    if (plan.changesNothing())
        return ImportPreviewDialog::tr("Nothing to import: this Hookboard already has every receiver and "
                                       "subscription of the file as it is.");
    QString text =
        ImportPreviewDialog::tr("Receivers: %1 new, %2 changed, %3 unchanged. Subscriptions: %4 new, "
                                "%5 changed.")
            .arg(plan.count(Step::Create))
            .arg(plan.count(Step::Update))
            .arg(plan.count(Step::Unchanged))
            .arg(plan.subscriptionCount(Step::Create))
            .arg(plan.subscriptionCount(Step::Update));
    if (plan.receiversLeftAlone > 0)
        text += QLatin1Char(' ') +
                ImportPreviewDialog::tr("%n receiver(s) here that the file does not name stay as they are.",
                                        nullptr, plan.receiversLeftAlone);
    return text;
}

} // namespace

ImportPreviewDialog::ImportPreviewDialog(const ImportPlan &plan, const QString &fileName, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Import configuration"));
    setObjectName(QStringLiteral("importPreviewDialog"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Importing %1 will do this. Nothing is written until you choose Import; "
                                "then all of it is written, or none of it.")
                                 .arg(QFileInfo(fileName).fileName()),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("importPlanTree"));
    m_tree->setAccessibleName(tr("What the import changes"));
    m_tree->setColumnCount(3);
    m_tree->setHeaderLabels({tr("Receiver or subscription"), tr("What happens"), tr("Details")});
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(true);
    for (const ImportPlan::ReceiverStep &step : plan.receivers) {
        auto *item = new QTreeWidgetItem(
            m_tree, {step.wanted.fields.name.value_or(QString()), stepText(step.step), receiverDetail(step)});
        for (const ImportPlan::SubscriptionStep &s : step.subscriptions) {
            new QTreeWidgetItem(item, {s.wanted.resource + QLatin1Char(' ') + s.wanted.action,
                                       stepText(s.step), s.wanted.active ? tr("active") : tr("paused")});
        }
        item->setExpanded(step.step != ImportPlan::Step::Unchanged);
    }
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    layout->addWidget(m_tree, 1);

    auto *summary = new QLabel(summaryText(plan), this);
    summary->setObjectName(QStringLiteral("importSummary"));
    summary->setWordWrap(true);
    layout->addWidget(summary);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *import = buttons->addButton(tr("Import"), QDialogButtonBox::AcceptRole);
    import->setObjectName(QStringLiteral("importButton"));
    import->setEnabled(!plan.changesNothing());
    import->setDefault(!plan.changesNothing());
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(640, 420);
}

} // namespace hookboard
