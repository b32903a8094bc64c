#include "receiverform.h"

#include "changevalue.h"
#include "common/clock.h"
#include "conflictdialog.h"
#include "delivery/deliveryengine.h"
#include "deliverysettingseditor.h"
#include "fielderrorlabel.h"
#include "headereditor.h"
#include "model/secret.h"
#include "model/validation.h"
#include "receiverdraft.h"
#include "secreteditor.h"
#include "service/changefeed.h"
#include "service/webhookservice.h"
#include "widgets/actiontooltip.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace hookboard {

namespace {

const QString kName = QStringLiteral("name");
const QString kDescription = QStringLiteral("description");
const QString kUri = QStringLiteral("webhookUri");
const QString kContentType = QStringLiteral("contentType");
const QString kExpectedCode = QStringLiteral("expectedResponseCode");
const QString kActive = QStringLiteral("active");
const QString kHeaders = QStringLiteral("headers");
const QString kSecret = QStringLiteral("sharedSecret");

const QString kDelivery = QStringLiteral("delivery");

// The label an error belongs under: every header error goes under the header table, every
// delivery setting's to the delivery settings (which place each under its field).
QString labelFieldOf(const Error &error)
{
    if (DeliverySettingsEditor::isDeliveryField(error.field))
        return kDelivery;
    return error.field.startsWith(kHeaders) ? kHeaders : error.field;
}

// What the form calls a field, for the hint next to Save.
QString labelOf(const QString &field)
{
    static const QHash<QString, const char *> kLabels{
        {kName, QT_TRANSLATE_NOOP("hookboard::ReceiverForm", "name")},
        {kDescription, QT_TRANSLATE_NOOP("hookboard::ReceiverForm", "description")},
        {kUri, QT_TRANSLATE_NOOP("hookboard::ReceiverForm", "URL")},
        {kContentType, QT_TRANSLATE_NOOP("hookboard::ReceiverForm", "content type")},
        {kExpectedCode, QT_TRANSLATE_NOOP("hookboard::ReceiverForm", "expected response")},
        {kHeaders, QT_TRANSLATE_NOOP("hookboard::ReceiverForm", "custom headers")},
        {kSecret, QT_TRANSLATE_NOOP("hookboard::ReceiverForm", "shared secret")},
        {kDelivery, QT_TRANSLATE_NOOP("hookboard::ReceiverForm", "delivery settings")},
    };
    const char *label = kLabels.value(field);
    return label ? ReceiverForm::tr(label) : field;
}

} // namespace

