#include "healthbadge.h"

#include "statstext.h"
#include "widgets/paintedicon.h"

#include <QDateTime>
#include <QLocale>
#include <QPainter>

namespace hookboard {

namespace {

QString localTime(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms).toLocalTime(), QLocale::ShortFormat);
}

void paintDot(QPainter &painter, const QRectF &square, const QColor &color)
{
    const qreal size = square.width();
    const qreal rim = size / 16.0;
    painter.setPen(QPen(color.darker(150), rim));
    painter.setBrush(color);
    const qreal inset = size * 0.2 + rim / 2;
    painter.drawEllipse(square.adjusted(inset, inset, -inset, -inset));
}

} // namespace

HealthBadge::State HealthBadge::stateOf(const Receiver &receiver, const std::optional<ReceiverHealth> &health)
{
    if (!receiver.active)
        return receiver.disabledReason.isEmpty() ? State::Disabled : State::DisabledAutomatically;
    if (health && health->consecutiveFailures > 0)
        return State::Failing;
    return State::Active;
}

QString HealthBadge::label(State state)
{
    switch (state) {
    case State::Active:
        return tr("ACTIVE");
    case State::Failing:
        return tr("FAILING");
    case State::Disabled:
    case State::DisabledAutomatically:
        break;
    }
    return tr("DISABLED");
}

QString HealthBadge::explanation(const Receiver &receiver, const std::optional<ReceiverHealth> &health)
{
    switch (stateOf(receiver, health)) {
    case State::DisabledAutomatically:
        return tr("Disabled automatically: %1\nIts pending events are held until it is enabled again.")
            .arg(receiver.disabledReason);
    case State::Disabled:
        return tr("Disabled by a person. Its pending events are held until it is enabled again.");
    case State::Failing: {
        const QString since =
            health->failingSinceMs ? localTime(*health->failingSinceMs) : tr("an unknown time");
        const QString failed = tr("The last %Ln attempt(s) failed, since %1.", nullptr,
                                  StatsText::clamped(health->consecutiveFailures))
                                   .arg(since);
        return failed + u'\n' +
               (health->lastSuccessAtMs ? tr("Last success: %1.").arg(localTime(*health->lastSuccessAtMs))
                                        : tr("No attempt has succeeded yet."));
    }
    case State::Active:
        break;
    }
    if (health && health->lastSuccessAtMs)
        return tr("Deliveries are going through. Last success: %1.").arg(localTime(*health->lastSuccessAtMs));
    return tr("Active. No delivery has been attempted yet.");
}

QColor HealthBadge::color(State state)
{
    switch (state) {
    case State::Active:
        return QColor(0x2e, 0xa0, 0x43);
    case State::Failing:
        return QColor(0xe0, 0x8a, 0x00);
    case State::Disabled:
        return QColor(0x8c, 0x95, 0x9f);
    case State::DisabledAutomatically:
        break;
    }
    return QColor(0xd7, 0x3a, 0x49);
}

QIcon HealthBadge::icon(State state)
{
    const QColor fill = color(state);
    return paintedIcon([fill](QPainter &painter, const QRectF &square) { paintDot(painter, square, fill); });
}

} // namespace hookboard
