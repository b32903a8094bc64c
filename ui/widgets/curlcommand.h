#pragma once

#include "model/event.h"

#include <QString>
#include <QStringList>
#include <QUrl>

namespace hookboard {

// A curl command line for a POSIX shell (sh, bash, zsh) that sends a recorded request again byte
// for byte: every recorded header in order, with curl's own Accept and Expect suppressed, and the
// body piped in through printf so that neither the argument length limit (128 KiB on Linux) nor a
// trailing newline changes it.
class CurlCommand
{
public:
    // extraArguments go to curl before the URL, each quoted (e.g. "--cacert", "/path/ca.pem").
    static QString build(const QUrl &url, const HttpHeaders &headers, const QByteArray &body,
                         const QStringList &extraArguments = {});
    // text as one shell word: in single quotes, each ' written as '\''.
    static QByteArray shellQuote(QByteArrayView text);
};

} // namespace hookboard
