#pragma once

#include "common/result.h"
#include "consolecontext.h"
#include "model/receiver.h"

#include <QHash>
#include <QSet>
#include <QWidget>
#include <optional>

class QAction;
class QBoxLayout;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QScrollArea;
class QSpinBox;
class QToolButton;
class QUndoStack;

namespace hookboard {

class DeliverySettingsEditor;
class FieldErrorLabel;
class ReceiverDraft;
class SecretEditor;
class WebhookService;

// Creates and edits one receiver: every writable field, checked as it is typed by the core's rules,
// with undo/redo, and saved through the service. A save that finds the receiver changed meanwhile
// (ETAG_MISMATCH) lets the person compare both versions and reload or overwrite.
class ReceiverForm : public QWidget
{
    Q_OBJECT
public:
    explicit ReceiverForm(const ConsoleContext &context, QWidget *parent = nullptr);
    ~ReceiverForm() override;

    // A new receiver: the defaults and a freshly generated secret.
    // A new receiver, its URL webhookUri (empty: none yet).
    void startNew(const QString &webhookUri = {});
    // Edits stored; the undo history starts afresh.
    void edit(const Receiver &stored);
    // Nothing to edit (no receiver selected).
    void clear();

    bool isNew() const { return m_mode == Mode::Create; }
    bool isEditing() const { return m_mode != Mode::None; }
    // 0 while the receiver is new.
    qint64 receiverId() const { return m_mode == Mode::Edit ? m_base.id : 0; }
    // Whether the form holds changes that are not stored.
    bool isDirty() const;
    // Whether the core accepts every field as it is.
    bool isValid() const;
    // The version the form's edits started from, and the newest one the service announced.
    const Receiver &base() const { return m_base; }
    const Receiver &latest() const { return m_latest; }
    const ReceiverDraft &draft() const { return *m_draft; }
    QUndoStack *undoStack() const { return m_undoStack; }
    // Save (Ctrl+S), which the page offers in its menu as well.
    QAction *saveAction() const { return m_saveAction; }

    // Creates or updates the receiver. false when nothing was stored (the reason is shown).
    bool save();
    // Back to the stored version (for a new receiver: back to the defaults).
    void revert();
    // Turns the receiver back on at once (the disabled banner's button). Unsaved edits stay.
    Status reenable();

signals:
    void created(const hookboard::Receiver &receiver);
    void saved(const hookboard::Receiver &receiver);
    void dirtyChanged(bool dirty);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    int sideBySideWidth() const;

private:
    enum class Mode
    {
        None,
        Create,
        Edit
    };

    QWidget *buildFields();
    QWidget *buildButtons();
    void load(const Receiver &receiver, Mode mode);
    template <typename T>
    void change(T Receiver::*member, const T &value, const QString &field, const QString &text,
                bool merge = true);
    void refresh();
    // The draft's errors by the core's rules, and the retry schedule's while its text is no list.
    QList<Error> errors() const;
    void showErrors();
    void updateButtons();
    bool update(const QString &etag);
    bool resolveConflict();
    void showServiceError(const Error &error);
    void rotateSecret(qint64 graceMs);
    void adoptOwnWrite(const Receiver &before, const Receiver &after);
    void onReceiverUpdated(const Receiver &receiver);

    WebhookService &m_service;
    const ConsoleContext m_context; // a copy: the one given may be a temporary
    ReceiverDraft *m_draft;
    QUndoStack *m_undoStack;
    Mode m_mode = Mode::None;
    Receiver m_base;         // what the draft started from (for a new receiver: the defaults)
    Receiver m_latest;       // the newest stored version the service announced
    QSet<QString> m_touched; // fields edited since loading; a new form hides "required" until then
    std::optional<Error> m_serviceError; // the last refusal, shown until the next edit
    bool m_refreshing = false;           // widgets being set from the draft, not by a person
    bool m_ownWrite = false;             // our own service call is announcing its change
    bool m_lastDirty = false;

    QScrollArea *m_scroll = nullptr;
    QBoxLayout *m_columns = nullptr;
    QLineEdit *m_nameEdit = nullptr;
    QPlainTextEdit *m_descriptionEdit = nullptr;
    QLineEdit *m_urlEdit = nullptr;
    QComboBox *m_contentTypeCombo = nullptr;
    QSpinBox *m_expectedCodeSpin = nullptr;
    QCheckBox *m_activeCheck = nullptr;
    SecretEditor *m_secretEditor = nullptr;
    DeliverySettingsEditor *m_deliveryEditor = nullptr;
    QHash<QString, FieldErrorLabel *> m_errorLabels; // by field name, "headers" for every header
    QLabel *m_changedElsewhere = nullptr;
    FieldErrorLabel *m_formError = nullptr;
    QLabel *m_saveHint = nullptr;
    QToolButton *m_undoButton = nullptr;
    QToolButton *m_redoButton = nullptr;
    QPushButton *m_revertButton = nullptr;
    QPushButton *m_saveButton = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_revertAction = nullptr;
};

} // namespace hookboard
