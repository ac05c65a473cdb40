#include "refresh/RefreshEngine.h"

#include "model/Article.h"
#include "model/FeedDocument.h"
#include "normalize/ArticleNormalizer.h"
#include "parse/FeedParser.h"
#include "store/Cache.h"
#include "support/Allocator.h"
#include "support/Clock.h"
#include "text/DateParser.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QPointer>
#include <QThreadPool>

namespace news
{
namespace
{

// the refresh pipeline's bounds: feeds in one write transaction, parsed feeds waiting for the writer
constexpr int kMaxBatch = 8;
constexpr int kParseAhead = 16;
constexpr qint64 kLargeBody = 4 * 1024 * 1024;

FeedUpdate parseAndNormalize(const RefreshTarget& target, FetchResult&& fetched, const QString& bodyHash, qint64 now)
{
    FeedUpdate u;
    u.feedId = target.feedId;
    u.httpStatus = fetched.httpStatus;
    u.etag = fetched.etag;
    u.lastModified = fetched.lastModified;
    u.bodyHash = bodyHash;
    u.permanentUrl = fetched.permanentUrl.isValid() ? fetched.permanentUrl.toString() : QString();
    u.startedAt = fetched.startedAt;
    u.durationMs = fetched.durationMs;
    u.bytes = fetched.bytes;
    u.now = now;
    u.isRanking = target.ranking;
    ParseOptions options;
    options.contentType = fetched.finalUrl.scheme().startsWith(QLatin1String("http")) ? fetched.contentType : QString();
    options.baseUrl = fetched.finalUrl.toString();
    options.encodingOverride = target.encoding;
    options.defaultZone = DateParser::zoneById(target.timezone);
    auto parsed = parseFeed(std::move(fetched.body), options);
    if (auto* error = std::get_if<Error>(&parsed)) {
        u.outcome = FetchOutcome::Failed;
        u.error = *error;
        u.bodyHash.clear();
        return u;
    }
    FeedDocument& doc = std::get<FeedDocument>(parsed);
    u.outcome = FetchOutcome::Updated;
    u.feedTitle = doc.title;
    if (target.ranking) {
        for (const FeedEntry& e : doc.entries) {
            u.ranking.append(RankingEntry{e.title, e.link});
        }
        return u;
    }
    NormalizeContext context;
    context.now = now;
    u.items.reserve(doc.entries.size());
    for (FeedEntry& e : doc.entries) {
        StoredItem item = normalizeEntry(e, context);
        e = FeedEntry(); // a large feed's entries go as its items come (#17 §4)
        if (item.title.isEmpty() && item.summary.isEmpty() && item.content.isEmpty()) {
            continue;
        }
        u.items.append(std::move(item));
    }
    return u;
}

} // namespace

RefreshEngine::RefreshEngine(Cache* cache, FetchSettings settings, const Clock* clock, QObject* parent)
    : QObject(parent)
    , m_cache(cache)
    , m_fetcher(new FeedFetcher(std::move(settings), clock, this))
    , m_clock(clock)
{
    qRegisterMetaType<RefreshProgress>();
    qRegisterMetaType<RefreshSummary>();
    qRegisterMetaType<FetchResult>();
    m_largeFeedPool.setMaxThreadCount(1);
    m_largeFeedPool.setExpiryTimeout(-1);
    connect(m_fetcher, &FeedFetcher::finished, this, &RefreshEngine::onFetched);
    connect(m_cache, &Cache::feedWritten, this, &RefreshEngine::onWritten);
}

qint64 RefreshEngine::now() const
{
    return m_clock ? m_clock->now() : QDateTime::currentSecsSinceEpoch();
}

void RefreshEngine::setOffline(bool offline)
{
    FetchSettings s = m_fetcher->settings();
    s.offline = offline;
    m_fetcher->setSettings(s);
}

void RefreshEngine::refresh(const RefreshScope& scope)
{
    if (m_running) {
        return;
    }
    m_running = true;
    m_summary = {};
    m_timer.start();
    const qint64 t = now();
    m_cache->refreshTargets(scope, t, this, [this](const Result<QList<RefreshTarget>>& targets) {
        if (const auto* error = std::get_if<Error>(&targets)) {
            // a cache that cannot be read is an error, not "no feeds" (#17)
            m_summary.storageError = error->detail;
            begin({});
            return;
        }
        begin(std::get<QList<RefreshTarget>>(targets));
    });
}

void RefreshEngine::begin(const QList<RefreshTarget>& targets)
{
    ++m_generation;
    m_parseQueue.clear();
    m_bytesAheadByFeed.clear();
    m_bytesAhead = 0;
    m_parsedBytesByFeed.clear();
    m_parsedBytes = 0;
    m_fetcher->setPaused(false);
    m_targets.clear();
    m_outcomes.clear();
    m_summary.progress.feedsTotal = int(targets.size());
    m_summary.offline = m_fetcher->settings().offline;
    emit started(int(targets.size()));
    if (targets.isEmpty()) {
        complete();
        return;
    }
    for (const RefreshTarget& t : targets) {
        m_targets.insert(t.feedId, t);
        FetchRequest request;
        request.id = t.feedId;
        request.url = QUrl(t.url);
        request.bundled = isBundledUrl(request.url); // the subscription's own URL: the bundled demo source
        request.etag = t.etag;
        request.userAgent = t.userAgent;
        request.lastModified = t.lastModified;
        m_fetcher->enqueue(request);
    }
}

void RefreshEngine::onFetched(const FetchResult& result)
{
    auto it = m_targets.constFind(result.id);
    if (!m_running || it == m_targets.constEnd()) {
        return;
    }
    const RefreshTarget target = it.value();
    m_summary.progress.bytes += result.bytes;
    if (result.offline || (result.status == FetchStatus::Failed && result.error.code == ErrorCode::Cancelled)) {
        // cancelled by the user, or offline (nothing was sent): not the feed's fault, nothing to record, the
        // cache stays as it was (#17)
        m_targets.remove(target.feedId);
        ++m_summary.progress.feedsDone;
        emit progress(m_summary.progress);
        if (m_summary.progress.feedsDone >= m_summary.progress.feedsTotal) {
            complete();
        }
        return;
    }
    const qint64 t = now();
    if (result.status != FetchStatus::Ok) {
        FeedUpdate u;
        u.feedId = target.feedId;
        u.outcome = result.status == FetchStatus::NotModified ? FetchOutcome::NotModified : FetchOutcome::Failed;
        u.httpStatus = result.httpStatus;
        u.error = result.error;
        u.gone = result.gone;
        u.retryAfter = result.retryAfter;
        u.permanentUrl = result.permanentUrl.isValid() ? result.permanentUrl.toString() : QString();
        u.startedAt = result.startedAt;
        u.durationMs = result.durationMs;
        u.bytes = result.bytes;
        u.now = t;
        if (u.outcome == FetchOutcome::Failed) {
            m_summary.errors.append(QStringLiteral("%1: %2").arg(target.url, result.error.detail));
            m_summary.networkFailures += result.error.code == ErrorCode::Network ? 1 : 0;
        }
        m_outcomes.insert(target.feedId, u.outcome);
        submit(std::move(u));
        return;
    }
    const QString hash = QString::fromLatin1(QCryptographicHash::hash(result.body, QCryptographicHash::Sha1).toHex());
    if (hash == target.bodyHash) {
        FeedUpdate u;
        u.feedId = target.feedId;
        u.outcome = FetchOutcome::Unchanged;
        u.httpStatus = result.httpStatus;
        u.etag = result.etag;
        u.lastModified = result.lastModified;
        u.startedAt = result.startedAt;
        u.durationMs = result.durationMs;
        u.bytes = result.bytes;
        u.now = t;
        m_outcomes.insert(target.feedId, u.outcome);
        submit(std::move(u));
        return;
    }
    holdBytes(target.feedId, result.body.size());
    m_parseQueue.append(ParseJob{target, result, hash, t});
    startParses();
}

void RefreshEngine::startParses()
{
    // Parsing runs ahead of the writer by a bounded amount (at most kMaxBatch feeds being written and
    // kParseAhead waiting), so memory stays flat however many feeds arrive; it goes on while the writer writes.
    const int maxParsing = std::max(2, QThreadPool::globalInstance()->maxThreadCount());
    while (!m_parseQueue.isEmpty() && m_parsing < maxParsing && m_pendingWrites.size() + m_parsing < kParseAhead) {
        // … and by bytes: a parsed feed takes several times its body until it is written (DOM, items, index
        // text), so feeds whose bodies together pass the bound are parsed one after another (#17 §4)
        const qint64 bytes = m_parseQueue.first().result.body.size();
        if (m_parsedBytes > 0 && m_parsedBytes + bytes > m_maxBytesAhead) {
            break;
        }
        ParseJob job = m_parseQueue.takeFirst();
        m_parsedBytesByFeed[job.target.feedId] += bytes;
        m_parsedBytes += bytes;
        ++m_parsing;
        QPointer<RefreshEngine> self(this);
        const quint64 generation = m_generation;
        const bool large = bytes > kLargeBody;
        (large ? &m_largeFeedPool : QThreadPool::globalInstance())
            ->start([self, job = std::move(job), generation, large]() mutable {
                FeedUpdate u = parseAndNormalize(job.target, std::move(job.result), job.hash, job.now);
                if (large) {
                    releaseFreedMemory(); // its document tree and decoded text are gone: give the pages back
                }
                QMetaObject::invokeMethod(
                    self.data(),
                    [self, u = std::move(u), generation]() mutable {
                        if (!self) {
                            return;
                        }
                        --self->m_parsing;
                        if (!self->m_running || generation != self->m_generation) {
                            return;
                        }
                        if (u.outcome == FetchOutcome::Failed) {
                            self->m_summary.errors.append(
                                QStringLiteral("%1: %2").arg(self->m_targets.value(u.feedId).url, u.error.detail));
                        }
                        self->m_outcomes.insert(u.feedId, u.outcome);
                        self->submit(std::move(u));
                        self->startParses();
                    },
                    Qt::QueuedConnection);
            });
    }
}

void RefreshEngine::submit(FeedUpdate update)
{
    m_pendingWrites.append(std::move(update));
    if (m_writesInFlight == 0) {
        flushWrites();
    }
}

void RefreshEngine::flushWrites()
{
    if (m_pendingWrites.isEmpty()) {
        return;
    }
    // while the writer works on one batch, the next one gathers: under load, several feeds share a transaction
    const QList<FeedUpdate> batch = m_pendingWrites.mid(0, kMaxBatch);
    m_pendingWrites.remove(0, batch.size());
    m_writesInFlight = int(batch.size());
    m_cache->writeBatch(batch);
}

void RefreshEngine::onWritten(const FeedWriteResult& result)
{
    releaseBytes(result.feedId); // first: the bytes it frees may let the next parse start
    if (m_writesInFlight > 0 && --m_writesInFlight == 0) {
        flushWrites();
    }
    startParses();
    if (!m_running || !m_outcomes.contains(result.feedId)) {
        return;
    }
    const FetchOutcome outcome = m_outcomes.take(result.feedId);
    m_targets.remove(result.feedId);
    RefreshProgress& p = m_summary.progress;
    ++p.feedsDone;
    const bool ok = outcome != FetchOutcome::Failed && result.stored;
    if (!ok) {
        ++p.feedsFailed;
        if (!result.stored) {
            m_summary.errors.append(QStringLiteral("storage: %1").arg(result.error));
            if (m_summary.storageError.isEmpty()) {
                m_summary.storageError = result.error; // the first: later ones follow from it (a full disk)
            }
        }
    }
    if (outcome == FetchOutcome::NotModified) {
        ++m_summary.notModified;
    } else if (outcome == FetchOutcome::Unchanged) {
        ++m_summary.unchanged;
    }
    p.newItems += result.newItems;
    p.updatedItems += result.updatedItems;
    emit feedRefreshed(result.feedId, ok, result.newItems);
    emit progress(p);
    if (p.feedsDone >= p.feedsTotal) {
        complete();
    }
}

void RefreshEngine::cancel()
{
    if (!m_running) {
        return;
    }
    m_fetcher->cancelAll();
}

void RefreshEngine::holdBytes(qint64 feedId, qint64 bytes)
{
    m_bytesAheadByFeed[feedId] += bytes;
    m_bytesAhead += bytes;
    m_summary.peakBytesAhead = std::max(m_summary.peakBytesAhead, m_bytesAhead);
    // bodies arrive faster than they are parsed and written (40 feeds of 19 MB once peaked at 1.55 GB, #17):
    // the network waits, not memory
    if (m_bytesAhead > m_maxBytesAhead) {
        m_fetcher->setPaused(true);
    }
}

void RefreshEngine::releaseBytes(qint64 feedId)
{
    m_bytesAhead -= m_bytesAheadByFeed.take(feedId);
    m_parsedBytes -= m_parsedBytesByFeed.take(feedId);
    if (m_bytesAhead <= m_maxBytesAhead) {
        m_fetcher->setPaused(false);
    }
}

void RefreshEngine::complete()
{
    m_running = false;
    m_fetcher->setPaused(false);
    m_summary.seconds = double(m_timer.nsecsElapsed()) / 1e9;
    emit finished(m_summary);
}

} // namespace news
