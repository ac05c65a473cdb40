#include "normalize/IndexText.h"

#include "sanitize/HtmlSanitizer.h"
#include "text/SearchText.h"

namespace news
{

IndexText indexText(const QString& title, const QString& authors, const QString& summary, const QString& content)
{
    return indexTextOf(title, authors, HtmlSanitizer::toPlainText(content.isEmpty() ? summary : content));
}

IndexText indexTextOf(const QString& title, const QString& authors, QString body)
{
    if (body.size() > 20000) {
        body.truncate(20000); // the index needs no more of a long article to find it
    }
    return IndexText{
        SearchText::forIndexUtf8(title), SearchText::forIndexUtf8(authors), SearchText::forIndexUtf8(body)};
}

} // namespace news
