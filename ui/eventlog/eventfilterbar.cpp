#include "eventfilterbar.h"

#include "common/clock.h"
#include "eventstatusstyle.h"
#include "model/resourcecatalog.h"
#include "receiverdirectory.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace hookboard {

namespace {

constexpr int kTypingDelayMs = 400;
constexpr int kCustomRange = -1; // the time combo's data for "Custom range"

// Combos are sized for `characters` (their pop-ups still show whole names), so the bar fits a
// narrow window instead of making the whole console wider than the screen.
// The bar has no labels (the choices say what they filter, "Any resource"): accessibleName is what
// a screen reader says for the combo instead.
QComboBox *makeCombo(const char *name, const QString &accessibleName, const QString &toolTip, int characters,
                     QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(QLatin1String(name));
    combo->setAccessibleName(accessibleName);
    combo->setToolTip(toolTip);
    combo->setMinimumContentsLength(characters);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    return combo;
}

} // namespace

EventFilterBar::EventFilterBar(ReceiverDirectory &receivers, const Clock &clock, QWidget *parent)
    : QWidget(parent), m_receivers(receivers), m_clock(clock)
{
    m_receiver = makeCombo("receiverFilter", tr("Receiver"), tr("Only the events of one receiver"), 14, this);
    fillReceivers();

    m_status = buildStatusButton();
    updateStatusText();

    m_resource = makeCombo("resourceFilter", tr("Resource"), tr("Only changes of one resource"), 12, this);
    m_resource->addItem(tr("Any resource"));
    for (const ResourceInfo &resource : ResourceCatalog::builtIn().resources())
        m_resource->addItem(resource.name, resource.name);

    m_action = makeCombo("actionFilter", tr("Action"), tr("Only one action"), 10, this);
    m_action->addItem(tr("Any action"));
    for (const QString &action : ResourceCatalog::actions())
        m_action->addItem(action, action);

    m_timeRange =
        makeCombo("timeFilter", tr("Published"), tr("Only events published in a time range"), 13, this);
    m_timeRange->addItem(tr("Any time"), 0);
    m_timeRange->addItem(tr("Last 15 minutes"), 15);
    m_timeRange->addItem(tr("Last hour"), 60);
    m_timeRange->addItem(tr("Last 24 hours"), 24 * 60);
    m_timeRange->addItem(tr("Last 7 days"), 7 * 24 * 60);
    m_timeRange->addItem(tr("Custom range…"), kCustomRange);

    const QString format = QStringLiteral("yyyy-MM-dd HH:mm");
    m_since = new QDateTimeEdit(this);
    m_since->setObjectName(QStringLiteral("sinceFilter"));
    m_since->setDisplayFormat(format);
    m_since->setCalendarPopup(true);
    m_since->setToolTip(tr("Published at or after (local time)"));
    m_since->setAccessibleName(tr("Published at or after"));
    m_until = new QDateTimeEdit(this);
    m_until->setObjectName(QStringLiteral("untilFilter"));
    m_until->setDisplayFormat(format);
    m_until->setCalendarPopup(true);
    m_until->setToolTip(tr("Published before (local time)"));
    m_until->setAccessibleName(tr("Published before"));
    m_since->hide();
    m_until->hide();

    m_payload = new QLineEdit(this);
    m_payload->setObjectName(QStringLiteral("payloadFilter"));
    const QString findKey = QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText);
    m_payload->setPlaceholderText(tr("Text in the payload, e.g. an order number (%1)").arg(findKey));
    m_payload->setClearButtonEnabled(true);
    m_payload->setAccessibleName(tr("Text in the payload"));
    m_payload->setToolTip(tr("Events whose published data contains this text (letters A–Z match "
                             "either case). %1 comes here from anywhere on the page.")
                              .arg(findKey));

    m_clear = new QToolButton(this);
    m_clear->setObjectName(QStringLiteral("clearFilters"));
    m_clear->setText(tr("Clear filters"));
    m_clear->setAutoRaise(true);

    m_typingTimer = new QTimer(this);
    m_typingTimer->setSingleShot(true);
    m_typingTimer->setInterval(kTypingDelayMs);

    // Two rows: what and who above, when and which text below, so the bar fits a window of
    // 800 pixels instead of setting the console's minimum width.
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    auto *what = new QHBoxLayout;
    what->setSpacing(6);
    for (QWidget *widget : std::initializer_list<QWidget *>{m_receiver, m_status, m_resource, m_action})
        what->addWidget(widget);
    what->addStretch(1);
    auto *when = new QHBoxLayout;
    when->setSpacing(6);
    for (QWidget *widget : std::initializer_list<QWidget *>{m_timeRange, m_since, m_until})
        when->addWidget(widget);
    when->addWidget(m_payload, 1);
    when->addWidget(m_clear);
    layout->addLayout(what);
    layout->addLayout(when);

    const auto changed = [this] {
        if (!m_quiet)
            emit filterChanged();
    };
    for (QComboBox *combo : {m_receiver, m_resource, m_action})
        connect(combo, &QComboBox::currentIndexChanged, this, changed);
    for (QAction *action : std::as_const(m_statusActions)) {
        connect(action, &QAction::toggled, this, [this, changed] {
            updateStatusText();
            changed();
        });
    }
    connect(m_timeRange, &QComboBox::currentIndexChanged, this, &EventFilterBar::onTimeRangeChosen);
    connect(m_since, &QDateTimeEdit::dateTimeChanged, this, changed);
    connect(m_until, &QDateTimeEdit::dateTimeChanged, this, changed);
    connect(m_payload, &QLineEdit::textEdited, m_typingTimer, qOverload<>(&QTimer::start));
    // The clear button of the line edit empties it without an edit signal of its own.
    connect(m_payload, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty())
            m_typingTimer->start();
    });
    connect(m_payload, &QLineEdit::returnPressed, this, [this, changed] {
        m_typingTimer->stop();
        changed();
    });
    connect(m_typingTimer, &QTimer::timeout, this, changed);
    connect(m_clear, &QToolButton::clicked, this, &EventFilterBar::clear);
    connect(&m_receivers, &ReceiverDirectory::changed, this, &EventFilterBar::fillReceivers);
}

