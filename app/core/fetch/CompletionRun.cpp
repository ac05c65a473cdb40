#include "fetch/CompletionRun.h"

#include "fetch/FeedFetcher.h"

#include <QPointer>
#include <QTimer>

#include <limits>

namespace news
{

CompletionRun::CompletionRun(FeedFetcher* fetcher, int refillBelow, std::function<void()> readChunk, QObject* parent)
    : QObject(parent)
    , m_fetcher(fetcher)
    , m_refillBelow(refillBelow)
    , m_readChunk(std::move(readChunk))
    , m_deadline(new QTimer(this))
{
    m_deadline->setSingleShot(true);
    connect(m_deadline, &QTimer::timeout, this, [this] {
        if (m_running && !m_stopping) {
            stop();
            step();
        }
    });
}

bool CompletionRun::start(std::chrono::milliseconds budget)
{
    if (m_running) {
        return false;
    }
    m_running = true;
    m_total = 0;
    m_done = 0;
    m_stored = 0;
    m_failed = 0;
    m_left = 0;
    m_leftRows = 0;
    m_outstanding = 0;
    m_cursor = std::numeric_limits<qint64>::max();
    m_exhausted = false;
    m_stopping = false;
    m_budget = budget;
    m_clock.start();
    if (m_fetcher->settings().offline) {
        // nothing is sent and nothing is marked failed: the rows wait for the next time we are online
        QPointer<CompletionRun> self(this);
        QMetaObject::invokeMethod(
            this,
            [self, budget] {
                if (self) {
                    self->m_running = false;
                    Drained offline;
                    offline.offline = true;
                    offline.remaining = budget;
                    emit self->drained(offline);
                }
            },
            Qt::QueuedConnection);
        return true;
    }
    m_deadline->start(int(std::clamp<qint64>(budget.count(), 0, std::numeric_limits<int>::max())));
    readMore();
    return true;
}

void CompletionRun::readMore()
{
    if (m_loading || m_exhausted || m_stopping) {
        return;
    }
    m_loading = true;
    m_readChunk();
}

bool CompletionRun::loaded(qint64 next, bool exhausted, int total)
{
    m_loading = false;
    if (!m_running) {
        return false;
    }
    m_cursor = next;
    m_exhausted = exhausted;
    if (total >= 0) {
        m_total = total;
    }
    return true;
}

void CompletionRun::countAtLeast(int total)
{
    m_total = std::max(m_total, total);
}

void CompletionRun::count(int rows, Outcome outcome)
{
    m_done += rows;
    switch (outcome) {
    case Outcome::Stored:
        ++m_stored;
        break;
    case Outcome::Failed:
        ++m_failed;
        break;
    case Outcome::Left:
        m_leftRows += rows;
        break;
    case Outcome::Reused:
        break;
    }
}

void CompletionRun::settled(int rows, Outcome outcome)
{
    Q_ASSERT(m_outstanding > 0);
    --m_outstanding;
    count(rows, outcome);
    step();
}

void CompletionRun::counted(int rows, Outcome outcome)
{
    count(rows, outcome);
}

void CompletionRun::stop()
{
    // the budget ran out: what is queued (or held for a Retry-After) stays pending for the next refresh
    m_stopping = true;
    m_deadline->stop();
    m_fetcher->cancelAll();
}

void CompletionRun::step()
{
    emit progress(m_done, m_total);
    if (!m_running) {
        return;
    }
    if (!m_stopping && m_clock.elapsed() > m_budget.count()) {
        stop(); // re-enters step() through the cancelled requests
        if (!m_running) {
            return;
        }
    }
    if (!m_stopping && !m_exhausted && m_outstanding < m_refillBelow) {
        readMore();
    }
    if ((m_exhausted || m_stopping) && !m_loading && m_outstanding == 0) {
        m_running = false;
        m_deadline->stop();
        m_left = m_leftRows + std::max(0, m_total - m_done); // left in the queue, and never read
        Drained result;
        result.stored = m_stored;
        result.failed = m_failed;
        result.stopped = m_stopping;
        result.remaining = m_budget - std::chrono::milliseconds(m_clock.elapsed());
        emit drained(result);
    }
}

} // namespace news
