#pragma once
// Time comes from a Clock so that tests decide what "now" is.

#include <QDateTime>
#include <QtGlobal>

namespace fb {

class Clock
{
public:
    virtual ~Clock() = default;
    // Wall-clock time, with the local UTC offset (stored and sent as ISO 8601 with offset).
    virtual QDateTime now() const = 0;
    // Monotonic milliseconds for measuring intervals (scanner burst timing, backoff); never goes backwards.
    virtual qint64 monotonicMs() const = 0;
};

class SystemClock final : public Clock
{
public:
    SystemClock();
    QDateTime now() const override;
    qint64 monotonicMs() const override;

private:
    qint64 m_start;
};

// A clock that only moves when told to. Thread-safe, so a test can drive a delivery thread's clock.
class FakeClock final : public Clock
{
public:
    explicit FakeClock(const QDateTime &start = QDateTime(QDate(2025, 9, 25), QTime(17, 0), Qt::OffsetFromUTC, 19800));
    QDateTime now() const override;
    qint64 monotonicMs() const override;
    void setNow(const QDateTime &t);
    void advanceMs(qint64 ms);

private:
    mutable QAtomicInteger<qint64> m_msSinceEpoch;
    QAtomicInteger<qint64> m_mono{0};
    int m_offsetSeconds;
};

} // namespace fb
