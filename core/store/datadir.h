#pragma once

#include "common/result.h"

#include <QLockFile>
#include <QString>
#include <memory>

// The folder that holds the store and settings: private to the user who runs Hookboard.
namespace hookboard::datadir {

// The platform's app data folder (e.g. ~/.local/share/hookboard).
QString defaultPath();

// Creates path (and parents) if missing, and makes it 0700. An existing folder is tightened to 0700.
Status ensure(const QString &path);

// Takes the folder for this process (a lock file beside the store, released on exit and taken over
// from a process that died). One running Hookboard per data folder: a second one is refused with
// a message naming the folder and the process that holds it.
Result<std::unique_ptr<QLockFile>> lock(const QString &path);

} // namespace hookboard::datadir
