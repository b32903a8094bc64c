#include "configtransfer.h"

#include "importpreviewdialog.h"
#include "service/storereader.h"
#include "service/webhookservice.h"
#include "transfer/configdocument.h"

#include <QAction>
#include <QCheckBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace hookboard {

namespace {

const QString kJsonFilter = QStringLiteral("%1 (*.json)");

// Asks whether the file should hold the shared secrets; nothing if the person cancelled.
std::optional<bool> askForSecrets(QWidget *parent)
{
    QDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("exportConfigurationDialog"));
    dialog.setWindowTitle(ConfigTransfer::tr("Export configuration"));
    auto *layout = new QVBoxLayout(&dialog);
    auto *text =
        new QLabel(ConfigTransfer::tr("The file holds every receiver with its URL, headers and delivery "
                                      "settings, and its subscriptions. Header values may be "
                                      "credentials, so only you can read the file."),
                   &dialog);
    text->setWordWrap(true);
    layout->addWidget(text);
    auto *secrets = new QCheckBox(ConfigTransfer::tr("Include the shared secrets"), &dialog);
    secrets->setObjectName(QStringLiteral("includeSecretsCheck"));
    secrets->setToolTip(
        ConfigTransfer::tr("Without them, an import makes new secrets, which each receiver must "
                           "then be given. With them, anyone with the file can sign as "
                           "Hookboard."));
    layout->addWidget(secrets);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, &dialog);
    buttons->addButton(ConfigTransfer::tr("Export…"), QDialogButtonBox::AcceptRole)
        ->setObjectName(QStringLiteral("exportConfigurationButton"));
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return secrets->isChecked();
}

} // namespace

QString chooseTransferFile(QWidget *parent, bool save, const QString &title, const QString &suggestedName,
                           const QString &nameFilter)
{
    QFileDialog dialog(parent, title, QDir::homePath(), nameFilter);
    dialog.setObjectName(QStringLiteral("transferFileDialog"));
    dialog.setOption(QFileDialog::DontUseNativeDialog);
    dialog.setAcceptMode(save ? QFileDialog::AcceptSave : QFileDialog::AcceptOpen);
    dialog.setFileMode(save ? QFileDialog::AnyFile : QFileDialog::ExistingFile);
    if (!suggestedName.isEmpty())
        dialog.selectFile(suggestedName);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return {};
    return dialog.selectedFiles().first();
}

ConfigTransfer::ConfigTransfer(const ConsoleContext &context, QWidget *parent)
    : QObject(parent), m_context(context), m_export(new QAction(tr("Export configuration…"), this)),
      m_import(new QAction(tr("Import configuration…"), this))
{
    m_export->setObjectName(QStringLiteral("exportConfigurationAction"));
    m_export->setToolTip(tr("Save the receivers and their subscriptions to a file, to set up another "
                            "Hookboard the same way"));
    m_import->setObjectName(QStringLiteral("importConfigurationAction"));
    m_import->setToolTip(tr("Create and update receivers and subscriptions from an exported file, after a "
                            "preview"));
    connect(m_export, &QAction::triggered, this, &ConfigTransfer::exportConfiguration);
    connect(m_import, &QAction::triggered, this, &ConfigTransfer::importConfiguration);
}

QWidget *ConfigTransfer::window() const
{
    return static_cast<QWidget *>(parent())->window();
}

void ConfigTransfer::exportConfiguration()
{
    const std::optional<bool> secrets = askForSecrets(window());
    if (!secrets)
        return;
    const QString path = chooseTransferFile(
        window(), true, tr("Export configuration"),
        QStringLiteral("hookboard-configuration-%1.json").arg(QDate::currentDate().toString(Qt::ISODate)),
        kJsonFilter.arg(tr("Configuration files")));
    if (path.isEmpty())
        return;
    m_export->setEnabled(false);
    m_context.reader->read<Result<qsizetype>>(
        this,
        [secrets = *secrets, path](StoreReader::Connection &connection) -> Result<qsizetype> {
            Result<ConfigDocument> document = ConfigDocument::read(connection.service, secrets);
            if (!document)
                return document.error();
            if (Status written = ConfigDocument::writeFile(path, document->toJson()); !written)
                return written.error();
            return document->receivers.size();
        },
        [this, path](Result<qsizetype> exported) {
            m_export->setEnabled(true);
            if (!exported)
                emit message(tr("The configuration was not exported: %1").arg(exported.error().message),
                             true);
            else
                emit message(tr("Exported %n receiver(s) to %1.", nullptr, int(*exported))
                                 .arg(QDir::toNativeSeparators(path)),
                             false);
        });
}

void ConfigTransfer::importConfiguration()
{
    const QString path = chooseTransferFile(window(), false, tr("Import configuration"), {},
                                            kJsonFilter.arg(tr("Configuration files")));
    if (path.isEmpty())
        return;
    m_import->setEnabled(false);
    m_context.reader->read<Result<ImportPlan>>(
        this,
        [path](StoreReader::Connection &connection) -> Result<ImportPlan> {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                return Error::badInput(QStringLiteral("file"), QStringLiteral("readable"),
                                       tr("%1 cannot be read: %2").arg(path, file.errorString()));
            // One byte more than allowed, so that parse() can say the file is too large.
            Result<ConfigDocument> document = ConfigDocument::parse(file.read(ConfigDocument::kMaxBytes + 1));
            if (!document)
                return document.error();
            return configimport::plan(connection.service, *document);
        },
        [this, path](Result<ImportPlan> plan) {
            m_import->setEnabled(true);
            if (!plan) {
                emit message(tr("Nothing was imported: %1").arg(plan.error().message), true);
                return;
            }
            preview(*plan, path);
        });
}

void ConfigTransfer::preview(const ImportPlan &plan, const QString &path)
{
    ImportPreviewDialog dialog(plan, path, window());
    if (dialog.exec() != QDialog::Accepted)
        return;
    Result<ImportResult> imported =
        configimport::apply(*m_context.service, plan, Actor{m_context.operatorName});
    if (!imported) {
        emit message(tr("Nothing was imported: %1").arg(imported.error().message), true);
        return;
    }
    QString text = tr("Imported. Receivers: %1 created, %2 updated. Subscriptions: %3 created, %4 updated.")
                       .arg(imported->receiversCreated)
                       .arg(imported->receiversUpdated)
                       .arg(imported->subscriptionsCreated)
                       .arg(imported->subscriptionsUpdated);
    if (!imported->generatedSecretsFor.isEmpty())
        text += QLatin1Char(' ') + tr("New shared secrets were made for %1: give each receiver its secret "
                                      "(Receivers → Secret) before it verifies deliveries.")
                                       .arg(imported->generatedSecretsFor.join(QStringLiteral(", ")));
    emit message(text, false);
}

} // namespace hookboard
