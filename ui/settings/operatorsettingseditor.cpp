#include "operatorsettingseditor.h"

#include "receivers/fielderrorlabel.h"
#include "sandbox/sandboxserver.h"
#include "store/store.h"
#include "widgets/confirmation.h"
#include "widgets/statuslabel.h"

#include <QApplication>
#include <QClipboard>
#include <QCoreApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

namespace hookboard {

// Texts the settings page had before this form moved out of it keep their context, and so their
// translations: QCoreApplication::translate("hookboard::SettingsPage", ...).

namespace {

QLabel *noteLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

QLabel *valueLabel(const QString &text, const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(objectName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}

QSpinBox *spinBox(const char *objectName, int min, int max, const QString &suffix, QWidget *parent)
{
    auto *spin = new QSpinBox(parent);
    spin->setObjectName(QLatin1String(objectName));
    spin->setRange(min, max);
    spin->setSuffix(suffix);
    spin->setMinimumWidth(170); // one width for the column of numbers
    return spin;
}

// A list of entries, one a line: Tab moves on rather than typing a tab.
QPlainTextEdit *listEdit(const char *objectName, const QString &placeholder, QWidget *parent)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setObjectName(QLatin1String(objectName));
    edit->setTabChangesFocus(true);
    edit->setPlaceholderText(placeholder);
    edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 3 + 2 * edit->frameWidth() + 10);
    return edit;
}

} // namespace

OperatorSettingsEditor::OperatorSettingsEditor(const ConsoleContext &context, QWidget *parent)
    : QWidget(parent), m_context(context)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    layout->addWidget(deliveryGroup());
    layout->addWidget(connectionsGroup());
    if (m_context.settings) {
        // Not in this widget's layout: the page keeps it in view below its scrolling content.
        m_buttonBar = buttonRow();
        // The order a person reads in: delivery fields, trust and API fields, then the buttons.
        QList<QWidget *> chain;
        for (Field field : OperatorSettings::fields()) {
            chain << m_rows.value(field).editor;
            if (field == Field::ApiListen)
                chain << m_tokenEdit << m_revealToken << m_copyToken << m_regenerate;
        }
        chain << m_apply << m_revert;
        for (qsizetype i = 1; i < chain.size(); ++i)
            setTabOrder(chain.at(i - 1), chain.at(i));
        load();
    }
}

QWidget *OperatorSettingsEditor::row(Field field, QWidget *editor, const QString &accessibleName,
                                     QWidget *parent, const QString &hint)
{
    editor->setAccessibleName(accessibleName);
    Row entry;
    entry.editor = editor;
    entry.error = new FieldErrorLabel(parent);
    entry.error->setObjectName(editor->objectName() + QStringLiteral("Error"));
    entry.note = noteLabel(QString(), parent);
    entry.note->setObjectName(editor->objectName() + QStringLiteral("Note"));
    entry.note->setVisible(false);
    m_rows.insert(field, entry);
    if (auto *line = qobject_cast<QLineEdit *>(editor))
        connect(line, &QLineEdit::textChanged, this, &OperatorSettingsEditor::updateButtons);
    else if (auto *spin = qobject_cast<QSpinBox *>(editor))
        connect(spin, &QSpinBox::valueChanged, this, &OperatorSettingsEditor::updateButtons);
    else if (auto *text = qobject_cast<QPlainTextEdit *>(editor))
        connect(text, &QPlainTextEdit::textChanged, this, &OperatorSettingsEditor::updateButtons);
    editor->setEnabled(false); // until loaded

    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    auto *line = new QHBoxLayout;
    line->addWidget(editor, qobject_cast<QSpinBox *>(editor) ? 0 : 1);
    if (qobject_cast<QSpinBox *>(editor))
        line->addStretch(1);
    layout->addLayout(line);
    layout->addWidget(entry.error);
    if (!hint.isEmpty())
        layout->addWidget(noteLabel(hint, box));
    layout->addWidget(entry.note);
    return box;
}

