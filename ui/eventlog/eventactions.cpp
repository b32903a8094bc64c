#include "eventactions.h"

#include "eventstatusstyle.h"
#include "health/statstext.h"
#include "widgets/confirmation.h"

#include <QLocale>
#include <QWidget>

namespace hookboard {

namespace {

bool isFinished(EventStatus status)
{
    return status == EventStatus::Succeeded || status == EventStatus::Failed ||
           status == EventStatus::Cancelled;
}

// "3 events could not be resent: event 7: …; event 9: …" (the first few reasons; the rest counted).
// headline is "%n event(s) could not be …" with %n still in it.
QString failuresText(const char *headline, const QStringList &failures)
{
    constexpr int kShown = 3;
    QString text = EventActions::tr(headline, nullptr, int(failures.size())) + QLatin1Char(' ') +
                   failures.mid(0, kShown).join(QStringLiteral("; "));
    if (failures.size() > kShown)
        text += EventActions::tr("; and %Ln more", nullptr, int(failures.size() - kShown));
    return text;
}

} // namespace

EventActions::EventActions(WebhookService &service, QWidget *dialogParent)
    : QObject(dialogParent), m_service(service), m_dialogParent(dialogParent)
{}

void EventActions::resend(const QList<Event> &events)
{
    QList<qint64> ids;
    for (const Event &event : events) {
        if (isFinished(event.status))
            ids.append(event.id);
    }
    // Several at once are confirmed first, as a replay is: receivers get every one of them again.
    if (ids.size() > 1 &&
        !Confirmation::ask(m_dialogParent, tr("Resend events"),
                           tr("Resend %1 events? Each goes back to Pending and is delivered again, "
                              "keeping its webhook-id, so receivers that deduplicate stay safe.")
                               .arg(QLocale().toString(ids.size())),
                           tr("Resend %1 events").arg(QLocale().toString(ids.size())), tr("Do not resend")))
        return;
    int resent = 0;
    QStringList failures;
    for (qint64 id : std::as_const(ids)) {
        Result<Event> done = m_service.resendEvent(id);
        if (done)
            ++resent;
        else
            failures << tr("event %1: %2").arg(id).arg(done.error().message);
    }
    if (!failures.isEmpty())
        emit message(failuresText(QT_TR_N_NOOP("%Ln event(s) could not be resent:"), failures), true);
    else if (resent > 0)
        emit message(
            tr("%Ln event(s) sent again: back to Pending, each keeping its webhook-id", nullptr, resent),
            false);
    else
        emit message(tr("Only succeeded, failed or cancelled events can be resent"), true);
}

void EventActions::cancel(const QList<Event> &events)
{
    QList<qint64> ids;
    for (const Event &event : events) {
        if (!isFinished(event.status))
            ids.append(event.id);
    }
    if (ids.isEmpty()) {
        emit message(tr("Only pending, sending or retrying events can be cancelled"), true);
        return;
    }
    if (!Confirmation::ask(
            m_dialogParent, tr("Cancel events"),
            tr("Cancel %Ln event(s)? Cancelled events are not delivered, unless someone resends them.",
               nullptr, int(ids.size())),
            tr("Cancel %Ln event(s)", nullptr, int(ids.size())), tr("Keep them")))
        return;
    int cancelled = 0;
    QStringList failures;
    for (qint64 id : std::as_const(ids)) {
        Result<Event> done = m_service.cancelEvent(id);
        if (done)
            ++cancelled;
        else
            failures << tr("event %1: %2").arg(id).arg(done.error().message);
    }
    if (!failures.isEmpty())
        emit message(failuresText(QT_TR_N_NOOP("%Ln event(s) could not be cancelled:"), failures), true);
    else
        emit message(tr("%Ln event(s) cancelled", nullptr, cancelled), false);
}

void EventActions::retryNow(const QList<Event> &events)
{
    QList<qint64> ids;
    for (const Event &event : events) {
        if (event.status == EventStatus::Retrying)
            ids.append(event.id);
    }
    if (ids.isEmpty()) {
        emit message(tr("Only retrying events can be retried now"), true);
        return;
    }
    const Result<QList<qint64>> moved = m_service.retryNow(ids);
    if (!moved)
        emit message(moved.error().message, true);
    else if (moved->isEmpty())
        emit message(tr("The selected events are no longer waiting for a retry"), false);
    else
        emit message(tr("%Ln event(s) are being retried now", nullptr, int(moved->size())), false);
}

void EventActions::replayFailed(EventFilter filter, const QString &scope)
{
    if (!filter.statuses.isEmpty() && !filter.statuses.contains(EventStatus::Failed)) {
        QStringList shown;
        for (EventStatus status : std::as_const(filter.statuses))
            shown.append(EventStatusStyle::label(status));
        emit message(tr("The filters show only events with the status %1, so no failed event matches them")
                         .arg(shown.join(QStringLiteral(", "))),
                     true);
        return;
    }
    filter.statuses = {EventStatus::Failed};
    // Counted first, so the question says how many requests the receivers are about to get.
    Result<qint64> count = m_service.countReplayable(filter);
    if (!count) {
        emit message(count.error().message, true);
        return;
    }
    if (*count == 0) {
        emit message(tr("No failed events %1 to replay").arg(scope), false);
        return;
    }
    const int n = StatsText::clamped(*count);
    if (!Confirmation::ask(m_dialogParent, tr("Replay failed events"),
                           tr("Replay %Ln failed event(s) %1? Each goes back to Pending and is delivered "
                              "again, keeping its webhook-id, so receivers that deduplicate stay safe.",
                              nullptr, n)
                               .arg(scope),
                           tr("Replay %1").arg(QLocale().toString(*count))))
        return;
    Result<int> replayed = m_service.replayEvents(filter);
    if (!replayed)
        emit message(replayed.error().message, true);
    else
        emit message(tr("%Ln failed event(s) sent again", nullptr, int(*replayed)), false);
}

} // namespace hookboard
