#pragma once

#include <QByteArray>
#include <QString>

namespace news
{

/// What the search index holds for one article, in UTF-8 (text/SearchText's bigram form).
struct IndexText
{
    QByteArray title;
    QByteArray authors;
    QByteArray body;
};

/// The index text of an article, derived from what the cache stores of it: its title, authors and the plain text
/// of its body (the content, else the summary — cleaned of credits, or the fetched full text). The one place that
/// decides it (#12): the search index is a contentless FTS5 table, which removes a row only when given the very
/// values that were inserted, so the refresh (on its parse threads), the writer's updates, full text, retention
/// and feed removal all call this, for inserting and deleting alike.
IndexText indexText(const QString& title, const QString& authors, const QString& summary, const QString& content);
/// indexText() for a caller that holds the body's plain text already (HtmlSanitizer::toPlainText of the content,
/// else the summary: the credit pass makes it from its own tokens).
IndexText indexTextOf(const QString& title, const QString& authors, QString bodyText);

} // namespace news
