// The window pulls by itself (issue 10): a PullScheduler beside the real sync engine, against a real crm-sim over
// loopback, on the station's fake clock — the scheduler's own timer looks at the schedule every 20 ms and the test
// moves the clock. A spare decision taken in the new CRM reaches the station's approval data within
// sync.pull.changes_seconds and goes on to the legacy CRM, with no floorbridge-ctl involved; an outage of the new
// CRM's changes and the simulator being down altogether are retried after a growing backoff, one request each time,
// and recover; a pull never holds up the thread that asked for it; a pull setting set with floorbridge-ctl config set
// is picked up while the window runs, and a wrong one is refused.
#include "ServiceFixture.h"

#include "CrmSimProcess.h"
#include "CtlProcess.h"
#include "MemoryCredentials.h"
#include "app/services/ApprovalService.h"
#include "app/services/PartRequestService.h"
#include "app/storage/PullStatusStore.h"
#include "sync/SyncEngine.h"
#include "sync/pull/PullScheduler.h"

#include <QElapsedTimer>
#include <QtTest>

using namespace fb;
using namespace fb::test;

class TestScheduledPull : public QObject
{
    Q_OBJECT

    CrmSimProcess m_sim;
    std::unique_ptr<ServiceStation> m_st;
    MemoryCredentials m_credentials;
    std::unique_ptr<SyncEngine> m_engine;
    std::unique_ptr<PullScheduler> m_pulls;
    const BackoffPolicy m_policy{1000, 2.0, 8000};

    qint64 now() const { return m_st->clock.now().toMSecsSinceEpoch(); }
    void setClock(qint64 epochMs)
    {
        m_st->clock.setNow(QDateTime::fromMSecsSinceEpoch(epochMs, Qt::OffsetFromUTC, 19800));
    }

    void pointAtSim()
    {
        for (const auto &[key, value] :
             QList<std::pair<QString, QString>>{{QStringLiteral("crm.legacy.url"), m_sim.legacyUrl().toString()},
                                                {QStringLiteral("crm.new.url"), m_sim.newUrl().toString()}})
            QVERIFY(m_st->settings().setValue(key, value).ok());
    }

    std::optional<PullStatus> status(const QString &resource)
    {
        auto s = PullStatusStore(m_st->db()).get(resource);
        return s.ok() ? s.value() : std::nullopt;
    }
    int changesAsked() { return int(m_sim.attempts(Crm::New, QStringLiteral("/api/v2/changes")).size()); }

    // A complaint with a part request, delivered to the new CRM (where its decision will be taken).
    QString partRequest()
    {
        const Actor tech = actorFor(Role::Technician);
        auto c = ComplaintService(m_st->db(), m_st->settings(), m_st->clock).registerComplaint(tech, puneDraft());
        if (!c.ok())
            qFatal("register: %s", qPrintable(c.message()));
        auto r = PartRequestService(m_st->db(), m_st->settings(), m_st->clock, m_st->dataDir())
                     .create(tech, c->number, {PartLineDraft{QStringLiteral("P-TV-REMOTE"), 1, {}}});
        if (!r.ok())
            qFatal("part request: %s", qPrintable(r.message()));
        m_engine->wake();
        return r->number;
    }
    bool approveInTheNewCrm(const QString &request)
    {
        return m_sim.addChanges(QJsonArray{QJsonObject{{QStringLiteral("entity"), QStringLiteral("spare_request")},
                                                       {QStringLiteral("ref"), request},
                                                       {QStringLiteral("status"), QStringLiteral("APPROVED")},
                                                       {QStringLiteral("reason"), QStringLiteral("Under warranty")},
                                                       {QStringLiteral("by"), QStringLiteral("RM-WEST")}}});
    }
    PartRequestStatus requestStatus(const QString &number)
    {
        auto r = PartRequestService(m_st->db(), m_st->settings(), m_st->clock, m_st->dataDir())
                     .get(actorFor(Role::Technician), number);
        return r.ok() ? r->status : PartRequestStatus::Pending;
    }
    bool waiting(const QString &number)
    {
        auto queue = ApprovalService(m_st->db(), m_st->clock).pendingQueue(actorFor(Role::Supervisor));
        if (!queue.ok())
            qFatal("queue: %s", qPrintable(queue.message()));
        for (const ApprovalQueueItem &item : *queue) {
            if (item.request.number == number)
                return true;
        }
        return false;
    }
    // The pulls every start makes (nothing pulled yet on a fresh station) are over.
    void waitForFirstPull()
    {
        QTRY_VERIFY_WITH_TIMEOUT(status(changesResource()).has_value() && !m_pulls->isPulling(), 15000);
        QVERIFY2(status(changesResource())->error.isEmpty(), qPrintable(status(changesResource())->error));
        QVERIFY(status(QStringLiteral("products")).has_value());
    }

private slots:
    void initTestCase() { QVERIFY2(m_sim.start(), qPrintable(m_sim.errorString())); }