ReceiverForm::ReceiverForm(const ConsoleContext &context, QWidget *parent)
    : QWidget(parent), m_service(*context.service), m_context(context), m_draft(new ReceiverDraft(this)),
      m_undoStack(new QUndoStack(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("receiverFormScroll"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidget(buildFields());
    layout->addWidget(m_scroll, 1);

    m_changedElsewhere = new QLabel(this);
    m_changedElsewhere->setObjectName(QStringLiteral("changedElsewhereNote"));
    m_changedElsewhere->setWordWrap(true);
    m_changedElsewhere->setText(tr("This receiver was changed elsewhere since you began editing it. Saving "
                                   "shows both versions so you can choose which to keep."));
    m_changedElsewhere->hide();
    layout->addWidget(m_changedElsewhere);

    m_formError = new FieldErrorLabel(this);
    m_formError->setObjectName(QStringLiteral("formError"));
    m_formError->setNamesFields(true);
    layout->addWidget(m_formError);
    layout->addWidget(buildButtons());

    connect(m_draft, &ReceiverDraft::changed, this, &ReceiverForm::refresh);
    connect(m_undoStack, &QUndoStack::indexChanged, this, &ReceiverForm::updateButtons);
    // Someone else (another window, an API client, the engine's auto-disable) changed it.
    m_service.feed().listen(this, {StoreChange::Kind::ReceiversUpdated, StoreChange::Kind::ReceiversDisabled},
                            [this](const StoreChange &change) {
                                if (m_mode != Mode::Edit || !change.ids.contains(m_base.id) || m_ownWrite)
                                    return;
                                if (Result<Receiver> current = m_service.receiver(m_base.id))
                                    onReceiverUpdated(*current);
                            });
    clear();
}

ReceiverForm::~ReceiverForm()
{
    // Children go in the order they were made, the draft first; but the fields still write to it
    // while they go (an open header editor commits when it loses focus), and clearing the undo stack
    // announces it. So, with this form no longer listening: the fields, then the stack, then the draft.
    disconnect(m_draft, nullptr, this, nullptr);
    disconnect(m_undoStack, nullptr, this, nullptr);
    delete m_scroll;
    delete m_undoStack;
}

QWidget *ReceiverForm::buildFields()
{
    auto *page = new QWidget(this);
    // Two columns: the endpoint on the left, what goes with every delivery (headers, secret) on the
    // right. The page is wide (the list sits above it), and one column would need scrolling.
    auto *columns = new QBoxLayout(QBoxLayout::LeftToRight, page);
    m_columns = columns;
    columns->setContentsMargins(4, 8, 8, 8);
    const auto column = [columns]() {
        // A gap of its own: a QFormLayout takes its row spacing from its parent layout's spacing.
        if (columns->count() > 0)
            columns->addSpacing(24);
        auto *box = new QVBoxLayout;
        auto *form = new QFormLayout;
        form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        form->setRowWrapPolicy(QFormLayout::DontWrapRows);
        form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
        box->addLayout(form);
        box->addStretch(1); // rows keep their height; the rest stays empty below them
        columns->addLayout(box, 1);
        return form;
    };
    QFormLayout *form = column();
    QFormLayout *delivery = column();

    const auto errorLabel = [&](const QString &field, const char *objectName) {
        auto *label = new FieldErrorLabel(page);
        label->setObjectName(QLatin1String(objectName));
        m_errorLabels.insert(field, label);
        return label;
    };

    m_nameEdit = new QLineEdit(page);
    m_nameEdit->setObjectName(QStringLiteral("nameEdit"));
    m_nameEdit->setPlaceholderText(tr("e.g. Billing service"));
    connect(m_nameEdit, &QLineEdit::textEdited, this,
            [this](const QString &text) { change(&Receiver::name, text, kName, tr("Edit name")); });
    form->addRow(tr("&Name"),
                 FieldErrorLabel::stackedUnder(m_nameEdit, errorLabel(kName, "nameError"), page));

    m_descriptionEdit = new QPlainTextEdit(page);
    m_descriptionEdit->setObjectName(QStringLiteral("descriptionEdit"));
    m_descriptionEdit->setTabChangesFocus(true);
    m_descriptionEdit->setPlaceholderText(tr("What this endpoint is for, and who looks after it"));
    m_descriptionEdit->setFixedHeight(m_descriptionEdit->fontMetrics().lineSpacing() * 3 + 12);
    m_descriptionEdit->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_descriptionEdit->setUndoRedoEnabled(false); // the form's undo stack covers it
    connect(m_descriptionEdit, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_refreshing)
            change(&Receiver::description, m_descriptionEdit->toPlainText(), kDescription,
                   tr("Edit description"));
    });
    form->addRow(
        tr("&Description"),
        FieldErrorLabel::stackedUnder(m_descriptionEdit, errorLabel(kDescription, "descriptionError"), page));

    m_urlEdit = new QLineEdit(page);
    m_urlEdit->setObjectName(QStringLiteral("urlEdit"));
    m_urlEdit->setPlaceholderText(QStringLiteral("https://example.com/hooks/hookboard"));
    connect(m_urlEdit, &QLineEdit::textEdited, this,
            [this](const QString &text) { change(&Receiver::webhookUri, text, kUri, tr("Edit URL")); });
    form->addRow(tr("HTTPS &URL"),
                 FieldErrorLabel::stackedUnder(m_urlEdit, errorLabel(kUri, "urlError"), page));

    m_contentTypeCombo = new QComboBox(page);
    m_contentTypeCombo->setObjectName(QStringLiteral("contentTypeCombo"));
    m_contentTypeCombo->addItem(tr("JSON (application/json)"), QStringLiteral("application/json"));
    m_contentTypeCombo->addItem(tr("Form (application/x-www-form-urlencoded, payload=…)"),
                                QStringLiteral("application/x-www-form-urlencoded"));
    connect(m_contentTypeCombo, &QComboBox::activated, this, [this](int index) {
        change(&Receiver::contentType, m_contentTypeCombo->itemData(index).toString(), kContentType,
               tr("Change content type"));
    });
    form->addRow(tr("&Content type"),
                 FieldErrorLabel::stackedUnder(m_contentTypeCombo,
                                               errorLabel(kContentType, "contentTypeError"), page));

    m_expectedCodeSpin = new QSpinBox(page);
    m_expectedCodeSpin->setObjectName(QStringLiteral("expectedCodeSpin"));
    // Wider than the rule (100–599) on purpose: the core's check says what is wrong, the spin box
    // only keeps the text a number.
    m_expectedCodeSpin->setRange(0, 999);
    m_expectedCodeSpin->setToolTip(tr("The HTTP status that counts as a successful delivery"));
    connect(m_expectedCodeSpin, &QSpinBox::valueChanged, this, [this](int value) {
        if (!m_refreshing)
            change(&Receiver::expectedResponseCode, value, kExpectedCode,
                   tr("Change expected response code"));
    });
    auto *codeRow = new QWidget(page);
    auto *codeLayout = new QHBoxLayout(codeRow);
    codeLayout->setContentsMargins(0, 0, 0, 0);
    codeLayout->addWidget(m_expectedCodeSpin);
    codeLayout->addStretch(1);
    codeRow->setFocusProxy(m_expectedCodeSpin);
    form->addRow(
        tr("E&xpected response"),
        FieldErrorLabel::stackedUnder(codeRow, errorLabel(kExpectedCode, "expectedCodeError"), page));

    m_activeCheck = new QCheckBox(tr("Deliver events to this receiver"), page);
    m_activeCheck->setObjectName(QStringLiteral("activeCheck"));
    connect(m_activeCheck, &QCheckBox::toggled, this, [this](bool on) {
        if (!m_refreshing)
            change(&Receiver::active, on, kActive, on ? tr("Enable receiver") : tr("Disable receiver"));
    });
    form->addRow(tr("&Active"), m_activeCheck);

    auto *headers = new HeaderEditor(*m_draft, *m_undoStack, page);
    headers->setObjectName(QStringLiteral("headerEditor"));
    connect(headers, &HeaderEditor::headerAdded, this, [this] { m_touched.insert(kHeaders); });
    delivery->addRow(tr("Custom &headers"),
                     FieldErrorLabel::stackedUnder(headers, errorLabel(kHeaders, "headersError"), page));

    m_secretEditor = new SecretEditor(page);
    m_secretEditor->setObjectName(QStringLiteral("secretEditor"));
    connect(m_secretEditor, &SecretEditor::secretEdited, this, [this](const QString &text) {
        change(&Receiver::sharedSecret, text, kSecret, tr("Edit secret"));
    });
    connect(m_secretEditor, &SecretEditor::regenerateRequested, this, [this] {
        change(&Receiver::sharedSecret, secret::generate(), kSecret, tr("Regenerate secret"), false);
        m_secretEditor->showNote(m_mode == Mode::Create
                                     ? tr("A new secret is in the field.")
                                     : tr("A new secret is in the field. Save to replace the old one at "
                                          "once, or rotate to keep the old one signing for a while."));
    });
    connect(m_secretEditor, &SecretEditor::rotateRequested, this, &ReceiverForm::rotateSecret);
    delivery->addRow(tr("Shared &secret"),
                     FieldErrorLabel::stackedUnder(m_secretEditor, errorLabel(kSecret, "secretError"), page));

    // Under the endpoint's fields, where the left column has room.
    m_deliveryEditor =
        new DeliverySettingsEditor(m_context.engine ? &m_context.engine->config() : nullptr, form, page);
    connect(m_deliveryEditor, &DeliverySettingsEditor::edited, this,
            [this](const DeliverySettings &settings, const QString &field, const QString &text) {
                change(&Receiver::delivery, settings, field, text);
            });
    connect(m_deliveryEditor, &DeliverySettingsEditor::scheduleErrorChanged, this, [this] {
        showErrors();
        updateButtons();
    });

    // Ctrl+Z and Ctrl+Shift+Z belong to the form's undo stack, not to the field's own.
    for (QWidget *field : {static_cast<QWidget *>(m_nameEdit), static_cast<QWidget *>(m_descriptionEdit),
                           static_cast<QWidget *>(m_urlEdit), static_cast<QWidget *>(m_expectedCodeSpin),
                           static_cast<QWidget *>(m_secretEditor->lineEdit())})
        field->installEventFilter(this);
    return page;
}

