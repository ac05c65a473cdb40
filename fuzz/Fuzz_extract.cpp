// The article extractor (gumbo, the layouts, scoring, serialisation, sanitizing) on arbitrary bytes.
#include "extract/ArticleExtractor.h"

#include <QUrl>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    (void)news::extractArticle(bytes,
                               QStringLiteral("text/html; charset=utf-8"),
                               QUrl(QStringLiteral("https://news.example/news/articleView.html?idxno=1")));
    return 0;
}