    void init()
    {
        if (!m_sim.isRunning())
            QVERIFY2(m_sim.start(), qPrintable(m_sim.errorString()));
        QVERIFY(m_sim.reset());
        m_st = std::make_unique<ServiceStation>();
        QString why;
        QVERIFY2(m_st->open(&why), qPrintable(why));
        pointAtSim();
        for (const auto &[key, value] : QList<std::pair<QString, QString>>{
                 {QStringLiteral("sync.backoff.base_ms"), QString::number(m_policy.baseMs)},
                 {QStringLiteral("sync.backoff.cap_ms"), QString::number(m_policy.capMs)},
                 {QStringLiteral("sync.timeout_ms"), QStringLiteral("5000")},
                 {QStringLiteral("sync.poll_ms"), QStringLiteral("100")}})
            QVERIFY(m_st->settings().setValue(key, value).ok());
        m_credentials.tokens = {{int(Crm::Legacy), CrmSimProcess::legacyToken()},
                                {int(Crm::New), CrmSimProcess::newToken()}};
        m_engine = std::make_unique<SyncEngine>(m_st->db().path(), m_st->settings(), m_credentials, m_st->clock);
        m_engine->setSettingsCheckMs(100);
        QVERIFY(m_engine->start().ok());
        // As main() wires it: beside the engine, waking it when a pull applied something.
        m_pulls = std::make_unique<PullScheduler>(m_st->db().path(), m_st->settings(), m_credentials, m_st->clock);
        m_pulls->setSyncControl(m_engine.get());
        m_pulls->setTickMs(20);
        Status started = m_pulls->start();
        QVERIFY2(started.ok(), qPrintable(started.message()));
    }

    void cleanup()
    {
        m_pulls.reset();
        m_engine.reset();
        m_st.reset();
    }

    void aSpareDecisionTakenInTheNewCrmReachesTheStationOnSchedule()
    {
        waitForFirstPull();
        const QString request = partRequest();
        QTRY_COMPARE_WITH_TIMEOUT(m_sim.received(Crm::New, QStringLiteral("/api/v2/part-requests")).size(), 1, 15000);
        QVERIFY(waiting(request));

        // A regional manager approves it on the new CRM's web page.
        QVERIFY(approveInTheNewCrm(request));
        const int asked = changesAsked();
        // Half the interval later the window has not asked yet (its timer looked at the schedule all along).
        m_st->clock.advanceMs(30 * 1000);
        m_pulls->tick();
        QVERIFY(!m_pulls->isPulling());
        QCOMPARE(changesAsked(), asked);
        QVERIFY(waiting(request));

        // At sync.pull.changes_seconds (60) it pulls by itself, and the decision is the station's.
        m_st->clock.advanceMs(30 * 1000);
        QTRY_COMPARE_WITH_TIMEOUT(requestStatus(request), PartRequestStatus::Approved, 10000);
        QCOMPARE(changesAsked(), asked + 1);
        QVERIFY(!waiting(request));
        auto history = ApprovalService(m_st->db(), m_st->clock).history(actorFor(Role::Supervisor), request);
        QVERIFY2(history.ok(), qPrintable(history.message()));
        QCOMPARE(history->size(), 1);
        QCOMPARE(history->first().source, QStringLiteral("crm"));
        QCOMPARE(history->first().decidedBy, QStringLiteral("RM-WEST"));
        QTRY_COMPARE(status(changesResource())->applied, 1);
        // … and goes on to the legacy CRM at once: the pull woke delivery.
        QTRY_COMPARE_WITH_TIMEOUT(m_sim.received(Crm::Legacy, QStringLiteral("/api/service/spare-approvals")).size(), 1,
                                  10000);
        QCOMPARE(m_sim.received(Crm::New, QStringLiteral("/api/v2/spare-decisions")).size(), 0);
    }

    void anOutageBacksOffAndRecovers()
    {
        waitForFirstPull();
        const QString request = partRequest();
        QTRY_COMPARE_WITH_TIMEOUT(m_sim.received(Crm::New, QStringLiteral("/api/v2/part-requests")).size(), 1, 15000);
        QVERIFY(
            m_sim.setFaults(Crm::New, QJsonObject{{QStringLiteral("outage"), true},
                                                  {QStringLiteral("path_prefix"), QStringLiteral("/api/v2/changes")}}));
        QVERIFY(approveInTheNewCrm(request)); // decided while the station cannot ask
        const int before = changesAsked();
        m_st->clock.advanceMs(60 * 1000);
        QTRY_COMPARE_WITH_TIMEOUT(m_pulls->plan().changesFailures, 1, 10000);
        for (int failures = 1; failures <= 3; ++failures) {
            QTRY_VERIFY(!m_pulls->isPulling());
            const PullPlan plan = m_pulls->plan();
            QCOMPARE(plan.changesFailures, failures);
            QVERIFY(plan.blockedReason.isEmpty()); // failing, not blocked
            const qint64 wait = plan.nextChangesMs - now();
            QVERIFY2(wait >= 0 && wait <= backoffCeilingMs(m_policy, failures), qPrintable(QString::number(wait)));
            const auto kept = status(changesResource());
            QCOMPARE(kept->failures, failures);
            QVERIFY2(kept->error.contains(QStringLiteral("503")), qPrintable(kept->error));
            // One request per failure: no storm, and not a moment before the backoff is over.
            QCOMPARE(changesAsked(), before + failures);
            if (wait > 0) {
                setClock(plan.nextChangesMs - 1);
                m_pulls->tick();
                QVERIFY(!m_pulls->isPulling());
                QCOMPARE(changesAsked(), before + failures);
            }
            if (failures == 3)
                QVERIFY(m_sim.clearFaults(Crm::New)); // the CRM is back
            setClock(plan.nextChangesMs);
            if (failures < 3)
                QTRY_COMPARE_WITH_TIMEOUT(m_pulls->plan().changesFailures, failures + 1, 10000);
        }
        QTRY_COMPARE_WITH_TIMEOUT(requestStatus(request), PartRequestStatus::Approved, 10000);
        QTRY_COMPARE(m_pulls->plan().changesFailures, 0);
        QTRY_VERIFY(status(changesResource())->error.isEmpty());
        QCOMPARE(status(changesResource())->failures, 0);
        QCOMPARE(m_pulls->plan().nextChangesMs, now() + 60 * 1000);
    }

