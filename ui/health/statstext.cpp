#include "statstext.h"

#include <QLocale>
#include <algorithm>
#include <cmath>
#include <limits>

namespace hookboard {

QString StatsText::dash()
{
    return QStringLiteral("\u2014");
}

QString StatsText::rate(std::optional<double> rate)
{
    if (!rate)
        return dash();
    // Floored to one decimal: 99.96 % of deliveries is not "100 %", the one that failed matters.
    const double percent = std::floor(*rate * 1000.0) / 10.0;
    return tr("%1 %").arg(QLocale().toString(percent, 'f', percent == 100.0 || percent == 0.0 ? 0 : 1));
}

QString StatsText::latency(std::optional<double> ms)
{
    if (!ms)
        return dash();
    if (*ms >= 10000.0)
        return tr("%1 s").arg(QLocale().toString(*ms / 1000.0, 'f', 1));
    return tr("%1 ms").arg(QLocale().toString(*ms, 'f', *ms < 10.0 ? 1 : 0));
}

QString StatsText::count(qint64 value)
{
    return QLocale().toString(value);
}

int StatsText::clamped(qint64 value)
{
    return int(std::clamp<qint64>(value, 0, std::numeric_limits<int>::max()));
}

} // namespace hookboard