QWidget *ReceiverForm::buildButtons()
{
    auto *bar = new QWidget(this);
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 6, 0, 0);

    QAction *undo = m_undoStack->createUndoAction(this, tr("Undo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(undo);
    QAction *redo = m_undoStack->createRedoAction(this, tr("Redo"));
    redo->setShortcuts(QKeySequence::keyBindings(QKeySequence::Redo));
    redo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(redo);

    m_undoButton = new QToolButton(bar);
    m_undoButton->setObjectName(QStringLiteral("undoButton"));
    m_undoButton->setDefaultAction(undo);
    m_undoButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    layout->addWidget(m_undoButton);
    m_redoButton = new QToolButton(bar);
    m_redoButton->setObjectName(QStringLiteral("redoButton"));
    m_redoButton->setDefaultAction(redo);
    m_redoButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    layout->addWidget(m_redoButton);

    m_saveHint = new QLabel(bar);
    m_saveHint->setObjectName(QStringLiteral("saveHint"));
    m_saveHint->setForegroundRole(QPalette::PlaceholderText);
    m_saveHint->setWordWrap(true);
    m_saveHint->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    layout->addWidget(m_saveHint, 1);

    m_revertAction = new QAction(tr("Revert changes"), this);
    m_revertAction->setObjectName(QStringLiteral("revertReceiverAction"));
    m_revertAction->setStatusTip(tr("Forget the unsaved changes"));
    connect(m_revertAction, &QAction::triggered, this, &ReceiverForm::revert);
    m_revertButton = new QPushButton(tr("Revert"), bar);
    m_revertButton->setObjectName(QStringLiteral("revertButton"));
    ActionToolTip::bind(m_revertButton, m_revertAction);
    layout->addWidget(m_revertButton);

    // The page adds Save to its menu too, so Ctrl+S saves from anywhere on the Receivers page.
    m_saveAction = new QAction(tr("Save receiver"), this);
    m_saveAction->setObjectName(QStringLiteral("saveReceiverAction"));
    m_saveAction->setShortcut(QKeySequence::Save);
    m_saveAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_saveAction->setStatusTip(tr("Save the receiver's settings"));
    connect(m_saveAction, &QAction::triggered, this, [this] { save(); });
    addAction(m_saveAction);
    m_saveButton = new QPushButton(tr("Save"), bar);
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    m_saveButton->setDefault(true);
    ActionToolTip::bind(m_saveButton, m_saveAction);
    layout->addWidget(m_saveButton);
    return bar;
}

void ReceiverForm::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // Side by side where both columns fit at their minimum width, one above the other where they do
    // not (rather than a horizontal scroll bar). Room for a vertical scroll bar is kept either way.
    const int available = m_scroll->width() - m_scroll->verticalScrollBar()->sizeHint().width();
    m_columns->setDirection(available >= sideBySideWidth() ? QBoxLayout::LeftToRight
                                                           : QBoxLayout::TopToBottom);
}

