// The HTML sanitizer (and the tokenizer under it) on arbitrary text; its output must be stable: sanitizing
// sanitized HTML changes nothing but what the first pass added (break opportunities).
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
    return 0;
}
