#pragma once

#include "model/event.h"

#include <QColor>
#include <QIcon>
#include <QList>
#include <QPalette>
#include <QString>

namespace hookboard {

// How an event status looks in the console: a word for people, a colour that reads on the palette's
// Base (a darker shade on light themes, a lighter one on dark themes) and a round icon whose glyph
// says the same without colour (check, cross, clock, arrow, dots, dash) for colour-blind readers.
class EventStatusStyle
{
public:
    // Every status, in the order of an event's life (as filters list them).
    static QList<EventStatus> all();
    static QString label(EventStatus status); // "Succeeded", "Failed", ...
    static QColor color(EventStatus status, const QPalette &palette);
    static QIcon icon(EventStatus status, const QPalette &palette);
    static bool isDark(const QPalette &palette);
};

} // namespace hookboard
