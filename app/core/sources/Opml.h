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
};

/// OPML 1.0/2.0 import: every outline with an xmlUrl, in order. Malformed OPML is an error and yields
/// nothing (no partial import). Nothing is fetched or run.
Result<QList<OpmlFeed>> parseOpml(const QByteArray& bytes);

/// OPML 2.0 export, grouped by `group`, with sections kept in a sosik:section attribute.
QByteArray writeOpml(const QList<OpmlFeed>& feeds, const QString& title);

/// A canonical section for a Korean or English folder name ("경제", "Economy", "IT·과학"), or "".
QString sectionForName(const QString& name);

} // namespace news
