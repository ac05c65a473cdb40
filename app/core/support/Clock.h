#pragma once

#include <QDateTime>

namespace news
{

/// Time source for refresh, back-off and retention, injectable in tests (KeePassXC's MockClock).
class Clock
{
public:
    virtual ~Clock() = default;
    virtual qint64 now() const { return QDateTime::currentSecsSinceEpoch(); }
};

class FixedClock : public Clock
{
public:
    explicit FixedClock(qint64 now)
        : m_now(now)
    {
    }
    qint64 now() const override { return m_now; }
    void advance(qint64 seconds) { m_now += seconds; }

private:
    qint64 m_now;
};

} // namespace news