int ReceiverForm::sideBySideWidth() const
{
    // What the columns need next to each other, whichever way they are laid out now.
    const QMargins margins = m_columns->contentsMargins();
    int width = margins.left() + margins.right();
    for (int i = 0; i < m_columns->count(); ++i) {
        QLayoutItem *item = m_columns->itemAt(i);
        width += item->spacerItem()
                     ? item->spacerItem()->sizeHint().width() + item->spacerItem()->sizeHint().height()
                     : item->minimumSize().width();
    }
    return width;
}

bool ReceiverForm::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride) {
        auto *key = static_cast<QKeyEvent *>(event);
        // Left unaccepted, the key goes on to the form's Undo/Redo shortcuts.
        if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo))
            return true;
    }
    return QWidget::eventFilter(watched, event);
}

void ReceiverForm::startNew(const QString &webhookUri)
{
    Receiver fresh;
    fresh.webhookUri = webhookUri;
    // Generated here rather than by the service so the person can copy it before the first save.
    fresh.sharedSecret = secret::generate();
    load(fresh, Mode::Create);
    m_nameEdit->setFocus();
}

void ReceiverForm::edit(const Receiver &stored)
{
    load(stored, Mode::Edit);
}

void ReceiverForm::clear()
{
    load(Receiver{}, Mode::None);
}

