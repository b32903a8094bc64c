#pragma once

#include "common/error.h"
#include "model/receiver.h"

#include <QList>
#include <QObject>
#include <optional>

class QCheckBox;
class QFormLayout;
class QLineEdit;
class QSpinBox;
class QWidget;

namespace hookboard {

class FieldErrorLabel;
struct DeliveryConfig;

// The receiver form's delivery settings (SPEC §2): ordered delivery, the in-flight cap, the attempt
// timeout and the retry schedule, each this Hookboard's default until set. It edits a copy and
// reports every change; the rules (ranges) are the core's, shown by setErrors. Only the schedule's
// syntax is checked here, since text that is not a list of delays cannot reach the draft. Its rows
// go into the form's own layout, so that their labels line up with the other fields'.
class DeliverySettingsEditor : public QObject
{
    Q_OBJECT
public:
    // defaults: the running dispatcher's settings, shown as what "default" means (none: no engine).
    // The rows are added to form, their widgets made children of page.
    DeliverySettingsEditor(const DeliveryConfig *defaults, QFormLayout *form, QWidget *page);

    // Shows settings (undone, rebased, or the draft changed elsewhere). The schedule's text, even
    // one with a mistake, stays unless the schedule itself changed.
    void setSettings(const DeliverySettings &settings);
    // Shows settings afresh (another receiver, or Revert): the typed schedule goes too.
    void reset(const DeliverySettings &settings);
    // The core's errors of fields "delivery.…", each shown under its field.
    void setErrors(const QList<Error> &errors);
    // The schedule text's syntax error, while the text is not a list of delays.
    const std::optional<Error> &scheduleError() const { return m_scheduleError; }

    static bool isDeliveryField(const QString &field);

signals:
    // A person changed a setting: field is the one changed ("delivery.maxInFlight"...), text what
    // the undo history calls it.
    void edited(const hookboard::DeliverySettings &settings, const QString &field, const QString &text);
    // The schedule's text began or stopped being a list of delays.
    void scheduleErrorChanged();

private:
    void showSettings(const DeliverySettings &settings);
    void showSchedule();
    void edit(const QString &field, const QString &text);
    void onScheduleEdited(const QString &text);

    DeliverySettings m_settings;
    std::optional<Error> m_scheduleError;
    bool m_refreshing = false;
    QCheckBox *m_ordered = nullptr;
    QSpinBox *m_maxInFlight = nullptr;
    QSpinBox *m_timeout = nullptr;
    QLineEdit *m_schedule = nullptr;
    FieldErrorLabel *m_maxInFlightError = nullptr;
    FieldErrorLabel *m_timeoutError = nullptr;
    FieldErrorLabel *m_scheduleErrorLabel = nullptr;
};

} // namespace hookboard
