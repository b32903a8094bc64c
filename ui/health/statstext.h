#pragma once

#include <QCoreApplication>
#include <QString>
#include <optional>

namespace hookboard {

// How delivery statistics read in the console, the same in the receiver list, the health panel and
// the status bar: in the person's locale, with a dash where there is nothing to tell.
class StatsText
{
    Q_DECLARE_TR_FUNCTIONS(StatsText)
public:
    // "—" when empty.
    static QString dash();
    // 0..1 as "98.5 %"; a rate just short of 1 never rounds up to "100 %".
    static QString rate(std::optional<double> rate);
    // "3.5 ms", "116 ms", "12.4 s".
    static QString latency(std::optional<double> ms);
    // "12", "1,250".
    static QString count(qint64 value);
    // A count as tr()'s %n takes it (an int), capped at INT_MAX.
    static int clamped(qint64 value);
};

} // namespace hookboard
