#pragma once

#include "app/operatorsettings.h"
#include "app/settingsservice.h"
#include "consolecontext.h"

#include <QMap>
#include <QWidget>
#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QToolButton;

namespace hookboard {

class FieldErrorLabel;
class StatusLabel;

// The settings of a running Hookboard as a form: delivery (schedule, timeout, caps, auto-disable,
// retention) and trust, API and data (CA files, outbound lists, API address and token). Values are
// read and saved through the context's SettingsService, off the GUI thread; a refused value shows
// its rule under its field and saves nothing. A field set on the command line is shown read-only.
class OperatorSettingsEditor : public QWidget
{
    Q_OBJECT
public:
    using Field = OperatorSettings::Field;

    explicit OperatorSettingsEditor(const ConsoleContext &context, QWidget *parent = nullptr);

    bool isLoaded() const { return m_state.has_value(); }
    // Apply, Revert and the save's outcome, for the owner to place where it stays in view (null
    // without a settings service). Owned by this editor until placed.
    QWidget *buttonBar() const { return m_buttonBar; }
    // Fields whose text differs from what was loaded (not counting read-only ones).
    OperatorSettings::Values changes() const;

signals:
    // The settings were (re)read and are shown.
    void loaded();
    // A save finished: saved when ok, else refused with errors under the fields.
    void saveFinished(bool ok);
    // The API token was regenerated: the old one is refused from now on.
    void apiTokenChanged(const QString &token);

private:
    struct Row
    {
        QWidget *editor = nullptr;
        FieldErrorLabel *error = nullptr;
        QLabel *note = nullptr;
    };

    QWidget *deliveryGroup();
    QWidget *connectionsGroup();
    QWidget *buttonRow();
    // editor with its error line, hint and note under it, registered for field.
    QWidget *row(Field field, QWidget *editor, const QString &accessibleName, QWidget *parent,
                 const QString &hint = {});
    QString textOf(Field field) const;
    void setTextOf(Field field, const QString &text);
    void setEditable(Field field, bool editable);
    void load();
    void show(const SettingsService::State &state);
    void apply();
    void revert();
    void regenerateToken();
    void updateButtons();
    void relayout();

    ConsoleContext m_context;
    QMap<Field, Row> m_rows;
    std::optional<SettingsService::State> m_state;
    OperatorSettings::Values m_shown; // what each field showed after the last load
    bool m_busy = false;
    QLineEdit *m_tokenEdit = nullptr;
    QToolButton *m_revealToken = nullptr;
    QToolButton *m_copyToken = nullptr;
    QPushButton *m_regenerate = nullptr;
    QLabel *m_tokenNote = nullptr;
    QWidget *m_buttonBar = nullptr;
    QPushButton *m_apply = nullptr;
    QPushButton *m_revert = nullptr;
    FieldErrorLabel *m_formError = nullptr;
    StatusLabel *m_status = nullptr;
};

} // namespace hookboard
