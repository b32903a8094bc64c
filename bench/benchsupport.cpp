#include "benchsupport.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <chrono>
#include <cstdio>

namespace hookboard::bench {

qint64 nowUs()
{
    return std::chrono::duration_cast<std::chrono::microseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

void print(const QString &line)
{
    std::fputs((line + QLatin1Char('\n')).toUtf8().constData(), stdout);
    std::fflush(stdout);
}

void Figures::add(const QString &name, double value, const QString &unit, double baseline, double target)
{
    const auto orNull = [](double v) {
        return std::isnan(v) ? QJsonValue() : QJsonValue(v);
    };
    m_figures.append(QJsonObject{{QStringLiteral("name"), name},
                                 {QStringLiteral("value"), value},
                                 {QStringLiteral("unit"), unit},
                                 {QStringLiteral("baseline"), orNull(baseline)},
                                 {QStringLiteral("ratio"), orNull(baseline > 0 ? value / baseline : kNone)},
                                 {QStringLiteral("target"), orNull(target)}});
}

bool Figures::write(const QString &path) const
{
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        out.write(QJsonDocument(m_figures).toJson()) < 0) {
        print(QStringLiteral("cannot write %1: %2").arg(path, out.errorString()));
        return false;
    }
    return true;
}

} // namespace hookboard::bench
