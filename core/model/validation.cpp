#include "validation.h"

#include "model/outboundpolicy.h"
#include "model/resourcecatalog.h"
#include "model/secret.h"

#include <QCoreApplication>
#include <QSet>
#include <QUrl>
#include <algorithm>

namespace hookboard::validation {

namespace {

class Validation
{
    Q_DECLARE_TR_FUNCTIONS(Validation)
};

constexpr int kNameMax = 200;
constexpr int kDescriptionMax = 2000;
constexpr int kUriMax = 2048;
constexpr int kHeadersMax = 50;
constexpr int kHeaderValueMax = 8192;

// Lengths count characters as people see them (code points), not UTF-16 units.
qsizetype characterCount(const QString &value)
{
    qsizetype count = 0;
    for (qsizetype i = 0; i < value.size(); ++i) {
        if (value.at(i).isHighSurrogate() && i + 1 < value.size() && value.at(i + 1).isLowSurrogate())
            ++i;
        ++count;
    }
    return count;
}

bool isControl(QChar c)
{
    return c.category() == QChar::Other_Control;
}

std::optional<Error> maxLength(const QString &field, const QString &value, qsizetype max)
{
    const qsizetype count = characterCount(value);
    if (count <= max)
        return std::nullopt;
    return Error::badInput(
        field, QStringLiteral("max-length"),
        Validation::tr("%1: must be at most %2 characters (got %3)").arg(field).arg(max).arg(count));
}

std::optional<Error> range(const QString &field, qint64 value, qint64 min, qint64 max)
{
    if (value >= min && value <= max)
        return std::nullopt;
    return Error::badInput(
        field, QStringLiteral("range"),
        Validation::tr("%1: must be between %2 and %3 (got %4)").arg(field).arg(min).arg(max).arg(value));
}

// RFC 9110 §5.6.2: token = 1*tchar.
bool isToken(const QString &value)
{
    if (value.isEmpty())
        return false;
    static const QLatin1String kSymbols("!#$%&'*+-.^_`|~");
    for (const QChar c : value) {
        const bool ok = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') ||
                        kSymbols.contains(c);
        if (!ok)
            return false;
    }
    return true;
}

// Headers Hookboard writes itself: a custom one would contradict the body, the framing or the
// signatures (SPEC §3).
bool isReserved(const QString &key)
{
    static const QStringList kReserved{
        QStringLiteral("host"),
        QStringLiteral("content-length"),
        QStringLiteral("content-type"),
        QStringLiteral("transfer-encoding"),
        QStringLiteral("connection"),
        QStringLiteral("user-agent"),
        QStringLiteral("x-hub-signature-256"),
    };
    const QString lower = key.toLower();
    return kReserved.contains(lower) || lower.startsWith(QLatin1String("webhook-"));
}

// QUrl forgets an empty user info ("https://@host/"), so look at the authority as written.
bool hasUserInfo(const QUrl &url, const QString &raw)
{
    if (!url.userInfo().isEmpty())
        return true;
    const qsizetype start = raw.indexOf(QLatin1String("://"));
    if (start < 0)
        return false;
    qsizetype end = start + 3;
    while (end < raw.size() && raw.at(end) != u'/' && raw.at(end) != u'?' && raw.at(end) != u'#')
        ++end;
    return QStringView(raw).sliced(start + 3, end - start - 3).contains(u'@');
}

void append(QList<Error> &errors, std::optional<Error> error)
{
    if (error)
        errors.append(std::move(*error));
}

} // namespace

std::optional<Error> name(const QString &value)
{
    const QString field = QStringLiteral("name");
    if (value.trimmed().isEmpty())
        return Error::badInput(field, QStringLiteral("required"),
                               Validation::tr("%1: is required and must not be blank").arg(field));
    if (auto error = maxLength(field, value, kNameMax))
        return error;
    for (const QChar c : value) {
        if (isControl(c))
            return Error::badInput(
                field, QStringLiteral("no-control-chars"),
                Validation::tr("%1: must not contain control characters such as tabs or line breaks")
                    .arg(field));
    }
    return std::nullopt;
}

std::optional<Error> description(const QString &value)
{
    return maxLength(QStringLiteral("description"), value, kDescriptionMax);
}

std::optional<Error> webhookUri(const QString &value, const OutboundPolicy &policy)
{
    const QString field = QStringLiteral("webhookUri");
    if (value.trimmed().isEmpty())
        return Error::badInput(field, QStringLiteral("required"),
                               Validation::tr("%1: is required (an https:// URL)").arg(field));
    if (auto error = maxLength(field, value, kUriMax))
        return error;

    const auto malformed = [&] {
        return Error::badInput(
            field, QStringLiteral("malformed"),
            Validation::tr("%1: must be a well-formed absolute URL without spaces or control characters")
                .arg(field));
    };
    for (const QChar c : value) {
        if (c.isSpace() || isControl(c))
            return malformed();
    }
    const QUrl url(value, QUrl::StrictMode);
    if (!url.isValid())
        return malformed();

    if (url.scheme() != QLatin1String("https")) {
        const QString given =
            url.scheme().isEmpty() ? Validation::tr("no scheme") : QStringLiteral("\"%1\"").arg(url.scheme());
        return Error::badInput(field, QStringLiteral("https-only"),
                               Validation::tr("%1: must use the https scheme (got %2)").arg(field, given));
    }
    if (url.host().isEmpty())
        return Error::badInput(
            field, QStringLiteral("host-required"),
            Validation::tr("%1: must name a host, as in https://example.com/hooks").arg(field));
    // An IP literal in a refused range (SPEC §8); QUrl has already normalised decimal, hex and
    // octal IPv4 forms (https://2852039166/ is 169.254.169.254).
    if (const QHostAddress literal(url.host()); !literal.isNull()) {
        if (const std::optional<QString> range = policy.refusal(literal))
            return Error::badInput(field, QStringLiteral("outbound-denied"),
                                   Validation::tr("%1: must not point at %2: deliveries to %3 are refused "
                                                  "(link-local, cloud-metadata and multicast by default, "
                                                  "and what --deny-cidr adds)")
                                       .arg(field, literal.toString(), *range));
    }
    // Port 0 is no port one can connect to (SPEC §6).
    if (url.port() == 0)
        return Error::badInput(field, QStringLiteral("port"),
                               Validation::tr("%1: must use a port from 1 to 65535 (got 0)").arg(field));
    // Credentials in the URL would be stored and shown in plain text; use a custom header instead.
    if (hasUserInfo(url, value))
        return Error::badInput(
            field, QStringLiteral("no-userinfo"),
            Validation::tr("%1: must not contain a user name or password; send credentials in "
                           "a custom header instead")
                .arg(field));
    // A fragment never reaches the server, so a URL with one does not mean what it seems to.
    if (url.hasFragment())
        return Error::badInput(field, QStringLiteral("no-fragment"),
                               Validation::tr("%1: must not contain a #fragment").arg(field));
    return std::nullopt;
}

std::optional<Error> contentType(const QString &value)
{
    static const QStringList kAllowed{QStringLiteral("application/json"),
                                      QStringLiteral("application/x-www-form-urlencoded")};
    if (kAllowed.contains(value))
        return std::nullopt;
    const QString field = QStringLiteral("contentType");
    return Error::badInput(field, QStringLiteral("one-of"),
                           Validation::tr("%1: must be one of %2 (got \"%3\")")
                               .arg(field, kAllowed.join(QLatin1String(", ")), value));
}

std::optional<Error> expectedResponseCode(int value)
{
    return range(QStringLiteral("expectedResponseCode"), value, 100, 599);
}

std::optional<Error> sharedSecret(const QString &value)
{
    return secret::check(value, QStringLiteral("sharedSecret"));
}

QList<Error> headers(const QList<WebhookHeader> &value)
{
    QList<Error> errors;
    if (value.size() > kHeadersMax) {
        const QString field = QStringLiteral("headers");
        errors.append(Error::badInput(field, QStringLiteral("max-count"),
                                      Validation::tr("%1: at most %2 custom headers are allowed (got %3)")
                                          .arg(field)
                                          .arg(kHeadersMax)
                                          .arg(value.size())));
    }
    QSet<QString> earlier; // lower-cased keys of the headers before this one
    for (qsizetype i = 0; i < value.size(); ++i) {
        const WebhookHeader &header = value.at(i);
        const QString keyField = QStringLiteral("headers[%1].key").arg(i);
        const QString valueField = QStringLiteral("headers[%1].value").arg(i);
        const QString lower = header.key.toLower();

        if (!isToken(header.key)) {
            errors.append(
                Error::badInput(keyField, QStringLiteral("http-token"),
                                Validation::tr("%1: must be a non-empty HTTP token (letters, digits and "
                                               "!#$%&'*+-.^_`|~, no spaces)")
                                    .arg(keyField)));
        } else if (isReserved(header.key)) {
            errors.append(Error::badInput(keyField, QStringLiteral("reserved"),
                                          Validation::tr("%1: \"%2\" is reserved; Hookboard sets it itself")
                                              .arg(keyField, header.key)));
        } else if (earlier.contains(lower)) {
            errors.append(
                Error::badInput(keyField, QStringLiteral("unique"),
                                Validation::tr("%1: \"%2\" is given more than once (header names are "
                                               "case-insensitive)")
                                    .arg(keyField, header.key)));
        }
        earlier.insert(lower);

        // CR or LF would let a value start a header of its own (header injection); RFC 9110 allows
        // no other control character in a field value either, but for the horizontal tab.
        const bool otherControl = std::any_of(header.value.cbegin(), header.value.cend(), [](QChar c) {
            return c != u'\t' && (c.unicode() < 0x20 || c.unicode() == 0x7F);
        });
        if (header.value.contains(u'\r') || header.value.contains(u'\n') || header.value.contains(QChar(0))) {
            errors.append(
                Error::badInput(valueField, QStringLiteral("no-line-breaks"),
                                Validation::tr("%1: must not contain line breaks (CR, LF) or NUL characters")
                                    .arg(valueField)));
        } else if (otherControl) {
            errors.append(Error::badInput(
                valueField, QStringLiteral("no-control-chars"),
                Validation::tr("%1: must not contain control characters (only visible characters, spaces "
                               "and tabs, RFC 9110)")
                    .arg(valueField)));
        } else {
            append(errors, maxLength(valueField, header.value, kHeaderValueMax));
        }
    }
    return errors;
}

QList<Error> delivery(const DeliverySettings &value)
{
    QList<Error> errors;
    if (value.maxInFlight)
        append(errors, range(QStringLiteral("delivery.maxInFlight"), *value.maxInFlight, 1, 64));
    if (value.timeoutMs)
        append(errors, range(QStringLiteral("delivery.timeoutMs"), *value.timeoutMs, 1000, 120000));
    if (value.retrySchedule) {
        const QList<int> &steps = *value.retrySchedule;
        if (steps.isEmpty() || steps.size() > 20) {
            const QString field = QStringLiteral("delivery.retrySchedule");
            errors.append(Error::badInput(field, QStringLiteral("count"),
                                          Validation::tr("%1: must have between 1 and 20 steps (got %2)")
                                              .arg(field)
                                              .arg(steps.size())));
        }
        for (qsizetype i = 0; i < steps.size(); ++i)
            append(errors, range(QStringLiteral("delivery.retrySchedule[%1]").arg(i), steps.at(i), 1, 86400));
    }
    return errors;
}

std::optional<Error> resource(const QString &value)
{
    const ResourceCatalog &catalog = ResourceCatalog::builtIn();
    if (catalog.contains(value))
        return std::nullopt;
    const QString field = QStringLiteral("resource");
    return Error::badInput(field, QStringLiteral("one-of"),
                           Validation::tr("%1: \"%2\" is not a ResourceEnum value (expected one of %3)")
                               .arg(field, value, catalog.names().join(QLatin1String(", "))));
}

std::optional<Error> action(const QString &value)
{
    if (ResourceCatalog::actions().contains(value))
        return std::nullopt;
    const QString field = QStringLiteral("action");
    return Error::badInput(
        field, QStringLiteral("one-of"),
        Validation::tr("%1: \"%2\" is not a WebhookSubscriptionActions value (expected one of %3)")
            .arg(field, value, ResourceCatalog::actions().join(QLatin1String(", "))));
}

QList<Error> receiver(const Receiver &value, const OutboundPolicy &policy)
{
    QList<Error> errors;
    append(errors, name(value.name));
    append(errors, description(value.description));
    append(errors, webhookUri(value.webhookUri, policy));
    append(errors, sharedSecret(value.sharedSecret));
    append(errors, contentType(value.contentType));
    append(errors, expectedResponseCode(value.expectedResponseCode));
    errors.append(headers(value.headers));
    errors.append(delivery(value.delivery));
    return errors;
}

} // namespace hookboard::validation
