// The Sync page's 24-hour charts, offscreen, as an admin opens them with F7 after a day of traffic written through the
// outbox and metrics code: the waiting line of each CRM holds, at each quarter hour, the events created by then and not
// yet delivered; the latency lines hold each hour's p50 / p95; the time axis reads the clock's hours (+05:30 on a
// machine in UTC); the summary line and tooltip say the latest figures; a station with no history says so in words
// instead of drawing empty axes; and opening the page again shows what happened meanwhile.
#include "OutboxTimeline.h"
#include "ServiceGui.h"

#include "app/storage/SyncMetrics.h"
#include "ui/sync/SyncChartsWidget.h"

#include <QLabel>
#include <QToolTip>
#include <QtCharts/QCategoryAxis>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QXYSeries>

using namespace fb;
using namespace fb::test;

namespace {

constexpr qint64 kMinute = 60 * 1000;

qint64 today(int hour, int minute, int second = 0)
{
    return QDateTime(QDate(2025, 9, 25), QTime(hour, minute, second), Qt::OffsetFromUTC, 19800).toMSecsSinceEpoch();
}

} // namespace

class TestSyncCharts : public QObject
{
    Q_OBJECT

    ServiceWindow m_w;

    SyncChartsWidget *charts() const { return m_w.find<SyncChartsWidget>(QStringLiteral("syncChartsWidget")); }
    QXYSeries *series(QChartView *view, const QString &name) const
    {
        for (QAbstractSeries *s : view->chart()->series()) {
            if (s->objectName() == name)
                return qobject_cast<QXYSeries *>(s);
        }
        return nullptr;
    }
    // The line (one series) holding the point drawn at `ms` among `name` and its runs after gaps (`name`_2, …).
    QXYSeries *lineAt(QChartView *view, const QString &name, qint64 ms) const
    {
        for (QAbstractSeries *s : view->chart()->series()) {
            auto *xy = qobject_cast<QXYSeries *>(s);
            if (!xy || (s->objectName() != name && !s->objectName().startsWith(name + QLatin1Char('_'))))
                continue;
            const QList<QPointF> points = xy->points();
            for (const QPointF &p : points) {
                if (qint64(p.x()) == ms)
                    return xy;
            }
        }
        return nullptr;
    }
    // The y of the point drawn at `ms`; NaN when there is none.
    qreal valueAt(QChartView *view, const QString &name, qint64 ms) const
    {
        QXYSeries *line = lineAt(view, name, ms);
        if (!line)
            return qQNaN();
        const QList<QPointF> points = line->points();
        for (const QPointF &p : points) {
            if (qint64(p.x()) == ms)
                return p.y();
        }
        return qQNaN();
    }
    void openSyncPage()
    {
        m_w.show();
        m_w.logIn(QStringLiteral("A001"), QStringLiteral("1234"));
        ServiceWindow::key(Qt::Key_F7);
        QTRY_COMPARE(m_w.window->currentPage()->objectName(), QStringLiteral("syncPage"));
        QVERIFY(charts());
        QTRY_VERIFY(charts()->isVisible());
    }

private slots:
    void init()
    {
        QString why;
        QVERIFY2(m_w.open(&why), qPrintable(why));
    }
    void cleanup() { m_w.window.reset(); }

