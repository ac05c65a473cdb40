#pragma once

#include <QList>
#include <QString>

// Which feeds a refresh fetches, and what each conditional request needs.

namespace news
{

/// Which feeds a refresh fetches.
struct RefreshScope
{
    enum class Kind
    {
        All,
        Section,
        Feeds,
    };
    Kind kind = Kind::All;
    QString section;
    QList<qint64> feedIds;
    bool force = false; // ignore back-off and the ranking schedule
};

/// A feed due for a fetch, with what a conditional request needs.
struct RefreshTarget
{
    qint64 feedId = 0;
    QString url;
    QString etag;
    QString lastModified;
    QString bodyHash;
    bool ranking = false;
    QString timezone;
    QString encoding;
    QString userAgent; // the reader's User-Agent for this feed, "" for the app's (#15)
};

} // namespace news
