// The Sync page's 24-hour history on a real SQLite file, written through the outbox and metrics code that delivery
// uses: the events waiting at each point are those created by then and not yet delivered, failed or (never counted)
// discarded, for one CRM only; latency p50 / p95 per bucket are SyncMetrics' nearest ranks over that bucket's
// delivered attempts; SyncHistoryService lays 24 hour buckets on the clock's own hours.
#include "OutboxTimeline.h"

#include "app/services/SyncHistoryService.h"
#include "app/storage/Database.h"
#include "app/storage/OutboxStore.h"
#include "app/storage/SyncHistoryStore.h"
#include "app/storage/SyncMetrics.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace fb;

namespace {

constexpr qint64 kMinute = 60 * 1000;
constexpr qint64 kHour = 60 * kMinute;

enum class Leaves { Never, Delivered, Failed, Discarded, FailedThenDelivered };

struct Scenario
{
    Crm crm;
    qint64 createdMs;
    Leaves how;
    qint64 leavesMs = 0; // delivered / failed at (the first failure for FailedThenDelivered)
};

} // namespace

class TestSyncHistory : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    FakeClock m_clock{QDateTime(QDate(2025, 9, 25), QTime(17, 20), Qt::OffsetFromUTC, 19800)};
    std::unique_ptr<Database> m_db;
    int m_case = 0;
    // 2025-09-24 18:00 +05:30: the first of the 24 hours SyncHistoryService shows at 2025-09-25 17:20.
    const qint64 m_from = QDateTime(QDate(2025, 9, 24), QTime(18, 0), Qt::OffsetFromUTC, 19800).toMSecsSinceEpoch();
    const qint64 m_until = QDateTime(QDate(2025, 9, 25), QTime(17, 20), Qt::OffsetFromUTC, 19800).toMSecsSinceEpoch();

    void at(qint64 ms) { m_clock.setNow(QDateTime::fromMSecsSinceEpoch(ms, Qt::OffsetFromUTC, 19800)); }

    void play(const QList<Scenario> &scenario)
    {
        test::OutboxTimeline timeline(*m_db, m_clock);
        QList<qint64> ids;
        for (const Scenario &e : scenario) {
            ids << timeline.enqueue(e.crm, e.createdMs);
            QVERIFY(ids.constLast() > 0);
        }
        for (int i = 0; i < scenario.size(); ++i) {
            const Scenario &e = scenario[i];
            Status s = Ok{};
            switch (e.how) {
            case Leaves::Never:
                break;
            case Leaves::Delivered:
                s = timeline.deliver(e.crm, ids[i], e.leavesMs);
                break;
            case Leaves::Failed:
                s = timeline.fail(e.crm, ids[i], e.leavesMs);
                break;
            case Leaves::Discarded:
                at(e.leavesMs);
                s = OutboxStore(*m_db).discard(ids[i], QStringLiteral("cancelled"));
                break;
            case Leaves::FailedThenDelivered:
                s = timeline.fail(e.crm, ids[i], e.leavesMs);
                QVERIFY2(s.ok(), qPrintable(s.message()));
                // The failed queue's hourly retry, then a delivery half an hour later.
                QCOMPARE(OutboxStore(*m_db).requeueFailed(e.crm, e.leavesMs + kHour, e.leavesMs, 3, 0).value(), 1);
                s = timeline.deliver(e.crm, ids[i], e.leavesMs + 90 * kMinute);
                break;
            }
            QVERIFY2(s.ok(), qPrintable(s.message()));
        }
    }

    // What a person counting rows by hand would say: created by then and not yet delivered or failed.
    static int expectedWaiting(const QList<Scenario> &scenario, Crm crm, qint64 t)
    {
        int n = 0;
        for (const Scenario &e : scenario) {
            if (e.crm != crm || e.how == Leaves::Discarded || e.createdMs > t)
                continue;
            if (e.how == Leaves::Never || e.leavesMs > t)
                ++n;
        }
        return n;
    }

    void record(Crm crm, qint64 atMs, qint64 latencyMs, const QString &outcome = QStringLiteral("delivered"))
    {
        QVERIFY(SyncMetrics(*m_db).record(crm, 1, outcome == u"delivered" ? 200 : 503, outcome, latencyMs, atMs).ok());
    }

