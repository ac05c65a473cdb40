#include "store/Cache.h"

#include "model/Article.h"
#include "model/Completion.h"
#include "model/FeedUpdate.h"
#include "model/Refresh.h"
#include "model/Subscription.h"
#include "store/Database.h"

#include <QDateTime>
#include <QDir>
#include <QLoggingCategory>
#include <QThreadPool>
#include <QTimer>

#include <atomic>

Q_DECLARE_LOGGING_CATEGORY(lcStore)

namespace news
{
namespace
{

// Copies the WAL back into the database when the writer asks (PASSIVE: it never blocks the writer or readers).
// Requests coalesce: one pending run covers every commit before it.
class Checkpointer : public QObject
{
public:
    explicit Checkpointer(QString path)
        : m_path(std::move(path))
    {
    }

    void request()
    {
        if (!m_pending.exchange(true)) {
            QMetaObject::invokeMethod(this, &Checkpointer::run, Qt::QueuedConnection);
        }
    }

    void run()
    {
        m_pending = false;
        if (!m_db.isValid()) {
            m_db = Database::connection(m_path, QStringLiteral("checkpoint"));
        }
        if (!m_db.isOpen() && std::holds_alternative<Error>(Database::openForReading(m_db))) {
            return;
        }
        QString error;
        if (!Database::exec(m_db, QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)"), &error)) {
            qCWarning(lcStore) << "checkpoint failed:" << error;
        }
    }

    void close()
    {
        if (m_db.isValid()) {
            m_db = QSqlDatabase();
            Database::release(m_path, QStringLiteral("checkpoint"));
        }
    }

private:
    QString m_path;
    QSqlDatabase m_db;
    std::atomic<bool> m_pending{false};
};

} // namespace

Cache::Cache(const QString& dataDir, QObject* parent)
    : QObject(parent)
    , m_dataDir(QDir(dataDir).absolutePath())
    , m_writer(new StoreWriter(databasePath()))
{
    qRegisterMetaType<FeedUpdate>();
    qRegisterMetaType<FeedWriteResult>();
    qRegisterMetaType<StatusField>();
    qRegisterMetaType<ArticleFilter>();
    qRegisterMetaType<RetentionPolicy>();
    QDir().mkpath(m_dataDir);
    auto* checkpointer = new Checkpointer(databasePath());
    m_checkpointer = checkpointer;
    checkpointer->moveToThread(&m_checkpointThread);
    m_checkpointThread.setObjectName(QStringLiteral("store-checkpoint"));
    m_checkpointThread.start(QThread::LowPriority);
    m_writer->setCheckpointRequest([checkpointer] { checkpointer->request(); });
    m_thread.setObjectName(QStringLiteral("store-writer"));
    m_writer->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_writer, &QObject::deleteLater);
    connect(m_writer, &StoreWriter::opened, this, [this](bool ok, const QString& error) {
        m_open = ok;
        emit opened(ok, error);
    });
    connect(m_writer, &StoreWriter::feedWritten, this, &Cache::feedWritten);
    connect(m_writer, &StoreWriter::statusWritten, this, &Cache::statusWritten);
    connect(m_writer, &StoreWriter::allMarkedRead, this, &Cache::allMarkedRead);
    connect(m_writer, &StoreWriter::savedForOffline, this, &Cache::savedForOffline);
    connect(m_writer, &StoreWriter::imagesEvicted, this, &Cache::imagesEvicted);
    connect(m_writer, &StoreWriter::storageError, this, &Cache::storageError);
    connect(m_writer, &StoreWriter::searchIndexMerged, this, [this](bool complete) {
        if (complete) {
            m_merging = false;
            emit searchIndexMerged();
            return;
        }
        // the next step after a pause, so that the reader's own writes (read marks, stars) go first
        QTimer::singleShot(m_mergeStep, this, [this] {
            QMetaObject::invokeMethod(m_writer, [w = m_writer, step = m_mergeStep] { w->mergeSearchIndex(step); });
        });
    });
    m_thread.start();
}

Cache::~Cache()
{
    QMetaObject::invokeMethod(m_writer, &StoreWriter::close); // close the connection on its own thread
    m_thread.quit();
    m_thread.wait();
    auto* checkpointer = static_cast<Checkpointer*>(m_checkpointer);
    QMetaObject::invokeMethod(checkpointer, [checkpointer] { checkpointer->close(); });
    m_checkpointThread.quit();
    m_checkpointThread.wait();
    delete checkpointer;
}

void Cache::open()
{
    QMetaObject::invokeMethod(m_writer, &StoreWriter::open);
}

