#include "store/Cache.h"

#include <QDir>

namespace news
{

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
    m_thread.start();
}

Cache::~Cache()
{
    QMetaObject::invokeMethod(m_writer, &StoreWriter::close); // close the connection on its own thread
    m_thread.quit();
    m_thread.wait();
}

void Cache::open()
{
    QMetaObject::invokeMethod(m_writer, &StoreWriter::open);
}

void Cache::write(const FeedUpdate& update)
{
    QMetaObject::invokeMethod(m_writer, [w = m_writer, update] { w->write(update); });
}

void Cache::writeBatch(const QList<FeedUpdate>& updates)
{
    QMetaObject::invokeMethod(m_writer, [w = m_writer, updates] { w->writeBatch(updates); });
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

void Cache::run(std::function<void(StoreWriterCore&)> job)
{
    QMetaObject::invokeMethod(m_writer, [w = m_writer, job = std::move(job)] { w->runJob(job); });
}

} // namespace news
