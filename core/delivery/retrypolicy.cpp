#include "retrypolicy.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <algorithm>

namespace hookboard {

namespace {

bool isRetryAfterStatus(int status)
{
    return status == 429 || status == 503;
}

// What went wrong with the attempt, in words, before any word on what follows.
QString failureReason(const SendResult &result)
{
    if (!result.statusCode)
        return result.error.isEmpty() ? QCoreApplication::translate("RetryPolicy", "no response")
                                      : result.error;
    const int status = *result.statusCode;
    if (status >= 300 && status < 400)
        return QCoreApplication::translate("RetryPolicy", "HTTP %1 (redirects are not followed)").arg(status);
    return QCoreApplication::translate("RetryPolicy", "HTTP %1").arg(status);
}

// RFC 850 dates carry two-digit years; RFC 9110 §5.6.7 reads one that would lie more than 50 years
// ahead as the most recent past year with those digits.
QDate fixTwoDigitYear(const QDate &parsed, qint64 nowMs)
{
    const int nowYear = QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC).date().year();
    int year = nowYear - nowYear % 100 + parsed.year() % 100;
    if (year > nowYear + 50)
        year -= 100;
    return QDate(year, parsed.month(), parsed.day());
}

// The three HTTP-date forms of RFC 9110 §5.6.7, always GMT.
std::optional<QDateTime> parseHttpDate(const QString &text, qint64 nowMs)
{
    // Time and date are read apart: parsing them together would go through local time, where a
    // daylight-saving gap could make a perfectly good GMT time invalid.
    static const QRegularExpression timeOfDay(QStringLiteral("\\b(\\d\\d):(\\d\\d):(\\d\\d)\\b"));
    const QRegularExpressionMatch match = timeOfDay.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const QTime time(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());
    if (!time.isValid())
        return std::nullopt;
    // simplified() also folds asctime's double space before a one-digit day.
    const QString dateText =
        QString(text.left(match.capturedStart()) + text.mid(match.capturedEnd())).simplified();

    // Day and month names are English whatever the locale, hence the C locale.
    const QLocale c = QLocale::c();
    // IMF-fixdate, the form RFC 9110 asks senders to use: "Sun, 06 Nov 1994 08:49:37 GMT".
    QDate date = c.toDate(dateText, QStringLiteral("ddd, dd MMM yyyy 'GMT'"));
    // Obsolete RFC 850: "Sunday, 06-Nov-94 08:49:37 GMT". Qt reads "yy" as 19yy and refuses a day
    // name that does not fit that year, so the day name is checked here, after the century is fixed.
    if (!date.isValid()) {
        const qsizetype comma = dateText.indexOf(QLatin1Char(','));
        const QString dayName = dateText.left(comma);
        date = c.toDate(dateText.mid(comma + 1).trimmed(), QStringLiteral("dd-MMM-yy 'GMT'"));
        if (comma > 0 && date.isValid()) {
            date = fixTwoDigitYear(date, nowMs);
            if (!date.isValid() || c.dayName(date.dayOfWeek(), QLocale::LongFormat) != dayName)
                date = QDate();
        } else {
            date = QDate();
        }
    }
    // Obsolete asctime: "Sun Nov  6 08:49:37 1994".
    if (!date.isValid())
        date = c.toDate(dateText, QStringLiteral("ddd MMM d yyyy"));
    if (!date.isValid())
        return std::nullopt;
    return QDateTime(date, time, Qt::UTC);
}

} // namespace

QList<int> RetryPolicy::defaultScheduleSeconds()
{
    return {5, 5 * 60, 30 * 60, 2 * 3600, 5 * 3600, 10 * 3600, 10 * 3600};
}

RetryPolicy::RetryPolicy(QList<int> scheduleSeconds, double jitter, std::function<double()> random)
    : m_schedule(std::move(scheduleSeconds)), m_jitter(std::clamp(jitter, 0.0, 1.0)),
      m_random(std::move(random))
{
    if (!m_random)
        m_random = [] {
            return QRandomGenerator::global()->generateDouble();
        };
}

