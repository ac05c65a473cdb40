#include "store/StoreWriter.h"

#include "store/Database.h"
#include "store/WriterStatements.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlQuery>
#include <QThread>

#include <algorithm>

Q_DECLARE_LOGGING_CATEGORY(lcStore)

namespace news
{

StoreWriterCore::StoreWriterCore(QString path)
    : m_path(std::move(path))
    , m_connectionRole(QStringLiteral("writer"))
{
}

StoreWriterCore::~StoreWriterCore()
{
    m_hot.reset(); // statements go before their connection
    m_db = QSqlDatabase();
    Database::release(m_path, m_connectionRole);
}

Result<int> StoreWriterCore::open()
{
    m_hot.reset();
    m_thread = QThread::currentThread();
    m_db = Database::connection(m_path, m_connectionRole);
    auto result = Database::openAndMigrate(m_db);
    if (std::holds_alternative<int>(result)) {
        m_hot = std::make_unique<Hot>(m_db, !qEnvironmentVariableIsSet("SOSIK_SQL_THROUGH_QT"));
        if (m_checkpointRequest) {
            setCheckpointRequest(m_checkpointRequest, m_checkpointFrames);
        }
        QSqlQuery pending(m_db);
        if (pending.exec(QStringLiteral("SELECT 1 FROM settings WHERE key = 'rebuild_search_index'"))
            && pending.next()) {
            pending.finish();
            QElapsedTimer timer;
            timer.start();
            const auto rebuilt = rebuildSearchIndex();
            if (const auto* error = std::get_if<Error>(&rebuilt)) {
                // searching still works, on the old index; the next open tries again
                qCWarning(lcStore) << "cannot rebuild the search index:" << error->detail;
            } else {
                qCDebug(lcStore) << "rebuilt the search index of" << std::get<int>(rebuilt) << "articles in"
                                 << timer.elapsed() << "ms";
            }
        }
    }
    return result;
}

void StoreWriterCore::setCheckpointRequest(std::function<void()> request, int frames)
{
    m_checkpointRequest = std::move(request);
    m_checkpointFrames = std::max(1, frames);
    if (!m_hot) {
        return;
    }
    if (!m_checkpointRequest) {
        m_hot->sql.setCommitHandler({});
        return;
    }
    // SQLite's own cadence (1,000 frames), on another connection; past 16 times that the checkpoints are not
    // keeping up and the writer takes one itself
    m_hot->sql.setCommitHandler([this](int walFrames) {
        if (walFrames >= 16 * m_checkpointFrames) {
            m_hot->sql.checkpoint();
        } else if (walFrames >= m_checkpointFrames) {
            m_checkpointRequest();
        }
    });
}

bool StoreWriterCore::writesDirectly() const
{
    return m_hot && m_hot->sql.direct();
}

// ---------------------------------------------------------------- StoreWriter (thread wrapper)

StoreWriter::StoreWriter(QString path, QObject* parent)
    : QObject(parent)
    , m_path(std::move(path))
{
}

StoreWriter::~StoreWriter() = default;

void StoreWriter::open()
{
    m_core = std::make_unique<StoreWriterCore>(m_path);
    const auto result = m_core->open();
    if (const auto* error = std::get_if<Error>(&result)) {
        // a file that did not open (read-only folder, damaged cache) takes no writes: every slot below returns at
        // `!m_core`, so the session's notice is not replaced by "wrong number of arguments" per status change (#17)
        m_core.reset();
        emit opened(false, error->detail);
        return;
    }
    if (m_checkpointRequest) {
        m_core->setCheckpointRequest(m_checkpointRequest);
    }
    emit opened(true, {});
}

void StoreWriter::write(const FeedUpdate& update)
{
    if (!m_core) {
        return;
    }
    const FeedWriteResult result = m_core->write(update);
    if (!result.stored) {
        emit storageError(result.error);
    }
    emit feedWritten(result);
}

void StoreWriter::writeBatch(const QList<FeedUpdate>& updates)
{
    if (!m_core) {
        return;
    }
    for (const FeedWriteResult& result : m_core->writeBatch(updates)) {
        if (!result.stored) {
            emit storageError(result.error);
        }
        emit feedWritten(result);
    }
}

void StoreWriter::setStatus(const QList<qint64>& ids, StatusField field, bool value)
{
    if (!m_core) {
        return;
    }
    const auto result = m_core->setStatus(ids, field, value, QDateTime::currentSecsSinceEpoch());
    const bool ok = std::holds_alternative<int>(result);
    if (!ok) {
        emit storageError(std::get<Error>(result).detail);
    }
    emit statusWritten(ids, field, value, ok);
}

void StoreWriter::saveForOffline(const ArticleFilter& filter)
{
    if (!m_core) {
        return;
    }
    const auto result = m_core->saveForOffline(filter, QDateTime::currentSecsSinceEpoch());
    if (const auto* ids = std::get_if<QList<qint64>>(&result)) {
        emit savedForOffline(*ids);
    } else {
        emit storageError(std::get<Error>(result).detail);
    }
}

void StoreWriter::evictImages(qint64 budgetBytes, bool unreadToo)
{
    if (!m_core) {
        return;
    }
    const auto result = m_core->evictImages(
        QFileInfo(m_core->path()).absolutePath() + QStringLiteral("/images"), budgetBytes, unreadToo);
    if (const auto* e = std::get_if<StoreWriterCore::Eviction>(&result)) {
        emit imagesEvicted(e->files, e->bytes);
    } else {
        emit storageError(std::get<Error>(result).detail);
    }
}

void StoreWriter::markAllRead(const ArticleFilter& filter)
{
    if (!m_core) {
        return;
    }
    const auto result = m_core->markAllRead(filter, QDateTime::currentSecsSinceEpoch());
    if (const auto* ids = std::get_if<QList<qint64>>(&result)) {
        emit allMarkedRead(*ids);
    } else {
        emit storageError(std::get<Error>(result).detail);
    }
}

void StoreWriter::applyRetention(const RetentionPolicy& policy)
{
    if (!m_core) {
        return;
    }
    const RetentionResult r = m_core->applyRetention(policy, QDateTime::currentSecsSinceEpoch());
    if (!r.error.isEmpty()) {
        emit storageError(r.error);
    }
    emit retentionDone(r.deleted, r.complete);
}

void StoreWriter::mergeSearchIndex(int maxMilliseconds)
{
    if (!m_core) {
        return;
    }
    const auto result = m_core->mergeSearchIndex(maxMilliseconds);
    if (const auto* error = std::get_if<Error>(&result)) {
        emit storageError(error->detail);
        emit searchIndexMerged(true); // nothing more to try now
        return;
    }
    emit searchIndexMerged(std::get<bool>(result));
}

void StoreWriter::close()
{
    m_core.reset();
}

} // namespace news
