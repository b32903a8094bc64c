#pragma once

#include "common/result.h"

#include <QString>

// The folder that holds the store and settings: private to the user who runs Hookboard.
namespace hookboard::datadir {

// The platform's app data folder (e.g. ~/.local/share/hookboard).
QString defaultPath();

// Creates path (and parents) if missing, and makes it 0700. An existing folder is tightened to 0700.
Status ensure(const QString &path);

} // namespace hookboard::datadir
