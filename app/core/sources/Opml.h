#pragma once

#include "support/Result.h"

#include <QList>
#include <QString>

namespace news
{

struct OpmlFeed
{
    QString url;
    QString title;
    QString homepage;
    QString group; // the enclosing outline's title ("" at the top level); nested groups joined by " / "
    QString section; // a canonical section, when the outline says so (sosik:section or a matching group)
    /// The section wins over the items' own categories. Sosik's export says so per feed (sosik:sectionFixed); a
    /// section another reader's file names is taken as the reader's choice.
    bool sectionFixed = true;
};

/// An outline that cannot be subscribed to, and why (technical English).
struct OpmlRejected
{
    QString url;
    QString title;
    QString reason;
    bool duplicate = false; // the same address came earlier in the file
};

struct OpmlContents
{
    QList<OpmlFeed> feeds; // in document order, each address once
    QList<OpmlRejected> rejected; // javascript:, file:, empty or repeated addresses …
};

/// OPML 1.0/2.0 import that keeps the valid part: every outline with an http(s) xmlUrl, the others listed as
/// rejected. A document that is not OPML, or not well-formed XML (an XML bomb stops at Qt's entity expansion
/// limit), is an error. Nothing is fetched or run.
Result<OpmlContents> readOpml(const QByteArray& bytes);

/// As readOpml, but strict: any rejected outline makes the whole file an error (refresh --opml).
Result<QList<OpmlFeed>> parseOpml(const QByteArray& bytes);

/// OPML 2.0 export, grouped by `group`, with sections kept as categories ("/economy") and in sosik:section,
/// sosik:sectionFixed attributes.
QByteArray writeOpml(const QList<OpmlFeed>& feeds, const QString& title);

} // namespace news