// A refresh's items were allocated on the parse threads. Freed on the writer thread, each free() would take the
// allocating thread's malloc arena lock while that thread parses on (the writer spent a third of an incremental
// refresh waiting so); freed on the GUI thread, they would cost it the same waits. A pool thread frees them.
void Cache::write(const FeedUpdate& update)
{
    QMetaObject::invokeMethod(m_writer, [w = m_writer, update]() mutable {
        w->write(update);
        QThreadPool::globalInstance()->start([written = std::move(update)] {});
    });
}

void Cache::writeBatch(const QList<FeedUpdate>& updates)
{
    QMetaObject::invokeMethod(m_writer, [w = m_writer, updates]() mutable {
        w->writeBatch(updates);
        QThreadPool::globalInstance()->start([written = std::move(updates)] {});
    });
}

void Cache::setStatus(const QList<qint64>& ids, StatusField field, bool value)
{
    QMetaObject::invokeMethod(m_writer, [w = m_writer, ids, field, value] { w->setStatus(ids, field, value); });
}

void Cache::saveForOffline(const ArticleFilter& filter)
{
    QMetaObject::invokeMethod(m_writer, [w = m_writer, filter] { w->saveForOffline(filter); });
}

void Cache::evictImages(qint64 budgetBytes, bool unreadToo)
{
    QMetaObject::invokeMethod(m_writer,
                              [w = m_writer, budgetBytes, unreadToo] { w->evictImages(budgetBytes, unreadToo); });
}

void Cache::markAllRead(const ArticleFilter& filter)
{
    QMetaObject::invokeMethod(m_writer, [w = m_writer, filter] { w->markAllRead(filter); });
}

void Cache::applyRetention(const RetentionPolicy& policy)
{
    QMetaObject::invokeMethod(m_writer, [w = m_writer, policy] { w->applyRetention(policy); });
}

void Cache::mergeSearchIndex(int stepMilliseconds)
{
    m_mergeStep = stepMilliseconds;
    if (m_merging) {
        return; // the running upkeep goes on until it is done
    }
    m_merging = true;
    QMetaObject::invokeMethod(m_writer, [w = m_writer, stepMilliseconds] { w->mergeSearchIndex(stepMilliseconds); });
}

void Cache::refreshTargets(const RefreshScope& scope,
                           qint64 now,
                           QObject* context,
                           std::function<void(Result<QList<RefreshTarget>>)> done)
{
    call<QList<RefreshTarget>>(
        context, [scope, now](StoreWriterCore& core) { return core.refreshTargets(scope, now); }, std::move(done));
}

void Cache::pendingFullText(qint64 below,
                            bool pinnedOnly,
                            int limit,
                            bool withTotal,
                            QObject* context,
                            std::function<void(Result<PendingFullTextPage>)> done)
{
    call<PendingFullTextPage>(
        context,
        [=](StoreWriterCore& core) { return core.pendingFullText(below, pinnedOnly, limit, withTotal); },
        std::move(done));
}

void Cache::setFullText(qint64 articleId,
                        const FullTextRecord& fullText,
                        QObject* context,
                        std::function<void(Result<bool>)> done)
{
    call<bool>(
        context,
        [articleId, fullText](StoreWriterCore& core) { return core.setFullText(articleId, fullText); },
        std::move(done));
}

void Cache::setFullTextFailed(qint64 articleId,
                              const QString& error,
                              QObject* context,
                              std::function<void(Result<bool>)> done)
{
    call<bool>(
        context,
        [articleId, error](StoreWriterCore& core) { return core.setFullTextFailed(articleId, error); },
        std::move(done));
}

void Cache::pendingImages(int perArticle,
                          qint64 below,
                          int limit,
                          bool withTotal,
                          QObject* context,
                          std::function<void(Result<PendingImagePage>)> done)
{
    call<PendingImagePage>(
        context,
        [=](StoreWriterCore& core) { return core.pendingImages(perArticle, below, limit, withTotal); },
        std::move(done));
}

void Cache::setMediaState(const QList<qint64>& mediaIds,
                          const MediaState& state,
                          QObject* context,
                          std::function<void(Result<bool>)> done)
{
    call<bool>(
        context,
        [mediaIds, state](StoreWriterCore& core) { return core.setMediaState(mediaIds, state); },
        std::move(done));
}

void Cache::setSourceOptions(
    qint64 sourceId, bool images, const QString& fullText, QObject* context, std::function<void(Result<bool>)> done)
{
    call<bool>(
        context,
        [sourceId, images, fullText](StoreWriterCore& core) {
            return core.setSourceOptions(sourceId, images, fullText, QDateTime::currentSecsSinceEpoch());
        },
        std::move(done));
}

