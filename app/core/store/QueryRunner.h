#pragma once

#include "store/ArticleQueries.h"

#include <QObject>
#include <QPointer>
#include <QThread>

#include <atomic>
#include <functional>
#include <memory>

namespace news
{

/// Runs read queries on its own thread with its own connection, so the GUI thread never waits on SQL.
/// Results come back to `context` on its thread; a destroyed context drops them.
class QueryRunner : public QObject
{
    Q_OBJECT

public:
    QueryRunner(QString databasePath, QString imageDir, QObject* parent = nullptr);
    ~QueryRunner() override;

    template <typename T>
    void run(QObject* context, std::function<T(ArticleQueries&)> query, std::function<void(T)> done)
    {
        QPointer<QObject> guard(context);
        QMetaObject::invokeMethod(m_worker, [w = m_worker, guard, query = std::move(query), done = std::move(done)] {
            if (w->queries().isCancelled()) {
                return; // shutting down: queued work is dropped
            }
            T value = query(w->queries());
            if (!guard) {
                return;
            }
            QMetaObject::invokeMethod(
                guard.data(),
                [guard, done, value = std::move(value)] {
                    if (guard) {
                        done(value);
                    }
                },
                Qt::QueuedConnection);
        });
    }

    class Worker : public QObject
    {
    public:
        Worker(QString path, QString imageDir, const std::atomic_bool* stopping);
        ArticleQueries& queries();

    private:
        const std::atomic_bool* m_stopping;
        QString m_path;
        QString m_imageDir;
        std::unique_ptr<ArticleQueries> m_queries;
    };

private:
    // set by the destructor: long jobs stop early (ArticleQueries::isCancelled) so closing Sosik never waits
    std::atomic_bool m_stopping = false;
    QThread m_thread;
    Worker* m_worker;
};

} // namespace news
