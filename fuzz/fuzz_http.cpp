// libFuzzer target: bytes off a connection into HttpRequestParser, fed in pieces whose sizes come
// from the input itself, with the head looked at (and sometimes refused) before the body, as
// HttpConnection does.
#include "http/httprequestparser.h"

#include <QByteArray>

using namespace hookboard;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    const QByteArray input(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const qsizetype piece = 1 + data[0] % 64;
    HttpRequestParser parser(4096, 2048);
    for (qsizetype at = 0; at < input.size(); at += piece) {
        parser.feed(input.mid(at, piece));
        if (const HttpRequest *head = parser.head(); head && head->target.contains("refuse"))
            parser.discardBody();
        while (std::optional<HttpRequest> request = parser.takeRequest()) {
            (void)request->keepAlive();
            (void)request->path();
        }
        (void)parser.takeContinueRequest();
        if (parser.hasError())
            break;
    }
    return 0;
}
