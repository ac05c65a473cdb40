#pragma once

#include "LocalHttpServer.h"

#include <QByteArray>
#include <QString>

/// A small Korean news site on a LocalHttpServer: a summary-only RSS feed (/rss/allArticle.xml) whose items
/// link to ndsoft-style article pages (/news/articleView.html?idxno=N) with a credited photo
/// (/news/photo/N.png), a reporter's signature and a copyright line. Article `missingPage` answers 404.
/// Photos are `photoBytes` (pass real PNG bytes where the pixels are decoded).
struct NewsSite
{
    static constexpr int kArticles = 3;

    NewsSite(LocalHttpServer& server, QByteArray photoBytes, int missingPage = 0);

    static QString teaser(int n);
    static QString fullParagraph(int n); // only on the article page, never in the feed
    QString sourceDefinition(const QString& fulltext = QStringLiteral("auto"), bool images = true) const;

    LocalHttpServer& server;
    QByteArray photo;
    int missingPage;
};
