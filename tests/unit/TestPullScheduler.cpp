// The window's pull schedule (sync/pull/PullScheduler) over a fake network on a fake clock: changes on the short
// schedule and master data on the long one; a failed pull retried after an exponential backoff, offline or not, and
// recovering; no token or no address reported, never asked and never retried; settings picked up live and checked;
// never two pulls at once; Pull now only for a logged-in operator; what was pulled kept across a restart.
#include "FakeNetwork.h"
#include "MemoryCredentials.h"

#include "app/core/SyncControl.h"
#include "app/services/PullService.h"
#include "app/services/Station.h"
#include "app/storage/PullStatusStore.h"
#include "sync/pull/PullScheduler.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace fb;
using namespace fb::test;

namespace {

const QString kChanges = QStringLiteral("/api/v2/changes");
const QString kProducts = QStringLiteral("/api/v2/products");
constexpr quint32 kSeed = 7;

Canned page(const QByteArray &items = "[]")
{
    return reply(200, "{\"items\":" + items + ",\"has_more\":false,\"cursor\":\"2025-09-25T17:00:00+05:30\"}");
}

class CountingSync final : public SyncControl
{
public:
    int wakes = 0;
    void reloadNow() override {}
    QString blockedReason(Crm) const override { return {}; }
    void wake() override { ++wakes; }
};

} // namespace