QWidget *OperatorSettingsEditor::deliveryGroup()
{
    auto *group = new QGroupBox(QCoreApplication::translate("hookboard::SettingsPage", "Delivery"), this);
    auto *form = new QFormLayout(group);
    if (!m_context.settings) {
        form->addRow(valueLabel(
            m_context.engine
                ? tr("This window runs without the settings service, so nothing can be changed here.")
                : QCoreApplication::translate(
                      "hookboard::SettingsPage",
                      "The dispatcher is not running in this window, so nothing is delivered."),
            QStringLiteral("dispatcherOffLabel"), group));
        return group;
    }
    auto *schedule = new QLineEdit(group);
    schedule->setObjectName(QStringLiteral("retryScheduleEdit"));
    schedule->setPlaceholderText(tr("e.g. 5s, 5m, 30m, 2h, 5h, 10h, 10h"));
    form->addRow(QCoreApplication::translate("hookboard::SettingsPage", "Retry schedule:"),
                 row(Field::RetrySchedule, schedule, tr("Retry schedule"), group));
    form->addRow(QCoreApplication::translate("hookboard::SettingsPage", "Attempt timeout:"),
                 row(Field::AttemptTimeout, spinBox("attemptTimeoutSpin", 1, 120, tr(" s"), group),
                     tr("Attempt timeout in seconds"), group));
    form->addRow(tr("Per receiver:"), row(Field::MaxInFlightPerReceiver,
                                          spinBox("receiverCapSpin", 1, 64, tr(" in flight"), group),
                                          tr("Attempts in flight per receiver"), group));
    form->addRow(tr("In all:"),
                 row(Field::MaxInFlight, spinBox("globalCapSpin", 1, 10000, tr(" in flight"), group),
                     tr("Attempts in flight in all"), group));
    form->addRow(tr("Disable after:"),
                 row(Field::AutoDisableHours,
                     spinBox("autoDisableSpin", 1, 8760, tr(" h of failures"), group),
                     tr("Hours of failures in a row before a receiver is disabled"), group));
    auto *retention = spinBox("retentionSpin", 0, 36500, tr(" days"), group);
    retention->setSpecialValueText(tr("keep every event"));
    form->addRow(tr("Keep finished events:"),
                 row(Field::RetentionDays, retention, tr("Days finished events are kept"), group));
    form->addRow(
        noteLabel(tr("Each retry waits its step ±20 %; after the last step the event fails. A receiver "
                     "can have its own schedule, timeout and cap. Changes apply to the next "
                     "attempts without a restart; 410 Gone still disables a receiver at once."),
                  group));
    return group;
}