    void aDayOfTrafficIsDrawnPerCrm()
    {
        OutboxTimeline timeline(m_w.st.db(), m_w.st.clock);
        // The legacy CRM was down this morning: three events from 09:05 waited until it came back at 10:40.
        QList<qint64> morning;
        for (int minute : {5, 10, 20})
            morning << timeline.enqueue(Crm::Legacy, today(9, minute));
        for (qint64 id : morning)
            QVERIFY(timeline.deliver(Crm::Legacy, id, today(10, 40)).ok());
        // One event waits now; the new CRM took its only event in a second.
        const qint64 waitingNow = timeline.enqueue(Crm::Legacy, today(16, 50));
        QVERIFY(waitingNow > 0);
        const qint64 noon = timeline.enqueue(Crm::New, today(12, 0));
        QVERIFY(timeline.deliver(Crm::New, noon, today(12, 0, 1)).ok());
        // Request latencies: twenty deliveries of 110…300 ms in the 10:00 hour (p50 200, p95 290), one of 80 ms at
        // noon.
        SyncMetrics metrics(m_w.st.db());
        for (int i = 1; i <= 20; ++i)
            QVERIFY(
                metrics.record(Crm::Legacy, 1, 200, QStringLiteral("delivered"), 100 + i * 10, today(10, 40) + i).ok());
        QVERIFY(metrics.record(Crm::Legacy, 1, 503, QStringLiteral("transient"), 30000, today(10, 20)).ok());
        QVERIFY(metrics.record(Crm::New, noon, 200, QStringLiteral("delivered"), 80, today(12, 0, 1)).ok());
        // And two more legacy hours, 14:00 and 15:00, after three without deliveries.
        QVERIFY(metrics.record(Crm::Legacy, 1, 200, QStringLiteral("delivered"), 150, today(14, 10)).ok());
        QVERIFY(metrics.record(Crm::Legacy, 1, 200, QStringLiteral("delivered"), 170, today(15, 10)).ok());
        timeline.at(today(17, 20));

        openSyncPage();
        QChartView *backlog = charts()->backlogView();
        QChartView *latency = charts()->latencyView();
        QTRY_VERIFY(backlog->isVisible());
        QVERIFY(latency->isVisible());
        QVERIFY(!m_w.find<QLabel>(QStringLiteral("backlogEmptyLabel"))->isVisible());

        // Waiting, every quarter hour since 18:00 yesterday, and 17:20 now.
        QCOMPARE(series(backlog, QStringLiteral("backlogSeries_legacy"))->count(), 95);
        const QString legacy = QStringLiteral("backlogSeries_legacy");
        QCOMPARE(valueAt(backlog, legacy, today(9, 0)), 0.0);
        QCOMPARE(valueAt(backlog, legacy, today(9, 15)), 2.0);
        QCOMPARE(valueAt(backlog, legacy, today(10, 30)), 3.0);
        QCOMPARE(valueAt(backlog, legacy, today(10, 45)), 0.0);
        QCOMPARE(valueAt(backlog, legacy, today(17, 0)), 1.0);
        QCOMPARE(valueAt(backlog, legacy, today(17, 20)), 1.0);
        QCOMPARE(valueAt(backlog, QStringLiteral("backlogSeries_new"), today(12, 0)), 1.0);
        QCOMPARE(valueAt(backlog, QStringLiteral("backlogSeries_new"), today(12, 15)), 0.0);
        QCOMPARE(valueAt(backlog, QStringLiteral("backlogSeries_new"), today(17, 20)), 0.0);

        // Latency: one point per hour with deliveries, in the middle of the hour; the hours without any are a gap
        // in the line, not a slope from 10:30 to 14:30.
        QCOMPARE(series(latency, QStringLiteral("latencyP95Series_legacy"))->count(), 1);
        QCOMPARE(valueAt(latency, QStringLiteral("latencyP50Series_legacy"), today(10, 30)), 200.0);
        QCOMPARE(valueAt(latency, QStringLiteral("latencyP95Series_legacy"), today(10, 30)), 290.0);
        QCOMPARE(valueAt(latency, QStringLiteral("latencyP95Series_legacy"), today(14, 30)), 150.0);
        QCOMPARE(valueAt(latency, QStringLiteral("latencyP95Series_legacy"), today(15, 30)), 170.0);
        QXYSeries *afterGap = lineAt(latency, QStringLiteral("latencyP95Series_legacy"), today(14, 30));
        QVERIFY(afterGap != lineAt(latency, QStringLiteral("latencyP95Series_legacy"), today(10, 30)));
        QCOMPARE(afterGap, lineAt(latency, QStringLiteral("latencyP95Series_legacy"), today(15, 30)));
        QCOMPARE(afterGap->count(), 2);
        QCOMPARE(latency->chart()->series().size(), 6); // p50 and p95 of each CRM, and the legacy ones after the gap
        QCOMPARE(valueAt(latency, QStringLiteral("latencyP50Series_new"), today(12, 30)), 80.0);
        QCOMPARE(valueAt(latency, QStringLiteral("latencyP95Series_new"), today(12, 30)), 80.0);

        // The axis reads the station clock's hours (every three, inside the range), whatever zone this machine is in.
        auto *axis = qobject_cast<QCategoryAxis *>(backlog->chart()->axes(Qt::Horizontal).first());
        QVERIFY(axis);
        QCOMPARE(axis->categoriesLabels(),
                 (QStringList{QStringLiteral("21:00"), QStringLiteral("00:00"), QStringLiteral("03:00"),
                              QStringLiteral("06:00"), QStringLiteral("09:00"), QStringLiteral("12:00"),
                              QStringLiteral("15:00")}));

        // In words: a line on the page, whole sentences in the tooltip and for a screen reader.
        const QString waiting = m_w.find<QLabel>(QStringLiteral("backlogSummaryLabel"))->text();
        QVERIFY2(waiting.contains(QStringLiteral("Legacy CRM 1 now, peak 3 at 09:30")), qPrintable(waiting));
        QVERIFY2(waiting.contains(QStringLiteral("New CRM 0 now, peak 1 at 12:00")), qPrintable(waiting));
        const QString speed = m_w.find<QLabel>(QStringLiteral("latencySummaryLabel"))->text();
        QVERIFY2(speed.contains(QStringLiteral("Legacy CRM 170 / 170 ms at 15:00")), qPrintable(speed));
        QVERIFY2(speed.contains(QStringLiteral("New CRM 80 / 80 ms at 12:00")), qPrintable(speed));
        QVERIFY(!backlog->accessibleName().isEmpty());
        QVERIFY2(backlog->accessibleDescription().contains(
                     QStringLiteral("Legacy CRM: 1 waiting now, at most 3 (at 09:30)")),
                 qPrintable(backlog->accessibleDescription()));
        QVERIFY(!latency->accessibleName().isEmpty());
        const QString tip = m_w.find<QLabel>(QStringLiteral("latencySummaryLabel"))->toolTip();
        QVERIFY2(tip.contains(QStringLiteral("Legacy CRM: p50 170 ms, p95 170 ms at 15:00–16:00 (1 delivered)")),
                 qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral("New CRM: p50 80 ms, p95 80 ms at 12:00–13:00 (1 delivered)")),
                 qPrintable(tip));
        QCOMPARE(latency->accessibleDescription(), tip);
        m_w.snapshot(QStringLiteral("sync-charts"));
        // Pointing at the line says that point's time and figure.
        const QPoint onLine = backlog->mapFromScene(
            backlog->chart()->mapToPosition(QPointF(qreal(today(10, 0)), 3.0), series(backlog, legacy)));
        for (int dy = -6; dy <= 0; ++dy)
            QTest::mouseMove(backlog->viewport(), onLine + QPoint(0, dy));
        QTRY_COMPARE(QToolTip::text(), QStringLiteral("Legacy CRM — 10:00: 3 waiting"));

