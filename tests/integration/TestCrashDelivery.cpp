// The crash proof: fb-crash-worker runs a station — the seeded station script drives the real services: generate,
// inward, dispatch, cancel, complaint and unit return — and delivers to crm-sim (answers delayed, so requests are
// often applied but not yet answered); it is killed with SIGKILL at random moments, then restarted, FB_CRASH_KILLS
// times (default 50; tests/soak/crash-soak.sh runs 1,000). At the end every event the station committed was applied
// exactly once at both CRMs (idempotency keys), none is lost, a dispatch dropped by its cancellation never reached a
// CRM unless the cancellation followed it, each serial's events arrived in their real order (generated, inward,
// dispatched, cancelled or returned) and each complaint's, and the database passes PRAGMA integrity_check. Also: a
// second process on the same station database does not send while another one is delivering.
#include "CrmSimProcess.h"
#include "StationProof.h"
#include "app/storage/Database.h"
#include "app/storage/OutboxStore.h"
#include "app/storage/SettingsStore.h"
#include "sync/delivery/DeliveryLoop.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

using namespace fb;
using fb::test::CrmSimProcess;

namespace {

QString workerPath()
{
    return QCoreApplication::applicationDirPath() + QStringLiteral("/fb-crash-worker");
}

} // namespace

class TestCrashDelivery : public QObject
{
    Q_OBJECT

    CrmSimProcess m_sim;
    QTemporaryDir m_dir;
    int m_case = 0;

    QString prepareStation(const QList<std::pair<QString, QString>> &extra = {})
    {
        const QString path = m_dir.filePath(QStringLiteral("case%1/floorbridge.db").arg(++m_case));
        auto db = Database::open(path);
        if (!db.ok())
            qFatal("%s", qPrintable(db.message()));
        SettingsStore settings(*db.value());
        QList<std::pair<QString, QString>> values{
            {QStringLiteral("crm.legacy.url"), m_sim.legacyUrl().toString()},
            {QStringLiteral("crm.new.url"), m_sim.newUrl().toString()},
            {QStringLiteral("sync.backoff.base_ms"), QStringLiteral("20")},
            {QStringLiteral("sync.backoff.cap_ms"), QStringLiteral("200")},
            {QStringLiteral("sync.timeout_ms"), QStringLiteral("2000")},
            {QStringLiteral("sync.poll_ms"), QStringLiteral("50")},
            {QStringLiteral("sync.concurrency"), QStringLiteral("8")},
            {QStringLiteral("sync.max_attempts"), QStringLiteral("1000")},
        };
        values += extra;
        for (const auto &[key, value] : values) {
            if (Status set = settings.setValue(key, value); !set)
                qFatal("%s", qPrintable(set.message()));
        }
        return path;
    }

    QStringList outboxStates(const QString &path, QString *integrity)
    {
        auto db = Database::open(path);
        if (!db.ok())
            return {db.message()};
        auto check = db.value()->exec(QStringLiteral("PRAGMA integrity_check"));
        if (check.ok() && check.value().next())
            *integrity = check.value().value(0).toString();
        QStringList states;
        auto q = db.value()->exec(QStringLiteral("SELECT state || ':' || COUNT(*) FROM outbox GROUP BY state"));
        while (q.ok() && q.value().next())
            states << q.value().value(0).toString();
        return states;
    }

    // Events the station queued (one per business action, whatever its targets).
    int eventsIn(const QString &path)
    {
        auto db = Database::open(path);
        auto q = db.value()->exec(QStringLiteral("SELECT COUNT(DISTINCT event_id) FROM outbox"));
        return q.ok() && q.value().next() ? q.value().value(0).toInt() : -1;
    }

    test::StationCheck checkStation(const QString &path, Crm crm)
    {
        auto db = Database::open(path);
        if (!db.ok()) {
            test::StationCheck failed;
            failed.problem = db.message();
            return failed;
        }
        return test::checkStationDelivered(m_sim, crm, test::stationRows(*db.value()));
    }

