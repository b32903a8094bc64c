#include "latencyhistogram.h"

#include <algorithm>
#include <cmath>

namespace hookboard {

void LatencyHistogram::add(int durationMs, qint64 count)
{
    if (count <= 0)
        return;
    m_counts[durationMs] += count;
    m_total += count;
}

void LatencyHistogram::merge(const LatencyHistogram &other)
{
    for (const auto &[durationMs, count] : other.m_counts)
        m_counts[durationMs] += count;
    m_total += other.m_total;
}

std::optional<double> LatencyHistogram::quantile(double p) const
{
    if (m_total == 0)
        return std::nullopt;
    const double h = double(m_total - 1) * std::clamp(p, 0.0, 1.0);
    const auto lower = qint64(std::floor(h));
    const double below = valueAtRank(lower);
    if (lower + 1 >= m_total)
        return below;
    return below + (h - double(lower)) * (valueAtRank(lower + 1) - below);
}

int LatencyHistogram::valueAtRank(qint64 rank) const
{
    qint64 seen = 0;
    for (const auto &[durationMs, count] : m_counts) {
        seen += count;
        if (rank < seen)
            return durationMs;
    }
    Q_ASSERT_X(false, "LatencyHistogram::valueAtRank", "rank out of range");
    return m_counts.empty() ? 0 : m_counts.rbegin()->first;
}

} // namespace hookboard
