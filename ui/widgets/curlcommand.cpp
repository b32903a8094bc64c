#include "curlcommand.h"

namespace hookboard {

QByteArray CurlCommand::shellQuote(QByteArrayView text)
{
    QByteArray quoted;
    quoted.reserve(text.size() + 2);
    quoted += '\'';
    for (const char c : text) {
        if (c == '\'')
            quoted += "'\\''";
        else
            quoted += c;
    }
    quoted += '\'';
    return quoted;
}

QString CurlCommand::build(const QUrl &url, const HttpHeaders &headers, const QByteArray &body,
                           const QStringList &extraArguments)
{
    const QByteArray nextLine = " \\\n  ";
    QByteArray command = "printf '%s' " + shellQuote(body) + " | curl --request POST";
    for (const QString &argument : extraArguments)
        command += ' ' + shellQuote(argument.toUtf8());
    command += ' ' + shellQuote(url.toEncoded());
    for (const auto &[name, value] : headers) {
        // "Name:" with nothing after it would make curl drop the header; "Name;" sends it empty.
        const QByteArray header = value.isEmpty() ? QByteArray(name + ';') : QByteArray(name + ": " + value);
        command += nextLine + "--header " + shellQuote(header);
    }
    // Headers curl adds on its own and Hookboard never sent.
    command += nextLine + "--header 'Accept:' --header 'Expect:'";
    command += nextLine + "--data-binary @-";
    return QString::fromUtf8(command);
}

} // namespace hookboard
