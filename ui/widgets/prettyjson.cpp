#include "prettyjson.h"

#include "common/jsontext.h"

namespace hookboard {

QString prettyJson(QByteArrayView json, int indent)
{
    const Result<QByteArray> compact = jsontext::compact(json, QStringLiteral("json"));
    if (!compact)
        return QString::fromUtf8(json);
    const QByteArray &text = *compact;
    QByteArray out;
    out.reserve(text.size() * 2);
    int depth = 0;
    const auto newline = [&] {
        out.append('\n');
        out.append(QByteArray(depth * indent, ' '));
    };
    bool inString = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text.at(i);
        if (inString) {
            out.append(c);
            if (c == '\\') {
                out.append(text.at(++i)); // compact() guarantees a character follows
            } else if (c == '"') {
                inString = false;
            }
            continue;
        }
        switch (c) {
        case '"':
            inString = true;
            out.append(c);
            break;
        case '{':
        case '[':
            out.append(c);
            // Empty containers stay on one line: "{}" reads better than a brace on each line.
            if (i + 1 < text.size() && (text.at(i + 1) == '}' || text.at(i + 1) == ']')) {
                out.append(text.at(++i));
            } else {
                ++depth;
                newline();
            }
            break;
        case '}':
        case ']':
            --depth;
            newline();
            out.append(c);
            break;
        case ',':
            out.append(c);
            newline();
            break;
        case ':':
            out.append(": ");
            break;
        default:
            out.append(c);
        }
    }
    return QString::fromUtf8(out);
}

} // namespace hookboard