void ReceiverForm::load(const Receiver &receiver, Mode mode)
{
    m_mode = mode;
    m_base = receiver;
    m_latest = receiver;
    m_serviceError.reset();
    m_touched.clear();
    m_undoStack->clear();
    m_secretEditor->showNote({});
    m_secretEditor->setRotationVisible(mode == Mode::Edit);
    m_deliveryEditor->reset(receiver.delivery);
    m_draft->reset(receiver);
    setEnabled(mode != Mode::None);
}

template <typename T>
void ReceiverForm::change(T Receiver::*member, const T &value, const QString &field, const QString &text,
                          bool merge)
{
    if (m_refreshing || m_mode == Mode::None || m_draft->get(member) == value)
        return;
    m_touched.insert(field);
    m_undoStack->push(new ChangeValue<T>(*m_draft, member, value, merge ? field : QString(), text));
}

void ReceiverForm::refresh()
{
    // Any edit answers the last refusal: it is about a version that no longer is.
    m_serviceError.reset();
    {
        const QScopedValueRollback<bool> refreshing(m_refreshing, true);
        const Receiver &value = m_draft->value();
        // Only what differs is set, so the cursor stays where the person is typing.
        if (m_nameEdit->text() != value.name)
            m_nameEdit->setText(value.name);
        if (m_descriptionEdit->toPlainText() != value.description)
            m_descriptionEdit->setPlainText(value.description);
        if (m_urlEdit->text() != value.webhookUri)
            m_urlEdit->setText(value.webhookUri);
        int typeIndex = m_contentTypeCombo->findData(value.contentType);
        if (typeIndex < 0 && !value.contentType.isEmpty()) {
            m_contentTypeCombo->addItem(value.contentType, value.contentType);
            typeIndex = m_contentTypeCombo->count() - 1;
        }
        m_contentTypeCombo->setCurrentIndex(typeIndex);
        m_expectedCodeSpin->setValue(value.expectedResponseCode);
        m_activeCheck->setChecked(value.active);
        m_secretEditor->setSecret(value.sharedSecret);
        m_secretEditor->setPreviousSecretExpiry(m_latest.previousSecretExpiresAtMs, m_context.clock->nowMs());
        m_deliveryEditor->setSettings(value.delivery);
    }
    showErrors();
    updateButtons();
}

