#pragma once

#include "consolecontext.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QSettings;

namespace hookboard {

// Settings: the console's look (kept in settings.ini), and how this Hookboard runs (delivery,
// trust, API, data), shown as it is in effect, with the command-line option that changes each.
class SettingsPage : public QWidget
{
    Q_OBJECT
public:
    // settings.ini's key for the language chosen ("en", "de", "fr"; none follows the system).
    static constexpr const char *kLanguageKey = "console/language";

    SettingsPage(const ConsoleContext &context, QSettings &settings, QWidget *parent = nullptr);

    // Applies the theme kept in settings (the desktop's when none is).
    void applyStoredTheme();

signals:
    // The person changed "keep running in the tray" here (it is stored already).
    void keepRunningInTrayChanged(bool keep);

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *appearanceGroup();
    QWidget *deliveryGroup();
    QWidget *connectionsGroup();

    ConsoleContext m_context;
    QSettings &m_settings;
    QComboBox *m_theme = nullptr;
    QComboBox *m_language = nullptr;
    QLabel *m_languageHint = nullptr;
    QCheckBox *m_keepInTray = nullptr;
};

} // namespace hookboard
