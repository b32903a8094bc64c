#include "prometheustext.h"

#include "metrics.h"

#include <QLocale>
#include <cmath>

namespace hookboard {

namespace {

QByteArray escaped(const QString &text, bool quotes)
{
    QByteArray out;
    for (const char c : text.toUtf8()) {
        if (c == '\\')
            out += "\\\\";
        else if (c == '\n')
            out += "\\n";
        else if (c == '"' && quotes)
            out += "\\\"";
        else
            out += c;
    }
    return out;
}

// Go's strconv.FormatFloat(v, 'g', -1, 64) as the format expects: the shortest form that reads
// back to the same double, and +Inf, -Inf and NaN spelled so.
QByteArray number(double value)
{
    if (std::isnan(value))
        return "NaN";
    if (std::isinf(value))
        return value > 0 ? "+Inf" : "-Inf";
    return QByteArray::number(value, 'g', QLocale::FloatingPointShortest);
}

} // namespace

void PrometheusText::family(const QByteArray &name, const QByteArray &type, const QString &help)
{
    m_family = name;
    m_text += "# HELP " + name + ' ' + escaped(help, false) + '\n';
    m_text += "# TYPE " + name + ' ' + type + '\n';
}

void PrometheusText::sample(const Labels &labels, double value)
{
    line(m_family, labels, value);
}

void PrometheusText::histogram(const Labels &labels, const MetricsHistogram &histogram)
{
    const QList<double> &bounds = Metrics::bucketBounds();
    qint64 cumulative = 0;
    for (qsizetype i = 0; i <= bounds.size(); ++i) {
        cumulative += i < histogram.counts.size() ? histogram.counts[i] : 0;
        Labels withBound = labels;
        withBound.append({"le", i < bounds.size() ? QString::fromLatin1(number(bounds[i])) : u"+Inf"_qs});
        line(m_family + "_bucket", withBound, double(cumulative));
    }
    line(m_family + "_sum", labels, histogram.sum);
    line(m_family + "_count", labels, double(histogram.count));
}

void PrometheusText::line(const QByteArray &name, const Labels &labels, double value)
{
    m_text += name;
    if (!labels.isEmpty()) {
        m_text += '{';
        for (qsizetype i = 0; i < labels.size(); ++i) {
            if (i > 0)
                m_text += ',';
            m_text += labels[i].first + "=\"" + escaped(labels[i].second, true) + '"';
        }
        m_text += '}';
    }
    m_text += ' ' + number(value) + '\n';
}

} // namespace hookboard
