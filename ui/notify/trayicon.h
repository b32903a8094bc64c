#pragma once

#include "common/result.h"
#include "consolecontext.h"
#include "failurenotificationlimiter.h"
#include "model/event.h"

#include <QHash>
#include <QObject>
#include <QSystemTrayIcon>
#include <QTimer>
#include <memory>

class QAction;
class QMenu;
class QSettings;

namespace hookboard {

// Hookboard in the system tray: tells of failing deliveries (rate-limited per receiver by a
// FailureNotificationLimiter) and of receivers the engine disabled, with the reason; a click opens
// the window. Its menu holds Open, Quit and the "keep running in the tray" setting, which lives in
// the data folder's settings.ini.
class TrayIcon : public QObject
{
    Q_OBJECT
public:
    static constexpr const char *kKeepRunningKey = "console/keepRunningInTray";
    // At most this many receivers are named in one message; the rest are counted.
    static constexpr int kMaxNamedReceivers = 4;
    // A balloon's text is cut to this many lines of this many characters, with an ellipsis.
    static constexpr int kMaxMessageLines = 6;
    static constexpr int kMaxLineCharacters = 120;

    TrayIcon(const ConsoleContext &context, QSettings &settings, QObject *parent = nullptr);
    ~TrayIcon() override;

    // message cut to fit a balloon (kMaxMessageLines, kMaxLineCharacters).
    static QString fitted(const QString &message);
    // Whether the desktop has a system tray to show the icon in (none under offscreen or bare Xvfb).
    static bool isAvailable();
    // Shows the icon, if the desktop has a tray.
    void show();

    // "Keep running in the tray when the window is closed", as stored.
    bool keepRunningInTray() const;
    void setKeepRunningInTray(bool keep);
    // Says once per session that closing the window left Hookboard running.
    void announceHidden();

    // Reports the failures whose quiet period is over. Runs on a timer; tests call it after moving
    // the clock.
    void flush();
    const FailureNotificationLimiter &limiter() const { return m_limiter; }
    QMenu *menu() const { return m_menu.get(); }

signals:
    void openRequested();
    void quitRequested();
    // Every message the tray shows (also when no tray can show it), for whoever wants to know.
    void notified(const QString &title, const QString &message, QSystemTrayIcon::MessageIcon icon);
    // A batch of recorded attempts was read (off the GUI thread) and counted.
    void attemptsRead(int attempts);

private:
    void onEventsUpdated(const QList<qint64> &eventIds);
    void onReceiverDisabled(qint64 receiverId);
    // Information for news, Warning for failures, Critical for a receiver the dispatcher disabled.
    void notify(const QString &title, const QString &message, QSystemTrayIcon::MessageIcon icon);
    void scheduleFlush();
    // As last read with a failure or a disable; "receiver #N" before that.
    QString receiverName(qint64 receiverId) const;
    // "HTTP 503", "connection refused", ...: what the receiver's last failed attempt got.
    QString lastProblem(qint64 receiverId) const;
    static QString problemOf(const Result<QList<Attempt>> &attempts);

    // What one batch of recorded attempts says, read off the GUI thread.
    struct FailureRead
    {
        QHash<qint64, int> failures;     // receiver id -> failed attempts in the batch
        QHash<qint64, QString> problems; // receiver id -> its latest problem
        QHash<qint64, QString> names;    // receiver id -> its name
    };

    ConsoleContext m_context;
    QSettings &m_settings;
    FailureNotificationLimiter m_limiter;
    QHash<qint64, QString> m_lastProblem; // receiver id -> its latest problem ("HTTP 503")
    QHash<qint64, QString> m_names;       // receiver id -> its name, as last read
    quint64 m_lastRead = 0;               // the number of the last failure read asked for
    // receiver id -> m_lastRead when its disable was heard: failures from reads up to that one
    // (asked before the disable, maybe run while it was still active) are not reported.
    QHash<qint64, quint64> m_disabledAfterRead;
    QTimer m_flushTimer;
    std::unique_ptr<QMenu> m_menu;
    QSystemTrayIcon *m_icon;
    QAction *m_keepRunning;
    bool m_announcedHidden = false;
};

} // namespace hookboard
