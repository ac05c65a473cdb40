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

    /// Runs `query` on the reader thread, then `done` with its value on this runner's thread, unless `context` is
    /// gone by then. `context` must live on this runner's thread: it is only looked at there (#12: a QPointer read
    /// on the reader thread, then posted to, left a window in which the context could be destroyed in between).
    template <typename T>
    void run(QObject* context, std::function<T(ArticleQueries&)> query, std::function<void(T)> done)
    {
        Q_ASSERT(context && context->thread() == thread());
        QPointer<QObject> guard(context);
        QMetaObject::invokeMethod(m_worker,
                                  [self = this, w = m_worker, guard, query = std::move(query), done = std::move(done)] {
                                      if (w->queries().isCancelled()) {
                                          return; // shutting down: queued work is dropped
                                      }
                                      T value = query(w->queries());
                                      // the runner outlives every job (its destructor waits for this thread), so
                                      // posting to it is safe
                                      QMetaObject::invokeMethod(
                                          self,
                                          [guard, done, value = std::move(value)] {
                                              if (guard) {
                                                  done(value);
                                              }
                                          },
                                          Qt::QueuedConnection);
                                  });
    }

    /// Closes the reader's connection; the next query opens it again (after the cache was rebuilt or replaced).
    void reset();

    class Worker : public QObject
    {
    public:
        Worker(QString path, QString imageDir, const std::atomic_bool* stopping);
        ArticleQueries& queries();
        void reset() { m_queries.reset(); }

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