        // Away and back: the charts are read again when the page is shown.
        ServiceWindow::key(Qt::Key_F8);
        QTRY_COMPARE(m_w.window->currentPage()->objectName(), QStringLiteral("settingsPage"));
        QVERIFY(!charts()->isVisible());
        QVERIFY(timeline.deliver(Crm::Legacy, waitingNow, today(17, 21)).ok());
        timeline.at(today(17, 22));
        ServiceWindow::key(Qt::Key_F7);
        QTRY_VERIFY(charts()->isVisible());
        QTRY_COMPARE(valueAt(backlog, legacy, today(17, 22)), 0.0);
        QCOMPARE(latency->chart()->series().size(), 6); // drawn again, not piled up
    }

    void noHistorySaysSoInsteadOfDrawingEmptyAxes()
    {
        openSyncPage();
        auto *backlogEmpty = m_w.find<QLabel>(QStringLiteral("backlogEmptyLabel"));
        auto *latencyEmpty = m_w.find<QLabel>(QStringLiteral("latencyEmptyLabel"));
        QTRY_VERIFY(backlogEmpty->isVisible());
        QVERIFY(latencyEmpty->isVisible());
        QVERIFY(!charts()->backlogView()->isVisible());
        QVERIFY(!charts()->latencyView()->isVisible());
        QVERIFY(backlogEmpty->text().contains(QStringLiteral("last 24 hours")));
        // No figures beside the title when there are none to give.
        QVERIFY(!m_w.find<QLabel>(QStringLiteral("backlogSummaryLabel"))->text().contains(QStringLiteral("none")));
        QVERIFY(latencyEmpty->text().contains(QStringLiteral("No deliveries")));
        m_w.snapshot(QStringLiteral("sync-charts-empty"));
    }
};

QTEST_MAIN(TestSyncCharts)
#include "TestSyncCharts.moc"
