#include "extract/FullTextFetcher.h"

#include "normalize/ArticleNormalizer.h"
#include "normalize/CreditExtractor.h"
#include "store/Cache.h"
#include "store/StoreWriter.h"

#include <QLoggingCategory>
#include <QPointer>
#include <QThreadPool>

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
    if (full.credits.copyright.isEmpty()) {
        full.credits.copyright = page.copyright; // printed once for the whole page, in its footer
    }
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
    , m_run(nullptr)
    , m_limits(limits)
{
    settings.holdForRetryAfter = true; // a site that asks us to wait keeps its pages pending, not failed
    m_fetcher = new FeedFetcher(std::move(settings), nullptr, this);
    m_run = new CompletionRun(
        m_fetcher, kRefillBelow, [this] { loadMore(); }, this);
    connect(m_fetcher, &FeedFetcher::finished, this, &FullTextFetcher::onFetched);
    connect(m_run, &CompletionRun::progress, this, &FullTextFetcher::progress);
    connect(m_run, &CompletionRun::drained, this, [this](const CompletionRun::Drained& run) {
        if (run.offline) {
            emit finished(0, 0);
            return;
        }
        // after the queued writes: whoever hears `finished` reads what was stored
        m_cache->whenWritten(this, [this, run] { emit finished(run.stored, run.failed); });
    });
}

void FullTextFetcher::fetchPending(std::chrono::milliseconds budget)
{
    if (m_run->isRunning()) {
        return;
    }
    m_seen.clear();
    m_pinnedDone = false;
    m_run->start(budget);
}

void FullTextFetcher::loadMore()
{
    const qint64 cursor = m_run->cursor();
    const bool pinned = !m_pinnedDone;
    const bool count = pinned && cursor == std::numeric_limits<qint64>::max();
    // pinned articles first (the reader asked for them), then every pending one, newest first, a chunk at a time
    // below the last chunk's oldest id
    m_cache->pendingFullText(cursor, pinned, kChunk, count, this, [this, pinned](const Result<PendingFullTextPage>& r) {
        // a failure went to the cache's storageError; nothing more to fetch then
        const auto* page = std::get_if<PendingFullTextPage>(&r);
        // after the pinned ones, the newest again from the top
        const qint64 next = !page   ? m_run->cursor()
            : pinned && !page->full ? std::numeric_limits<qint64>::max()
                                    : page->next;
        if (!m_run->loaded(next, !page || (!pinned && !page->full), page ? page->total : -1)) {
            return;
        }
        m_pinnedDone = !page || !pinned || !page->full;
        for (const Pending& p : page ? page->items : QList<Pending>()) {
            if (m_run->isStopping() || m_seen.contains(p.articleId)) {
                continue;
            }
            m_seen.insert(p.articleId);
            m_inFlight.insert(p.articleId, p);
            FetchRequest request;
            request.id = p.articleId;
            request.url = QUrl(p.url);
            request.accept = QStringLiteral("text/html,application/xhtml+xml;q=0.9,*/*;q=0.5");
            request.maxBytes = m_limits.maxBytes;
            m_run->sent();
            m_fetcher->enqueue(request);
        }
        m_run->countAtLeast(int(m_seen.size())); // pinned meanwhile
        m_run->step();
    });
}

void FullTextFetcher::fail(const Pending& p, const QString& reason)
{
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
        m_run->settled(1, CompletionRun::Outcome::Left);
        return;
    }
    if (result.status != FetchStatus::Ok) {
        fail(p, result.error.detail.isEmpty() ? QStringLiteral("HTTP %1").arg(result.httpStatus) : result.error.detail);
        m_run->settled(1, CompletionRun::Outcome::Failed);
        return;
    }
    // parsing and extraction are CPU work: a worker thread, never the GUI thread
    QPointer<FullTextFetcher> self(this);
    const ExtractLimits limits = m_limits;
    const QUrl pageUrl = result.finalUrl.isValid() ? result.finalUrl : result.requestedUrl;
    QThreadPool::globalInstance()->start([self, p, body = result.body, type = result.contentType, pageUrl, limits] {
        const auto extracted = extractArticle(body, type, pageUrl, limits);
        if (const auto* page = std::get_if<ExtractedPage>(&extracted)) {
            FullText full = prepareFullText(*page, p.authors);
            const QString leadImage = page->leadImage;
            QMetaObject::invokeMethod(
                self.data(),
                [self, p, full = std::move(full), leadImage] {
                    if (!self) {
                        return;
                    }
                    self->m_cache->setFullText(p.articleId,
                                               FullTextRecord{full.content, full.credits, full.media, leadImage});
                    self->m_run->settled(1, CompletionRun::Outcome::Stored);
                },
                Qt::QueuedConnection);
            return;
        }
        const QString error = std::get<Error>(extracted).detail;
        QMetaObject::invokeMethod(
            self.data(),
            [self, p, error] {
                if (!self) {
                    return;
                }
                self->fail(p, error);
                self->m_run->settled(1, CompletionRun::Outcome::Failed);
            },
            Qt::QueuedConnection);
    });
}

} // namespace news
