#include "benchsupport.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>
#include <chrono>
#include <cstdio>
#include <sys/resource.h>

namespace hookboard::bench {

qint64 nowUs()
{
    return std::chrono::duration_cast<std::chrono::microseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

qint64 procStatusKiB(const QByteArray &field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(field.size()).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}

bool resetPeakRss()
{
    QFile clearRefs(QStringLiteral("/proc/self/clear_refs"));
    return clearRefs.open(QIODevice::WriteOnly) && clearRefs.write("5") == 1;
}

double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    auto seconds = [](const timeval &t) {
        return double(t.tv_sec) + double(t.tv_usec) / 1e6;
    };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

bool waitUntil(const std::function<bool()> &done, qint64 timeoutMs)
{
    const qint64 deadline = nowUs() + timeoutMs * 1000;
    QEventLoop loop;
    QTimer tick;
    QObject::connect(&tick, &QTimer::timeout, &loop, [&] {
        if (done() || nowUs() >= deadline)
            loop.quit();
    });
    tick.start(5);
    if (!done())
        loop.exec();
    return done();
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
