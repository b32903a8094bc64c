#pragma once

#include <QString>

namespace hookboard {

// The name of the OS user running Hookboard: the console's operator, recorded as createdBy.
// Falls back to $USER (then "operator") when the password database has no entry, as in some
// containers.
QString localUserName();

} // namespace hookboard
