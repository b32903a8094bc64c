#include "trayicon.h"

#include "common/clock.h"
#include "service/changefeed.h"
#include "service/storereader.h"
#include "service/webhookservice.h"
#include "store/store.h"

#include <QAction>
#include <QIcon>
#include <QMenu>
#include <QSet>
#include <QSettings>
#include <QSystemTrayIcon>

namespace hookboard {

TrayIcon::TrayIcon(const ConsoleContext &context, QSettings &settings, QObject *parent)
    : QObject(parent), m_context(context), m_settings(settings), m_limiter(*context.clock),
      m_menu(std::make_unique<QMenu>()), m_icon(new QSystemTrayIcon(this))
{
    m_icon->setIcon(QIcon(QStringLiteral(":/hookboard/icons/hookboard.svg")));
    m_icon->setToolTip(tr("Hookboard"));

    QAction *open = m_menu->addAction(tr("Open Hookboard"));
    open->setObjectName(QStringLiteral("trayOpenAction"));
    connect(open, &QAction::triggered, this, &TrayIcon::openRequested);
    m_menu->addSeparator();
    m_keepRunning = m_menu->addAction(tr("Keep running in the tray when the window is closed"));
    m_keepRunning->setObjectName(QStringLiteral("trayKeepRunningAction"));
    m_keepRunning->setCheckable(true);
    m_keepRunning->setChecked(keepRunningInTray());
    connect(m_keepRunning, &QAction::toggled, this, &TrayIcon::setKeepRunningInTray);
    m_menu->addSeparator();
    QAction *quit = m_menu->addAction(tr("Quit Hookboard"));
    quit->setObjectName(QStringLiteral("trayQuitAction"));
    connect(quit, &QAction::triggered, this, &TrayIcon::quitRequested);
    m_icon->setContextMenu(m_menu.get());

    connect(m_icon, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
            emit openRequested();
    });
    connect(m_icon, &QSystemTrayIcon::messageClicked, this, &TrayIcon::openRequested);

    m_flushTimer.setSingleShot(true);
    connect(&m_flushTimer, &QTimer::timeout, this, &TrayIcon::flush);
    using Kind = StoreChange::Kind;
    ChangeFeed &feed = context.service->feed();
    feed.listen(this, {Kind::EventsAttempted},
                [this](const StoreChange &change) { onEventsUpdated(change.ids); });
    feed.listen(this, {Kind::ReceiversDisabled}, [this](const StoreChange &change) {
        for (qint64 id : change.ids)
            onReceiverDisabled(id);
    });
    feed.listen(this, {Kind::ReceiversDeleted}, [this](const StoreChange &change) {
        for (qint64 id : change.ids) {
            m_limiter.forget(id);
            m_lastProblem.remove(id);
            m_names.remove(id);
            m_disabledAfterRead.remove(id);
        }
    });
}

TrayIcon::~TrayIcon() = default;

bool TrayIcon::isAvailable()
{
    return QSystemTrayIcon::isSystemTrayAvailable();
}

void TrayIcon::show()
{
    if (isAvailable())
        m_icon->show();
}

bool TrayIcon::keepRunningInTray() const
{
    return m_settings.value(QLatin1String(kKeepRunningKey), false).toBool();
}

void TrayIcon::setKeepRunningInTray(bool keep)
{
    m_settings.setValue(QLatin1String(kKeepRunningKey), keep);
    m_settings.sync();
    if (m_keepRunning->isChecked() != keep)
        m_keepRunning->setChecked(keep);
}

void TrayIcon::announceHidden()
{
    if (m_announcedHidden)
        return;
    m_announcedHidden = true;
    notify(tr("Hookboard is still running"),
           tr("Deliveries go on in the background. Click the tray icon to open the window, or choose "
              "Quit from its menu to stop."),
           QSystemTrayIcon::Information);
}

void TrayIcon::onEventsUpdated(const QList<qint64> &eventIds)
{
    // Each id is an attempt that just finished; RETRYING and FAILED mean it failed. One query for
    // the whole batch, on the reader's thread: at a thousand deliveries a second, reads here would
    // eat the GUI thread. What a message needs (names, the last problem) is read with it.
    const quint64 readNumber = ++m_lastRead;
    m_context.reader->read<Result<FailureRead>>(
        this,
        [eventIds](StoreReader::Connection &c) -> Result<FailureRead> {
            EventQuery query;
            query.ids = eventIds;
            query.statuses = {EventStatus::Retrying, EventStatus::Failed};
            query.limit = int(eventIds.size());
            const Result<QList<Event>> failed = c.store.events().list(query);
            if (!failed)
                return failed.error();
            FailureRead read;
            QSet<qint64> disabled;
            for (const Event &event : *failed) {
                if (disabled.contains(event.receiverId))
                    continue;
                // A failure of this batch stands for the receiver's latest problem ("HTTP 503").
                if (++read.failures[event.receiverId] > 1)
                    continue;
                const Result<Receiver> receiver = c.service.receiver(event.receiverId);
                if (receiver && !receiver->active) {
                    // Disabled since (by this very failure, a 410, or by hand): the disable's own
                    // notice says it all, whether the feed brought it before this batch or after.
                    read.failures.remove(event.receiverId);
                    disabled.insert(event.receiverId);
                    continue;
                }
                read.problems.insert(event.receiverId, problemOf(c.service.attemptsOf(event.id)));
                if (receiver)
                    read.names.insert(event.receiverId, receiver->name);
            }
            return read;
        },
        [this, readNumber, attempts = int(eventIds.size())](const Result<FailureRead> &read) {
            if (read && !read->failures.isEmpty()) {
                m_lastProblem.insert(read->problems);
                m_names.insert(read->names);
                for (auto it = read->failures.cbegin(); it != read->failures.cend(); ++it) {
                    // Read before its disable was heard: the disable's notice says it all.
                    if (readNumber <= m_disabledAfterRead.value(it.key(), 0))
                        continue;
                    m_limiter.addFailures(it.key(), it.value());
                }
                flush();
            }
            emit attemptsRead(attempts);
        });
}