private slots:
    void init()
    {
        at(m_until);
        m_db.reset();
        auto db = Database::open(m_dir.filePath(QStringLiteral("case%1.db").arg(++m_case)));
        QVERIFY2(db.ok(), qPrintable(db.message()));
        m_db = std::move(db).value();
    }

    void backlogIsEventsCreatedAndNotYetDeliveredOrFailed()
    {
        const QList<Scenario> scenario{
            // Waiting before the window opened, delivered inside it.
            {Crm::Legacy, m_from - 2 * kHour, Leaves::Delivered, m_from + 90 * kMinute},
            // Created and delivered inside: waits from 3:10 to 5:00 after the start (not at 5:00 itself).
            {Crm::Legacy, m_from + 3 * kHour + 10 * kMinute, Leaves::Delivered, m_from + 5 * kHour},
            {Crm::Legacy, m_from + 3 * kHour + 20 * kMinute, Leaves::Delivered, m_from + 4 * kHour},
            // Created exactly on a point: counted at that point; still waiting now.
            {Crm::Legacy, m_from + 6 * kHour, Leaves::Never},
            // Into the failed queue: no longer waiting (the failed count says it).
            {Crm::Legacy, m_from + 7 * kHour, Leaves::Failed, m_from + 8 * kHour},
            // Long gone before the window.
            {Crm::Legacy, m_from - 30 * kHour, Leaves::Delivered, m_from - 25 * kHour},
            // Discarded: the row keeps no time of discarding, so it is never counted.
            {Crm::Legacy, m_from + 2 * kHour, Leaves::Discarded, m_from + 9 * kHour},
            // The other CRM's rows are its own.
            {Crm::New, m_from + kHour, Leaves::Never},
            {Crm::New, m_from + 2 * kHour, Leaves::Delivered, m_from + 20 * kHour},
            // Created a minute ago, still waiting.
            {Crm::Legacy, m_until - kMinute, Leaves::Never},
        };
        play(scenario);
        SyncHistoryStore store(*m_db);
        const qint64 step = 15 * kMinute;
        for (Crm crm : allCrms()) {
            auto points = store.backlog(crm, m_from, step, m_until);
            QVERIFY2(points.ok(), qPrintable(points.message()));
            // Every 15 minutes from 18:00 to 17:15, then 17:20 itself.
            QCOMPARE(points->size(), 23 * 4 + 2 + 1);
            for (int k = 0; k < points->size(); ++k) {
                const BacklogPoint &p = points->at(k);
                QCOMPARE(p.atMs, std::min(m_from + k * step, m_until));
                QVERIFY2(p.waiting == expectedWaiting(scenario, crm, p.atMs),
                         qPrintable(QStringLiteral("%1 CRM at point %2: %3 waiting, expected %4")
                                        .arg(crmName(crm))
                                        .arg(k)
                                        .arg(p.waiting)
                                        .arg(expectedWaiting(scenario, crm, p.atMs))));
            }
        }
        // Spot checks in words: at the start, only the event created two hours earlier waits; at 3:30 after it,
        // the two created at 3:10 and 3:20; at 5:00 the 3:10 one is delivered.
        const QList<BacklogPoint> legacy = store.backlog(Crm::Legacy, m_from, step, m_until).value();
        QCOMPARE(legacy.at(0).waiting, 1);
        QCOMPARE(legacy.at(6).waiting, 0);         // 19:30: delivered at 19:30
        QCOMPARE(legacy.at(3 * 4 + 2).waiting, 2); // 21:30
        QCOMPARE(legacy.at(4 * 4).waiting, 1);     // 22:00: the 3:20 one delivered
        QCOMPARE(legacy.at(5 * 4).waiting, 0);     // 23:00
        QCOMPARE(legacy.at(6 * 4).waiting, 1);     // 00:00
        QCOMPARE(legacy.at(7 * 4 + 3).waiting, 2); // 01:45
        QCOMPARE(legacy.at(8 * 4).waiting, 1);     // 02:00: failed
        // The last point is now, and agrees with the Sync page's "Waiting" figure.
        auto summary = OutboxStore(*m_db).summary(Crm::Legacy);
        QCOMPARE(legacy.constLast().waiting, summary->pending + summary->inFlight);
        QCOMPARE(legacy.constLast().waiting, 2);
    }

    void aDeliveryAfterTheFailedQueueCountsAsWaitingUntilItFailed()
    {
        const QList<Scenario> scenario{
            {Crm::Legacy, m_from + 2 * kHour, Leaves::FailedThenDelivered, m_from + 4 * kHour}};
        play(scenario);
        const QList<BacklogPoint> points = SyncHistoryStore(*m_db).backlog(Crm::Legacy, m_from, kHour, m_until).value();
        QCOMPARE(points.at(2).waiting, 1);
        QCOMPARE(points.at(3).waiting, 1);
        QCOMPARE(points.at(4).waiting, 0); // failed
        QCOMPARE(points.at(5).waiting, 0); // re-queued at 5:00 and delivered at 5:30: the re-queue time is not kept
        QCOMPARE(points.at(6).waiting, 0);
    }

    void latencyPercentilesPerBucket()
    {
        // Hour 0: twenty deliveries of 1…20 ms (p50 10, p95 19) and errors, which do not count.
        for (int i = 1; i <= 20; ++i)
            record(Crm::Legacy, m_from + i * kMinute, (21 - i));
        record(Crm::Legacy, m_from + 30 * kMinute, 9000, QStringLiteral("transient"));
        // Hour 5: a single delivery is its own p50 and p95.
        record(Crm::Legacy, m_from + 5 * kHour + 59 * kMinute, 42);
        // Hour 23, the one under way: three.
        for (qint64 ms : {300, 100, 200})
            record(Crm::Legacy, m_from + 23 * kHour + ms, ms);
        // Outside the 24 hours, and the other CRM: not in the legacy CRM's buckets.
        record(Crm::Legacy, m_from - 1, 5000);
        record(Crm::Legacy, m_from + 24 * kHour, 5000);
        record(Crm::New, m_from + 10 * kMinute, 777);

        auto buckets = SyncHistoryStore(*m_db).latency(Crm::Legacy, m_from, kHour, 24);
        QVERIFY2(buckets.ok(), qPrintable(buckets.message()));
        QCOMPARE(buckets->size(), 24);
        for (int b = 0; b < 24; ++b)
            QCOMPARE(buckets->at(b).startMs, m_from + b * kHour);
        QCOMPARE(buckets->at(0).delivered, 20);
        QCOMPARE(buckets->at(0).p50Ms, 10);
        QCOMPARE(buckets->at(0).p95Ms, 19);
        QCOMPARE(buckets->at(5).delivered, 1);
        QCOMPARE(buckets->at(5).p50Ms, 42);
        QCOMPARE(buckets->at(5).p95Ms, 42);
        QCOMPARE(buckets->at(23).delivered, 3);
        QCOMPARE(buckets->at(23).p50Ms, 200);
        QCOMPARE(buckets->at(23).p95Ms, 300);
        for (int b : {1, 4, 6, 22}) {
            QCOMPARE(buckets->at(b).delivered, 0);
            QCOMPARE(buckets->at(b).p50Ms, -1);
            QCOMPARE(buckets->at(b).p95Ms, -1);
        }
        auto newCrm = SyncHistoryStore(*m_db).latency(Crm::New, m_from, kHour, 24).value();
        QCOMPARE(newCrm.at(0).p95Ms, 777);
    }

    void percentilesAgreeWithTheSyncPageFigures_data()
    {
        QTest::addColumn<int>("count");
        for (int n : {1, 2, 3, 19, 20, 21, 99, 100, 101})
            QTest::newRow(qPrintable(QString::number(n))) << n;
    }
    void percentilesAgreeWithTheSyncPageFigures()
    {
        QFETCH(int, count);
        // Latencies in a scrambled order, all within the last hour of the clock.
        const qint64 nowMs = m_clock.now().toMSecsSinceEpoch();
        for (int i = 0; i < count; ++i)
            record(Crm::New, nowMs - kHour + 1 + i, (i * 37) % 101 + 5);
        const SyncFigures figures = SyncMetrics(*m_db).figures(Crm::New, nowMs - kHour + 1).value();
        const LatencyBucket bucket = SyncHistoryStore(*m_db).latency(Crm::New, nowMs - kHour + 1, kHour, 1)->first();
        QCOMPARE(bucket.delivered, count);
        QCOMPARE(bucket.p50Ms, figures.p50Ms);
        QCOMPARE(bucket.p95Ms, figures.p95Ms);
    }

    void serviceShowsTwentyFourHoursOfTheClocksOwnHours()
    {
        QVERIFY(test::OutboxTimeline(*m_db, m_clock).enqueue(Crm::New, m_until - 10 * kMinute) > 0);
        record(Crm::Legacy, m_until - 5 * kMinute, 120);
        at(m_until);
        auto day = SyncHistoryService(*m_db, m_clock).lastDay();
        QVERIFY2(day.ok(), qPrintable(day.message()));
        // 17:20 in India: the hour under way began at 17:00 +05:30 (11:30 UTC), so the day starts at 18:00 yesterday.
        QCOMPARE(day->from, QDateTime(QDate(2025, 9, 24), QTime(18, 0), Qt::OffsetFromUTC, 19800));
        QCOMPARE(day->from.offsetFromUtc(), 19800);
        QCOMPARE(day->until.toMSecsSinceEpoch(), m_until);
        QCOMPARE(day->crms.size(), 2);
        QCOMPARE(day->crms.at(0).crm, Crm::Legacy);
        QCOMPARE(day->crms.at(1).crm, Crm::New);
        for (const CrmHistory &h : day->crms) {
            QCOMPARE(h.latency.size(), 24);
            QCOMPARE(h.latency.constLast().startMs, m_until - 20 * kMinute);
            QCOMPARE(h.backlog.size(), 95);
            QCOMPARE(h.backlog.constLast().atMs, m_until);
        }
        QCOMPARE(day->crms.at(1).backlog.constLast().waiting, 1);
        QCOMPARE(day->crms.at(0).latency.constLast().p95Ms, 120);
        QVERIFY(day->anyWaiting());
        QVERIFY(day->anyDelivered());
    }

    void anEmptyStationHasAnEmptyDay()
    {
        auto day = SyncHistoryService(*m_db, m_clock).lastDay();
        QVERIFY2(day.ok(), qPrintable(day.message()));
        QVERIFY(!day->anyWaiting());
        QVERIFY(!day->anyDelivered());
    }
};

QTEST_GUILESS_MAIN(TestSyncHistory)
#include "TestSyncHistory.moc"
