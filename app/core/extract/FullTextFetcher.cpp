#include "extract/FullTextFetcher.h"

#include "normalize/ArticleNormalizer.h"
#include "normalize/CreditExtractor.h"
#include "store/Cache.h"
#include "store/StoreWriter.h"

#include <QLoggingCategory>
#include <QPointer>
#include <QSqlQuery>
#include <QThreadPool>

Q_LOGGING_CATEGORY(lcFullText, "news.fulltext")

namespace news
{

FullText prepareFullText(const ExtractedPage& page, const QString& feedAuthors)
{
    FullText full;
    const Credits credits = extractCredits(page.contentHtml, feedAuthors.isEmpty() ? page.author : feedAuthors);
    full.content = credits.cleanedHtml;
    full.extra = credits.toJson();
    QSet<QString> seen;
    for (const QString& src : imageSources(full.content)) {
        if (!seen.contains(src)) {
            seen.insert(src);
            full.media.append(MediaRecord{src, QStringLiteral("inline"), {}, {}, {}});
        }
    }
    if (!page.leadImage.isEmpty() && !seen.contains(page.leadImage)) {
        full.media.append(MediaRecord{page.leadImage, QStringLiteral("thumbnail"), {}, {}, {}});
    }
    return full;
}

FullTextFetcher::FullTextFetcher(Cache* cache, FetchSettings settings, ExtractLimits limits, QObject* parent)
    : QObject(parent)
    , m_cache(cache)
    , m_fetcher(new FeedFetcher(std::move(settings), nullptr, this))
    , m_limits(limits)
{
    connect(m_fetcher, &FeedFetcher::finished, this, &FullTextFetcher::onFetched);
}

void FullTextFetcher::fetchPending(int maxArticles)
{
    if (m_running) {
        return;
    }
    m_running = true;
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
    m_cache->run([self, maxArticles](StoreWriterCore& core) {
        QList<Pending> pending;
        QSet<qint64> seen;
        // pinned articles first (the reader asked for them), then the newest
        for (const char* sql :
             {"SELECT a.id, a.link, COALESCE(a.authors, '') FROM articles a JOIN article_status st ON st.article_id "
              "= a.id WHERE a.fulltext_state = 'pending' AND st.saved = 1 ORDER BY a.id DESC LIMIT ?",
              "SELECT a.id, a.link, COALESCE(a.authors, '') FROM articles a WHERE a.fulltext_state = 'pending' ORDER "
              "BY a.id DESC LIMIT ?"}) {
            QSqlQuery q(core.database());
            q.prepare(QString::fromLatin1(sql));
            q.addBindValue(maxArticles);
            if (q.exec()) {
                while (q.next() && pending.size() < maxArticles) {
                    const qint64 id = q.value(0).toLongLong();
                    if (!seen.contains(id)) {
                        seen.insert(id);
                        pending.append(Pending{id, q.value(1).toString(), q.value(2).toString()});
                    }
                }
            }
        }
        QMetaObject::invokeMethod(
            self.data(),
            [self, pending] {
                if (self) {
                    self->begin(pending);
                }
            },
            Qt::QueuedConnection);
    });
}

void FullTextFetcher::begin(const QList<Pending>& pending)
{
    m_total = int(pending.size());
    m_done = 0;
    m_extracted = 0;
    m_failed = 0;
    m_fetchDone = pending.isEmpty();
    for (const Pending& p : pending) {
        m_inFlight.insert(p.articleId, p);
    }
    for (const Pending& p : pending) {
        FetchRequest r;
        r.id = p.articleId;
        r.url = QUrl(p.url);
        r.accept = QStringLiteral("text/html,application/xhtml+xml;q=0.9,*/*;q=0.5");
        r.maxBytes = m_limits.maxBytes;
        m_fetcher->enqueue(r);
    }
    step();
}

void FullTextFetcher::fail(const Pending& p, const QString& reason)
{
    ++m_failed;
    emit rejected(p.url, reason);
    qCInfo(lcFullText) << "no full text for" << p.url << reason;
    m_cache->run([id = p.articleId, reason](StoreWriterCore& core) { core.setFullTextFailed(id, reason); });
}

void FullTextFetcher::onFetched(const FetchResult& result)
{
    auto it = m_inFlight.find(result.id);
    if (it == m_inFlight.end()) {
        return;
    }
    const Pending p = it.value();
    m_inFlight.erase(it);
    m_fetchDone = m_inFlight.isEmpty();
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
                    self->m_cache->run([p, full, leadImage](StoreWriterCore& core) {
                        core.setFullText(p.articleId, full.content, full.extra, full.media, leadImage);
                    });
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
    if (m_running && m_fetchDone && m_working == 0) {
        m_running = false;
        QPointer<FullTextFetcher> self(this);
        const int extracted = m_extracted;
        const int failed = m_failed;
        // after the queued writes: whoever hears `finished` reads what was stored
        m_cache->run([self, extracted, failed](StoreWriterCore&) {
            QMetaObject::invokeMethod(
                self.data(),
                [self, extracted, failed] {
                    if (self) {
                        emit self->finished(extracted, failed);
                    }
                },
                Qt::QueuedConnection);
        });
    }
}

} // namespace news
