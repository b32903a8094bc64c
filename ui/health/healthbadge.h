#pragma once

#include "model/receiver.h"
#include "model/receiverhealth.h"

#include <QColor>
#include <QCoreApplication>
#include <QIcon>
#include <QString>
#include <optional>

namespace hookboard {

// How a receiver is doing, in the words and colours the console uses for it everywhere: the badge
// in the receiver list and the health panel. The states follow docs/decisions.md: DISABLED when the
// receiver is not active, FAILING when its last attempt failed, ACTIVE otherwise.
class HealthBadge
{
    Q_DECLARE_TR_FUNCTIONS(HealthBadge)
public:
    enum class State
    {
        Active,
        Failing,
        Disabled,              // by a person
        DisabledAutomatically, // by the dispatcher: a 410 Gone, or failing for too long
    };

    static State stateOf(const Receiver &receiver, const std::optional<ReceiverHealth> &health);
    // "ACTIVE", "FAILING" or "DISABLED".
    static QString label(State state);
    // A sentence or two for a tooltip: the reason a receiver is disabled, since when it fails.
    static QString explanation(const Receiver &receiver, const std::optional<ReceiverHealth> &health);
    // Mid-tone colours that stand out on light and dark backgrounds alike.
    static QColor color(State state);
    // A dot of color(state) with a darker rim, so it reads on any background.
    static QIcon icon(State state);
};

} // namespace hookboard