QList<Error> ReceiverForm::errors() const
{
    QList<Error> errors = m_draft->errors();
    if (const std::optional<Error> &schedule = m_deliveryEditor->scheduleError())
        errors.append(*schedule);
    return errors;
}

void ReceiverForm::showErrors()
{
    QHash<QString, QList<Error>> byField;
    for (const Error &error : errors()) {
        // A new form does not scold for fields the person has not reached yet; Save says what is missing.
        if (m_mode == Mode::Create && error.rule == QLatin1String("required") &&
            !m_touched.contains(labelFieldOf(error)))
            continue;
        byField[labelFieldOf(error)].append(error);
    }
    std::optional<Error> general;
    if (m_serviceError) {
        const QString field = labelFieldOf(*m_serviceError);
        if (m_errorLabels.contains(field)) {
            QList<Error> &errors = byField[field];
            const bool known = std::any_of(errors.cbegin(), errors.cend(), [&](const Error &e) {
                return e.field == m_serviceError->field && e.rule == m_serviceError->rule;
            });
            if (!known)
                errors.prepend(*m_serviceError);
        } else {
            general = m_serviceError;
        }
    }
    for (auto it = m_errorLabels.cbegin(); it != m_errorLabels.cend(); ++it)
        it.value()->setErrors(byField.value(it.key()));
    m_deliveryEditor->setErrors(byField.value(kDelivery));
    m_formError->setError(general);
}

bool ReceiverForm::isDirty() const
{
    return m_mode != Mode::None && m_draft->differsFrom(m_base);
}

bool ReceiverForm::isValid() const
{
    return errors().isEmpty();
}

void ReceiverForm::updateButtons()
{
    const bool dirty = isDirty();
    const QList<Error> errors = this->errors();
    m_saveAction->setEnabled(m_mode != Mode::None && errors.isEmpty() && (m_mode == Mode::Create || dirty));
    m_revertAction->setEnabled(dirty);
    m_changedElsewhere->setVisible(dirty && m_mode == Mode::Edit && m_latest.etag != m_base.etag);

    if (m_mode == Mode::None) {
        m_saveHint->clear();
    } else if (!errors.isEmpty()) {
        QStringList fields;
        for (const Error &error : errors) {
            const QString field = labelOf(labelFieldOf(error));
            if (!fields.contains(field))
                fields.append(field);
        }
        m_saveHint->setText(tr("To save, fix: %1").arg(fields.join(QLatin1String(", "))));
    } else if (m_mode == Mode::Edit && !dirty) {
        m_saveHint->setText(tr("No unsaved changes"));
    } else {
        m_saveHint->setText(tr("Unsaved changes"));
    }

    // Rotating stores a secret now; a secret in the field that the core refuses cannot be it.
    const bool secretOk = !validation::sharedSecret(m_draft->value().sharedSecret);
    m_secretEditor->setRotationEnabled(m_mode == Mode::Edit && secretOk,
                                       tr("The secret in the field is not valid: fix or undo it first"));
    if (dirty != m_lastDirty) {
        m_lastDirty = dirty;
        emit dirtyChanged(dirty);
    }
}

bool ReceiverForm::save()
{
    if (!m_saveAction->isEnabled())
        return false;
    if (m_mode == Mode::Create) {
        Result<Receiver> made = m_service.createReceiver(m_draft->input(), Actor{m_context.operatorName});
        if (!made) {
            showServiceError(made.error());
            return false;
        }
        load(*made, Mode::Edit);
        emit created(*made);
        return true;
    }
    return update(m_base.etag);
}