void TrayIcon::onReceiverDisabled(qint64 receiverId)
{
    // The disable says more than any failure count: the held failures go with it, and so do
    // those of reads already asked for, which may have seen the receiver still active.
    m_disabledAfterRead.insert(receiverId, m_lastRead);
    m_limiter.forget(receiverId);
    m_lastProblem.remove(receiverId);
    m_context.reader->read<Result<Receiver>>(
        this, [receiverId](StoreReader::Connection &c) { return c.service.receiver(receiverId); },
        [this](const Result<Receiver> &receiver) {
            if (!receiver)
                return; // deleted since: its own notice follows
            m_names.insert(receiver->id, receiver->name);
            notify(tr("Receiver disabled: %1").arg(receiver->name),
                   tr("%1\nIts pending events are held until it is enabled again on the Receivers page.")
                       .arg(receiver->disabledReason),
                   QSystemTrayIcon::Critical);
            scheduleFlush();
        });
}

void TrayIcon::flush()
{
    const QList<FailureNotificationLimiter::Notice> due = m_limiter.takeDue();
    scheduleFlush();
    if (due.isEmpty())
        return;
    if (due.size() == 1) {
        const FailureNotificationLimiter::Notice &notice = due.first();
        const QString name = receiverName(notice.receiverId);
        const QString problem = lastProblem(notice.receiverId);
        const int n = notice.failures;
        const QString what =
            notice.repeat ? tr("%Ln more failed delivery attempt(s) since the last message", nullptr, n)
                          : tr("%Ln delivery attempt(s) failed", nullptr, n);
        notify(tr("Deliveries to %1 are failing").arg(name),
               problem.isEmpty() ? what + QLatin1Char('.') : tr("%1, the last with %2.").arg(what, problem),
               QSystemTrayIcon::Warning);
        return;
    }
    QStringList lines;
    int total = 0;
    for (const FailureNotificationLimiter::Notice &notice : due)
        total += notice.failures;
    for (qsizetype i = 0; i < due.size() && i < kMaxNamedReceivers; ++i) {
        const QString problem = lastProblem(due.at(i).receiverId);
        QString line = tr("%1: %2 failed").arg(receiverName(due.at(i).receiverId)).arg(due.at(i).failures);
        if (!problem.isEmpty())
            line += QStringLiteral(" (%1)").arg(problem);
        lines.append(line);
    }
    if (due.size() > kMaxNamedReceivers)
        lines.append(due.size() - kMaxNamedReceivers == 1
                         ? tr("and 1 more receiver")
                         : tr("and %1 more receivers").arg(due.size() - kMaxNamedReceivers));
    // Here at least two receivers failed, each at least once.
    notify(tr("%1 delivery attempts failed to %2 receivers").arg(total).arg(due.size()),
           lines.join(QLatin1Char('\n')), QSystemTrayIcon::Warning);
}

void TrayIcon::notify(const QString &title, const QString &message, QSystemTrayIcon::MessageIcon icon)
{
    const QString shown = fitted(message);
    if (m_icon->isVisible())
        m_icon->showMessage(title, shown, icon, 10000);
    emit notified(title, shown, icon);
}

QString TrayIcon::fitted(const QString &message)
{
    // A balloon that fits a screen's corner: a receiver's error text (a TLS chain, an HTML error
    // page) can be far longer than a notification can show; the event log has all of it.
    QStringList lines = message.split(u'\n');
    const bool cutLines = lines.size() > kMaxMessageLines;
    if (cutLines)
        lines = lines.mid(0, kMaxMessageLines);
    for (QString &line : lines) {
        if (line.size() > kMaxLineCharacters)
            line = line.left(kMaxLineCharacters - 1) + QChar(0x2026);
    }
    if (cutLines && !lines.last().endsWith(QChar(0x2026)))
        lines.last() = lines.last().left(kMaxLineCharacters - 1) + QChar(0x2026);
    return lines.join(u'\n');
}

void TrayIcon::scheduleFlush()
{
    const std::optional<qint64> next = m_limiter.nextDueMs();
    if (!next) {
        m_flushTimer.stop();
        return;
    }
    // The clock's distance to the due time, in real milliseconds; a timer is re-armed by every flush.
    const qint64 waitMs = std::clamp<qint64>(*next - m_context.clock->nowMs(), 0, m_limiter.quietMs());
    m_flushTimer.start(int(waitMs));
}

QString TrayIcon::receiverName(qint64 receiverId) const
{
    return m_names.value(receiverId, tr("receiver #%1").arg(receiverId));
}

QString TrayIcon::lastProblem(qint64 receiverId) const
{
    return m_lastProblem.value(receiverId);
}

QString TrayIcon::problemOf(const Result<QList<Attempt>> &attempts)
{
    if (!attempts || attempts->isEmpty())
        return {};
    const Attempt &last = attempts->constLast();
    if (last.responseCode)
        return tr("HTTP %1").arg(*last.responseCode);
    return last.error;
}

} // namespace hookboard
