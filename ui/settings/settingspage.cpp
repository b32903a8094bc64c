#include "settingspage.h"

#include "common/translations.h"
#include "notify/trayicon.h"
#include "operatorsettingseditor.h"
#include "pageheader.h"
#include "theme.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QScrollArea>
#include <QSettings>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace hookboard {

namespace {

const QString kThemeKey = QStringLiteral("console/theme");

QLabel *hintLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

} // namespace

SettingsPage::SettingsPage(const ConsoleContext &context, QSettings &settings, QWidget *parent)
    : QWidget(parent), m_context(context), m_settings(settings)
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new PageHeader(
        tr("Settings"), tr("How the console looks, and how this Hookboard delivers, trusts and listens."),
        this));

    auto *scroll = new QScrollArea(this);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    auto *content = new QWidget(scroll);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->setSpacing(12);
    contentLayout->addWidget(appearanceGroup());
    auto *operatorSettings = new OperatorSettingsEditor(m_context, content);
    operatorSettings->setObjectName(QStringLiteral("operatorSettingsEditor"));
    connect(operatorSettings, &OperatorSettingsEditor::apiTokenChanged, this, &SettingsPage::apiTokenChanged);
    contentLayout->addWidget(operatorSettings);
    contentLayout->addStretch(1);
    scroll->setWidget(content);
    layout->addWidget(scroll, 1);
    // Apply and Revert stay in view however far the form is scrolled.
    if (QWidget *buttons = operatorSettings->buttonBar())
        layout->addWidget(buttons);
}

void SettingsPage::applyStoredTheme()
{
    const Theme::Kind kind = Theme::fromKey(m_settings.value(kThemeKey).toString());
    m_theme->setCurrentIndex(m_theme->findData(int(kind)));
    Theme::apply(kind);
}

void SettingsPage::showEvent(QShowEvent *event)
{
    // The tray menu changes the same setting; show what is stored now.
    const QSignalBlocker quiet(m_keepInTray);
    m_keepInTray->setChecked(m_settings.value(QLatin1String(TrayIcon::kKeepRunningKey), false).toBool());
    QWidget::showEvent(event);
}

QWidget *SettingsPage::appearanceGroup()
{
    auto *group = new QGroupBox(tr("Appearance"), this);
    auto *form = new QFormLayout(group);
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint); // a combo as wide as the page looks broken
    m_theme = new QComboBox(group);
    m_theme->setObjectName(QStringLiteral("themeCombo"));
    m_theme->addItem(tr("Desktop default"), int(Theme::System));
    m_theme->addItem(tr("Light"), int(Theme::Light));
    m_theme->addItem(tr("Dark"), int(Theme::Dark));
    m_theme->setCurrentIndex(m_theme->findData(int(Theme::current())));
    connect(m_theme, &QComboBox::activated, this, [this](int index) {
        const auto kind = Theme::Kind(m_theme->itemData(index).toInt());
        Theme::apply(kind);
        m_settings.setValue(kThemeKey, Theme::key(kind));
        m_settings.sync();
    });
    form->addRow(tr("Theme:"), m_theme);

    // Applied at the next start: every page builds its texts once, and half a window in each
    // language would be worse than waiting.
    m_language = new QComboBox(group);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->addItem(tr("Follow the system (%1)").arg(Translations::nativeName(Translations::resolve({}))),
                        QString());
    for (const QString &code : Translations::languages())
        m_language->addItem(Translations::nativeName(code), code);
    const QString stored = m_settings.value(QLatin1String(kLanguageKey)).toString();
    m_language->setCurrentIndex(std::max(0, m_language->findData(stored)));
    m_languageHint = hintLabel(QString(), group);
    m_languageHint->setObjectName(QStringLiteral("languageHint"));
    m_languageHint->setVisible(false);
    connect(m_language, &QComboBox::activated, this, [this, stored](int index) {
        const QString code = m_language->itemData(index).toString();
        if (code.isEmpty())
            m_settings.remove(QLatin1String(kLanguageKey));
        else
            m_settings.setValue(QLatin1String(kLanguageKey), code);
        m_settings.sync();
        m_languageHint->setText(tr("Hookboard speaks %1 from its next start.")
                                    .arg(Translations::nativeName(Translations::resolve(code))));
        // Said only when the next start speaks otherwise than this one.
        m_languageHint->setVisible(Translations::resolve(code) != Translations::resolve(stored));
    });
    form->addRow(tr("Language:"), m_language);
    form->addRow(QString(), m_languageHint);

    m_keepInTray = new QCheckBox(tr("Keep running in the tray when the window is closed"), group);
    m_keepInTray->setObjectName(QStringLiteral("keepInTrayCheck"));
    if (!m_context.hasSystemTray()) {
        m_keepInTray->setEnabled(false);
        m_keepInTray->setToolTip(
            tr("This desktop has no system tray, so closing the window quits Hookboard."));
    }
    connect(m_keepInTray, &QCheckBox::toggled, this, [this](bool keep) {
        m_settings.setValue(QLatin1String(TrayIcon::kKeepRunningKey), keep);
        m_settings.sync();
        emit keepRunningInTrayChanged(keep);
    });
    form->addRow(tr("Closing:"), m_keepInTray);
    return group;
}

} // namespace hookboard
