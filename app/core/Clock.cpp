#include "app/core/Clock.h"

#include <QElapsedTimer>

namespace fb {

namespace {
qint64 steadyNowMs()
{
    static QElapsedTimer timer = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    return timer.elapsed();
}
} // namespace

SystemClock::SystemClock()
    : m_start(steadyNowMs())
{}

QDateTime SystemClock::now() const
{
    QDateTime t = QDateTime::currentDateTime();
    return t.toOffsetFromUtc(t.offsetFromUtc());
}

qint64 SystemClock::monotonicMs() const
{
    return steadyNowMs() - m_start;
}

FakeClock::FakeClock(const QDateTime &start)
    : m_msSinceEpoch(start.toMSecsSinceEpoch())
    , m_offsetSeconds(start.offsetFromUtc())
{}

QDateTime FakeClock::now() const
{
    return QDateTime::fromMSecsSinceEpoch(m_msSinceEpoch.loadRelaxed(), Qt::OffsetFromUTC, m_offsetSeconds);
}

qint64 FakeClock::monotonicMs() const
{
    return m_mono.loadRelaxed();
}

void FakeClock::setNow(const QDateTime &t)
{
    const qint64 delta = t.toMSecsSinceEpoch() - m_msSinceEpoch.loadRelaxed();
    m_msSinceEpoch.storeRelaxed(t.toMSecsSinceEpoch());
    if (delta > 0)
        m_mono.fetchAndAddRelaxed(delta);
}

void FakeClock::advanceMs(qint64 ms)
{
    m_msSinceEpoch.fetchAndAddRelaxed(ms);
    m_mono.fetchAndAddRelaxed(ms);
}

} // namespace fb
