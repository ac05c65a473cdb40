// The feed parser (RSS, Atom, JSON Feed, CDF; every encoding) on arbitrary bytes.
#include "parse/FeedParser.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    news::ParseOptions options;
    options.baseUrl = QStringLiteral("https://news.example/feed.xml");
    (void)news::parseFeed(bytes, options);
    // the HTTP header's charset takes another path through the decoder
    options.contentType = QStringLiteral("application/rss+xml; charset=euc-kr");
    (void)news::parseFeed(bytes, options);
    return 0;
}