bool ReceiverForm::update(const QString &etag)
{
    Result<Receiver> updated = Error::internal(QString());
    {
        const QScopedValueRollback<bool> own(m_ownWrite, true);
        updated = m_service.updateReceiver(m_base.id, etag, m_draft->editsSince(m_base, m_latest));
    }
    if (!updated) {
        if (updated.error().code == ErrorCode::EtagMismatch)
            return resolveConflict();
        showServiceError(updated.error());
        return false;
    }
    // The undo history stays: a saved edit can still be undone (and saved again).
    m_base = *updated;
    m_latest = *updated;
    m_draft->reset(*updated);
    m_undoStack->setClean();
    emit saved(*updated);
    return true;
}

bool ReceiverForm::resolveConflict()
{
    Result<Receiver> stored = m_service.receiver(m_base.id);
    if (!stored) {
        showServiceError(stored.error());
        return false;
    }
    m_latest = *stored;
    switch (ConflictDialog::ask(m_base, m_draft->value(), *stored, this)) {
    case ConflictDialog::Reload:
        edit(*stored);
        return false;
    case ConflictDialog::Overwrite:
        return update(stored->etag);
    case ConflictDialog::KeepEditing:
        break;
    }
    updateButtons();
    return false;
}

void ReceiverForm::showServiceError(const Error &error)
{
    m_serviceError = error;
    if (error.code == ErrorCode::NotFound && error.field == QLatin1String("id"))
        m_serviceError->message = tr("This receiver no longer exists: it was deleted elsewhere.");
    showErrors();
}

void ReceiverForm::revert()
{
    if (m_mode == Mode::Create) {
        startNew();
        return;
    }
    edit(m_latest);
}

void ReceiverForm::rotateSecret(qint64 graceMs)
{
    if (m_mode != Mode::Edit)
        return;
    // A secret the person typed or regenerated becomes the new one; otherwise one is generated.
    const QString typed = m_draft->value().sharedSecret;
    const std::optional<QString> next =
        typed != m_base.sharedSecret ? std::optional<QString>(typed) : std::nullopt;
    const Receiver before = m_latest;
    Result<Receiver> rotated = Error::internal(QString());
    {
        const QScopedValueRollback<bool> own(m_ownWrite, true);
        rotated = m_service.rotateReceiverSecret(m_base.id, m_latest.etag, next, graceMs);
    }
    if (!rotated) {
        m_secretEditor->showNote(FieldErrorLabel::describe(rotated.error()));
        return;
    }
    adoptOwnWrite(before, *rotated);
    // The field shows the stored secret now, whatever else is still unsaved.
    m_draft->set(&Receiver::sharedSecret, rotated->sharedSecret);
    m_secretEditor->showNote(graceMs > 0 ? tr("Rotated. Deliveries are signed with both secrets until the "
                                              "grace period ends.")
                                         : tr("Rotated. The old secret no longer signs."));
}

Status ReceiverForm::reenable()
{
    if (m_mode != Mode::Edit)
        return Error::internal(tr("No stored receiver is being edited"));
    const Receiver before = m_latest;
    Result<Receiver> enabled = Error::internal(QString());
    {
        const QScopedValueRollback<bool> own(m_ownWrite, true);
        enabled = m_service.setReceiverActive(m_base.id, m_latest.etag, true);
    }
    if (!enabled)
        return enabled.error();
    adoptOwnWrite(before, *enabled);
    return {};
}

void ReceiverForm::adoptOwnWrite(const Receiver &before, const Receiver &after)
{
    m_latest = after;
    // Someone else's change is still pending: the base stays stale so that saving shows the conflict.
    if (m_base.etag != before.etag) {
        updateButtons();
        return;
    }
    const Receiver merged = m_draft->rebasedOnto(m_base, after);
    m_base = after;
    m_draft->reset(merged);
}

void ReceiverForm::onReceiverUpdated(const Receiver &receiver)
{
    m_latest = receiver;
    if (isDirty())
        updateButtons(); // keeps the edits; the note says a save will ask
    else
        edit(receiver);
}

} // namespace hookboard
