#include "store/QueryRunner.h"

namespace news
{

QueryRunner::Worker::Worker(QString path, QString imageDir, const std::atomic_bool* stopping)
    : m_stopping(stopping)
    , m_path(std::move(path))
    , m_imageDir(std::move(imageDir))
{
}

ArticleQueries& QueryRunner::Worker::queries()
{
    if (!m_queries) {
        m_queries = std::make_unique<ArticleQueries>(m_path, m_imageDir);
        m_queries->setCancelFlag(m_stopping);
        m_queries->open(); // a failure shows up as errors in each query's result
    }
    return *m_queries;
}

QueryRunner::QueryRunner(QString databasePath, QString imageDir, QObject* parent)
    : QObject(parent)
    , m_worker(new Worker(std::move(databasePath), std::move(imageDir), &m_stopping))
{
    m_thread.setObjectName(QStringLiteral("store-reader"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

void QueryRunner::reset()
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker] { w->reset(); });
}

QueryRunner::~QueryRunner()
{
    m_stopping = true;
    m_thread.quit();
    m_thread.wait();
}

} // namespace news
