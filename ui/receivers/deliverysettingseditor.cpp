#include "deliverysettingseditor.h"

#include "delivery/delivery.h"
#include "delivery/retrypolicy.h"
#include "delivery/schedulesyntax.h"
#include "fielderrorlabel.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QScopedValueRollback>
#include <QSpinBox>
#include <QVBoxLayout>

namespace hookboard {

namespace {

const QString kMaxInFlight = QStringLiteral("delivery.maxInFlight");
const QString kTimeout = QStringLiteral("delivery.timeoutMs");
const QString kSchedule = QStringLiteral("delivery.retrySchedule");

// A spin box whose lowest value means "the default": wider than the rule on purpose, so that the
// core's check says what is wrong rather than the box refusing keys.
QSpinBox *defaultingSpin(const QString &objectName, const QString &defaultText, const QString &suffix,
                         QWidget *parent)
{
    auto *spin = new QSpinBox(parent);
    spin->setObjectName(objectName);
    spin->setRange(0, 999);
    spin->setSpecialValueText(defaultText);
    spin->setSuffix(suffix);
    spin->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed); // a number needs no whole column
    return spin;
}

} // namespace

DeliverySettingsEditor::DeliverySettingsEditor(const DeliveryConfig *defaults, QFormLayout *form,
                                               QWidget *page)
    : QObject(page)
{
    const QList<int> schedule = !defaults || defaults->retryScheduleSeconds.isEmpty()
                                    ? RetryPolicy::defaultScheduleSeconds()
                                    : defaults->retryScheduleSeconds;
    auto *heading = new QLabel(tr("Delivery"), page);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    form->addRow(heading);

    m_ordered = new QCheckBox(tr("One at a time, in publish order"), page);
    m_ordered->setObjectName(QStringLiteral("orderedCheck"));
    m_ordered->setToolTip(tr("The next event waits until this one succeeded or failed for good. "
                             "Slower, but a receiver that needs order gets it."));
    // Each widget writes to the copy only when a person changed it: a stored 1500 ms timeout shown
    // as 1 s must not become 1000 ms when the widgets are set from the draft.
    connect(m_ordered, &QCheckBox::toggled, this, [this](bool on) {
        if (m_refreshing)
            return;
        m_settings.ordered = on;
        edit(QStringLiteral("delivery.ordered"), on ? tr("Deliver in order") : tr("Deliver in parallel"));
    });
    form->addRow(tr("&Order"), m_ordered);

    m_maxInFlight = defaultingSpin(
        QStringLiteral("maxInFlightSpin"),
        defaults ? tr("Default (%1)").arg(defaults->maxInFlightPerReceiver) : tr("Default"), QString(), page);
    m_maxInFlight->setToolTip(tr("Attempts to this receiver at once, 1 to 64"));
    m_maxInFlightError = new FieldErrorLabel(page);
    m_maxInFlightError->setObjectName(QStringLiteral("maxInFlightError"));
    connect(m_maxInFlight, &QSpinBox::valueChanged, this, [this](int value) {
        if (m_refreshing)
            return;
        m_settings.maxInFlight = value > 0 ? std::optional<int>(value) : std::nullopt;
        edit(kMaxInFlight, tr("Change attempts in flight"));
    });
    form->addRow(tr("In &flight"), FieldErrorLabel::stackedUnder(m_maxInFlight, m_maxInFlightError, page));

    m_timeout = defaultingSpin(
        QStringLiteral("timeoutSpin"),
        defaults ? tr("Default (%1 s)").arg(defaults->timeoutMs / 1000) : tr("Default"), tr(" s"), page);
    m_timeout->setToolTip(tr("How long one attempt may take, 1 to 120 seconds"));
    m_timeoutError = new FieldErrorLabel(page);
    m_timeoutError->setObjectName(QStringLiteral("timeoutError"));
    connect(m_timeout, &QSpinBox::valueChanged, this, [this](int seconds) {
        if (m_refreshing)
            return;
        m_settings.timeoutMs = seconds > 0 ? std::optional<int>(seconds * 1000) : std::nullopt;
        edit(kTimeout, tr("Change attempt timeout"));
    });
    form->addRow(tr("&Timeout"), FieldErrorLabel::stackedUnder(m_timeout, m_timeoutError, page));

    m_schedule = new QLineEdit(page);
    m_schedule->setObjectName(QStringLiteral("retryScheduleEdit"));
    m_schedule->setPlaceholderText(tr("Default: %1").arg(ScheduleSyntax::format(schedule)));
    m_schedule->setToolTip(tr("The delays between attempts, e.g. 10s, 1m, 10m, 1h: up to 20 steps of 1 s to "
                              "24 h. Empty: this Hookboard's schedule."));
    m_scheduleErrorLabel = new FieldErrorLabel(page);
    m_scheduleErrorLabel->setObjectName(QStringLiteral("retryScheduleError"));
    connect(m_schedule, &QLineEdit::textEdited, this, &DeliverySettingsEditor::onScheduleEdited);
    form->addRow(tr("&Retries after"), FieldErrorLabel::stackedUnder(m_schedule, m_scheduleErrorLabel, page));
}

