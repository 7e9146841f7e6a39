// When the station tells the operator that delivery needs attention (ui/sync/SyncAlerts), on a fake clock: nothing
// before sync.alert_failed_minutes, one alert after, no repeats while it stays down, again after a recovery; one
// alert when the failed queue grows, at most one a minute.
#include "ui/sync/SyncAlerts.h"

#include <QtTest>

using namespace fb;

class TestSyncAlerts : public QObject
{
    Q_OBJECT

    static CrmSyncOverview erroring(int pending, int failed = 0, qint64 lastSuccessMs = 0)
    {
        CrmSyncOverview o;
        o.health.crm = Crm::Legacy;
        o.health.pending = pending;
        o.health.failed = failed;
        o.health.lastError = QStringLiteral("HTTP 503: Service Unavailable");
        o.lastSuccessMs = lastSuccessMs;
        return o;
    }
    static CrmSyncOverview healthy(qint64 lastSuccessMs)
    {
        CrmSyncOverview o;
        o.health.crm = Crm::Legacy;
        o.lastSuccessMs = lastSuccessMs;
        return o;
    }

private slots:
    void failingAlertsOnceAfterTheThreshold()
    {
        FakeClock clock;
        SyncAlerts alerts(clock);
        alerts.setThresholdMinutes(15);
        QVERIFY(alerts.update(erroring(3)).isEmpty());
        for (int minute = 1; minute < 15; ++minute) {
            clock.advanceMs(60 * 1000);
            QVERIFY2(alerts.update(erroring(3)).isEmpty(), qPrintable(QString::number(minute)));
        }
        clock.advanceMs(60 * 1000);
        const QList<SyncAlert> raised = alerts.update(erroring(3));
        QCOMPARE(raised.size(), 1);
        QCOMPARE(raised.first().kind, SyncAlert::Kind::Failing);
        QVERIFY2(raised.first().text.contains(QStringLiteral("15 minute")), qPrintable(raised.first().text));
        QVERIFY(raised.first().text.contains(QStringLiteral("HTTP 503")));
        // Still down an hour later: no repeats.
        for (int i = 0; i < 60; ++i) {
            clock.advanceMs(60 * 1000);
            QVERIFY(alerts.update(erroring(3)).isEmpty());
        }
        // Recovers, then fails again: counted afresh, one new alert after the threshold.
        const qint64 delivered = clock.now().toMSecsSinceEpoch();
        QVERIFY(alerts.update(healthy(delivered)).isEmpty());
        QCOMPARE(alerts.failingSinceMs(Crm::Legacy), 0);
        clock.advanceMs(1000);
        QVERIFY(alerts.update(erroring(1, 0, delivered)).isEmpty());
        clock.advanceMs(14 * 60 * 1000);
        QVERIFY(alerts.update(erroring(1, 0, delivered)).isEmpty());
        clock.advanceMs(60 * 1000);
        QCOMPARE(alerts.update(erroring(1, 0, delivered)).size(), 1);
    }

    void deliveriesBetweenErrorsAreNotFailing()
    {
        FakeClock clock;
        SyncAlerts alerts(clock);
        alerts.setThresholdMinutes(15);
        for (int minute = 0; minute < 40; ++minute) {
            // Each minute some events still get through.
            QVERIFY(alerts.update(erroring(5, 0, clock.now().toMSecsSinceEpoch())).isEmpty());
            clock.advanceMs(60 * 1000);
        }
    }

    void pausedOrBlockedCountsAsFailing()
    {
        FakeClock clock;
        SyncAlerts alerts(clock);
        alerts.setThresholdMinutes(5);
        CrmSyncOverview paused = healthy(0);
        paused.health.pausedReason = QStringLiteral("HTTP 401: token refused");
        QVERIFY(alerts.update(paused).isEmpty());
        clock.advanceMs(5 * 60 * 1000);
        const QList<SyncAlert> raised = alerts.update(paused);
        QCOMPARE(raised.size(), 1);
        QVERIFY(raised.first().text.contains(QStringLiteral("token refused")));
        // A CRM without a token but with nothing to send is no emergency.
        SyncAlerts quiet(clock);
        CrmSyncOverview blocked = healthy(0);
        blocked.blockedReason = QStringLiteral("No token for the legacy CRM");
        QVERIFY(quiet.update(blocked).isEmpty());
        clock.advanceMs(60 * 60 * 1000);
        QVERIFY(quiet.update(blocked).isEmpty());
    }

    void failedQueueGrowingAlertsAtMostOnceAMinute()
    {
        FakeClock clock;
        SyncAlerts alerts(clock);
        QVERIFY(alerts.update(healthy(0)).isEmpty());
        CrmSyncOverview o = healthy(0);
        o.health.failed = 1;
        QList<SyncAlert> raised = alerts.update(o);
        QCOMPARE(raised.size(), 1);
        QCOMPARE(raised.first().kind, SyncAlert::Kind::FailedGrew);
        QVERIFY2(raised.first().title.contains(QStringLiteral("1 event failed")), qPrintable(raised.first().title));
        // Two more within the quiet minute: held back, then told together.
        clock.advanceMs(10 * 1000);
        o.health.failed = 3;
        QVERIFY(alerts.update(o).isEmpty());
        QVERIFY(alerts.update(o).isEmpty());
        clock.advanceMs(50 * 1000);
        raised = alerts.update(o);
        QCOMPARE(raised.size(), 1);
        QVERIFY2(raised.first().title.contains(QStringLiteral("2 events failed")), qPrintable(raised.first().title));
        QVERIFY(raised.first().text.contains(QStringLiteral("3 events")));
        // Same count later: nothing. An admin retries them all, one fails again: told again.
        clock.advanceMs(5 * 60 * 1000);
        QVERIFY(alerts.update(o).isEmpty());
        o.health.failed = 0;
        QVERIFY(alerts.update(o).isEmpty());
        o.health.failed = 1;
        QCOMPARE(alerts.update(o).size(), 1);
    }

    void failuresAlreadyThereAtStartAreToldOnce()
    {
        FakeClock clock;
        SyncAlerts alerts(clock);
        CrmSyncOverview o = healthy(0);
        o.health.failed = 4;
        QCOMPARE(alerts.update(o).size(), 1);
        clock.advanceMs(10 * 60 * 1000);
        QVERIFY(alerts.update(o).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSyncAlerts)
#include "TestSyncAlerts.moc"
