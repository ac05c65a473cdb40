// Waiting for the cache's writer from a test (tests/support/OnWriter.h, #16, #17). TestTtRssSync once crashed
// (bad_function_call) and once hung for good in Cache::~Cache after the tt-rss server vanished: its helper captured
// the job and its answer by reference and waited with QTRY_VERIFY, which gives up at once when the test has already
// failed. The job then ran on the writer thread against a dead stack frame. Here a wait gives up while the writer
// is held busy, the frame it used is overwritten, and the job still runs safely once the writer is free.

#include "OnWriter.h"
#include "store/Cache.h"

#include <QSemaphore>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace news;

namespace
{

// Overwrites the stack below the caller with zeros: what a frame that returned left there is gone.
Q_NEVER_INLINE void scribbleStack()
{
    volatile char buffer[256 * 1024];
    for (volatile char& c : buffer) {
        c = 0;
    }
}

// Holds the writer on a job until the returned semaphore is released.
std::shared_ptr<QSemaphore> holdWriter(Cache& cache)
{
    auto gate = std::make_shared<QSemaphore>();
    cache.call<bool>(nullptr,
                     [gate](StoreWriterCore&) {
                         gate->acquire();
                         return Result<bool>(true);
                     },
                     {});
    return gate;
}

} // namespace

class TestWriterWait : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void answers();
    void aJobOutlivingItsWaitRunsSafely();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Cache> m_cache;
};

void TestWriterWait::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_cache = std::make_unique<Cache>(m_dir->path());
    QSignalSpy opened(m_cache.get(), &Cache::opened);
    m_cache->open();
    QVERIFY(opened.wait(20000));
    QVERIFY(opened.first().at(0).toBool());
}

void TestWriterWait::cleanup()
{
    m_cache.reset(); // waits for the writer thread: a job stuck on a dead frame would hang here
    m_dir.reset();
}

void TestWriterWait::answers()
{
    const auto answer = onwriter::run<QString>(*m_cache, [](StoreWriterCore& core) {
        return core.database().isOpen() ? QStringLiteral("열림") : QStringLiteral("닫힘");
    });
    QCOMPARE(answer, std::optional<QString>(QStringLiteral("열림")));
}

void TestWriterWait::aJobOutlivingItsWaitRunsSafely()
{
    const auto gate = holdWriter(*m_cache);
    auto ran = std::make_shared<QStringList>();
    // the wait gives up while the writer is busy; the job stays queued behind the held one
    const auto late = onwriter::run<int>(
        *m_cache,
        [ran](StoreWriterCore&) {
            ran->append(QStringLiteral("late"));
            return 1;
        },
        100);
    QVERIFY(!late.has_value());
    scribbleStack(); // the frame the wait used is overwritten, as the next call of a test would
    gate->release();
    // the next job runs after the late one: by then the late one has run, into its own state
    const auto next = onwriter::run<int>(*m_cache, [ran](StoreWriterCore&) {
        ran->append(QStringLiteral("next"));
        return 2;
    });
    QCOMPARE(next, std::optional<int>(2));
    QCOMPARE(*ran, (QStringList{QStringLiteral("late"), QStringLiteral("next")}));
}

QTEST_GUILESS_MAIN(TestWriterWait)
#include "TestWriterWait.moc"
