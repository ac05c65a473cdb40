#include "normalize/ArticleNormalizer.h"

#include "normalize/CreditExtractor.h"
#include "normalize/IndexText.h"
#include "normalize/SectionWords.h"
#include "sanitize/HtmlSanitizer.h"
#include "sanitize/HtmlTokenizer.h"
#include "text/LinkCanonicalizer.h"

#include <QCryptographicHash>
#include <QHash>
#include <QSet>

namespace news
{

QStringList imageSources(const QString& html)
{
    QStringList out;
    if (!html.contains(QLatin1String("<img"), Qt::CaseInsensitive)) {
        return out;
    }
    HtmlTokenizer tokenizer(html);
    HtmlToken token;
    while (tokenizer.next(token)) {
        if (token.type == HtmlToken::Type::StartTag && token.name == QLatin1String("img")) {
            for (const HtmlAttribute& a : token.attributes) {
                if (a.name == QLatin1String("src") && !a.value.trimmed().isEmpty()) {
                    out.append(a.value.trimmed());
                }
            }
        }
    }
    return out;
}

void prepareSearchText(StoredItem& item)
{
    IndexText text = indexText(item.title, item.authors, item.summary, item.content);
    item.searchTitle = std::move(text.title);
    item.searchAuthors = std::move(text.authors);
    item.searchBody = std::move(text.body);
}

StoredItem normalizeEntry(const FeedEntry& e, const NormalizeContext& context)
{
    StoredItem item;
    item.guid = e.id.trimmed();
    item.link = e.link.trimmed();
    item.canonicalLink = canonicalLink(item.link);
    item.title = e.title.isEmpty() ? QString() : e.title;
    item.summary = e.summary;
    item.content = e.content;
    {
        QCryptographicHash hash(QCryptographicHash::Sha1); // of title, summary and content in UTF-8, 0x1f between
        hash.addData(e.title.toUtf8());
        hash.addData(QByteArrayView("\x1f", 1));
        hash.addData(e.summary.toUtf8());
        hash.addData(QByteArrayView("\x1f", 1));
        hash.addData(e.content.toUtf8());
        item.contentHash = QString::fromLatin1(hash.result().toHex());
    }
    if (!item.guid.isEmpty()) {
        item.dedupeKey = QLatin1String("g:") + item.guid;
    } else if (!item.canonicalLink.isEmpty()) {
        item.dedupeKey = QLatin1String("l:") + item.canonicalLink;
    } else {
        item.dedupeKey = QLatin1String("h:") + item.contentHash;
    }
    QDateTime when = e.published.isValid() ? e.published : e.updated.isValid() ? e.updated : e.created;
    if (when.isValid()) {
        item.published = when.toSecsSinceEpoch();
        item.dateKnown = true;
        // a date in the future beyond a day is a feed bug (time zone or typo): keep it from pinning the top
        if (item.published > context.now + 86400) {
            item.published = context.now;
        }
    } else {
        item.published = context.now;
        item.dateKnown = false;
    }
    item.updated = e.updated.isValid() ? e.updated.toSecsSinceEpoch() : 0;
    QStringList authors = e.authors;
    if (authors.isEmpty() && !e.author.isEmpty()) {
        authors.append(e.author);
    }
    authors.removeDuplicates();
    item.authors = authors.join(QLatin1String(", "));
    // bylines, dateline, photo credits and the copyright line become metadata; the body loses the boilerplate
    // (the same pass lists the body's images, in order, with the captions and credits it attaches to them)
    // (and the cleaned body's plain text, for the search index: one token stream for all of it, #12)
    QList<ImageCredit> bodyImages;
    QString bodyText;
    bool bodyTextKnown = false;
    {
        const bool inContent = !item.content.isEmpty();
        ExtractedCredits credits
            = extractCredits(inContent ? item.content : item.summary, authorFieldOf(authors, e.authorEmail));
        (inContent ? item.content : item.summary) = std::move(credits.cleanedHtml);
        item.credits = std::move(credits.credits);
        bodyImages = std::move(credits.images);
        // a content that was all credits leaves the index to the summary
        bodyTextKnown = !inContent || !item.content.isEmpty();
        bodyText = std::move(credits.plainText);
    }
    item.comments = e.commentCount;
    item.commentsUrl = e.comments;

    // images: Media RSS first (they carry captions and credits), then enclosures, then the body
    QSet<QString> seen;
    auto add = [&](const QString& url,
                   const QString& role,
                   const QString& caption,
                   const QString& credit,
                   const QString& mime) {
        if (url.isEmpty() || seen.contains(url)) {
            return;
        }
        seen.insert(url);
        item.media.append(MediaRecord{url, role, caption, credit, mime});
    };
    for (const MediaItem& m : e.media) {
        const bool image = m.type.isEmpty() || m.type.startsWith(QLatin1String("image")) || m.thumbnail;
        if (image) {
            // Media RSS credits often carry the whole line ("[사진출처=…]"): keep the provider
            const QString provider = photoCreditIn(m.credit);
            add(m.url,
                m.thumbnail ? QStringLiteral("thumbnail") : QStringLiteral("inline"),
                m.caption,
                provider.isEmpty() ? m.credit.simplified() : provider,
                m.type.contains(u'/') ? m.type : QString());
        }
    }
    for (const Enclosure& enc : e.enclosures) {
        if (enc.type.startsWith(QLatin1String("image"))) {
            add(enc.url, QStringLiteral("inline"), {}, {}, enc.type);
        }
    }
    for (const ImageCredit& ic : bodyImages) {
        add(ic.src.trimmed(), QStringLiteral("inline"), ic.caption, ic.credit, {});
    }
    for (const MediaRecord& m : item.media) {
        if (m.role == QLatin1String("thumbnail")) {
            item.thumbnail = m.url;
            break;
        }
    }
    if (item.thumbnail.isEmpty() && !item.media.isEmpty()) {
        item.thumbnail = item.media.front().url;
    }
    if (e.content.isEmpty()) {
        // teasers: short, or cut off with an ellipsis ("…", "...", "[…]"), as most Korean outlets' feeds are
        const QString text
            = (e.summaryText.isEmpty() ? HtmlSanitizer::toPlainText(e.summary) : e.summaryText).trimmed();
        // ("···", three middle dots, is how several Korean feeds cut theirs)
        item.summaryOnly = text.size() < 600 || text.endsWith(u'…') || text.endsWith(QLatin1String("..."))
            || text.endsWith(QStringLiteral("···")) || text.endsWith(QStringLiteral("[…]"))
            || text.endsWith(QStringLiteral("더보기"));
    }
    item.categories = e.categories;
    item.section = sectionForCategories(e.categories);
    // from the stored, credit-cleaned body, not the parser's text: the writer removes the row from the index with
    // what it stored (#12)
    if (bodyTextKnown) {
        IndexText text = indexTextOf(item.title, item.authors, std::move(bodyText));
        item.searchTitle = std::move(text.title);
        item.searchAuthors = std::move(text.authors);
        item.searchBody = std::move(text.body);
    } else {
        prepareSearchText(item);
    }
    return item;
}

} // namespace news