    static QString describe(Crm crm, const test::StationCheck &check)
    {
        QStringList types;
        for (auto it = check.byType.cbegin(); it != check.byType.cend(); ++it)
            types << QStringLiteral("%1=%2").arg(it.key()).arg(it.value());
        return QStringLiteral("%1:{applied=%2 dropped_unsent=%3 %4}")
            .arg(crmName(crm))
            .arg(check.applied)
            .arg(check.dropped)
            .arg(types.join(u' '));
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(workerPath()), qPrintable(workerPath()));
        QVERIFY2(m_sim.start(), qPrintable(m_sim.errorString()));
    }

    void init() { QVERIFY(m_sim.reset()); }

    void crashKillsLoseNothingAndApplyNothingTwice()
    {
        const int kills =
            qEnvironmentVariableIntValue("FB_CRASH_KILLS") > 0 ? qEnvironmentVariableIntValue("FB_CRASH_KILLS") : 50;
        const quint32 seed = qEnvironmentVariableIsSet("FB_CRASH_SEED")
                                 ? quint32(qEnvironmentVariableIntValue("FB_CRASH_SEED"))
                                 : QRandomGenerator::securelySeeded().generate();
        qInfo("crash seed=%u kills=%d (rerun with FB_CRASH_SEED=%u)", seed, kills, seed);
        QRandomGenerator random(seed);
        // Answers 25 ms late: a kill often lands after the CRM applied a request and before the answer was recorded.
        for (Crm crm : allCrms())
            QVERIFY(m_sim.setFaults(crm, QJsonObject{{QStringLiteral("latency_ms"), 25}}));
        const QString path = prepareStation();
        QElapsedTimer timer;
        timer.start();
        for (int kill = 0; kill < kills; ++kill) {
            QProcess worker;
            worker.setProcessChannelMode(QProcess::ForwardedErrorChannel);
            worker.start(workerPath(), {QStringLiteral("--db"), path, QStringLiteral("--seed"), QString::number(seed)});
            QVERIFY2(worker.waitForStarted(10000), qPrintable(worker.errorString()));
            const int after = 50 + int(random.bounded(900));
            // The worker never ends by itself: this waits `after` ms, then the kill comes at that random moment.
            QVERIFY2(!worker.waitForFinished(after), "the worker ended before it was killed");
            worker.kill(); // SIGKILL
            QVERIFY(worker.waitForFinished(10000));
        }
        const qint64 killMs = timer.elapsed();
        const int events = eventsIn(path);
        QVERIFY(events > 0);
        // A last run without a kill: writes nothing more and delivers what is left, then exits 0.
        QProcess drain;
        drain.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        drain.start(workerPath(), {QStringLiteral("--db"), path, QStringLiteral("--max-events"),
                                   QString::number(events), QStringLiteral("--drain")});
        QVERIFY(drain.waitForFinished(150000));
        QCOMPARE(drain.exitCode(), 0);

        QString integrity;
        const QStringList states = outboxStates(path, &integrity);
        QCOMPARE(integrity, QStringLiteral("ok"));
        for (const QString &state : states)
            QVERIFY2(state.startsWith(u"DELIVERED:") || state.startsWith(u"DISCARDED:"), qPrintable(state));
        QCOMPARE(eventsIn(path), events);
        int duplicates = 0;
        QStringList report;
        for (Crm crm : allCrms()) {
            const test::StationCheck check = checkStation(path, crm);
            QVERIFY2(check.problem.isEmpty(), qPrintable(check.problem));
            QCOMPARE(check.applied, check.events);
            QCOMPARE(m_sim.stats(crm).value(QStringLiteral("applied")).toInt(), check.applied);
            duplicates += m_sim.stats(crm).value(QStringLiteral("duplicates")).toInt();
            report << describe(crm, check);
        }
        // The script went through every kind of action (the proof is not vacuous; a run of a few kills may not).
        if (kills >= 20) {
            const test::StationCheck atNew = checkStation(path, Crm::New);
            for (const char *type : {"serials.generated", "inward.submitted", "dispatch.submitted",
                                     "complaint.registered", "return_order.created"})
                QVERIFY2(atNew.byType.value(QLatin1String(type)) > 0, type);
            QVERIFY(atNew.byType.value(QStringLiteral("dispatch.cancelled")) + atNew.dropped > 0);
        }
        qInfo("crash: kills=%d events=%d %s replays_answered_as_duplicates=%d lost=0 applied_twice=0 integrity=ok "
              "kill_phase_ms=%lld total_ms=%lld seed=%u",
              kills, events, qPrintable(report.join(u' ')), duplicates, killMs, timer.elapsed(), seed);
    }

    void secondProcessDoesNotSendWhileAnotherDelivers()
    {
        const QString path = prepareStation();
        // This process holds the station's delivery lock, with both CRMs paused: it sends nothing itself.
        SystemClock clock;
        auto holderSettings = [&] {
            auto db = Database::open(path);
            return DeliverySettings::fromSettings(SettingsStore(*db.value()));
        }();
        DeliveryLoop holder(path, holderSettings, clock);
        holder.setToken(Crm::Legacy, CrmSimProcess::legacyToken());
        holder.setToken(Crm::New, CrmSimProcess::newToken());
        for (Crm crm : allCrms())
            holder.setPaused(crm, QStringLiteral("test: the lock holder sends nothing"));
        QVERIFY(holder.start().ok());
        QVERIFY(holder.holdsLock());

        // The worker acts until it has queued 20 events and runs for a second and a half: it must report the other
        // process and send nothing.
        QProcess second;
        second.start(workerPath(), {QStringLiteral("--db"), path, QStringLiteral("--max-events"), QStringLiteral("20"),
                                    QStringLiteral("--run-ms"), QStringLiteral("1500")});
        QVERIFY(second.waitForFinished(30000));
        QCOMPARE(second.exitCode(), 0);
        const QString output = QString::fromUtf8(second.readAllStandardOutput());
        QVERIFY2(output.contains(QStringLiteral("Another process is delivering for this station (pid %1)")
                                     .arg(QCoreApplication::applicationPid())),
                 qPrintable(output));
        const int events = eventsIn(path);
        QVERIFY2(events >= 20, qPrintable(QString::number(events)));
        for (Crm crm : allCrms())
            QCOMPARE(m_sim.stats(crm).value(QStringLiteral("received")).toInt(), 0);

        // Once the holder is gone, the next process delivers everything.
        holder.stop();
        QProcess third;
        third.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        third.start(workerPath(), {QStringLiteral("--db"), path, QStringLiteral("--max-events"),
                                   QString::number(events), QStringLiteral("--drain")});
        QVERIFY(third.waitForFinished(60000));
        QCOMPARE(third.exitCode(), 0);
        QCOMPARE(eventsIn(path), events);
        for (Crm crm : allCrms()) {
            const test::StationCheck check = checkStation(path, crm);
            QVERIFY2(check.problem.isEmpty(), qPrintable(check.problem));
            QCOMPARE(check.applied, check.events);
            QVERIFY(check.applied > 0);
        }
    }
};

QTEST_GUILESS_MAIN(TestCrashDelivery)
#include "TestCrashDelivery.moc"
