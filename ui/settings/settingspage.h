#pragma once

#include "consolecontext.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QSettings;

namespace hookboard {

// Settings: the console's look (kept in settings.ini), and how this Hookboard runs (delivery,
// trust, API, data), changed in a form (OperatorSettingsEditor) and kept in the store.
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
    // The API token was regenerated here: the old one is refused from now on.
    void apiTokenChanged(const QString &token);

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *appearanceGroup();

    ConsoleContext m_context;
    QSettings &m_settings;
    QComboBox *m_theme = nullptr;
    QComboBox *m_language = nullptr;
    QLabel *m_languageHint = nullptr;
    QCheckBox *m_keepInTray = nullptr;
};

} // namespace hookboard
