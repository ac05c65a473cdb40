// The HTML sanitizer (and the tokenizer under it) on arbitrary text; its output must be stable: sanitizing
// sanitized HTML changes nothing but what the first pass added (break opportunities); the credit pass over
// sanitized HTML gives the plain text of the body it leaves.
#include "normalize/CreditExtractor.h"
#include "sanitize/HtmlSanitizer.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString html = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    QString text;
    const QString once = news::HtmlSanitizer::sanitize(html, QStringLiteral("https://news.example/a/"), &text);
    (void)news::HtmlSanitizer::toPlainText(html);
    const QString twice = news::HtmlSanitizer::sanitize(once, QStringLiteral("https://news.example/a/"));
    if (twice.size() > 2 * once.size() + 64) {
        std::abort(); // a second pass must not grow the markup
    }
    // the credit pass's plain text is the search index's: it must be what the store derives again from the cleaned
    // body when it removes the row (#12)
    const news::ExtractedCredits credits = news::extractCredits(once);
    if (credits.plainText != news::HtmlSanitizer::toPlainText(credits.cleanedHtml)) {
        std::abort();
    }
    return 0;
}
