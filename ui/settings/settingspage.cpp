#include "settingspage.h"

#include "common/translations.h"
#include "delivery/deliveryengine.h"
#include "delivery/retrypolicy.h"
#include "notify/trayicon.h"
#include "pageheader.h"
#include "sandbox/sandboxserver.h"
#include "store/store.h"
#include "theme.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSignalBlocker>
#include <QUrl>
#include <QVBoxLayout>

namespace hookboard {

namespace {

const QString kThemeKey = QStringLiteral("console/theme");

// "5 s", "30 min", "2 h", "1 h 30 min": the units a person reads a schedule in.
QString duration(qint64 seconds)
{
    if (seconds < 60)
        return SettingsPage::tr("%1 s").arg(seconds);
    if (seconds < 3600)
        return seconds % 60 ? SettingsPage::tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60)
                            : SettingsPage::tr("%1 min").arg(seconds / 60);
    const qint64 minutes = seconds / 60 % 60;
    return minutes ? SettingsPage::tr("%1 h %2 min").arg(seconds / 3600).arg(minutes)
                   : SettingsPage::tr("%1 h").arg(seconds / 3600);
}

QLabel *valueLabel(const QString &text, const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(objectName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}

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
    contentLayout->addWidget(deliveryGroup());
    contentLayout->addWidget(connectionsGroup());
    contentLayout->addStretch(1);
    scroll->setWidget(content);
    layout->addWidget(scroll, 1);
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

QWidget *SettingsPage::deliveryGroup()
{
    auto *group = new QGroupBox(tr("Delivery"), this);
    auto *form = new QFormLayout(group);
    if (!m_context.engine) {
        form->addRow(valueLabel(tr("The dispatcher is not running in this window, so nothing is delivered."),
                                QStringLiteral("dispatcherOffLabel"), group));
        return group;
    }
    const DeliveryConfig &config = m_context.engine->config();
    const QList<int> schedule = config.retryScheduleSeconds.isEmpty() ? RetryPolicy::defaultScheduleSeconds()
                                                                      : config.retryScheduleSeconds;
    QStringList steps;
    for (int seconds : schedule)
        steps << duration(seconds);
    form->addRow(tr("Retry schedule:"), valueLabel(tr("%1 (±%2 % jitter), then the event fails")
                                                       .arg(steps.join(QStringLiteral(", ")))
                                                       .arg(qRound(config.jitter * 100)),
                                                   QStringLiteral("retryScheduleLabel"), group));
    form->addRow(tr("Attempt timeout:"),
                 valueLabel(duration(config.timeoutMs / 1000), QStringLiteral("attemptTimeoutLabel"), group));
    form->addRow(tr("In flight:"), valueLabel(tr("at most %1 per receiver, %2 in all")
                                                  .arg(config.maxInFlightPerReceiver)
                                                  .arg(config.maxInFlight),
                                              QStringLiteral("inFlightLabel"), group));
    form->addRow(tr("Disabled after:"), valueLabel(tr("%1 of failures in a row, or at once on 410 Gone")
                                                       .arg(duration(config.autoDisableAfterMs / 1000)),
                                                   QStringLiteral("autoDisableLabel"), group));
    const QStringList allowed = config.outbound.allowedRanges();
    form->addRow(
        tr("Refused destinations:"),
        valueLabel(config.outbound.deniedRanges().join(QStringLiteral(", ")) +
                       (allowed.isEmpty()
                            ? QString()
                            : QLatin1Char('\n') + tr("except %1").arg(allowed.join(QStringLiteral(", ")))),
                   QStringLiteral("outboundLabel"), group));
    form->addRow(hintLabel(tr("Start Hookboard with --retry-schedule and --attempt-timeout to change "
                              "these, and with --deny-cidr and --allow-cidr to refuse or allow more "
                              "destinations; a receiver can also have its own schedule."),
                           group));
    return group;
}

QWidget *SettingsPage::connectionsGroup()
{
    auto *group = new QGroupBox(tr("Trust, API and data"), this);
    auto *form = new QFormLayout(group);
    QStringList cas;
    for (const QString &file : m_context.caFiles)
        cas << QDir::toNativeSeparators(file);
    cas << tr("the system's certificate store");
    if (m_context.sandbox)
        cas << tr("the sandbox's own CA (%1)")
                   .arg(QDir::toNativeSeparators(SandboxServer::caFilePath(m_context.dataDir)));
    form->addRow(tr("Trusted CAs:"),
                 valueLabel(cas.join(QLatin1Char('\n')), QStringLiteral("trustedCasLabel"), group));
    form->addRow(tr("Local API:"),
                 valueLabel(m_context.apiUrl.isEmpty() ? tr("off") : m_context.apiUrl.toString(),
                            QStringLiteral("apiUrlLabel"), group));
    form->addRow(tr("Sandbox:"), valueLabel(m_context.sandbox && m_context.sandbox->isListening()
                                                ? m_context.sandbox->baseUrl().toString()
                                                : tr("off"),
                                            QStringLiteral("sandboxUrlLabel"), group));
    const QString storeFile = QDir(m_context.dataDir).filePath(QLatin1String(Store::kFileName));
    form->addRow(tr("Store:"),
                 valueLabel(QDir::toNativeSeparators(storeFile), QStringLiteral("storeFileLabel"), group));
    auto *open = new QPushButton(tr("Open data folder"), group);
    open->setObjectName(QStringLiteral("openDataFolderButton"));
    connect(open, &QPushButton::clicked, this,
            [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(m_context.dataDir)); });
    auto *openRow = new QHBoxLayout;
    openRow->addWidget(open);
    openRow->addStretch(1);
    form->addRow(QString(), openRow);
    form->addRow(hintLabel(tr("--ca-file, --api-listen, --api-tls-cert/--api-tls-key, --sandbox-listen and "
                              "--data-dir change these at start."),
                           group));
    return group;
}

} // namespace hookboard
