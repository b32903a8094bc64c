#pragma once

#include "common/result.h"

#include <QList>
#include <QString>

namespace hookboard {

// A retry schedule as people write it: delays between attempts separated by commas, each a number
// of seconds ("300") or with units ("5s", "5m", "2h", "1h30m"). The range of each step is
// validation::delivery's business, not this syntax's.
class ScheduleSyntax
{
public:
    // The delays in seconds; for a step that is not a duration, an error (field as given) naming
    // the step by its number and text.
    static Result<QList<int>> parse(const QString &text, const QString &field);
    // "5s, 5m, 30m, 2h, 1h30m": what parse reads back to the same list.
    static QString format(const QList<int> &seconds);
};

} // namespace hookboard
