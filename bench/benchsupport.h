#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QString>
#include <cmath>
#include <functional>
#include <limits>

namespace hookboard::bench {

// Microseconds on the monotonic clock.
qint64 nowUs();

// One line to stdout, flushed at once (the benchmarks run for minutes).
void print(const QString &line);

// A field of /proc/self/status in KiB ("VmRSS:", "VmHWM:"); 0 when it cannot be read.
qint64 procStatusKiB(const QByteArray &field);
// Restarts VmHWM at the current RSS (Linux 4.0+), so that each phase reports a peak of its own.
bool resetPeakRss();
// CPU seconds this process has used so far, all threads (an in-process test server included).
double cpuSeconds();
// Runs the event loop until done() holds or timeoutMs passes; says whether done() held.
bool waitUntil(const std::function<bool()> &done, qint64 timeoutMs);

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
