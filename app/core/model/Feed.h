#pragma once

#include "model/Subscription.h"

#include <QString>

// A feed as the UI and the CLI list it.

namespace news
{

/// A feed as the UI and the CLI list it.
struct FeedInfo
{
    qint64 id = 0;
    qint64 sourceId = 0;
    QString sourceKey;
    QString sourceName;
    QString url;
    QString title;
    QString section;
    QString kind;
    QString groupName;
    int lastStatus = 0;
    int lastErrorCode = 0; // ErrorCode + 1, 0 = fine
    QString lastError;
    qint64 lastSuccess = 0;
    qint64 lastFetch = 0;
    qint64 nextFetch = 0; // back-off or Retry-After: not refreshed before this (unix seconds, 0 = any time)
    int failureCount = 0;
    bool disabled = false;
    int articleCount = 0;
    int unread = 0;
    QString timezone;
    QString encoding;
    bool sourceImages = true; // the source's switches (sources.images, sources.fulltext)
    QString sourceFullText = QStringLiteral("auto");
    bool sectionFixed = false; // the reader chose the section: items' categories do not move them
    qint64 failingSince = 0; // unix seconds of the first failure in the current run of them, 0 = fine
    FeedOptions options; // the reader's per-feed settings
    int outletIntervalMinutes = -1; // the outlet's refresh interval its feeds follow (-1: the app's)
};

} // namespace news
