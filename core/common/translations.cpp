#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace hookboard {

namespace {

const QString kDirectory = QStringLiteral(":/i18n");
const QString kEnglish = QStringLiteral("en");

// A file that is not there (Qt's own translations are a separate package) is skipped.
void load(QCoreApplication &app, const QString &name, const QString &directory)
{
    auto *translator = new QTranslator(&app);
    if (translator->load(name, directory))
        QCoreApplication::installTranslator(translator);
    else
        delete translator;
}

} // namespace

QStringList Translations::languages()
{
    return {kEnglish, QStringLiteral("de"), QStringLiteral("fr")};
}

QString Translations::nativeName(const QString &code)
{
    if (code == QLatin1String("de"))
        return QStringLiteral("Deutsch");
    if (code == QLatin1String("fr"))
        return QStringLiteral("Français");
    return QStringLiteral("English");
}

QString Translations::resolve(const QString &choice)
{
    const QStringList known = languages();
    if (known.contains(choice))
        return choice;
    for (const QString &ui : QLocale::system().uiLanguages()) {
        const QString code = ui.section(u'-', 0, 0).toLower();
        if (known.contains(code))
            return code;
    }
    return kEnglish;
}

QString Translations::install(QCoreApplication &app, const QString &choice)
{
    const QString language = resolve(choice);
    // Installed first, searched last: the chosen language's plurals win over English ones.
    load(app, QStringLiteral("hookboard_en"), kDirectory);
    if (language != kEnglish) {
        load(app, QStringLiteral("qtbase_") + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
        load(app, QStringLiteral("hookboard_") + language, kDirectory);
    }
    return language;
}

} // namespace hookboard