void Cache::subscribe(const QList<NewSubscription>& feeds,
                      QObject* context,
                      std::function<void(Result<QList<SubscriptionOutcome>>)> done)
{
    call<QList<SubscriptionOutcome>>(
        context, [feeds](StoreWriterCore& core) { return core.subscribe(feeds); }, std::move(done));
}

void Cache::renameOutlet(qint64 outletId, const QString& name, QObject* context, std::function<void(Result<bool>)> done)
{
    call<bool>(
        context,
        [outletId, name](StoreWriterCore& core) { return core.renameOutlet(outletId, name); },
        std::move(done));
}

void Cache::renameFeed(qint64 feedId, const QString& title, QObject* context, std::function<void(Result<bool>)> done)
{
    call<bool>(
        context, [feedId, title](StoreWriterCore& core) { return core.renameFeed(feedId, title); }, std::move(done));
}

void Cache::moveFeed(qint64 feedId, qint64 outletId, QObject* context, std::function<void(Result<bool>)> done)
{
    call<bool>(
        context,
        [feedId, outletId](StoreWriterCore& core) { return core.moveFeed(feedId, outletId); },
        std::move(done));
}

void Cache::setFeedSection(qint64 feedId,
                           const QString& section,
                           QObject* context,
                           std::function<void(Result<bool>)> done)
{
    call<bool>(
        context,
        [feedId, section](StoreWriterCore& core) { return core.setFeedSection(feedId, section); },
        std::move(done));
}

void Cache::setFeedAddress(qint64 feedId, const QString& url, QObject* context, std::function<void(Result<bool>)> done)
{
    call<bool>(
        context, [feedId, url](StoreWriterCore& core) { return core.setFeedAddress(feedId, url); }, std::move(done));
}

void Cache::setFeedOptions(qint64 feedId,
                           const FeedOptions& options,
                           QObject* context,
                           std::function<void(Result<bool>)> done)
{
    call<bool>(
        context,
        [feedId, options](StoreWriterCore& core) { return core.setFeedOptions(feedId, options); },
        std::move(done));
}

void Cache::setOutletInterval(qint64 outletId, int minutes, QObject* context, std::function<void(Result<bool>)> done)
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    call<bool>(
        context,
        [outletId, minutes, now](StoreWriterCore& core) { return core.setOutletInterval(outletId, minutes, now); },
        std::move(done));
}

void Cache::unsubscribe(qint64 feedId, bool keepStarred, QObject* context, std::function<void(Result<int>)> done)
{
    call<int>(
        context,
        [feedId, keepStarred](StoreWriterCore& core) { return core.unsubscribe(feedId, keepStarred); },
        std::move(done));
}

void Cache::importSubscriptions(const QList<SubscriptionRecord>& subscriptions,
                                QObject* context,
                                std::function<void(Result<QList<qint64>>)> done)
{
    call<QList<qint64>>(
        context,
        [subscriptions](StoreWriterCore& core) -> Result<QList<qint64>> {
            QList<qint64> ids;
            for (const SubscriptionRecord& s : subscriptions) {
                const auto id = core.importSubscription(s);
                if (const auto* error = std::get_if<Error>(&id)) {
                    return *error;
                }
                ids.append(std::get<qint64>(id));
            }
            return ids;
        },
        std::move(done));
}

void Cache::recover(QObject* context, std::function<void(Result<RecoveryReport>)> done)
{
    Q_ASSERT(context && context->thread() == thread());
    QPointer<QObject> guard(context);
    QMetaObject::invokeMethod(
        m_writer, [self = this, w = m_writer, path = databasePath(), guard, done = std::move(done)] {
            w->close();
            Result<RecoveryReport> report = recoverCache(path, QDateTime::currentSecsSinceEpoch());
            QMetaObject::invokeMethod(
                self,
                [guard, done, report = std::move(report)] {
                    if (guard) {
                        done(report);
                    }
                },
                Qt::QueuedConnection);
            w->open();
        });
}

void Cache::whenWritten(QObject* context, std::function<void()> done)
{
    Q_ASSERT(context && context->thread() == thread());
    QPointer<QObject> guard(context);
    QMetaObject::invokeMethod(m_writer, [self = this, guard, done = std::move(done)] {
        QMetaObject::invokeMethod(
            self,
            [guard, done] {
                if (guard) {
                    done();
                }
            },
            Qt::QueuedConnection);
    });
}

} // namespace news