class TestPullScheduler : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    FakeClock m_clock;
    std::unique_ptr<Station> m_station;
    MemoryCredentials m_credentials;
    FakeServer m_server;
    std::unique_ptr<PullScheduler> m_pulls;
    BackoffPolicy m_policy{1000, 2.0, 60000};

    qint64 now() const { return m_clock.now().toMSecsSinceEpoch(); }
    SettingsStore &settings() { return m_station->settings(); }

    int gets(const QString &path)
    {
        int n = 0;
        for (const Sent &s : m_server.requests())
            n += s.url.path() == path ? 1 : 0;
        return n;
    }

    void answerAll(const Canned &answer)
    {
        for (const QString &resource : pullResources())
            m_server.answer(QStringLiteral("/api/v2/") + resource, {answer});
    }

    std::unique_ptr<PullScheduler> makeScheduler()
    {
        auto pulls = std::make_unique<PullScheduler>(m_station->db().path(), settings(), m_credentials, m_clock);
        pulls->setNetworkFactory([this] { return std::make_unique<FakeNam>(m_server); });
        pulls->setTickMs(0); // the test decides when the schedule is looked at
        pulls->setRandomSeed(kSeed);
        return pulls;
    }

    void start()
    {
        m_pulls = makeScheduler();
        Status started = m_pulls->start();
        QVERIFY2(started.ok(), qPrintable(started.message()));
    }

    // Looks at the schedule; when that starts a pull, waits for its end. Returns whether a pull ran.
    bool tick(PullRunReport *report = nullptr)
    {
        QSignalSpy finished(m_pulls.get(), &PullScheduler::pullFinished);
        m_pulls->tick();
        if (!m_pulls->isPulling())
            return false;
        if (!finished.wait(5000))
            qFatal("the pull did not finish");
        if (report)
            *report = finished.first().first().value<PullRunReport>();
        return true;
    }

    std::optional<PullStatus> status(const QString &resource)
    {
        auto s = PullStatusStore(m_station->db()).get(resource);
        return s.ok() ? s.value() : std::nullopt;
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_clock.setNow(FakeClock().now());
        auto station = Station::open(m_dir->path(), m_clock);
        QVERIFY2(station.ok(), qPrintable(station.message()));
        m_station = std::move(station).value();
        QVERIFY(settings().setValue(QStringLiteral("crm.new.url"), QStringLiteral("http://new.invalid/")).ok());
        QVERIFY(settings().setValue(QStringLiteral("sync.backoff.base_ms"), QStringLiteral("1000")).ok());
        QVERIFY(settings().setValue(QStringLiteral("sync.backoff.cap_ms"), QStringLiteral("60000")).ok());
        m_credentials.tokens = {{int(Crm::New), QStringLiteral("new-token")}};
        {
            QMutexLocker lock(&m_server.mutex);
            m_server.script.clear();
            m_server.sent.clear();
        }
        answerAll(page());
    }

    void cleanup()
    {
        m_pulls.reset();
        m_station.reset();
    }

    void changesOnTheShortScheduleMasterDataOnTheLongOne()
    {
        start();
        const qint64 t0 = now();
        // At start both are due: one pull of everything, every resource asked once, with the token.
        PullRunReport report;
        QVERIFY(tick(&report));
        QVERIFY2(report.ok(), qPrintable(report.firstError() ? report.firstError()->message : QString()));
        for (const QString &resource : pullResources())
            QCOMPARE(gets(QStringLiteral("/api/v2/") + resource), 1);
        QCOMPARE(m_server.requests().first().authorization, QByteArray("Bearer new-token"));
        QCOMPARE(m_pulls->plan().nextChangesMs, t0 + 60 * 1000);
        QCOMPARE(m_pulls->plan().nextMasterDataMs, t0 + 60 * 60 * 1000);
        for (const QString &resource : pullResources())
            QVERIFY2(status(resource) && !status(resource)->succeededAt.isEmpty(), qPrintable(resource));

        // 59 s later nothing is due; at 60 s the changes, and only they.
        m_clock.advanceMs(59 * 1000);
        QVERIFY(!tick());
        QCOMPARE(gets(kChanges), 1);
        m_clock.advanceMs(1000);
        QVERIFY(tick(&report));
        QCOMPARE(report.job, PullJob::Changes);
        QCOMPARE(gets(kChanges), 2);
        QCOMPARE(gets(kProducts), 1);
        // Every minute the changes; after an hour the master data as well.
        for (int minute = 2; minute < 60; ++minute) {
            m_clock.advanceMs(60 * 1000);
            QVERIFY(tick(&report));
            QCOMPARE(report.job, PullJob::Changes);
        }
        QCOMPARE(gets(kChanges), 60);
        QCOMPARE(gets(kProducts), 1);
        m_clock.advanceMs(60 * 1000);
        QVERIFY(tick(&report));
        QCOMPARE(report.job, PullJob::Everything);
        QCOMPARE(gets(kProducts), 2);
        QCOMPARE(gets(kChanges), 61);
    }

    void aFailedPullBacksOffExponentiallyAndRecovers()
    {
        QVERIFY(settings().setValue(PullSettings::masterDataKey(), QStringLiteral("0")).ok()); // changes only
        // Offline first (connection refused), then the CRM answers 503, then it is back.
        m_server.answer(kChanges,
                        {networkError(QNetworkReply::ConnectionRefusedError),
                         networkError(QNetworkReply::ConnectionRefusedError), reply(503, "{\"error\":\"down\"}")});
        start();
        PullRunReport report;
        QVERIFY(tick(&report));
        QVERIFY(!report.ok());
        QRandomGenerator expected(kSeed); // the scheduler draws its jitter from the same sequence
        for (int failures = 1; failures <= 6; ++failures) {
            const PullPlan plan = m_pulls->plan();
            QCOMPARE(plan.changesFailures, failures);
            const qint64 delay = backoffDelayMs(m_policy, failures, std::nullopt, expected);
            QVERIFY(delay <= backoffCeilingMs(m_policy, failures)); // 1 s, 2 s, 4 s … : exponential
            QCOMPARE(plan.nextChangesMs, now() + delay);
            const auto kept = status(changesResource());
            QVERIFY(kept);
            QCOMPARE(kept->failures, failures);
            QVERIFY2(
                kept->error.contains(failures <= 2 ? QStringLiteral("fake network error") : QStringLiteral("HTTP 503")),
                qPrintable(kept->error));
            // Not a moment before the backoff is over: no request, no storm.
            const int asked = gets(kChanges);
            if (delay > 0) {
                m_clock.advanceMs(delay - 1);
                QVERIFY(!tick());
                QCOMPARE(gets(kChanges), asked);
                m_clock.advanceMs(1);
            }
            if (failures == 6)
                m_server.answer(kChanges, {page()}); // back
            QVERIFY(tick(&report));
            QCOMPARE(gets(kChanges), asked + 1);
        }
        QVERIFY(report.ok());
        QCOMPARE(m_pulls->plan().changesFailures, 0);
        QCOMPARE(m_pulls->plan().nextChangesMs, now() + 60 * 1000); // back on its schedule
        QCOMPARE(status(changesResource())->failures, 0);
        QVERIFY(status(changesResource())->error.isEmpty());
    }

    void noTokenOrNoAddressIsReportedNeitherAskedNorRetried()
    {
        m_credentials.tokens.clear();
        start();
        QSignalSpy planChanged(m_pulls.get(), &PullControl::planChanged);
        QVERIFY(!tick());
        QVERIFY2(m_pulls->plan().blockedReason.contains(QStringLiteral("No token for the new CRM")),
                 qPrintable(m_pulls->plan().blockedReason));
        QVERIFY(planChanged.count() > 0);
        for (int minute = 0; minute < 10; ++minute) {
            m_clock.advanceMs(60 * 1000);
            QVERIFY(!tick());
        }
        QCOMPARE(m_server.requests().size(), 0);
        QVERIFY(PullStatusStore(m_station->db()).all()->isEmpty()); // not a failure: nothing was tried
        QCOMPARE(m_pulls->plan().changesFailures, 0);
        const Status refused =
            PullService(m_station->db(), m_pulls.get()).pullNow(Actor{QStringLiteral("W001"), {}, Role::Warehouse, {}});
        QCOMPARE(refused.error().code, QStringLiteral("pull.blocked"));
        QVERIFY(refused.message().contains(QStringLiteral("credentials set new")));

        // floorbridge-ctl credentials set new stores a token and stamps the change: picked up at the next look.
        m_credentials.tokens = {{int(Crm::New), QStringLiteral("new-token")}};
        QVERIFY(settings().setValue(SettingsStore::credentialsChangedKey(Crm::New), QStringLiteral("now")).ok());
        QVERIFY(tick());
        QVERIFY(m_pulls->plan().blockedReason.isEmpty());
        QCOMPARE(gets(kChanges), 1);

        // No address: said so, nothing asked.
        QVERIFY(settings().remove(QStringLiteral("crm.new.url")).ok());
        m_clock.advanceMs(60 * 60 * 1000);
        QVERIFY(!tick());
        QVERIFY2(m_pulls->plan().blockedReason.contains(QStringLiteral("crm.new.url")),
                 qPrintable(m_pulls->plan().blockedReason));
        QCOMPARE(gets(kChanges), 1);
    }

    void settingsArePickedUpLive()
    {
        start();
        QVERIFY(tick());
        const qint64 t0 = now();
        QVERIFY(settings().setValue(PullSettings::changesKey(), QStringLiteral("10")).ok());
        QVERIFY(!tick());
        QCOMPARE(m_pulls->plan().nextChangesMs, t0 + 10 * 1000);
        m_clock.advanceMs(10 * 1000);
        QVERIFY(tick());
        QCOMPARE(gets(kChanges), 2);
        // Unreadable: the default (60 s), not a pull every tick.
        QVERIFY(settings().setValue(PullSettings::changesKey(), QStringLiteral("often")).ok());
        QVERIFY(!tick());
        QCOMPARE(m_pulls->plan().nextChangesMs, now() + 60 * 1000);
        // 0: only on demand.
        QVERIFY(settings().setValue(PullSettings::changesKey(), QStringLiteral("0")).ok());
        QVERIFY(settings().setValue(PullSettings::masterDataKey(), QStringLiteral("0")).ok());
        m_clock.advanceMs(24 * 3600 * 1000LL);
        QVERIFY(!tick());
        QCOMPARE(m_pulls->plan().nextChangesMs, 0);
        QCOMPARE(m_pulls->plan().nextMasterDataMs, 0);
        QCOMPARE(gets(kChanges), 2);
        QVERIFY(settings().setValue(PullSettings::masterDataKey(), QStringLiteral("5")).ok());
        QVERIFY(tick()); // master data last pulled a day ago: due at once
        QCOMPARE(gets(kProducts), 2);
        QCOMPARE(gets(kChanges), 2);
    }

    void checkRefusesValuesItCannotUse_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("code"); // empty: accepted
        const QString changes = PullSettings::changesKey();
        const QString master = PullSettings::masterDataKey();
        QTest::newRow("changes default") << changes << QStringLiteral("60") << QString();
        QTest::newRow("changes off") << changes << QStringLiteral("0") << QString();
        QTest::newRow("changes fastest") << changes << QStringLiteral("5") << QString();
        QTest::newRow("changes too fast") << changes << QStringLiteral("4") << QStringLiteral("settings.range");
        QTest::newRow("changes over a day") << changes << QStringLiteral("86401") << QStringLiteral("settings.range");
        QTest::newRow("changes negative") << changes << QStringLiteral("-60") << QStringLiteral("settings.range");
        QTest::newRow("changes text") << changes << QStringLiteral("1m") << QStringLiteral("settings.range");
        QTest::newRow("master data a day") << master << QStringLiteral("1440") << QString();
        QTest::newRow("master data off") << master << QStringLiteral("0") << QString();
        QTest::newRow("master data over a week")
            << master << QStringLiteral("10081") << QStringLiteral("settings.range");
        QTest::newRow("misspelt key") << QStringLiteral("sync.pull.change_seconds") << QStringLiteral("60")
                                      << QStringLiteral("settings.unknown");
        QTest::newRow("not a pull key") << QStringLiteral("sync.poll_ms") << QStringLiteral("x") << QString();
    }

    void checkRefusesValuesItCannotUse()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        QFETCH(QString, code);
        const Status checked = PullSettings::check(key, value);
        QCOMPARE(checked.ok() ? QString() : checked.error().code, code);
        if (!checked.ok())
            QVERIFY2(checked.message().contains(key), qPrintable(checked.message()));
    }

    void neverTwoPullsAtOnce()
    {
        m_server.answer(kProducts, {silence()}); // the master-data pull hangs
        start();
        m_pulls->tick();
        QVERIFY(m_pulls->isPulling());
        QTRY_COMPARE(gets(kProducts), 1);
        for (int i = 0; i < 5; ++i) {
            m_clock.advanceMs(10 * 60 * 1000);
            m_pulls->tick();
        }
        QCOMPARE(gets(kProducts), 1);
        QCOMPARE(gets(kChanges), 0);
        QCOMPARE(m_pulls->plan().running, QStringLiteral("products"));
        // Pull now while it hangs: it is queued behind it, not started beside it.
        QVERIFY(m_pulls->pullNow().ok());
        QVERIFY(m_pulls->plan().pullNowQueued);
        QCOMPARE(gets(kProducts), 1);
        // Closing the window drops the hanging pull; nothing of it was applied.
        m_pulls->stop();
        QVERIFY(!m_pulls->isPulling());
        QVERIFY(!status(QStringLiteral("products")));
    }

    void pullNowNeedsAnOperatorAndPullsEverything()
    {
        QVERIFY(settings().setValue(PullSettings::changesKey(), QStringLiteral("0")).ok());
        QVERIFY(settings().setValue(PullSettings::masterDataKey(), QStringLiteral("0")).ok());
        m_server.answer(kProducts, {page(R"([{"id":"9","code":"CGSTV99","name":"99 inch TV","models":["CG-99"]}])")});
        CountingSync sync;
        start();
        m_pulls->setSyncControl(&sync);
        QVERIFY(!tick()); // on demand only
        PullService service(m_station->db(), m_pulls.get());
        QCOMPARE(service.pullNow(Actor{}).error().code, QStringLiteral("auth.not_logged_in"));
        QCOMPARE(m_server.requests().size(), 0);

        QSignalSpy applied(m_pulls.get(), &PullControl::applied);
        QSignalSpy finished(m_pulls.get(), &PullScheduler::pullFinished);
        const Status asked = service.pullNow(Actor{QStringLiteral("T100"), {}, Role::Technician, {}});
        QVERIFY2(asked.ok(), qPrintable(asked.message()));
        QVERIFY(finished.wait(5000));
        for (const QString &resource : pullResources())
            QCOMPARE(gets(QStringLiteral("/api/v2/") + resource), 1);
        QCOMPARE(applied.count(), 1);
        QCOMPARE(applied.first().first().toStringList(), QStringList{QStringLiteral("products")});
        QCOMPARE(sync.wakes, 1);
        // The overview the Sync page shows: every resource, what it brought, on demand only.
        auto overview = service.overview();
        QVERIFY(overview.ok());
        QCOMPARE(overview->size(), pullResources().size());
        QCOMPARE(overview->at(0).resource, changesResource());
        for (const PullResourceState &state : *overview) {
            QVERIFY(state.last);
            QCOMPARE(state.nextMs, 0);
            QCOMPARE(state.last->applied, state.resource == u"products" ? 1 : 0);
        }
    }

    void whatWasPulledSurvivesARestart()
    {
        start();
        QVERIFY(tick());
        const qint64 t0 = now();
        m_pulls->stop();
        m_clock.advanceMs(10 * 60 * 1000);
        start();
        // Master data is 10 minutes old: due 50 minutes from now, not at once. Changes are due at once.
        QCOMPARE(m_pulls->plan().nextMasterDataMs, t0 + 60 * 60 * 1000);
        QCOMPARE(m_pulls->plan().nextChangesMs, now());
        PullRunReport report;
        QVERIFY(tick(&report));
        QCOMPARE(report.job, PullJob::Changes);
        QCOMPARE(gets(kProducts), 1);
        // Without a schedule running (another window, floorbridge-ctl) the page still shows what was pulled.
        auto overview = PullService(m_station->db()).overview();
        QVERIFY(overview.ok());
        for (const PullResourceState &state : *overview) {
            QVERIFY2(state.last && !state.last->succeededAt.isEmpty(), qPrintable(state.resource));
            QCOMPARE(state.nextMs, 0);
        }
    }
};

QTEST_GUILESS_MAIN(TestPullScheduler)
#include "TestPullScheduler.moc"
