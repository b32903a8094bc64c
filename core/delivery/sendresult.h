#pragma once

#include "model/event.h"

#include <QByteArray>
#include <QMetaType>
#include <QString>
#include <optional>

namespace hookboard {

// What came back from one HTTP try: a response, or the reason there was none.
struct SendResult
{
    qint64 startedAtMs = 0;
    int durationMs = 0;
    std::optional<int> statusCode; // empty when no response arrived (timeout, TLS, connection error)
    HttpHeaders headers;
    QByteArray body; // at most kMaxResponseBody bytes
    bool truncated = false;
    QString error; // network/TLS/timeout failure in words; empty when a response arrived

    static constexpr int kMaxResponseBody = 64 * 1024;
};

} // namespace hookboard

Q_DECLARE_METATYPE(hookboard::SendResult)