EventFilter EventFilterBar::filter() const
{
    EventFilter filter;
    if (const QVariant id = m_receiver->currentData(); id.isValid())
        filter.receiverId = id.toLongLong();
    for (const QAction *action : m_statusActions) {
        if (action->isChecked())
            filter.statuses.append(EventStatus(action->data().toInt()));
    }
    if (const QVariant resource = m_resource->currentData(); resource.isValid())
        filter.resource = resource.toString();
    if (const QVariant action = m_action->currentData(); action.isValid())
        filter.action = action.toString();
    const int minutes = m_timeRange->currentData().toInt();
    if (minutes == kCustomRange) {
        filter.sinceMs = m_since->dateTime().toMSecsSinceEpoch();
        filter.untilMs = m_until->dateTime().toMSecsSinceEpoch();
    } else if (minutes > 0) {
        filter.sinceMs = m_clock.nowMs() - qint64(minutes) * 60 * 1000;
    }
    if (const QString text = m_payload->text(); !text.isEmpty())
        filter.payloadContains = text;
    return filter;
}

void EventFilterBar::setReceiver(qint64 receiverId)
{
    const int index = m_receiver->findData(receiverId);
    if (index >= 0)
        m_receiver->setCurrentIndex(index);
}

void EventFilterBar::clear()
{
    m_quiet = true;
    for (QComboBox *combo : {m_receiver, m_resource, m_action, m_timeRange})
        combo->setCurrentIndex(0);
    for (QAction *action : std::as_const(m_statusActions))
        action->setChecked(false);
    m_payload->clear();
    m_typingTimer->stop();
    m_quiet = false;
    emit filterChanged();
}

