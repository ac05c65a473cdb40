#pragma once

#include "fetch/FeedFetcher.h"
#include "model/Refresh.h"
#include "refresh/RefreshEngine.h"
#include "store/StoreWriter.h"

#include <QObject>

#include <memory>

namespace news
{

class AccountSync;
class Cache;
class FullTextFetcher;
class MediaStore;
class QueryRunner;
class SecretStore;

/// One data directory opened by the GUI or `sosik-cli refresh`: the cache (writer thread), the reader threads,
/// refresh, and the completion after it (full text, then images) through one per-host budget. Everything here is
/// asynchronous; the window (or the command) listens to the signals.
class Session : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QString dataDir;
        bool demo = false; // import the bundled demo source (qrc:/demo) on start
        bool offline = false; // make no network request at all
        QString userAgent; // empty: the default of `fetch`
        FetchSettings fetch; // the fetchers' settings (sosik-cli: --jobs, --per-host, --timeout); see also offline
        RetentionPolicy retention; // applied once the cache is open
        /// Upkeep in idle time: retention and the search index's merges when the cache opens, a merge after a
        /// refresh that brought something. Off for one-shot commands (`sosik-cli maintain` does it on request).
        bool maintain = true;
        /// Sync accounts at start, every 15 minutes and when the network returns (accounts() is null without).
        bool syncAccounts = true;
        /// What completeArticles() fetches: article pages of summary-only items, and images.
        bool fullText = true;
        bool images = true;
        /// The keychain for account passwords (the GUI's); none: they are kept in the cache.
        std::shared_ptr<SecretStore> secrets;
    };

    explicit Session(Options options, QObject* parent = nullptr);
    ~Session() override;

    void start();
    Cache* cache() const { return m_cache; }
    QueryRunner* queries() const { return m_queries; }
    /// A second reader for slow aggregate work (own rankings, topics) so list pages never wait behind it.
    QueryRunner* analysis() const { return m_analysis; }
    RefreshEngine* engine() const { return m_engine; }
    MediaStore* media() const { return m_media; }
    FullTextFetcher* fullText() const { return m_fullText; }
    /// Sync accounts (settings → 계정, the status bar's sync state); null unless Options::syncAccounts.
    AccountSync* accounts() const { return m_accounts; }
    /// Fetches what pinned and summary-only articles still lack: full text, then images (not when offline).
    void completeArticles();
    /// The reader's per-source switches (images, full text: auto | always | never); what they newly allow is
    /// fetched at once.
    void setSourceOptions(qint64 sourceId, bool images, const QString& fulltext);
    /// Image bytes to keep at most (0: no limit); checked after images are stored. Defaults to 2 GB.
    void setImageBudget(qint64 bytes) { m_imageBudget = bytes; }
    qint64 imageBudget() const { return m_imageBudget; }
    /// Offline: by the reader's choice (--offline, the toolbar) or because the system has no network.
    bool isOffline() const { return m_options.offline || !m_reachable; }
    bool isOfflineByChoice() const { return m_options.offline; }
    bool isNetworkReachable() const { return m_reachable; }
    void setOffline(bool offline);
    /// What the system reports (QNetworkInformation); unreachable works like offline until it comes back.
    void setNetworkReachable(bool reachable);
    /// A new User-Agent for feed and image requests (empty: the default); takes effect with the next request.
    void setUserAgent(const QString& userAgent);
    /// Deletes old articles now (off the GUI thread; starred and saved ones stay).
    void applyRetention(const RetentionPolicy& policy);
    /// The app's retention now in force (a feed's own days override its keepDays).
    const RetentionPolicy& retention() const { return m_options.retention; }
    /// True once the cache is open and the first data can be read.
    bool isReady() const { return m_ready; }
    bool isDemo() const { return m_options.demo; }
    QString dataDir() const { return m_options.dataDir; }
    int requestsSent() const;

    void refresh(const RefreshScope& scope = {});
    /// The cache could not be written (a read-only data folder): what it holds is shown, nothing is saved.
    bool isReadOnly() const { return m_readOnly; }
    /// Backs up a damaged cache and rebuilds it from what is readable (recoverCache), then starts again.
    void recover();

signals:
    void ready();
    void failed(const QString& detail);
    /// The cache file is damaged (recover() can rebuild it).
    void damaged(const QString& detail);
    /// The cache opened read-only (ready() follows); `detail` says why it could not be written.
    void readOnlyOpened(const QString& detail);
    /// Something could not be saved (technical detail; isDiskFullError tells a full disk).
    void storageError(const QString& detail);
    void recovered(bool ok, const QString& detail);
    void refreshStarted(int feeds);
    void refreshProgress(const RefreshProgress& progress);
    void refreshFinished(const RefreshSummary& summary);
    void imagesFinished(int stored, int failed);
    void fullTextFinished(int extracted, int failed);
    /// What the work after a refresh has done of what it listed: article pages, then images (media rows).
    void completionProgress(int pagesDone, int pagesTotal, int imagesDone, int imagesTotal);
    void contentChanged(); // new articles, statuses or images: views reload what they show
    void offlineChanged(bool offline);
    void sourceOptionsChanged();

private:
    Options m_options;
    Cache* m_cache;
    QueryRunner* m_queries;
    QueryRunner* m_analysis;
    RefreshEngine* m_engine;
    MediaStore* m_media;
    FullTextFetcher* m_fullText;
    bool m_readOnly = false;
    AccountSync* m_accounts;
    void applyOffline();

    QPair<int, int> m_pages; // done, total of the running completion
    QPair<int, int> m_images;
    bool m_ready = false;
    bool m_reachable = true;
    bool m_appliedOffline = false;
    qint64 m_imageBudget = 2LL * 1024 * 1024 * 1024;
};

} // namespace news
