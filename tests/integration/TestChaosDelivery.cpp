// The chaos proof: 5,000 events to both CRMs while crm-sim answers 30 % of requests with 5xx, lets 10 % hang past the
// 300 ms timeout, throttles 5 % with 429 + Retry-After and drops 3 % of connections (and delivery is stopped and
// restarted half-way). Every event's effect is applied exactly once at both CRMs, in order per key.
#include "CrmSimProcess.h"
#include "MemoryCredentials.h"
#include "SyncProof.h"
#include "app/storage/Database.h"
#include "app/storage/OutboxStore.h"
#include "app/storage/SettingsStore.h"
#include "sync/SyncEngine.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QtTest>

using namespace fb;
using fb::test::CrmSimProcess;

class TestChaosDelivery : public QObject
{
    Q_OBJECT

    CrmSimProcess m_sim{{}, {QStringLiteral("--seed"), QStringLiteral("4242")}};
    QTemporaryDir m_dir;

private slots:
    void initTestCase() { QVERIFY2(m_sim.start(), qPrintable(m_sim.errorString())); }

    void chaosDeliversEveryEventExactlyOnceInOrder()
    {
        const int events = qEnvironmentVariableIntValue("FB_CHAOS_EVENTS") > 0
                               ? qEnvironmentVariableIntValue("FB_CHAOS_EVENTS")
                               : 5000;
        const int keys = 200;
        // Three times the slowest local run still passes (docs/sync.md).
        constexpr int kWaitMs = 300000;
        // crm-sim rolls drop, hang, error, throttle in turn: conditional rates giving 3 / 10 / 30 / 5 % overall.
        const double drop = 0.03, hang = 0.10, error = 0.30, throttle = 0.05;
        const QJsonObject faults{
            {QStringLiteral("drop_rate"), drop},
            {QStringLiteral("hang_rate"), hang / (1 - drop)},
            {QStringLiteral("error_rate"), error / (1 - drop - hang)},
            {QStringLiteral("error_status"), 503},
            {QStringLiteral("throttle_rate"), throttle / (1 - drop - hang - error)},
            {QStringLiteral("retry_after_s"), 1},
        };
        for (Crm crm : allCrms())
            QVERIFY(m_sim.setFaults(crm, faults));

        const QString path = m_dir.filePath(QStringLiteral("floorbridge.db"));
        auto opened = Database::open(path);
        QVERIFY2(opened.ok(), qPrintable(opened.message()));
        std::unique_ptr<Database> db = std::move(opened).value();
        SettingsStore settings(*db);
        const QList<std::pair<QString, QString>> values{
            {QStringLiteral("crm.legacy.url"), m_sim.legacyUrl().toString()},
            {QStringLiteral("crm.new.url"), m_sim.newUrl().toString()},
            {QStringLiteral("sync.backoff.base_ms"), QStringLiteral("10")},
            {QStringLiteral("sync.backoff.cap_ms"), QStringLiteral("200")},
            {QStringLiteral("sync.timeout_ms"), QStringLiteral("300")},
            {QStringLiteral("sync.poll_ms"), QStringLiteral("50")},
            {QStringLiteral("sync.concurrency"), QStringLiteral("8")},
            {QStringLiteral("sync.max_attempts"), QStringLiteral("1000")},
        };
        for (const auto &[key, value] : values)
            QVERIFY(settings.setValue(key, value).ok());

        SystemClock clock;
        Actor actor{QStringLiteral("W001"), QStringLiteral("Wasim"), Role::Warehouse, QStringLiteral("ST01")};
        OutboxWriter writer(*db, clock);
        QSet<QString> expected;
        for (int from = 0; from < events; from += 500) {
            Status s = db->write([&]() -> Status {
                for (int i = from; i < std::min(events, from + 500); ++i) {
                    const OutboxEvent event = test::proofEvent(i, keys);
                    expected.insert(event.data.value(QStringLiteral("request_id")).toString());
                    auto id = writer.enqueue(actor, event);
                    if (!id.ok())
                        return id.error();
                }
                return Ok{};
            });
            QVERIFY2(s.ok(), qPrintable(s.message()));
        }

        test::MemoryCredentials credentials;
        credentials.tokens.insert(int(Crm::Legacy), CrmSimProcess::legacyToken());
        credentials.tokens.insert(int(Crm::New), CrmSimProcess::newToken());
        SyncEngine engine(path, settings, credentials, clock);
        QElapsedTimer timer;
        timer.start();
        QVERIFY(engine.start().ok());
        OutboxStore store(*db);
        auto delivered = [&](Crm crm) { return store.summary(crm).value().delivered; };
        // Half-way, a clean stop aborts requests in flight (some applied, unanswered) and a start re-sends them.
        QVERIFY2(test::waitUntil([&] { return delivered(Crm::New) >= events / 2; }, kWaitMs), "half-way not reached");
        engine.stop();
        QVERIFY(engine.start().ok());
        QVERIFY2(
            test::waitUntil([&] { return delivered(Crm::New) == events && delivered(Crm::Legacy) == events; }, kWaitMs),
            "not everything was delivered in time");
        const qint64 ms = timer.elapsed();
        QVERIFY(engine.drainUntilIdle(5000));
        const CrmStatus st = engine.status(Crm::New);
        engine.stop();

        for (Crm crm : allCrms()) {
            const test::AppliedCheck check = test::checkApplied(m_sim, crm, expected);
            QVERIFY2(check.problem.isEmpty(), qPrintable(check.problem));
            QCOMPARE(check.applied, events);
            const QJsonObject stats = m_sim.stats(crm);
            QCOMPARE(stats.value(QStringLiteral("applied")).toInt(), events);
            QCOMPARE(store.summary(crm).value().failed, 0);
            qInfo("chaos crm=%s events=%d requests=%d faulted=%d hung=%d duplicates=%d applied=%d ms=%lld "
                  "events_per_s=%.0f",
                  qPrintable(crmName(crm)), events, stats.value(QStringLiteral("received")).toInt(),
                  stats.value(QStringLiteral("faulted")).toInt(), stats.value(QStringLiteral("hung")).toInt(),
                  stats.value(QStringLiteral("duplicates")).toInt(), stats.value(QStringLiteral("applied")).toInt(), ms,
                  events * 1000.0 / std::max<qint64>(1, ms));
        }
        qInfo("chaos new CRM over the last hour: p50=%lld ms p95=%lld ms error_rate=%.2f attempts=%d", st.figures.p50Ms,
              st.figures.p95Ms, st.figures.errorRate(), st.figures.attempts);
        QVERIFY(st.figures.errorRate() > 0.3); // the faults were real
    }
};

QTEST_GUILESS_MAIN(TestChaosDelivery)
#include "TestChaosDelivery.moc"
