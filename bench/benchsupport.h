#pragma once

#include <QJsonArray>
#include <QString>
#include <cmath>
#include <limits>

namespace hookboard::bench {

// Microseconds on the monotonic clock.
qint64 nowUs();

// One line to stdout, flushed at once (the benchmarks run for minutes).
void print(const QString &line);

// Figures for bench-results.json (SPEC §9): {"name","value","unit","baseline","ratio","target"},
// with null where there is no baseline or target.
class Figures
{
public:
    static constexpr double kNone = std::numeric_limits<double>::quiet_NaN();

    void add(const QString &name, double value, const QString &unit, double baseline = kNone,
             double target = kNone);
    // Writes them as a JSON array; false (and a message printed) when the file cannot be written.
    bool write(const QString &path) const;

private:
    QJsonArray m_figures;
};

} // namespace hookboard::bench