QWidget *OperatorSettingsEditor::connectionsGroup()
{
    auto *group =
        new QGroupBox(QCoreApplication::translate("hookboard::SettingsPage", "Trust, API and data"), this);
    auto *form = new QFormLayout(group);
    if (m_context.settings) {
        auto *cas = listEdit("caFilesEdit", tr("/etc/ssl/certs/our-ca.pem (one file a line)"), group);
        QStringList implicit{
            QCoreApplication::translate("hookboard::SettingsPage", "the system's certificate store")};
        if (m_context.sandbox)
            implicit << QCoreApplication::translate("hookboard::SettingsPage", "the sandbox's own CA (%1)")
                            .arg(QDir::toNativeSeparators(SandboxServer::caFilePath(m_context.dataDir)));
        form->addRow(tr("Trusted CA files:"), row(Field::CaFiles, cas, tr("Trusted CA files"), group,
                                                  tr("Also trusted: %1.").arg(implicit.join(tr(" and ")))));
        auto *deny = listEdit("denyCidrsEdit", tr("10.0.0.0/8 (one range a line)"), group);
        form->addRow(tr("Refuse destinations:"),
                     row(Field::DenyCidrs, deny, tr("Refused destination ranges"), group,
                         tr("Besides link-local, cloud-metadata, 0.0.0.0/8 and multicast, which are always "
                            "refused.")));
        auto *allow = listEdit("allowCidrsEdit", tr("169.254.10.0/24 (one range a line)"), group);
        form->addRow(tr("Allow inside them:"),
                     row(Field::AllowCidrs, allow, tr("Allowed destination ranges"), group));
        auto *listen = new QLineEdit(group);
        listen->setObjectName(QStringLiteral("apiListenEdit"));
        listen->setPlaceholderText(QStringLiteral("127.0.0.1:8765"));
        form->addRow(tr("API address:"), row(Field::ApiListen, listen, tr("API address"), group));
        // Said next to it always, not only after a change: the field looks like the others.
        m_rows[Field::ApiListen].note->setVisible(true);

        m_tokenEdit = new QLineEdit(m_context.apiToken, group);
        m_tokenEdit->setObjectName(QStringLiteral("settingsApiTokenEdit"));
        m_tokenEdit->setAccessibleName(tr("API token"));
        m_tokenEdit->setReadOnly(true);
        m_tokenEdit->setEchoMode(QLineEdit::Password); // shoulder-surfing and screen sharing
        m_revealToken = new QToolButton(group);
        m_revealToken->setObjectName(QStringLiteral("settingsRevealTokenButton"));
        m_revealToken->setText(tr("Show"));
        m_revealToken->setAccessibleName(tr("Show the API token"));
        m_revealToken->setCheckable(true);
        connect(m_revealToken, &QToolButton::toggled, this, [this](bool shown) {
            m_tokenEdit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
            m_revealToken->setText(shown ? tr("Hide") : tr("Show"));
        });
        m_copyToken = new QToolButton(group);
        m_copyToken->setObjectName(QStringLiteral("settingsCopyTokenButton"));
        m_copyToken->setText(tr("Copy"));
        m_copyToken->setAccessibleName(tr("Copy the API token"));
        m_copyToken->setToolTip(
            tr("Copies the bearer token that scripts send as \"Authorization: Bearer …\""));
        connect(m_copyToken, &QToolButton::clicked, this, [this] {
            QApplication::clipboard()->setText(m_context.apiToken);
            m_status->setMessage(tr("API token copied."), StatusLabel::Neutral);
        });
        m_regenerate = new QPushButton(tr("Regenerate…"), group);
        m_regenerate->setObjectName(QStringLiteral("regenerateTokenButton"));
        m_regenerate->setAccessibleName(tr("Regenerate the API token"));
        m_regenerate->setEnabled(false); // until loaded: a token given at start is not ours to change
        connect(m_regenerate, &QPushButton::clicked, this, &OperatorSettingsEditor::regenerateToken);
        auto *tokenLine = new QHBoxLayout;
        tokenLine->addWidget(m_tokenEdit, 1);
        tokenLine->addWidget(m_revealToken);
        tokenLine->addWidget(m_copyToken);
        tokenLine->addWidget(m_regenerate);
        m_tokenNote = noteLabel(QString(), group);
        m_tokenNote->setObjectName(QStringLiteral("apiTokenNote"));
        auto *tokenBox = new QWidget(group);
        auto *tokenLayout = new QVBoxLayout(tokenBox);
        tokenLayout->setContentsMargins(0, 0, 0, 0);
        tokenLayout->setSpacing(2);
        tokenLayout->addLayout(tokenLine);
        tokenLayout->addWidget(m_tokenNote);
        form->addRow(tr("API token:"), tokenBox);
    }

    form->addRow(QCoreApplication::translate("hookboard::SettingsPage", "Local API:"),
                 valueLabel(m_context.apiUrl.isEmpty()
                                ? QCoreApplication::translate("hookboard::SettingsPage", "off")
                                : m_context.apiUrl.toString(),
                            QStringLiteral("apiUrlLabel"), group));
    form->addRow(QCoreApplication::translate("hookboard::SettingsPage", "Sandbox:"),
                 valueLabel(m_context.sandbox && m_context.sandbox->isListening()
                                ? m_context.sandbox->baseUrl().toString()
                                : QCoreApplication::translate("hookboard::SettingsPage", "off"),
                            QStringLiteral("sandboxUrlLabel"), group));
    const QString storeFile = m_context.storeLocation().displayName();
    form->addRow(QCoreApplication::translate("hookboard::SettingsPage", "Store:"),
                 valueLabel(QDir::toNativeSeparators(storeFile), QStringLiteral("storeFileLabel"), group));
    auto *open =
        new QPushButton(QCoreApplication::translate("hookboard::SettingsPage", "Open data folder"), group);
    open->setObjectName(QStringLiteral("openDataFolderButton"));
    open->setAccessibleName(tr("Open the data folder"));
    connect(open, &QPushButton::clicked, this,
            [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(m_context.dataDir)); });
    auto *openRow = new QHBoxLayout;
    openRow->addWidget(open);
    openRow->addStretch(1);
    form->addRow(QString(), openRow);
    form->addRow(
        noteLabel(tr("--api-tls-cert/--api-tls-key, --sandbox-listen and --data-dir change the rest at "
                     "start."),
                  group));
    return group;
}

