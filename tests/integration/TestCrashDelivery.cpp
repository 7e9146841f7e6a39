// The crash proof: fb-crash-worker writes events and delivers them to crm-sim (answers delayed, so requests are often
// applied but not yet answered) and is killed with SIGKILL at random moments, then restarted, FB_CRASH_KILLS times
// (default 50; tests/soak/crash-soak.sh runs 1,000). At the end no event is lost, none applied twice, per-key order
// is kept at both CRMs, and the database passes PRAGMA integrity_check. Also: a second process on the same station
// database does not send while another one is delivering.
#include "CrmSimProcess.h"
#include "SyncProof.h"
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

    int eventsIn(const QString &path)
    {
        auto db = Database::open(path);
        auto q = db.value()->exec(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE crm = 'new'"));
        return q.ok() && q.value().next() ? q.value().value(0).toInt() : -1;
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
        const int keys = 20;
        // Answers 25 ms late: a kill often lands after the CRM applied a request and before the answer was recorded.
        for (Crm crm : allCrms())
            QVERIFY(m_sim.setFaults(crm, QJsonObject{{QStringLiteral("latency_ms"), 25}}));
        const QString path = prepareStation();
        QElapsedTimer timer;
        timer.start();
        for (int kill = 0; kill < kills; ++kill) {
            QProcess worker;
            worker.setProcessChannelMode(QProcess::ForwardedErrorChannel);
            worker.start(workerPath(), {QStringLiteral("--db"), path, QStringLiteral("--keys"), QString::number(keys)});
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
        drain.start(workerPath(), {QStringLiteral("--db"), path, QStringLiteral("--keys"), QString::number(keys),
                                   QStringLiteral("--max-events"), QString::number(events), QStringLiteral("--drain")});
        QVERIFY(drain.waitForFinished(150000));
        QCOMPARE(drain.exitCode(), 0);

        QString integrity;
        const QStringList states = outboxStates(path, &integrity);
        QCOMPARE(integrity, QStringLiteral("ok"));
        QCOMPARE(states, QStringList{QStringLiteral("DELIVERED:%1").arg(events * 2)});
        QSet<QString> expected;
        for (int i = 0; i < events; ++i)
            expected.insert(test::proofEvent(i, keys).data.value(QStringLiteral("request_id")).toString());
        int duplicates = 0;
        for (Crm crm : allCrms()) {
            const test::AppliedCheck check = test::checkApplied(m_sim, crm, expected);
            QVERIFY2(check.problem.isEmpty(), qPrintable(check.problem));
            QCOMPARE(check.applied, events);
            QCOMPARE(m_sim.stats(crm).value(QStringLiteral("applied")).toInt(), events);
            duplicates += m_sim.stats(crm).value(QStringLiteral("duplicates")).toInt();
        }
        qInfo("crash: kills=%d events=%d rows=%d replays_answered_as_duplicates=%d lost=0 applied_twice=0 "
              "integrity=ok kill_phase_ms=%lld total_ms=%lld seed=%u",
              kills, events, events * 2, duplicates, killMs, timer.elapsed(), seed);
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

        // The worker writes 20 events and runs for a second and a half: it must report the other process and send
        // nothing.
        QProcess second;
        second.start(workerPath(), {QStringLiteral("--db"), path, QStringLiteral("--max-events"), QStringLiteral("20"),
                                    QStringLiteral("--run-ms"), QStringLiteral("1500")});
        QVERIFY(second.waitForFinished(30000));
        QCOMPARE(second.exitCode(), 0);
        const QString output = QString::fromUtf8(second.readAllStandardOutput());
        QVERIFY2(output.contains(QStringLiteral("Another process is delivering for this station (pid %1)")
                                     .arg(QCoreApplication::applicationPid())),
                 qPrintable(output));
        QCOMPARE(eventsIn(path), 20);
        for (Crm crm : allCrms())
            QCOMPARE(m_sim.stats(crm).value(QStringLiteral("received")).toInt(), 0);

        // Once the holder is gone, the next process delivers everything.
        holder.stop();
        QProcess third;
        third.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        third.start(workerPath(), {QStringLiteral("--db"), path, QStringLiteral("--max-events"), QStringLiteral("20"),
                                   QStringLiteral("--drain")});
        QVERIFY(third.waitForFinished(60000));
        QCOMPARE(third.exitCode(), 0);
        for (Crm crm : allCrms())
            QCOMPARE(m_sim.stats(crm).value(QStringLiteral("applied")).toInt(), 20);
    }
};

QTEST_GUILESS_MAIN(TestCrashDelivery)
#include "TestCrashDelivery.moc"
