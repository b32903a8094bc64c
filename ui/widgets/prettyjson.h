#pragma once

#include <QByteArrayView>
#include <QString>

namespace hookboard {

// JSON laid out for people: one member or element per line, indented, with member order, number
// text and string escapes exactly as received (QJsonDocument would round numbers through double).
// Text that is not JSON comes back unchanged, so a server's plain-text error still shows.
QString prettyJson(QByteArrayView json, int indent = 2);

} // namespace hookboard
