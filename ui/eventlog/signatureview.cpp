#include "signatureview.h"

#include "widgets/codecolors.h"

#include <QEvent>
#include <QFontDatabase>

namespace hookboard {

namespace {

// Long bodies would bury the explanation: the signed content shows its start and end.
constexpr qsizetype kContentPreview = 600;

QString code(const QByteArray &text)
{
    return QStringLiteral("<code>%1</code>").arg(QString::fromUtf8(text).toHtmlEscaped());
}

QString block(const QByteArray &text)
{
    QByteArray shown = text;
    if (shown.size() > kContentPreview)
        shown = text.left(kContentPreview / 2) + " … " + text.right(kContentPreview / 2);
    return QStringLiteral("<pre style=\"white-space: pre-wrap\">%1</pre>")
        .arg(QString::fromUtf8(shown).toHtmlEscaped());
}

} // namespace

SignatureView::SignatureView(QWidget *parent) : QTextBrowser(parent)
{
    setOpenExternalLinks(true);
}

void SignatureView::setCheck(const SignatureCheck &check)
{
    m_check = check;
    m_nothing.clear();
    render();
}

void SignatureView::setNothing(const QString &why)
{
    m_check.reset();
    m_nothing = why;
    render();
}

void SignatureView::changeEvent(QEvent *event)
{
    QTextBrowser::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        render(); // the verdict colours follow the theme
}

void SignatureView::render()
{
    if (!m_check) {
        setHtml(QStringLiteral("<p>%1</p>").arg(m_nothing.toHtmlEscaped()));
        return;
    }
    const SignatureCheck &c = *m_check;
    const CodeColors colors = CodeColors::forPalette(palette());
    const auto verdict = [&](SignatureCheck::Verdict v) -> QString {
        QString text;
        QColor color = colors.error;
        switch (v) {
        case SignatureCheck::Verdict::Matches:
            text = tr("✓ The receiver's current secret gives exactly the signature that was sent.");
            color = colors.success;
            break;
        case SignatureCheck::Verdict::MatchesPreviousSecret:
            text = tr("✓ The receiver's previous secret (rotated out) gives the signature that was "
                      "sent: the receiver must still accept it until the grace period ends.");
            color = colors.success;
            break;
        case SignatureCheck::Verdict::DoesNotMatch:
            text = tr("✗ Neither secret the receiver has now gives this signature: the secret was "
                      "changed after this attempt.");
            break;
        case SignatureCheck::Verdict::ReceiverDeleted:
            text = tr("The receiver was deleted, and its secret with it: the signature cannot be "
                      "recomputed here.");
            color = colors.comment;
            break;
        case SignatureCheck::Verdict::NotSent:
            text = tr("This attempt carries no such header.");
            color = colors.comment;
            break;
        }
        return QStringLiteral("<p style=\"color: %1\"><b>%2</b></p>").arg(color.name(), text.toHtmlEscaped());
    };

    QString html;
    html += tr("<h3>Standard Webhooks: <code>webhook-signature</code></h3>");
    html += tr("<p>Your receiver recomputes the signature from the request it got and compares:</p>");
    html += QStringLiteral("<ol>");
    html += tr("<li>Take the secret (<code>whsec_…</code>), drop the <code>whsec_</code> prefix and "
               "base64-decode the rest: that is the HMAC key%1.</li>")
                .arg(c.keyBytes > 0 ? tr(" (%1 bytes for this receiver)").arg(c.keyBytes) : QString());
    html += tr("<li>Join <code>webhook-id</code>, <code>webhook-timestamp</code> and the raw body, "
               "exactly as received, with dots. For this attempt: id %1, timestamp %2 (unix "
               "seconds of the attempt, new on every retry), so the signed content is:%3</li>")
                .arg(code(c.webhookId), code(c.timestampText), block(c.signedContent));
    html += tr("<li>Compute HMAC-SHA256 of that content with the key, base64-encode it and put "
               "<code>v1,</code> in front:%1</li>")
                .arg(c.expected.isEmpty() ? QStringLiteral("<p>—</p>") : block(c.expected));
    html += tr("<li>Compare it, in constant time, with each space-separated entry of the "
               "<code>webhook-signature</code> header (two entries while a rotated secret is in its "
               "grace period). This attempt sent:%1</li>")
                .arg(block(c.sent.join(' ')));
    html += tr("<li>Refuse a timestamp more than a few minutes from your clock, so a captured request "
               "cannot be replayed later.</li>");
    html += QStringLiteral("</ol>");
    html += verdict(c.standard);
    if (!c.expectedPrevious.isEmpty())
        html +=
            tr("<p>With the previous secret, the signature would be %1.</p>").arg(code(c.expectedPrevious));

    html += tr("<h3>GitHub style: <code>X-Hub-Signature-256</code></h3>");
    html += tr("<p>HMAC-SHA256 of the raw body alone, keyed with the UTF-8 bytes of the whole secret "
               "(<code>whsec_</code> included), hex-encoded after <code>sha256=</code>. This attempt "
               "sent %1; the current secret gives %2.</p>")
                .arg(c.sentGithub.isEmpty() ? tr("none") : code(c.sentGithub),
                     c.expectedGithub.isEmpty() ? tr("nothing (no secret)") : code(c.expectedGithub));
    html += verdict(c.github);
    html += tr("<p>Most mismatches come from checking a parsed and re-serialised body instead of the raw "
               "bytes, or from using the secret text itself as the Standard Webhooks key instead of "
               "its base64-decoded bytes.</p>");
    setHtml(html);
}

} // namespace hookboard
