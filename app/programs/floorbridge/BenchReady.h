#pragma once
// Start-up benchmark hook (tests/bench/bench_startup): with FLOORBRIDGE_BENCH_EXIT_WHEN_READY=1 the window prints
// `ready_ms=` (from FLOORBRIDGE_BENCH_T0_MS, the launcher's monotonic clock at spawn, to the first paint of the main
// window with the event loop running) and `rss_mb=` (peak resident memory so far), then quits. Off otherwise.

#include <QApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QFile>
#include <QTimer>
#include <QWidget>

#include <cstdio>

namespace fb {

class BenchReady final : public QObject
{
public:
    static bool wanted() { return qEnvironmentVariableIntValue("FLOORBRIDGE_BENCH_EXIT_WHEN_READY") == 1; }

    explicit BenchReady(QWidget *window)
        : QObject(window)
    {
        window->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_done) {
            m_done = true;
            watched->removeEventFilter(this);
            // After the paint has finished and the loop is idle again: the window is interactive.
            QTimer::singleShot(0, this, [] {
                const qint64 t0 = qgetenv("FLOORBRIDGE_BENCH_T0_MS").toLongLong();
                QElapsedTimer clock; // CLOCK_MONOTONIC, the launcher's clock too
                clock.start();
                const qint64 now = clock.msecsSinceReference();
                std::printf("ready_ms=%lld\nrss_mb=%.1f\n", static_cast<long long>(t0 > 0 ? now - t0 : -1),
                            peakRssKb() / 1024.0);
                std::fflush(stdout);
                QApplication::exit(0);
            });
        }
        return false;
    }

private:
    static double peakRssKb()
    {
        QFile status(QStringLiteral("/proc/self/status"));
        if (!status.open(QIODevice::ReadOnly))
            return -1;
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("VmHWM:"))
                return line.mid(6).trimmed().split(' ').value(0).toDouble();
        }
        return -1;
    }

    bool m_done = false;
};

} // namespace fb
