#pragma once
// The cache the store tests start from (tests/core TestStore, TestStoreIntegrity): a real SQLite file with one
// source, 테스트일보, and its feeds; and the ways the store, CLI and window tests harm it on disk (a damaged page, a
// folder nothing can be written to).

#include "store/StoreWriter.h"

#include <QFile>
#include <QList>
#include <QPair>
#include <QProcess>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace storefixture
{

/// Opens (creating) the cache of `store` and adds 테스트일보 with a feed per (address, section); returns the feed
/// ids, or none when the cache cannot be opened.
inline QList<qint64> openWithFeeds(news::StoreWriterCore& store, const QList<QPair<QString, QString>>& feeds)
{
    if (!std::holds_alternative<int>(store.open())) {
        return {};
    }
    news::SourceRecord source;
    source.key = QStringLiteral("test");
    source.nameKo = QStringLiteral("테스트일보");
    const qint64 sourceId = std::get<qint64>(store.upsertSource(source));
    QList<qint64> ids;
    for (const auto& [url, section] : feeds) {
        news::FeedRecord feed;
        feed.url = url;
        feed.section = section;
        ids.append(std::get<qint64>(store.upsertFeed(sourceId, feed)));
    }
    return ids;
}

/// A successful fetch of `feedId` at `now` that brought `items`.
inline news::FeedUpdate feedUpdate(qint64 feedId, QList<news::StoredItem> items, qint64 now)
{
    news::FeedUpdate u;
    u.feedId = feedId;
    u.outcome = news::FetchOutcome::Updated;
    u.httpStatus = 200;
    u.items = std::move(items);
    u.now = now;
    return u;
}

/// Overwrites the last leaf page of `table` in the cache at `path` with garbage, as a bad sector or a torn copy
/// would (no connection may be open on it). False when the page cannot be found or written.
inline bool damagePage(const QString& path, const QString& table)
{
    qint64 page = 0;
    qint64 pageSize = 0;
    {
        news::StoreWriterCore core(path);
        if (!std::holds_alternative<int>(core.open())) {
            return false;
        }
        QSqlQuery q(core.database());
        if (!q.exec(QStringLiteral("PRAGMA page_size")) || !q.next()) {
            return false;
        }
        pageSize = q.value(0).toLongLong();
        if (!q.exec(QStringLiteral("SELECT pageno FROM dbstat WHERE name = '%1' AND pagetype = 'leaf' ORDER BY pageno "
                                   "DESC LIMIT 1")
                        .arg(table))
            || !q.next()) {
            return false;
        }
        page = q.value(0).toLongLong();
    } // the last connection copies the WAL into the file
    QFile f(path);
    return f.open(QIODevice::ReadWrite) && f.seek((page - 1) * pageSize)
        && f.write(QByteArray(int(pageSize), '\xA5')) == pageSize;
}

/// Makes `paths` impossible to write, for root too (chattr +i; root ignores file modes), or undoes it. False when
/// this system cannot (Windows lets a read-only folder take new files: there is no such folder to test with).
inline bool setImmutable(const QStringList& paths, bool on)
{
#ifndef Q_OS_UNIX
    Q_UNUSED(paths);
    Q_UNUSED(on);
    return false;
#else
    if (::geteuid() != 0) {
        bool ok = true;
        for (const QString& p : paths) {
            ok = QFile::setPermissions(p,
                                       on ? QFile::ReadOwner | QFile::ExeOwner
                                          : QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner)
                && ok;
        }
        return ok;
    }
    QProcess chattr;
    chattr.start(QStringLiteral("chattr"), QStringList{on ? QStringLiteral("+i") : QStringLiteral("-i")} + paths);
    return chattr.waitForFinished(10000) && chattr.exitStatus() == QProcess::NormalExit && chattr.exitCode() == 0;
#endif
}

/// Locks `paths` (setImmutable) for its lifetime; `locked` says whether it could.
struct ImmutableGuard
{
    explicit ImmutableGuard(QStringList p)
        : paths(std::move(p))
        , locked(setImmutable(paths, true))
    {
    }
    ~ImmutableGuard()
    {
        if (locked) {
            setImmutable(paths, false);
        }
    }
    ImmutableGuard(const ImmutableGuard&) = delete;
    ImmutableGuard& operator=(const ImmutableGuard&) = delete;

    QStringList paths;
    bool locked = false;
};

} // namespace storefixture
