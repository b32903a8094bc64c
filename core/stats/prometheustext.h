#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace hookboard {

struct MetricsHistogram;

// Writes Prometheus' text exposition format (version 0.0.4): each family once, its HELP and TYPE
// lines first and its samples together; label values escaped (\\, \", \n); histograms as
// cumulative _bucket lines ending with le="+Inf", then _sum and _count.
class PrometheusText
{
public:
    using Labels = QList<QPair<QByteArray, QString>>;

    static constexpr const char *kContentType = "text/plain; version=0.0.4; charset=utf-8";

    // Starts a family: type is "counter", "gauge" or "histogram". A counter's name ends in _total.
    void family(const QByteArray &name, const QByteArray &type, const QString &help);
    void sample(const Labels &labels, double value);
    void histogram(const Labels &labels, const MetricsHistogram &histogram);

    QByteArray text() const { return m_text; }

private:
    void line(const QByteArray &name, const Labels &labels, double value);

    QByteArray m_text;
    QByteArray m_family;
};

} // namespace hookboard
