#include "signaturecheck.h"

#include "delivery/signature.h"
#include "model/secret.h"

namespace hookboard {

SignatureCheck SignatureCheck::of(const Attempt &attempt, const std::optional<Receiver> &receiver)
{
    SignatureCheck check;
    check.webhookId = headerValue(attempt.requestHeaders, "webhook-id");
    check.timestampText = headerValue(attempt.requestHeaders, "webhook-timestamp");
    check.signedContent = check.webhookId + '.' + check.timestampText + '.' + attempt.requestBody;
    const QByteArray standardHeader = headerValue(attempt.requestHeaders, "webhook-signature");
    check.sent = standardHeader.split(' ');
    check.sent.removeAll(QByteArray());
    check.sentGithub = headerValue(attempt.requestHeaders, "X-Hub-Signature-256");

    if (receiver) {
        const qint64 timestamp = check.timestampText.toLongLong();
        check.keyBytes = int(secret::keyBytes(receiver->sharedSecret).size());
        check.expected = signature::standardWebhooks(receiver->sharedSecret, check.webhookId, timestamp,
                                                     attempt.requestBody);
        check.expectedGithub = signature::github(receiver->sharedSecret, attempt.requestBody);
        QByteArray previousGithub;
        if (!receiver->previousSecret.isEmpty()) {
            check.expectedPrevious = signature::standardWebhooks(receiver->previousSecret, check.webhookId,
                                                                 timestamp, attempt.requestBody);
            previousGithub = signature::github(receiver->previousSecret, attempt.requestBody);
        }
        if (!check.sent.isEmpty()) {
            if (check.sent.contains(check.expected))
                check.standard = Verdict::Matches;
            else if (!check.expectedPrevious.isEmpty() && check.sent.contains(check.expectedPrevious))
                check.standard = Verdict::MatchesPreviousSecret;
            else
                check.standard = Verdict::DoesNotMatch;
        }
        if (!check.sentGithub.isEmpty()) {
            if (check.sentGithub == check.expectedGithub)
                check.github = Verdict::Matches;
            else if (!previousGithub.isEmpty() && check.sentGithub == previousGithub)
                check.github = Verdict::MatchesPreviousSecret;
            else
                check.github = Verdict::DoesNotMatch;
        }
    } else {
        if (!check.sent.isEmpty())
            check.standard = Verdict::ReceiverDeleted;
        if (!check.sentGithub.isEmpty())
            check.github = Verdict::ReceiverDeleted;
    }
    return check;
}

} // namespace hookboard
