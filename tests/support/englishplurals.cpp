// Compiled into every test: installs the translations a person on an English system gets, so that
// "%n event(s)" reads "1 event" in tests as it does in the program.
#include "common/translations.h"

#include <QCoreApplication>

namespace {

void installEnglish()
{
    hookboard::Translations::install(*QCoreApplication::instance(), QStringLiteral("en"));
}

} // namespace

Q_COREAPP_STARTUP_FUNCTION(installEnglish)
