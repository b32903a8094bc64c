#pragma once

class QFileDevice;

namespace hookboard {

// Makes an open file (a QSaveFile's temporary too) readable and writable by its owner only (0600).
// Call it before the first byte is written: exports hold secrets and header values such as tokens.
bool restrictToOwner(QFileDevice &file);

} // namespace hookboard
