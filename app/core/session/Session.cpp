#include "session/Session.h"

#include "extract/FullTextFetcher.h"
#include "media/MediaStore.h"
#include "model/Article.h"
#include "model/Refresh.h"
#include "session/AccountSync.h"
#include "sources/SourceCatalog.h"
#include "sources/SourceImport.h"
#include "store/Cache.h"
#include "store/QueryRunner.h"
#include "store/Recovery.h"

#include <QDateTime>
#include <QPointer>

namespace news
{

Session::Session(Options options, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_cache(new Cache(m_options.dataDir, this))
    , m_queries(new QueryRunner(m_cache->databasePath(), m_cache->imageDir(), this))
    , m_analysis(new QueryRunner(m_cache->databasePath(), m_cache->imageDir(), this))
    , m_engine(nullptr)
    , m_media(nullptr)
    , m_fullText(nullptr)
    , m_accounts(m_options.syncAccounts ? new AccountSync(m_cache, m_options.secrets, this) : nullptr)
{
    FetchSettings settings = m_options.fetch;
    settings.offline = m_options.offline;
    if (!m_options.userAgent.isEmpty()) {
        settings.userAgent = m_options.userAgent;
    }
    m_engine = new RefreshEngine(m_cache, settings, nullptr, this);
    m_media = new MediaStore(m_cache, settings, {}, this);
    FetchSettings pages = settings;
    pages.hostIntervalMs = kPageIntervalMs; // a site's article pages: a few a second at most
    m_fullText = new FullTextFetcher(m_cache, pages, {}, this);
    m_appliedOffline = m_options.offline;
    if (m_accounts) {
        m_accounts->setOffline(m_options.offline);
        // what a sync brought is completed for offline reading like a refresh's articles
        connect(m_accounts, &AccountSync::contentChanged, this, [this] {
            emit contentChanged();
            completeArticles();
        });
    }
    // feeds, article pages and images share one per-host budget: a site sees at most 2 requests at once
    auto* hosts = new HostSlots(this);
    for (FeedFetcher* fetcher : {m_engine->fetcher(), m_media->fetcher(), m_fullText->fetcher()}) {
        fetcher->shareHostSlots(hosts);
    }
    connect(m_engine, &RefreshEngine::started, this, &Session::refreshStarted);
    connect(m_engine, &RefreshEngine::progress, this, &Session::refreshProgress);
    connect(m_engine, &RefreshEngine::finished, this, [this](const RefreshSummary& summary) {
        emit refreshFinished(summary);
        emit contentChanged();
        completeArticles();
        if (m_options.maintain && summary.progress.newItems + summary.progress.updatedItems > 0) {
            m_cache->mergeSearchIndex(); // in idle time, so that the next refresh does not pay for it
        }
    });
    connect(m_fullText, &FullTextFetcher::progress, this, [this](int done, int total) {
        m_pages = {done, total};
        emit completionProgress(m_pages.first, m_pages.second, m_images.first, m_images.second);
    });
    connect(m_media, &MediaStore::progress, this, [this](int done, int total) {
        m_images = {done, total};
        emit completionProgress(m_pages.first, m_pages.second, m_images.first, m_images.second);
    });
    connect(m_fullText, &FullTextFetcher::finished, this, [this](int extracted, int failed) {
        emit fullTextFinished(extracted, failed);
        if (extracted > 0) {
            emit contentChanged();
            if (!isOffline() && m_options.images) {
                m_media->fetchPending(); // the pages' images
            }
        }
    });
    connect(m_cache, &Cache::savedForOffline, this, [this](const QList<qint64>& ids) {
        if (!ids.isEmpty()) {
            emit contentChanged();
            completeArticles();
        }
    });
    connect(m_cache, &Cache::imagesEvicted, this, [this](int files) {
        if (files > 0) {
            emit contentChanged();
        }
    });
    connect(m_cache->writer(), &StoreWriter::retentionDone, this, [this](int deleted) {
        if (deleted > 0) {
            emit contentChanged(); // the lists drop what retention removed
        }
    });
    // pinning (오프라인 저장) asks for full text and images at once
    connect(m_cache, &Cache::statusWritten, this, [this](const QList<qint64>&, StatusField field, bool value, bool ok) {
        if (ok && value && field == StatusField::Saved) {
            completeArticles();
        }
    });
    connect(m_media, &MediaStore::finished, this, [this](int stored, int failed) {
        if (stored > 0 && m_imageBudget > 0) {
            m_cache->evictImages(m_imageBudget); // over budget: read, unpinned articles' images go, oldest first
        }
        emit imagesFinished(stored, failed);
        if (stored > 0) {
            emit contentChanged();
        }
    });
    connect(m_cache, &Cache::storageError, this, &Session::storageError);
    connect(m_cache, &Cache::opened, this, [this](bool ok, const QString& error) {
        if (!ok) {
            if (isDamagedCacheError(error)) {
                emit damaged(error);
                return;
            }
            // a data folder that cannot be written (#17): show what it holds, save nothing
            m_queries->run<bool>(
                this,
                [](ArticleQueries& q) { return q.isOpen() && q.isReadOnly(); },
                [this, error](bool readOnly) {
                    if (!readOnly) {
                        emit failed(error);
                        return;
                    }
                    m_readOnly = true;
                    m_ready = true;
                    emit readOnlyOpened(error);
                    emit ready();
                });
            return;
        }
        // keep the cache bounded: old articles go (never starred or saved ones), in a time box, off the GUI thread;
        // then the search index's pending merges
        if (m_options.maintain) {
            m_cache->applyRetention(m_options.retention);
            m_cache->mergeSearchIndex();
        }
        if (m_accounts) {
            m_accounts->syncDue(); // (not when offline: the queued changes wait; failing ones wait out their back-off)
        }
        if (!m_options.demo) {
            m_ready = true;
            emit ready();
            return;
        }
        // the demo goes through the same fetch → parse → store path as real feeds (qrc: URLs)
        QList<SubscriptionRecord> demo;
        const auto def = loadSourceDefinition(QStringLiteral("qrc:/demo/source.json"));
        if (const auto* s = std::get_if<SourceDefinition>(&def)) {
            demo.append(subscriptionOf(*s));
        }
        m_cache->importSubscriptions(demo, this, [this](const Result<QList<qint64>>&) {
            // a failure went to the cache's storageError (the status bar)
            m_ready = true;
            emit ready();
            refresh();
        });
    });
}

Session::~Session()
{
    // QObject would delete the children in the order they were made: the cache first, while an aborted fetch, a
    // page or an image in flight or a sync's last callback could still reach it. Nothing may call back into this
    // half-destroyed session, then the users of the cache go before it: network first, the readers, the writer last.
    for (QObject* child : children()) {
        disconnect(child, nullptr, this, nullptr);
    }
    delete m_accounts;
    m_accounts = nullptr;
    delete m_fullText;
    m_fullText = nullptr;
    delete m_media;
    m_media = nullptr;
    delete m_engine;
    m_engine = nullptr;
    delete m_analysis;
    m_analysis = nullptr;
    delete m_queries;
    m_queries = nullptr;
    delete m_cache; // waits for the writer: what was queued before is written
    m_cache = nullptr;
}

void Session::start()
{
    m_cache->open();
}

void Session::setOffline(bool offline)
{
    if (m_options.offline == offline) {
        return;
    }
    m_options.offline = offline;
    applyOffline();
}

void Session::setNetworkReachable(bool reachable)
{
    if (m_reachable == reachable) {
        return;
    }
    m_reachable = reachable;
    applyOffline();
}

void Session::applyOffline()
{
    // offline by choice or because the system reports no network: either way nothing is sent
    const bool offline = isOffline();
    if (offline == m_appliedOffline) {
        return;
    }
    m_appliedOffline = offline;
    m_engine->setOffline(offline);
    for (FeedFetcher* fetcher : {m_media->fetcher(), m_fullText->fetcher()}) {
        FetchSettings s = fetcher->settings();
        s.offline = offline;
        fetcher->setSettings(s);
    }
    if (m_accounts) {
        m_accounts->setOffline(offline);
    }
    emit offlineChanged(offline);
    if (!offline && m_ready) {
        completeArticles(); // back online: what waited (full text, images) goes now
    }
}

void Session::completeArticles()
{
    if (isOffline()) {
        return;
    }
    if (m_options.fullText) {
        m_fullText->fetchPending();
    }
    if (m_options.images) {
        m_media->fetchPending();
    }
}

void Session::setSourceOptions(qint64 sourceId, bool images, const QString& fulltext)
{
    m_cache->setSourceOptions(sourceId, images, fulltext, this, [this](const Result<bool>& done) {
        if (std::holds_alternative<bool>(done)) {
            emit sourceOptionsChanged();
            completeArticles();
        }
    });
}

void Session::setUserAgent(const QString& userAgent)
{
    const QString agent = userAgent.trimmed().isEmpty() ? FetchSettings().userAgent : userAgent.trimmed();
    for (FeedFetcher* fetcher : {m_engine->fetcher(), m_media->fetcher(), m_fullText->fetcher()}) {
        FetchSettings s = fetcher->settings();
        s.userAgent = agent;
        fetcher->setSettings(s);
    }
}

void Session::applyRetention(const RetentionPolicy& policy)
{
    m_options.retention = policy;
    if (m_ready) {
        m_cache->applyRetention(policy);
    }
}

int Session::requestsSent() const
{
    return m_engine->fetcher()->requestsSent() + m_media->fetcher()->requestsSent()
        + m_fullText->fetcher()->requestsSent();
}

void Session::recover()
{
    m_queries->reset();
    m_analysis->reset();
    m_cache->recover(this, [this](const Result<RecoveryReport>& report) {
        m_queries->reset(); // a reader that opened meanwhile read the damaged file
        m_analysis->reset();
        if (const auto* error = std::get_if<Error>(&report)) {
            emit recovered(false, error->detail);
            return;
        }
        emit recovered(true, std::get<RecoveryReport>(report).backupPath);
    });
}

void Session::refresh(const RefreshScope& scope)
{
    if (m_readOnly) {
        return; // nothing could be saved
    }
    RefreshScope s = scope;
    s.force = s.force || m_options.demo;
    m_engine->refresh(s);
}

} // namespace news
