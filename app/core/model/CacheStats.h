#pragma once

#include <QtGlobal>

// What the cache holds, in counts and bytes.

namespace news
{

struct CacheStats
{
    qint64 articles = 0;
    qint64 feeds = 0;
    qint64 unread = 0;
    qint64 starred = 0;
    qint64 saved = 0;
    qint64 images = 0; // image URLs whose bytes are in the cache
    qint64 imageBytes = 0; // bytes of stored images
    qint64 bytes = 0; // database + image files
};

} // namespace news
