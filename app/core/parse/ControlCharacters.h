#pragma once

#include "model/FeedDocument.h"

#include <QString>
#include <QStringList>

namespace news
{

/// C0 controls other than tab and newline, DEL and C1 controls: what a feed may not put into a text field
/// (ESC starts terminal escapes — clear-screen, OSC 52 clipboard writes — when a title is printed, #17).
constexpr bool isStrippedControl(char16_t c)
{
    return (c < 0x20 && c != u'\t' && c != u'\n') || (c >= 0x7F && c <= 0x9F);
}

/// `text` without stripped controls (the same shared string when it has none, the common case).
inline QString withoutControls(const QString& text)
{
    const char16_t* p = reinterpret_cast<const char16_t*>(text.utf16());
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n && !isStrippedControl(p[i])) {
        ++i;
    }
    if (i == n) {
        return text;
    }
    QString out;
    out.reserve(n);
    out.append(QStringView(p, i));
    for (; i < n; ++i) {
        if (!isStrippedControl(p[i])) {
            out.append(QChar(p[i]));
        }
    }
    return out;
}

inline void stripControls(QString& text)
{
    text = withoutControls(text);
}

inline void stripControls(QStringList& list)
{
    for (QString& s : list) {
        stripControls(s);
    }
}

/// Every text field of a parsed feed without stripped controls (done once, at parse time).
inline void stripControls(FeedDocument& doc)
{
    for (QString* s : {&doc.bozoReason,
                       &doc.title,
                       &doc.subtitle,
                       &doc.link,
                       &doc.id,
                       &doc.language,
                       &doc.author,
                       &doc.authorEmail,
                       &doc.image,
                       &doc.generator,
                       &doc.rights,
                       &doc.icon}) {
        stripControls(*s);
    }
    for (FeedEntry& e : doc.entries) {
        for (QString* s : {&e.id,
                           &e.title,
                           &e.link,
                           &e.author,
                           &e.authorEmail,
                           &e.summary,
                           &e.content,
                           &e.summaryText,
                           &e.comments,
                           &e.commentRss,
                           &e.sourceTitle,
                           &e.sourceLink}) {
            stripControls(*s);
        }
        stripControls(e.authors);
        stripControls(e.categories);
        stripControls(e.contributors);
        for (Enclosure& enclosure : e.enclosures) {
            stripControls(enclosure.url);
            stripControls(enclosure.type);
        }
        for (MediaItem& m : e.media) {
            stripControls(m.url);
            stripControls(m.type);
            stripControls(m.caption);
            stripControls(m.credit);
        }
    }
}

} // namespace news