bool DeliverySettingsEditor::isDeliveryField(const QString &field)
{
    return field.startsWith(QLatin1String("delivery"));
}

void DeliverySettingsEditor::setSettings(const DeliverySettings &settings)
{
    // The schedule's text stays while the schedule is what it was: a text being typed (even one
    // with a mistake) is not replaced because another field changed.
    const bool scheduleChanged = settings.retrySchedule != m_settings.retrySchedule;
    showSettings(settings);
    if (scheduleChanged)
        showSchedule();
}

void DeliverySettingsEditor::reset(const DeliverySettings &settings)
{
    showSettings(settings);
    showSchedule();
}

void DeliverySettingsEditor::showSettings(const DeliverySettings &settings)
{
    const QScopedValueRollback<bool> refreshing(m_refreshing, true);
    m_settings = settings;
    m_ordered->setChecked(settings.ordered);
    m_maxInFlight->setValue(settings.maxInFlight.value_or(0));
    // Whole seconds: a timeout set through the API in milliseconds shows rounded, and is kept as
    // it is unless the person changes it here.
    m_timeout->setValue(settings.timeoutMs ? std::max(1, *settings.timeoutMs / 1000) : 0);
}

void DeliverySettingsEditor::showSchedule()
{
    m_schedule->setText(m_settings.retrySchedule ? ScheduleSyntax::format(*m_settings.retrySchedule)
                                                 : QString());
    if (m_scheduleError) {
        m_scheduleError.reset();
        emit scheduleErrorChanged();
    }
}

void DeliverySettingsEditor::setErrors(const QList<Error> &errors)
{
    QList<Error> maxInFlight, timeout, schedule;
    for (const Error &error : errors) {
        if (error.field == kMaxInFlight)
            maxInFlight.append(error);
        else if (error.field == kTimeout)
            timeout.append(error);
        else if (error.field.startsWith(kSchedule))
            schedule.append(error);
    }
    if (m_scheduleError)
        schedule = {*m_scheduleError};
    m_maxInFlightError->setErrors(maxInFlight);
    m_timeoutError->setErrors(timeout);
    m_scheduleErrorLabel->setErrors(schedule);
}

void DeliverySettingsEditor::edit(const QString &field, const QString &text)
{
    emit edited(m_settings, field, text);
}

void DeliverySettingsEditor::onScheduleEdited(const QString &text)
{
    const bool hadError = m_scheduleError.has_value();
    if (text.trimmed().isEmpty()) {
        m_scheduleError.reset();
        m_settings.retrySchedule.reset();
    } else if (Result<QList<int>> steps = ScheduleSyntax::parse(text, kSchedule)) {
        m_scheduleError.reset();
        m_settings.retrySchedule = *steps;
    } else {
        m_scheduleError = steps.error();
    }
    if (hadError != m_scheduleError.has_value())
        emit scheduleErrorChanged();
    if (!m_scheduleError)
        edit(kSchedule, tr("Change retry schedule"));
    else
        m_scheduleErrorLabel->setErrors({*m_scheduleError});
}

} // namespace hookboard
