#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace hookboard {

// Hookboard's own translations, compiled from translations/*.ts into the core under :/i18n, and
// Qt's for its dialogs. English is the source language; its file holds only plural forms, so that
// "%n event(s)" reads "1 event" and "3 events".
class Translations
{
public:
    // The languages people can choose, as codes: "en", "de", "fr".
    static QStringList languages();
    // "Deutsch", "Français": each language named in itself, as a language menu shows it.
    static QString nativeName(const QString &code);
    // The language a choice resolves to: one of languages() as given, or for "" (follow the
    // system) the first of the system's UI languages Hookboard speaks, else English.
    static QString resolve(const QString &choice);
    // Installs English plural forms, then for a language other than English Qt's and Hookboard's
    // translations. Returns the language installed. Numbers and dates keep the default locale.
    static QString install(QCoreApplication &app, const QString &choice);
};

} // namespace hookboard
