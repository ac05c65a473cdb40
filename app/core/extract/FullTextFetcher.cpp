#include "extract/FullTextFetcher.h"

#include "normalize/ArticleNormalizer.h"
#include "normalize/CreditExtractor.h"
#include "store/Cache.h"
#include "store/StoreWriter.h"

#include <QLoggingCategory>
#include <QPointer>
#include <QThreadPool>
#include <QTimer>

#include <limits>

Q_LOGGING_CATEGORY(lcFullText, "news.fulltext")

namespace news
{

FullText prepareFullText(const ExtractedPage& page, const QString& feedAuthors)
{
    FullText full;
    ExtractedCredits credits = extractCredits(page.contentHtml, feedAuthors.isEmpty() ? page.author : feedAuthors);
    full.content = std::move(credits.cleanedHtml);
    full.credits = std::move(credits.credits);
    QSet<QString> seen;
    for (const QString& src : imageSources(full.content)) {
        if (!seen.contains(src)) {
            seen.insert(src);
            // the caption and credit extraction placed under this image (a figcaption, the line after it)
            QString caption;
            QString credit;
            for (const ImageCredit& ic : credits.images) {
                if (ic.src.trimmed() == src) {
                    caption = ic.caption;
                    credit = ic.credit;
                    break;
                }
            }
            full.media.append(MediaRecord{src, QStringLiteral("inline"), caption, credit, {}});
        }
    }
    if (!page.leadImage.isEmpty() && !seen.contains(page.leadImage)) {
        full.media.append(MediaRecord{page.leadImage, QStringLiteral("thumbnail"), {}, {}, {}});
    }
    return full;
}

namespace
{

// articles read per chunk, and how few requests may wait before the next chunk is read: enough queued for every
// host's slots to stay busy, few enough that a run over 10,000 pending pages holds a few hundred at a time
constexpr int kChunk = 400;
constexpr int kRefillBelow = 150;

} // namespace

FullTextFetcher::FullTextFetcher(Cache* cache, FetchSettings settings, ExtractLimits limits, QObject* parent)
    : QObject(parent)
    , m_cache(cache)
    , m_fetcher(nullptr)
    , m_limits(limits)
    , m_deadline(new QTimer(this))
{
    settings.holdForRetryAfter = true; // a site that asks us to wait keeps its pages pending, not failed
    m_fetcher = new FeedFetcher(std::move(settings), nullptr, this);
    connect(m_fetcher, &FeedFetcher::finished, this, &FullTextFetcher::onFetched);
    m_deadline->setSingleShot(true);
    connect(m_deadline, &QTimer::timeout, this, [this] {
        if (m_running && !m_stopping) {
            stop();
            step();
        }
    });
}

void FullTextFetcher::fetchPending(std::chrono::milliseconds budget)
{
    if (m_running) {
        return;
    }
    m_running = true;
    m_total = 0;
    m_done = 0;
    m_extracted = 0;
    m_failed = 0;
    m_left = 0;
    m_leftCount = 0;
    m_seen.clear();
    m_cursor = std::numeric_limits<qint64>::max();
    m_pinnedDone = false;
    m_exhausted = false;
    m_stopping = false;
    m_budget = budget;
    m_clock.start();
    QPointer<FullTextFetcher> self(this);
    if (m_fetcher->settings().offline) {
        // nothing is sent and nothing is marked failed: the articles wait for the next time we are online
        QMetaObject::invokeMethod(
            this,
            [self] {
                if (self) {
                    self->m_running = false;
                    emit self->finished(0, 0);
                }
            },
            Qt::QueuedConnection);
        return;
    }
    m_deadline->start(int(std::clamp<qint64>(budget.count(), 0, std::numeric_limits<int>::max())));
    loadMore();
}

void FullTextFetcher::loadMore()
{
    if (m_loading || m_exhausted || m_stopping) {
        return;
    }
    m_loading = true;
    const qint64 cursor = m_cursor;
    const bool pinned = !m_pinnedDone;
    const bool count = pinned && cursor == std::numeric_limits<qint64>::max();
    // pinned articles first (the reader asked for them), then every pending one, newest first, a chunk at a time
    // below the last chunk's oldest id
    m_cache->pendingFullText(cursor, pinned, kChunk, count, this, [this, pinned](const Result<PendingFullTextPage>& r) {
        // a failure went to the cache's storageError; nothing more to fetch then
        const auto* page = std::get_if<PendingFullTextPage>(&r);
        if (!page) {
            loaded({}, m_cursor, true, true, -1);
            return;
        }
        // after the pinned ones, the newest again from the top
        const qint64 next = pinned && !page->full ? std::numeric_limits<qint64>::max() : page->next;
        loaded(page->items, next, !pinned || !page->full, !pinned && !page->full, page->total);
    });
}

void FullTextFetcher::loaded(const QList<Pending>& pending, qint64 cursor, bool pinnedDone, bool exhausted, int total)
{
    m_loading = false;
    if (!m_running) {
        return;
    }
    m_cursor = cursor;
    m_pinnedDone = pinnedDone;
    m_exhausted = exhausted;
    if (total >= 0) {
        m_total = total;
    }
    for (const Pending& p : pending) {
        if (m_stopping || m_seen.contains(p.articleId)) {
            continue;
        }
        m_seen.insert(p.articleId);
        m_inFlight.insert(p.articleId, p);
        FetchRequest r;
        r.id = p.articleId;
        r.url = QUrl(p.url);
        r.accept = QStringLiteral("text/html,application/xhtml+xml;q=0.9,*/*;q=0.5");
        r.maxBytes = m_limits.maxBytes;
        m_fetcher->enqueue(r);
    }
    m_total = std::max(m_total, int(m_seen.size())); // pinned meanwhile
    step();
}

void FullTextFetcher::stop()
{
    // the budget ran out: what is queued (or held for a Retry-After) stays pending for the next refresh
    m_stopping = true;
    m_deadline->stop();
    m_fetcher->cancelAll();
}

void FullTextFetcher::fail(const Pending& p, const QString& reason)
{
    ++m_failed;
    emit rejected(p.url, reason);
    qCInfo(lcFullText) << "no full text for" << p.url << reason;
    m_cache->setFullTextFailed(p.articleId, reason);
}

void FullTextFetcher::onFetched(const FetchResult& result)
{
    auto it = m_inFlight.find(result.id);
    if (it == m_inFlight.end()) {
        return;
    }
    const Pending p = it.value();
    m_inFlight.erase(it);
    if (result.status != FetchStatus::Ok && (result.error.code == ErrorCode::Cancelled || result.retryAfter > 0)) {
        // stays pending: the budget ran out, or the site asked us to come back later
        ++m_done;
        ++m_leftCount;
        step();
        return;
    }
    if (result.status != FetchStatus::Ok) {
        fail(p, result.error.detail.isEmpty() ? QStringLiteral("HTTP %1").arg(result.httpStatus) : result.error.detail);
        ++m_done;
        step();
        return;
    }
    // parsing and extraction are CPU work: a worker thread, never the GUI thread
    ++m_working;
    QPointer<FullTextFetcher> self(this);
    const ExtractLimits limits = m_limits;
    const QUrl pageUrl = result.finalUrl.isValid() ? result.finalUrl : result.requestedUrl;
    QThreadPool::globalInstance()->start([self, p, body = result.body, type = result.contentType, pageUrl, limits] {
        const auto extracted = extractArticle(body, type, pageUrl, limits);
        std::optional<FullText> full;
        QString error;
        if (const auto* page = std::get_if<ExtractedPage>(&extracted)) {
            full = prepareFullText(*page, p.authors);
            const QString leadImage = page->leadImage;
            QMetaObject::invokeMethod(
                self.data(),
                [self, p, full = *full, leadImage] {
                    if (!self) {
                        return;
                    }
                    ++self->m_extracted;
                    self->m_cache->setFullText(p.articleId,
                                               FullTextRecord{full.content, full.credits, full.media, leadImage});
                    --self->m_working;
                    ++self->m_done;
                    self->step();
                },
                Qt::QueuedConnection);
            return;
        }
        error = std::get<Error>(extracted).detail;
        QMetaObject::invokeMethod(
            self.data(),
            [self, p, error] {
                if (!self) {
                    return;
                }
                self->fail(p, error);
                --self->m_working;
                ++self->m_done;
                self->step();
            },
            Qt::QueuedConnection);
    });
}

void FullTextFetcher::step()
{
    emit progress(m_done, m_total);
    if (!m_running) {
        return;
    }
    if (!m_stopping && m_clock.elapsed() > m_budget.count()) {
        stop(); // re-enters step() through the cancelled requests
        if (!m_running) {
            return;
        }
    }
    if (!m_stopping && !m_exhausted && m_inFlight.size() + m_working < kRefillBelow) {
        loadMore();
    }
    if ((m_exhausted || m_stopping) && !m_loading && m_inFlight.isEmpty() && m_working == 0) {
        m_running = false;
        m_deadline->stop();
        m_left = m_leftCount + std::max(0, m_total - m_done); // left in the queue, and never read
        const int extracted = m_extracted;
        const int failed = m_failed;
        // after the queued writes: whoever hears `finished` reads what was stored
        m_cache->whenWritten(this, [this, extracted, failed] { emit finished(extracted, failed); });
    }
}

} // namespace news
