#pragma once

#include <QtGlobal>
#include <map>
#include <optional>

namespace hookboard {

// The exact distribution of attempt durations in whole milliseconds, kept as a count per distinct
// value: percentiles come out exact while memory grows with the number of distinct durations, not
// with the number of attempts.
class LatencyHistogram
{
public:
    void add(int durationMs, qint64 count = 1);
    void merge(const LatencyHistogram &other);
    qint64 count() const { return m_total; }
    bool isEmpty() const { return m_total == 0; }

    // The p-quantile (0 <= p <= 1) by linear interpolation between the closest ranks (Hyndman and
    // Fan's definition 7: R's default, NumPy's "linear", Excel's PERCENTILE.INC). For the n values
    // sorted as x[0..n-1], h = (n - 1) * p and the answer is x[floor h] + (h - floor h) *
    // (x[floor h + 1] - x[floor h]). So the median of an even count is the mean of the two middle
    // values, and p = 0 and p = 1 are the minimum and maximum. Empty when there is no value.
    std::optional<double> quantile(double p) const;

    friend bool operator==(const LatencyHistogram &, const LatencyHistogram &) = default;

private:
    // The value at 0-based rank in sorted order; rank < count().
    int valueAtRank(qint64 rank) const;

    std::map<int, qint64> m_counts; // duration -> how many attempts took it
    qint64 m_total = 0;
};

} // namespace hookboard