    void offlineItWaitsAndTriesAgain()
    {
        waitForFirstPull();
        m_sim.kill();
        m_st->clock.advanceMs(60 * 1000);
        QTRY_COMPARE_WITH_TIMEOUT(m_pulls->plan().changesFailures, 1, 10000);
        QVERIFY(m_pulls->plan().blockedReason.isEmpty());
        QVERIFY(!status(changesResource())->error.isEmpty());
        QVERIFY2(m_sim.restart(), qPrintable(m_sim.errorString()));
        pointAtSim(); // the same ports when they were still free
        QTRY_VERIFY(!m_pulls->isPulling());
        setClock(m_pulls->plan().nextChangesMs);
        QTRY_COMPARE_WITH_TIMEOUT(m_pulls->plan().changesFailures, 0, 10000);
        QVERIFY(status(changesResource())->error.isEmpty());
    }

    void aPullNeverHoldsUpTheThreadThatAskedForIt()
    {
        waitForFirstPull();
        QVERIFY(m_sim.setFaults(Crm::New, QJsonObject{{QStringLiteral("latency_ms"), 300}}));
        int beats = 0;
        QTimer heartbeat;
        connect(&heartbeat, &QTimer::timeout, this, [&beats] { ++beats; });
        heartbeat.start(20);
        QSignalSpy finished(m_pulls.get(), &PullScheduler::pullFinished);
        QElapsedTimer timer;
        timer.start();
        QVERIFY(m_pulls->pullNow().ok());
        const qint64 asking = timer.elapsed();
        QVERIFY(finished.wait(60000));
        const qint64 pulling = timer.elapsed();
        heartbeat.stop();
        qInfo("Pull now returned after %lld ms; the pull (8 resources at 300 ms each) took %lld ms; %d heartbeats",
              asking, pulling, beats);
        QVERIFY2(asking < 1000, qPrintable(QString::number(asking)));
        QVERIFY(pulling >= 8 * 300);
        // The thread that asked kept turning its event loop all along (a blocked one would have beaten once).
        QVERIFY2(beats >= pulling / 20 / 4, qPrintable(QStringLiteral("%1 beats in %2 ms").arg(beats).arg(pulling)));
        QVERIFY(finished.first().first().value<PullRunReport>().ok());
    }

    void pullSettingsSetWithCtlArePickedUpAndWrongOnesRefused()
    {
        waitForFirstPull();
        const qint64 last = now(); // the clock has not moved since the first pull
        auto tooFast = runCtl(m_st->dataDir(), {QStringLiteral("config"), QStringLiteral("set"),
                                                PullSettings::changesKey(), QStringLiteral("4")});
        QVERIFY(tooFast.exitCode != 0);
        QVERIFY2(tooFast.err.contains(QStringLiteral("5 to 86400 seconds")), qPrintable(tooFast.err));
        auto misspelt = runCtl(m_st->dataDir(), {QStringLiteral("config"), QStringLiteral("set"),
                                                 QStringLiteral("sync.pull.changes_second"), QStringLiteral("10")});
        QVERIFY(misspelt.exitCode != 0);
        QVERIFY2(misspelt.err.contains(PullSettings::changesKey()), qPrintable(misspelt.err));
        auto set = runCtl(m_st->dataDir(), {QStringLiteral("config"), QStringLiteral("set"), PullSettings::changesKey(),
                                            QStringLiteral("10")});
        QVERIFY2(set.exitCode == 0, qPrintable(set.err));
        // The engine's settings check sees the change; the schedule follows it.
        QTRY_COMPARE_WITH_TIMEOUT(m_pulls->plan().nextChangesMs, last + 10 * 1000, 10000);
        const int asked = changesAsked();
        m_st->clock.advanceMs(10 * 1000);
        QTRY_COMPARE_WITH_TIMEOUT(changesAsked(), asked + 1, 10000);
    }
};

QTEST_GUILESS_MAIN(TestScheduledPull)
#include "TestScheduledPull.moc"
