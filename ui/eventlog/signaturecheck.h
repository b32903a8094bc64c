#pragma once

#include "model/event.h"
#include "model/receiver.h"

#include <QByteArray>
#include <QList>
#include <optional>

namespace hookboard {

// What a receiver computes to check one attempt's signatures (SPEC §3), with the values of that
// attempt, and whether the receiver's secrets as they are now give what was sent. The HMACs come
// from core's signing code, the same the dispatcher signs with.
struct SignatureCheck
{
    enum class Verdict
    {
        Matches,               // the current secret gives what was sent
        MatchesPreviousSecret, // the rotated-out secret does (sent during its grace period, or before)
        DoesNotMatch,          // neither secret the receiver has now gives it: rotated since
        ReceiverDeleted,       // the secret went with the receiver
        NotSent                // the attempt carries no such header
    };

    // Standard Webhooks
    QByteArray webhookId;        // webhook-id as sent
    QByteArray timestampText;    // webhook-timestamp as sent
    QByteArray signedContent;    // "<webhook-id>.<webhook-timestamp>.<body>"
    QList<QByteArray> sent;      // the space-separated entries of webhook-signature
    QByteArray expected;         // "v1,<base64 HMAC>" with the current secret
    QByteArray expectedPrevious; // the same with the rotated-out secret; empty without one
    int keyBytes = 0;            // length of the key decoded from the current whsec_ secret
    Verdict standard = Verdict::NotSent;

    // GitHub style
    QByteArray sentGithub;     // X-Hub-Signature-256 as sent
    QByteArray expectedGithub; // "sha256=<hex HMAC>" with the current secret
    Verdict github = Verdict::NotSent;

    // receiver is empty when it was deleted.
    static SignatureCheck of(const Attempt &attempt, const std::optional<Receiver> &receiver);
};

} // namespace hookboard