QWidget *OperatorSettingsEditor::buttonRow()
{
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    m_formError = new FieldErrorLabel(box);
    m_formError->setObjectName(QStringLiteral("settingsFormError"));
    m_formError->setNamesFields(true);
    m_status = new StatusLabel(box);
    m_status->setObjectName(QStringLiteral("settingsStatus"));
    m_apply = new QPushButton(tr("Apply"), box);
    m_apply->setObjectName(QStringLiteral("applySettingsButton"));
    m_apply->setAccessibleName(tr("Apply the settings"));
    m_apply->setEnabled(false);
    connect(m_apply, &QPushButton::clicked, this, &OperatorSettingsEditor::apply);
    m_revert = new QPushButton(tr("Revert"), box);
    m_revert->setObjectName(QStringLiteral("revertSettingsButton"));
    m_revert->setAccessibleName(tr("Revert the settings to what is saved"));
    m_revert->setEnabled(false);
    connect(m_revert, &QPushButton::clicked, this, &OperatorSettingsEditor::revert);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_apply);
    layout->addWidget(m_formError);
    layout->addLayout(buttons);
    return box;
}

QString OperatorSettingsEditor::textOf(Field field) const
{
    QWidget *editor = m_rows.value(field).editor;
    if (auto *line = qobject_cast<QLineEdit *>(editor))
        return line->text().trimmed();
    if (auto *spin = qobject_cast<QSpinBox *>(editor))
        return QString::number(spin->value());
    if (auto *text = qobject_cast<QPlainTextEdit *>(editor))
        return text->toPlainText().trimmed();
    return {};
}

void OperatorSettingsEditor::setTextOf(Field field, const QString &text)
{
    QWidget *editor = m_rows.value(field).editor;
    if (auto *line = qobject_cast<QLineEdit *>(editor))
        line->setText(text);
    else if (auto *spin = qobject_cast<QSpinBox *>(editor))
        spin->setValue(text.toInt());
    else if (auto *edit = qobject_cast<QPlainTextEdit *>(editor))
        edit->setPlainText(text);
}

void OperatorSettingsEditor::setEditable(Field field, bool editable)
{
    QWidget *editor = m_rows.value(field).editor;
    editor->setEnabled(true);
    if (auto *line = qobject_cast<QLineEdit *>(editor))
        line->setReadOnly(!editable);
    else if (auto *spin = qobject_cast<QSpinBox *>(editor))
        spin->setReadOnly(!editable);
    else if (auto *edit = qobject_cast<QPlainTextEdit *>(editor))
        edit->setReadOnly(!editable);
}

OperatorSettings::Values OperatorSettingsEditor::changes() const
{
    OperatorSettings::Values changed;
    if (!m_state)
        return changed;
    for (Field field : OperatorSettings::fields()) {
        if (m_state->setBy(field).isEmpty() && textOf(field) != m_shown.value(field).trimmed())
            changed.insert(field, textOf(field));
    }
    return changed;
}

void OperatorSettingsEditor::load()
{
    m_busy = true;
    updateButtons();
    m_context.settings->load(this, [this](Result<SettingsService::State> state) {
        m_busy = false;
        if (!state) {
            m_formError->setError(state.error());
            updateButtons();
            return;
        }
        show(*state);
        emit loaded();
    });
}

