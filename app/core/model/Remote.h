#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace news
{

/// A feed the server has the user subscribed to.
struct RemoteFeed
{
    QString id;
    QString title;
    QString url;
    QString siteUrl;
    QString category; // the server's folder/category title, "" when none
    QString suggestedSection; // not the server's: the sync's guess from the title and address, used without category
};

/// One article as the server gives it. `content` is HTML as the server keeps it (not yet sanitized).
struct RemoteArticle
{
    QString id;
    QString feedId;
    QString title; // plain text
    QString link;
    QString author;
    QString content;
    QDateTime published; // UTC; invalid when unknown
    QDateTime updated;
    QStringList tags;
    QStringList enclosures; // URLs of attached images and media
    bool unread = true;
    bool starred = false;
};

struct RemoteArticlePage
{
    QList<RemoteArticle> articles;
    QString cursor; // where the next "articles since" starts
    bool more = false; // another page follows at once
};

/// The server's read/starred state, as sets of article ids (what is not unread is read).
struct RemoteState
{
    QStringList unread;
    QStringList starred;
    bool complete = true; // false: the server's lists were cut off (then only what they name is applied)
    QStringList gone; // ids the server no longer has at all (not unstarred: dropped); their flags stay as they are here
};

/// One flag of one article, changed here, to be sent up.
struct StateChange
{
    QString articleId;
    enum class Field
    {
        Read,
        Starred,
    };
    Field field = Field::Read;
    bool value = true;
};

} // namespace news
