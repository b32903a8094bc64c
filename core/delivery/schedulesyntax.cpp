#include "schedulesyntax.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace hookboard {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ScheduleSyntax)
};

// One step: bare seconds, or number-unit pairs in falling order of size ("1h30m", "90s").
std::optional<qint64> parseStep(const QString &step)
{
    static const QRegularExpression bare(QStringLiteral("^\\d{1,9}$"));
    static const QRegularExpression units(
        QStringLiteral("^(?:(\\d{1,6})h)?(?:(\\d{1,6})m)?(?:(\\d{1,9})s)?$"));
    if (bare.match(step).hasMatch())
        return step.toLongLong();
    const QRegularExpressionMatch match = units.match(step);
    if (!match.hasMatch() || step.isEmpty())
        return std::nullopt;
    return match.captured(1).toLongLong() * 3600 + match.captured(2).toLongLong() * 60 +
           match.captured(3).toLongLong();
}

} // namespace

Result<QList<int>> ScheduleSyntax::parse(const QString &text, const QString &field)
{
    QList<int> seconds;
    const QStringList steps = text.split(u',');
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const QString step = steps.at(i).trimmed().toLower().remove(u' ');
        const std::optional<qint64> value = parseStep(step);
        if (!value) {
            return Error::badInput(
                field, QStringLiteral("duration"),
                Text::tr("%1: step %2 (\"%3\") is not a delay; write seconds as 30s, minutes as 5m, "
                         "hours as 2h (or 1h30m), and separate steps with commas")
                    .arg(field)
                    .arg(i + 1)
                    .arg(steps.at(i).trimmed()));
        }
        // Past a day the range rule speaks; the clamp only keeps the number an int.
        seconds.append(int(std::min<qint64>(*value, std::numeric_limits<int>::max())));
    }
    return seconds;
}

QString ScheduleSyntax::format(const QList<int> &seconds)
{
    QStringList steps;
    for (int value : seconds) {
        QString step;
        if (value >= 3600)
            step += QString::number(value / 3600) + u'h';
        if (value % 3600 >= 60)
            step += QString::number(value % 3600 / 60) + u'm';
        if (value % 60 || value == 0)
            step += QString::number(value % 60) + u's';
        steps.append(step);
    }
    return steps.join(QStringLiteral(", "));
}

} // namespace hookboard
