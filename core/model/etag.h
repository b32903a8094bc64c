#pragma once

#include <QString>

namespace hookboard {

// A new opaque etag: 64 random bits as hex. Every change of an object gets a new one.
QString newEtag();

} // namespace hookboard