void OperatorSettingsEditor::show(const SettingsService::State &state)
{
    m_state = state;
    m_shown.clear();
    for (Field field : OperatorSettings::fields()) {
        const QString option = state.setBy(field);
        // The command line's value for this run; else what is stored; else what is in effect (the default).
        const QString text = !option.isEmpty()              ? state.inEffect.value(field)
                             : state.stored.contains(field) ? state.stored.value(field)
                                                            : state.inEffect.value(field);
        setTextOf(field, text);
        m_shown.insert(field, textOf(field));
        setEditable(field, option.isEmpty());
        Row &entry = m_rows[field];
        entry.error->setError(std::nullopt);
        QString note;
        if (!option.isEmpty())
            note = tr("Set by %1 on the command line for this run.").arg(option);
        if (OperatorSettings::needsRestart(field)) {
            const QString now = state.inEffect.value(field);
            const QString restart =
                textOf(field) == now ? tr("Needs a restart: the API is bound to its address while it runs.")
                                     : tr("Needs a restart: the API listens on %1 until then.").arg(now);
            note = note.isEmpty() ? restart : note + QLatin1Char(' ') + restart;
        }
        entry.note->setText(note);
        entry.note->setVisible(!note.isEmpty());
    }
    m_regenerate->setEnabled(!state.tokenGiven);
    m_tokenNote->setText(
        state.tokenGiven
            ? tr("Set by --api-token or HOOKBOARD_API_TOKEN for this run.")
            : tr("Regenerating takes effect at once: clients holding the old token are refused."));
    m_formError->setError(std::nullopt);
    relayout();
    updateButtons();
}

void OperatorSettingsEditor::apply()
{
    const OperatorSettings::Values changed = changes();
    if (changed.isEmpty() || m_busy)
        return;
    m_busy = true;
    m_status->setMessage(tr("Saving…"), StatusLabel::Neutral);
    updateButtons();
    m_context.settings->save(changed, this, [this, changed](SettingsService::Saved saved) {
        m_busy = false;
        for (Row &entry : m_rows)
            entry.error->setError(std::nullopt);
        m_formError->setError(std::nullopt);
        if (!saved.errors.isEmpty()) {
            QList<Error> unplaced;
            for (const Error &error : std::as_const(saved.errors)) {
                bool placed = false;
                for (Field field : OperatorSettings::fields()) {
                    if (error.field == OperatorSettings::key(field)) {
                        m_rows[field].error->setError(error);
                        placed = true;
                    }
                }
                if (!placed)
                    unplaced.append(error);
            }
            m_formError->setErrors(unplaced);
            relayout();
            m_status->setMessage(
                tr("Nothing was saved: %n value(s) break a rule.", nullptr, int(saved.errors.size())),
                StatusLabel::Failure);
            updateButtons();
            emit saveFinished(false);
            return;
        }
        show(saved.state);
        m_status->setMessage(
            changed.contains(Field::ApiListen)
                ? tr("Saved. The API address takes effect at the next start; the rest applies "
                     "to the next attempts.")
                : tr("Saved. Deliveries use the new values from the next attempt on."),
            StatusLabel::Success);
        emit saveFinished(true);
    });
}

void OperatorSettingsEditor::revert()
{
    if (!m_state)
        return;
    const SettingsService::State state = *m_state;
    show(state);
    m_status->setMessage(QString(), StatusLabel::Neutral);
}

void OperatorSettingsEditor::regenerateToken()
{
    if (!Confirmation::ask(
            this, tr("Regenerate the API token"),
            tr("Every API client (scripts, integrations, the curl commands you copied) needs the "
               "new token: the current one is refused from the moment it is replaced."),
            tr("Regenerate"), tr("Keep the current token")))
        return;
    m_regenerate->setEnabled(false);
    m_context.settings->regenerateToken(this, [this](Result<QString> token) {
        m_regenerate->setEnabled(m_state && !m_state->tokenGiven);
        if (!token) {
            m_status->setMessage(FieldErrorLabel::describe(token.error(), true), StatusLabel::Failure);
            return;
        }
        m_context.apiToken = *token;
        m_tokenEdit->setText(*token);
        m_status->setMessage(tr("A new API token is in use; give it to every API client."),
                             StatusLabel::Success);
        emit apiTokenChanged(*token);
    });
}

void OperatorSettingsEditor::relayout()
{
    // Error lines and notes wrap (height for width), and the form keeps the row heights it worked
    // out for the width it last had: without this, a line shown after a save or a load overlaps
    // the field above it until the window is resized.
    for (QLayout *layout : findChildren<QLayout *>())
        layout->invalidate();
    updateGeometry();
}

void OperatorSettingsEditor::updateButtons()
{
    if (!m_apply)
        return;
    const bool dirty = !changes().isEmpty();
    m_apply->setEnabled(dirty && !m_busy);
    m_revert->setEnabled(dirty && !m_busy);
}

} // namespace hookboard