std::optional<qint64> RetryPolicy::delayAfterMs(int attemptNumber) const
{
    if (attemptNumber < 1 || attemptNumber > m_schedule.size())
        return std::nullopt;
    const double base = double(m_schedule.at(attemptNumber - 1)) * 1000.0;
    // r in [0, 1) maps onto a factor in [1 - jitter, 1 + jitter).
    const double r = std::clamp(m_random(), 0.0, 1.0);
    const double factor = 1.0 + m_jitter * (2.0 * r - 1.0);
    return std::max<qint64>(0, qRound64(base * factor));
}

std::optional<qint64> RetryPolicy::retryAfterMs(const HttpHeaders &headers, qint64 nowMs)
{
    const auto it = std::find_if(headers.cbegin(), headers.cend(), [](const auto &header) {
        return header.first.compare("Retry-After", Qt::CaseInsensitive) == 0;
    });
    if (it == headers.cend())
        return std::nullopt;
    const QByteArray value = it->second.trimmed();
    if (value.isEmpty())
        return std::nullopt;

    // delta-seconds: 1*DIGIT. Absurdly long ones saturate instead of overflowing; decide() caps
    // them anyway.
    if (std::all_of(value.cbegin(), value.cend(), [](char ch) { return ch >= '0' && ch <= '9'; })) {
        if (value.size() > 12)
            return qint64(999'999'999'999) * 1000;
        return value.toLongLong() * 1000;
    }

    const std::optional<QDateTime> date = parseHttpDate(QString::fromLatin1(value), nowMs);
    if (!date)
        return std::nullopt;
    // A date already past means "now".
    return std::max<qint64>(0, date->toMSecsSinceEpoch() - nowMs);
}

Verdict RetryPolicy::decide(int attemptNumber, int expectedResponseCode, const SendResult &result,
                            qint64 nowMs) const
{
    Verdict verdict;
    if (result.statusCode && *result.statusCode == expectedResponseCode) {
        verdict.kind = Verdict::Kind::Succeeded;
        verdict.reason = QCoreApplication::translate("RetryPolicy", "HTTP %1").arg(*result.statusCode);
        return verdict;
    }

    const QString failure = failureReason(result);
    if (result.statusCode == 410) {
        verdict.kind = Verdict::Kind::DisableReceiver;
        verdict.reason = QCoreApplication::translate(
            "RetryPolicy", "HTTP 410 Gone: the receiver asked for no more deliveries");
        return verdict;
    }

    // Retry-After replaces the delay but not the count: a receiver that keeps answering 429 still
    // runs the event out of attempts.
    const bool attemptsLeft = attemptNumber >= 1 && attemptNumber <= m_schedule.size();
    if (attemptsLeft && result.statusCode && isRetryAfterStatus(*result.statusCode)) {
        if (const std::optional<qint64> wait = retryAfterMs(result.headers, nowMs)) {
            const qint64 delay = std::min(*wait, kMaxRetryAfterMs);
            verdict.kind = Verdict::Kind::Retry;
            verdict.nextAttemptAtMs = nowMs + delay;
            verdict.reason =
                *wait > kMaxRetryAfterMs
                    ? QCoreApplication::translate("RetryPolicy", "%1; Retry-After capped at 24 h")
                          .arg(failure)
                    : QCoreApplication::translate("RetryPolicy", "%1; Retry-After %2 s honoured")
                          .arg(failure)
                          .arg((delay + 999) / 1000);
            return verdict;
        }
    }

    if (const std::optional<qint64> delay = delayAfterMs(attemptNumber)) {
        verdict.kind = Verdict::Kind::Retry;
        verdict.nextAttemptAtMs = nowMs + *delay;
        verdict.reason = failure;
        return verdict;
    }

    verdict.kind = Verdict::Kind::Failed;
    verdict.reason = QCoreApplication::translate("RetryPolicy", "%1; no attempts left after attempt %2")
                         .arg(failure)
                         .arg(attemptNumber);
    return verdict;
}

} // namespace hookboard