QToolButton *EventFilterBar::buildStatusButton()
{
    auto *button = new QToolButton(this);
    button->setObjectName(QStringLiteral("statusFilter"));
    button->setToolTip(tr("Only events in the statuses ticked (any of them)"));
    button->setPopupMode(QToolButton::InstantPopup);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *menu = new QMenu(button);
    menu->setObjectName(QStringLiteral("statusFilterMenu"));
    QAction *any = menu->addAction(tr("Any status"));
    any->setObjectName(QStringLiteral("anyStatusAction"));
    connect(any, &QAction::triggered, this, [this] {
        m_quiet = true;
        for (QAction *action : std::as_const(m_statusActions))
            action->setChecked(false);
        m_quiet = false;
        updateStatusText();
        emit filterChanged();
    });
    menu->addSeparator();
    for (EventStatus status : EventStatusStyle::all()) {
        QAction *action =
            menu->addAction(EventStatusStyle::icon(status, palette()), EventStatusStyle::label(status));
        action->setCheckable(true);
        action->setData(int(status));
        m_statusActions.append(action);
    }
    button->setMenu(menu);
    // As wide as the widest single label, so ticking one status does not move the bar.
    int widest = button->fontMetrics().horizontalAdvance(tr("Any status"));
    for (const QAction *action : std::as_const(m_statusActions))
        widest = std::max(widest, button->fontMetrics().horizontalAdvance(action->text()));
    button->setMinimumWidth(widest + button->fontMetrics().horizontalAdvance(QLatin1Char('0')) * 6);
    return button;
}

void EventFilterBar::updateStatusText()
{
    QStringList ticked;
    for (const QAction *action : std::as_const(m_statusActions)) {
        if (action->isChecked())
            ticked.append(action->text());
    }
    m_status->setText(ticked.isEmpty()     ? tr("Any status")
                      : ticked.size() <= 2 ? ticked.join(QStringLiteral(", "))
                                           : tr("%Ln statuses", nullptr, int(ticked.size())));
    m_status->setToolTip(ticked.isEmpty() ? tr("Only events in the statuses ticked (any of them)")
                                          : tr("Events that are %1").arg(ticked.join(tr(" or "))));
}

void EventFilterBar::focusSearch()
{
    m_payload->setFocus(Qt::ShortcutFocusReason);
    m_payload->selectAll();
}

void EventFilterBar::setTypingDelayMs(int ms)
{
    m_typingTimer->setInterval(ms);
}

void EventFilterBar::fillReceivers()
{
    // Refilled when receivers come, go or are renamed; the chosen one stays chosen.
    const QVariant chosen = m_receiver->currentData();
    m_quiet = true;
    m_receiver->clear();
    m_receiver->addItem(tr("All receivers"));
    for (const ReceiverDirectory::Entry &entry : m_receivers.receivers())
        m_receiver->addItem(entry.name, entry.id);
    const int index = chosen.isValid() ? m_receiver->findData(chosen) : 0;
    m_receiver->setCurrentIndex(qMax(0, index));
    m_quiet = false;
    // The chosen receiver was deleted: the filter now shows every receiver, so say so.
    if (chosen.isValid() && index < 0)
        emit filterChanged();
}

void EventFilterBar::onTimeRangeChosen()
{
    const bool custom = m_timeRange->currentData().toInt() == kCustomRange;
    if (custom && m_since->isHidden()) {
        m_quiet = true;
        const QDateTime now = QDateTime::fromMSecsSinceEpoch(m_clock.nowMs()).toLocalTime();
        m_since->setDateTime(now.addDays(-1));
        m_until->setDateTime(now.addSecs(60));
        m_quiet = false;
    }
    m_since->setVisible(custom);
    m_until->setVisible(custom);
    if (!m_quiet)
        emit filterChanged();
}

} // namespace hookboard
