// The delivery loop over a fake network: what goes on the wire, and what each kind of answer does to the row —
// including the awkward ones (malformed or empty error bodies, Retry-After, 401, no answer at all).
#include "FakeNetwork.h"
#include "MemoryCredentials.h"
#include "app/storage/Database.h"
#include "app/storage/Outbox.h"
#include "app/storage/OutboxStore.h"
#include "app/storage/SettingsStore.h"
#include "sync/SyncEngine.h"
#include "sync/delivery/DeliveryLoop.h"

#include <QBuffer>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

using namespace fb;
using namespace fb::test;

namespace {

const QString kLegacyInward = QStringLiteral("/legacy/api/inventory/inward");
const QString kNewInward = QStringLiteral("/new/api/v2/inwards");

} // namespace

class TestDeliveryFakeNam : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    FakeClock m_clock;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<FakeServer> m_server;
    std::unique_ptr<DeliveryLoop> m_loop;
    Actor m_actor{QStringLiteral("W001"), QStringLiteral("Wasim"), Role::Warehouse, QStringLiteral("ST01")};

    QString dbPath() const { return m_dir.filePath(QStringLiteral("floorbridge.db")); }

    DeliverySettings settings() const
    {
        DeliverySettings s;
        s.maxAttempts = 3;
        s.backoff = BackoffPolicy{1000, 2.0, 60000};
        s.timeoutMs = 2000;
        s.concurrency = 4;
        s.pollMs = 50;
        s.urls[size_t(Crm::Legacy)] = QUrl(QStringLiteral("http://legacy.invalid/legacy"));
        s.urls[size_t(Crm::New)] = QUrl(QStringLiteral("http://new.invalid/new/"));
        return s;
    }

    std::unique_ptr<DeliveryLoop> makeLoop(const DeliverySettings &with)
    {
        FakeServer *server = m_server.get();
        auto loop = std::make_unique<DeliveryLoop>(dbPath(), with, m_clock,
                                                   [server] { return std::make_unique<FakeNam>(*server); });
        loop->setRandomSeed(1);
        loop->setToken(Crm::Legacy, QStringLiteral("legacy-secret"));
        loop->setToken(Crm::New, QStringLiteral("new-secret"));
        return loop;
    }

    void startLoop() { startLoopWith(settings()); }
    void startLoopWith(const DeliverySettings &with)
    {
        m_loop = makeLoop(with);
        Status s = m_loop->start();
        QVERIFY2(s.ok(), qPrintable(s.message()));
    }

    QString enqueue(const QString &key, const QString &type = QStringLiteral("inward.submitted"),
                    const QList<Crm> &targets = allCrms())
    {
        OutboxWriter writer(*m_db, m_clock);
        QString eventId;
        Status s = m_db->write([&]() -> Status {
            auto id = writer.enqueue(
                m_actor, OutboxEvent{type, QStringList{key},
                                     QJsonObject{{QStringLiteral("request_id"), key}, {QStringLiteral("total_sr"), 1}},
                                     targets});
            if (!id.ok())
                return id.error();
            eventId = id.value();
            return Ok{};
        });
        if (!s.ok())
            qWarning("enqueue: %s", qPrintable(s.message()));
        if (m_loop)
            m_loop->wake();
        return eventId;
    }

    OutboxRow row(const QString &eventId, Crm crm)
    {
        OutboxStore store(*m_db);
        const QList<OutboxRow> rows = store.list(OutboxFilter{crm, {}, {}, {}, 0}).value();
        for (const OutboxRow &r : rows) {
            if (r.eventId == eventId)
                return r;
        }
        return {};
    }
    OutboxState state(const QString &eventId, Crm crm) { return row(eventId, crm).state; }
    int sentTo(const QString &path)
    {
        int n = 0;
        for (const Sent &s : m_server->requests())
            n += s.url.path() == path ? 1 : 0;
        return n;
    }

private slots:
    void init()
    {
        m_loop.reset();
        m_db.reset();
        for (const char *suffix : {"", "-wal", "-shm"})
            QFile::remove(dbPath() + QLatin1String(suffix));
        auto db = Database::open(dbPath());
        QVERIFY2(db.ok(), qPrintable(db.message()));
        m_db = std::move(db).value();
        m_server = std::make_unique<FakeServer>();
    }

    void cleanup()
    {
        m_loop.reset();
        m_db.reset();
        QDir(m_dir.filePath(QStringLiteral("mappings"))).removeRecursively();
        QFile::remove(DeliveryLoop::lockPath(dbPath()));
    }

    // Issue 12, answers read by their meaning: 409 "in progress" waits and retries under the same key; 409 "already
    // applied" is the delivery whose first answer was lost. Both were the failed queue before.
    void conflictInProgressRetriesAndAlreadyAppliedIsDelivered()
    {
        m_server->answer(kNewInward,
                         {reply(409, R"({"error":"still being processed","code":"idempotency_key_in_progress"})",
                                {{"Retry-After", "2"}}),
                          reply(409, R"({"error":"was already applied","code":"idempotency_key_already_applied"})")});
        startLoop();
        const qint64 now = m_clock.now().toMSecsSinceEpoch();
        const QString eventId = enqueue(QStringLiteral("CF-1"), QStringLiteral("inward.submitted"), {Crm::New});
        QTRY_COMPARE(row(eventId, Crm::New).attempts, 1);
        OutboxRow r = row(eventId, Crm::New);
        QCOMPARE(r.state, OutboxState::Pending);
        QCOMPARE(r.lastStatus, 409);
        QCOMPARE(r.nextAttemptMs, now + 2000); // Retry-After honoured
        QVERIFY2(r.lastError.contains(QStringLiteral("still being processed")), qPrintable(r.lastError));
        m_clock.advanceMs(2000);
        m_loop->wake();
        QTRY_COMPARE(state(eventId, Crm::New), OutboxState::Delivered);
        QCOMPARE(row(eventId, Crm::New).attempts, 2);
        const auto sent = m_server->requests();
        QCOMPARE(sent.size(), 2);
        QCOMPARE(sent.at(0).idempotencyKey, sent.at(1).idempotencyKey);
    }

    // Issue 12: a mapping route may say what an acknowledgement looks like; a 2xx reporting an error is not delivered.
    void twoHundredWithAnErrorBodyIsNotADelivery()
    {
        QFile builtIn(QStringLiteral(":/mappings/new.json"));
        QVERIFY(builtIn.open(QIODevice::ReadOnly));
        QJsonObject mapping = QJsonDocument::fromJson(builtIn.readAll()).object();
        QJsonObject events = mapping.value(QStringLiteral("events")).toObject();
        QJsonObject inward = events.value(QStringLiteral("inward.submitted")).toObject();
        inward.insert(QStringLiteral("ack"),
                      QJsonObject{{QStringLiteral("field"), QStringLiteral("status")},
                                  {QStringLiteral("accepted"), QJsonArray{QStringLiteral("ok")}},
                                  {QStringLiteral("retry"), QJsonArray{QStringLiteral("busy")}}});
        events.insert(QStringLiteral("inward.submitted"), inward);
        mapping.insert(QStringLiteral("events"), events);
        QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("mappings")));
        QFile override(m_dir.filePath(QStringLiteral("mappings/new.json")));
        QVERIFY(override.open(QIODevice::WriteOnly));
        override.write(QJsonDocument(mapping).toJson());
        override.close();

        m_server->answer(kNewInward, {reply(201, R"({"status":"error","error":"Warehouse WH9 is closed"})"),
                                      reply(201, R"({"status":"busy"})"), reply(201, R"({"status":"ok"})")});
        startLoop();
        const QString refused = enqueue(QStringLiteral("AK-1"), QStringLiteral("inward.submitted"), {Crm::New});
        QTRY_COMPARE(state(refused, Crm::New), OutboxState::Failed);
        QVERIFY2(row(refused, Crm::New).lastError.contains(QStringLiteral("Warehouse WH9 is closed")),
                 qPrintable(row(refused, Crm::New).lastError));
        QCOMPARE(row(refused, Crm::New).lastStatus, 201);
        const QString busy = enqueue(QStringLiteral("AK-2"), QStringLiteral("inward.submitted"), {Crm::New});
        QTRY_COMPARE(row(busy, Crm::New).attempts, 1);
        QCOMPARE(state(busy, Crm::New), OutboxState::Pending); // "busy" is declared a retry
        m_clock.advanceMs(1001);
        m_loop->wake();
        QTRY_COMPARE(state(busy, Crm::New), OutboxState::Delivered);
    }

    // Issue 12: an answer's body is read with a cap; an endless one is cut off, and its status still counts.
    void endlessAnswerBodyIsCutOff()
    {
        m_server->answer(kNewInward, {endlessBody(201)});
        startLoop();
        const QString eventId = enqueue(QStringLiteral("EB-1"), QStringLiteral("inward.submitted"), {Crm::New});
        QTRY_COMPARE(state(eventId, Crm::New), OutboxState::Delivered);
        QCOMPARE(sentTo(kNewInward), 1);
    }

    // Issue 12: the answer arrived but could not be recorded (a statement failed: disk full). The row used to stay
    // IN_FLIGHT, holding its key, until a restart; now it goes back to PENDING and is re-sent under the same key.
    void unrecordedAnswerPutsTheRowBackToPending()
    {
        QVERIFY(m_db->exec(QStringLiteral("CREATE TRIGGER fail_first_delivery BEFORE UPDATE OF state ON outbox WHEN "
                                          "NEW.state = 'DELIVERED' AND OLD.attempts = 0 BEGIN SELECT RAISE(ABORT, "
                                          "'database or disk is full (simulated)'); END"))
                    .ok());
        m_server->answer(kNewInward, {reply(201, "{}")});
        startLoop();
        const QString eventId = enqueue(QStringLiteral("UR-1"), QStringLiteral("inward.submitted"), {Crm::New});
        QTRY_COMPARE(sentTo(kNewInward), 1);
        QTRY_VERIFY(state(eventId, Crm::New) != OutboxState::InFlight);
        QVERIFY2(row(eventId, Crm::New).lastError.contains(QStringLiteral("could not be recorded")),
                 qPrintable(row(eventId, Crm::New).lastError));
        m_clock.advanceMs(1001);
        m_loop->wake();
        QTRY_COMPARE(state(eventId, Crm::New), OutboxState::Delivered);
        const auto sent = m_server->requests();
        QCOMPARE(sent.size(), 2);
        QCOMPARE(sent.at(0).idempotencyKey, sent.at(1).idempotencyKey);
    }

    // Issue 12: the clock stepped back a year must not park a retry, or the failed queue, for a year.
    void clockSteppedBackDoesNotParkRows()
    {
        m_server->answer(kNewInward, {reply(503), reply(201, "{}")});
        m_server->answer(kLegacyInward, {reply(422, R"({"error":"unknown warehouse"})"), reply(200, "{}")});
        DeliverySettings with = settings();
        with.failedRetryMs = 60000;
        startLoopWith(with);
        const QString eventId = enqueue(QStringLiteral("CK-1"));
        QTRY_COMPARE(row(eventId, Crm::New).attempts, 1);
        QTRY_COMPARE(state(eventId, Crm::Legacy), OutboxState::Failed);
        QCOMPARE(state(eventId, Crm::New), OutboxState::Pending);
        const QDateTime stepped = m_clock.now().addYears(-1);
        m_clock.setNow(stepped);
        m_loop->wake();
        const qint64 maxWait = maxWaitMs(with.backoff);
        QCOMPARE(maxWait, 3600000);
        QTRY_COMPARE(row(eventId, Crm::New).nextAttemptMs, stepped.toMSecsSinceEpoch() + maxWait);
        m_clock.advanceMs(60000);
        m_loop->wake();
        QTRY_COMPARE(state(eventId, Crm::Legacy), OutboxState::Delivered); // the failed queue's hour, not a year
        m_clock.advanceMs(maxWait);
        m_loop->wake();
        QTRY_COMPARE(state(eventId, Crm::New), OutboxState::Delivered);
    }

    // Issue 12: a lock file nobody can own (empty, garbled, a dead process's) is taken over.
    void unusableLockFileIsTakenOver_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("garbled") << QByteArray("\x7f\x45LF not a lock\n");
        QTest::newRow("dead process") << ("2147483000\nfloorbridge\n" + QSysInfo::machineHostName().toUtf8() + "\n");
    }

    void unusableLockFileIsTakenOver()
    {
        QFETCH(QByteArray, content);
        QFile lock(DeliveryLoop::lockPath(dbPath()));
        QVERIFY(lock.open(QIODevice::WriteOnly | QIODevice::Truncate));
        lock.write(content);
        lock.close();
        m_server->answer(kNewInward, {reply(201, "{}")});
        startLoop();
        QTRY_VERIFY(m_loop->holdsLock());
        const QString eventId = enqueue(QStringLiteral("LF-1"), QStringLiteral("inward.submitted"), {Crm::New});
        QTRY_COMPARE(state(eventId, Crm::New), OutboxState::Delivered);
    }

    // Issue 12: two spellings of one database (here a symlink) share one lock.
    void lockFollowsTheCanonicalDatabasePath()
    {
        const QString alias = m_dir.filePath(QStringLiteral("alias.db"));
        QFile::remove(alias);
        QVERIFY(QFile::link(dbPath(), alias));
        QCOMPARE(DeliveryLoop::lockPath(alias), DeliveryLoop::lockPath(dbPath()));
        startLoop();
        QVERIFY(m_loop->holdsLock());
        FakeServer *server = m_server.get();
        DeliveryLoop second(alias, settings(), m_clock, [server] { return std::make_unique<FakeNam>(*server); });
        second.setToken(Crm::New, QStringLiteral("new-secret"));
        QVERIFY(second.start().ok());
        QVERIFY(!second.holdsLock());
        QVERIFY2(second.status(Crm::New).blockedReason.contains(QStringLiteral("Another process is delivering")),
                 qPrintable(second.status(Crm::New).blockedReason));
        second.stop();
        QFile::remove(alias);
    }

    void sendsEachCrmItsRequest()
    {
        startLoop();
        const QString eventId = enqueue(QStringLiteral("INW-1"));
        QTRY_COMPARE(state(eventId, Crm::Legacy), OutboxState::Delivered);
        QTRY_COMPARE(state(eventId, Crm::New), OutboxState::Delivered);
        const auto sent = m_server->requests();
        QCOMPARE(sent.size(), 2);
        for (const Sent &s : sent) {
            const bool legacy = s.url.host() == u"legacy.invalid";
            QCOMPARE(s.method, QByteArray("POST"));
            QCOMPARE(s.url.path(), legacy ? kLegacyInward : kNewInward);
            QCOMPARE(s.authorization, legacy ? QByteArray("Bearer legacy-secret") : QByteArray("Bearer new-secret"));
            QCOMPARE(s.idempotencyKey,
                     (eventId + (legacy ? QStringLiteral(":legacy") : QStringLiteral(":new"))).toUtf8());
            QCOMPARE(s.contentType, QByteArray("application/json"));
            const QJsonObject body = QJsonDocument::fromJson(s.body).object();
            if (legacy) { // seed 000's body: the business payload itself
                QCOMPARE(body.value(QStringLiteral("request_id")).toString(), QStringLiteral("INW-1"));
                QVERIFY(!body.contains(QStringLiteral("event_id")));
            } else { // the whole envelope
                QCOMPARE(body.value(QStringLiteral("event_id")).toString(), eventId);
                QCOMPARE(body.value(QStringLiteral("event_type")).toString(), QStringLiteral("inward.submitted"));
                QCOMPARE(body.value(QStringLiteral("data")).toObject().value(QStringLiteral("total_sr")).toInt(), 1);
            }
        }
        QCOMPARE(row(eventId, Crm::New).attempts, 1);
    }

    void malformedErrorBodyFailsWithTheBodyText()
    {
        m_server->answer(kLegacyInward, {reply(422, "{\"error\": \"total_sr: expec")});
        startLoop();
        const QString eventId = enqueue(QStringLiteral("INW-2"));
        QTRY_COMPARE(state(eventId, Crm::Legacy), OutboxState::Failed);
        const OutboxRow r = row(eventId, Crm::Legacy);
        QCOMPARE(r.lastStatus, 422);
        QCOMPARE(r.lastError, QStringLiteral("HTTP 422: {\"error\": \"total_sr: expec"));
        QTRY_COMPARE(state(eventId, Crm::New), OutboxState::Delivered); // the other CRM is unaffected
    }

    void jsonErrorMessageAndFieldAreKept()
    {
        m_server->answer(kLegacyInward,
                         {reply(422, "{\"error\":\"expected string\",\"field\":\"products[1].serial_list[0]\"}")});
        startLoop();
        const QString eventId = enqueue(QStringLiteral("INW-3"));
        QTRY_COMPARE(state(eventId, Crm::Legacy), OutboxState::Failed);
        QCOMPARE(row(eventId, Crm::Legacy).lastError,
                 QStringLiteral("HTTP 422: products[1].serial_list[0]: expected string"));
    }

    void emptyBody5xxIsRetriedWithBackoff()
    {
        m_server->answer(kNewInward, {reply(500), reply(201, "{\"status\":\"ok\"}")});
        startLoop();
        const qint64 before = m_clock.now().toMSecsSinceEpoch();
        const QString eventId = enqueue(QStringLiteral("INW-4"), QStringLiteral("inward.submitted"), {Crm::New});
        QTRY_COMPARE(row(eventId, Crm::New).attempts, 1);
        OutboxRow r = row(eventId, Crm::New);
        QCOMPARE(r.state, OutboxState::Pending);
        QCOMPARE(r.lastError, QStringLiteral("HTTP 500"));
        QVERIFY(r.nextAttemptMs >= before && r.nextAttemptMs <= before + 1000); // full jitter in [0, base]
        QCOMPARE(sentTo(kNewInward), 1);
        // Not due yet (the fake clock has not moved, unless jitter picked 0): advance past the window.
        m_clock.advanceMs(1001);
        m_loop->wake();
        QTRY_COMPARE(state(eventId, Crm::New), OutboxState::Delivered);
        QCOMPARE(row(eventId, Crm::New).attempts, 2);
        QCOMPARE(sentTo(kNewInward), 2);
    }

    void retryAfterIsHonoured()
    {
        m_server->answer(kNewInward, {reply(429, "{\"error\":\"slow down\"}", {{"Retry-After", "30"}})});
        startLoop();
        const qint64 now = m_clock.now().toMSecsSinceEpoch();
        const QString eventId = enqueue(QStringLiteral("INW-5"), QStringLiteral("inward.submitted"), {Crm::New});
        QTRY_COMPARE(row(eventId, Crm::New).attempts, 1);
        const OutboxRow r = row(eventId, Crm::New);
        QCOMPARE(r.nextAttemptMs, now + 30000); // the floor beats a jitter of at most 1 s
        QCOMPARE(r.lastError, QStringLiteral("HTTP 429: slow down"));
        m_clock.advanceMs(29000);
        m_loop->wake();
        QTest::qWait(100); // the loop must NOT send before the CRM's Retry-After (bounded wait: proving an absence)
        QCOMPARE(sentTo(kNewInward), 1);
    }

    void networkErrorsAreTransientUntilMaxAttempts()
    {
        m_server->answer(kNewInward, {networkError(QNetworkReply::ConnectionRefusedError)});
        startLoop();
        const QString eventId = enqueue(QStringLiteral("INW-6"), QStringLiteral("inward.submitted"), {Crm::New});
        for (int attempt = 1; attempt < 3; ++attempt) {
            QTRY_COMPARE(row(eventId, Crm::New).attempts, attempt);
            QCOMPARE(row(eventId, Crm::New).state, OutboxState::Pending);
            QVERIFY(row(eventId, Crm::New).lastError.startsWith(QStringLiteral("Network error: ")));
            m_clock.advanceMs(60000);
            m_loop->wake();
        }
        QTRY_COMPARE(state(eventId, Crm::New), OutboxState::Failed); // max attempts 3
        QVERIFY2(row(eventId, Crm::New).lastError.startsWith(QStringLiteral("Gave up after 3 attempts")),
                 qPrintable(row(eventId, Crm::New).lastError));
    }

    void unauthorizedPausesOnlyThatCrm()
    {
        m_server->answer(kLegacyInward, {reply(401, "{\"error\":\"invalid token\"}")});
        startLoop();
        QSignalSpy paused(m_loop.get(), &DeliveryLoop::crmPaused);
        const QString first = enqueue(QStringLiteral("INW-7"));
        QVERIFY(paused.wait(5000));
        QCOMPARE(paused.first().at(0).value<Crm>(), Crm::Legacy);
        QVERIFY2(paused.first().at(1).toString().contains(QStringLiteral("invalid token")),
                 qPrintable(paused.first().at(1).toString()));
        QVERIFY(!paused.first().at(1).toString().contains(QStringLiteral("legacy-secret")));
        QTRY_COMPARE(state(first, Crm::New), OutboxState::Delivered);
        const OutboxRow held = row(first, Crm::Legacy);
        QCOMPARE(held.state, OutboxState::Pending); // not the event's fault: no attempt counted, not failed
        QCOMPARE(held.attempts, 0);
        QCOMPARE(held.lastStatus, 401);
        // While paused, nothing more goes to the legacy CRM; the new one keeps going.
        const QString second = enqueue(QStringLiteral("INW-8"));
        QTRY_COMPARE(state(second, Crm::New), OutboxState::Delivered);
        QCOMPARE(sentTo(kLegacyInward), 1);
        QVERIFY(!m_loop->status(Crm::Legacy).pausedReason.isEmpty());
        // A new token and a resume deliver the backlog.
        m_server->answer(kLegacyInward, {reply(200, "{\"status\":\"ok\"}")});
        m_loop->setToken(Crm::Legacy, QStringLiteral("fixed"));
        m_loop->setPaused(Crm::Legacy, {});
        QTRY_COMPARE(state(first, Crm::Legacy), OutboxState::Delivered);
        QTRY_COMPARE(state(second, Crm::Legacy), OutboxState::Delivered);
        QCOMPARE(m_server->requests().constLast().authorization, QByteArray("Bearer fixed"));
    }

    void unknownEventTypeFailsNamingIt()
    {
        startLoop();
        const QString eventId = enqueue(QStringLiteral("DO-1"), QStringLiteral("dispatch.exploded"), {Crm::Legacy});
        QTRY_COMPARE(state(eventId, Crm::Legacy), OutboxState::Failed);
        QVERIFY2(row(eventId, Crm::Legacy).lastError.contains(QStringLiteral("'dispatch.exploded'")),
                 qPrintable(row(eventId, Crm::Legacy).lastError));
        QCOMPARE(m_server->requests().size(), 0);
    }

    void sameKeyIsSentInOrder()
    {
        m_server->answer(kNewInward, {reply(503), reply(201, "{}")});
        startLoop();
        const QString first = enqueue(QStringLiteral("SN-1"), QStringLiteral("inward.submitted"), {Crm::New});
        const QString second = enqueue(QStringLiteral("SN-1"), QStringLiteral("inward.submitted"), {Crm::New});
        QTRY_COMPARE(row(first, Crm::New).attempts, 1);
        QTest::qWait(100); // bounded wait proving an absence: the second must not overtake the first
        QCOMPARE(state(second, Crm::New), OutboxState::Pending);
        QCOMPARE(sentTo(kNewInward), 1);
        m_clock.advanceMs(2000);
        m_loop->wake();
        QTRY_COMPARE(state(second, Crm::New), OutboxState::Delivered);
        QCOMPARE(state(first, Crm::New), OutboxState::Delivered);
        const auto sent = m_server->requests();
        QCOMPARE(sent.size(), 3);
        QCOMPARE(sent.at(1).idempotencyKey, (first + QStringLiteral(":new")).toUtf8());
        QCOMPARE(sent.at(2).idempotencyKey, (second + QStringLiteral(":new")).toUtf8());
    }

    void rateLimitSpacesRequestsPerCrm()
    {
        DeliverySettings with = settings();
        with.ratePerSecond[size_t(Crm::New)] = 10; // one request per 100 ms
        startLoopWith(with);
        for (int i = 0; i < 4; ++i)
            enqueue(QStringLiteral("RL-%1").arg(i), QStringLiteral("inward.submitted"), {Crm::New});
        m_loop->wake();
        QTRY_COMPARE(sentTo(kNewInward), 1);
        QTest::qWait(150); // bounded wait proving an absence: the clock has not moved, no second token yet
        QCOMPARE(sentTo(kNewInward), 1);
        for (int expected = 2; expected <= 4; ++expected) {
            m_clock.advanceMs(100);
            m_loop->wake();
            QTRY_COMPARE(sentTo(kNewInward), expected);
        }
        // The other CRM has no limit: not held back by the new CRM's.
        for (int i = 0; i < 4; ++i)
            enqueue(QStringLiteral("RL-L%1").arg(i), QStringLiteral("inward.submitted"), {Crm::Legacy});
        QTRY_COMPARE(sentTo(kLegacyInward), 4);
    }

    void failedQueueIsRetriedOnScheduleUpToTheCap()
    {
        m_server->answer(kNewInward, {reply(422, "{\"error\":\"unknown warehouse\",\"field\":\"warehouse_code\"}")});
        DeliverySettings with = settings();
        with.failedRetryMs = 60000;
        with.failedRetryCap = 2;
        startLoopWith(with);
        const QString eventId = enqueue(QStringLiteral("FQ-1"), QStringLiteral("inward.submitted"), {Crm::New});
        QTRY_COMPARE(state(eventId, Crm::New), OutboxState::Failed);
        QCOMPARE(sentTo(kNewInward), 1);
        for (int retry = 1; retry <= 2; ++retry) {
            m_clock.advanceMs(59000);
            m_loop->wake();
            QTest::qWait(100); // bounded wait proving an absence: not before the schedule
            QCOMPARE(sentTo(kNewInward), retry);
            m_clock.advanceMs(1000);
            m_loop->wake();
            QTRY_COMPARE(sentTo(kNewInward), retry + 1);
            QTRY_COMPARE(state(eventId, Crm::New), OutboxState::Failed);
        }
        m_clock.advanceMs(120000); // the cap is reached: only an admin can send it again
        m_loop->wake();
        QTest::qWait(100);
        QCOMPARE(sentTo(kNewInward), 3);
        QVERIFY2(row(eventId, Crm::New).lastError.contains(QStringLiteral("unknown warehouse")),
                 qPrintable(row(eventId, Crm::New).lastError));
    }

    void everyAnswerIsMeasured()
    {
        m_server->answer(kNewInward, {reply(503), reply(201, "{}")});
        startLoop();
        const QString eventId = enqueue(QStringLiteral("MS-1"), QStringLiteral("inward.submitted"), {Crm::New});
        QTRY_COMPARE(row(eventId, Crm::New).attempts, 1);
        m_clock.advanceMs(5000);
        m_loop->wake();
        QTRY_COMPARE(state(eventId, Crm::New), OutboxState::Delivered);
        m_clock.advanceMs(5000); // the figures are refreshed every two seconds
        const CrmStatus st = m_loop->status(Crm::New);
        QCOMPARE(st.figures.attempts, 2);
        QCOMPARE(st.figures.errors, 1);
        QCOMPARE(st.figures.errorRate(), 0.5);
        QVERIFY(st.figures.p50Ms >= 0);
        QVERIFY(st.figures.p95Ms >= st.figures.p50Ms);
        QCOMPARE(m_loop->status(Crm::Legacy).figures.attempts, 0);
    }

    void secondLoopOnTheSameDatabaseStandsBy()
    {
        startLoop();
        QVERIFY(m_loop->holdsLock());
        auto second = makeLoop(settings());
        QVERIFY(second->start().ok());
        QVERIFY(!second->holdsLock());
        const QString why = second->status(Crm::New).blockedReason;
        QVERIFY2(why.contains(QStringLiteral("Another process is delivering for this station (pid %1)")
                                  .arg(QCoreApplication::applicationPid())),
                 qPrintable(why));
        QVERIFY(!second->status(Crm::New).delivering());
        const QString eventId = enqueue(QStringLiteral("LK-1"));
        second->wake();
        QTRY_COMPARE(state(eventId, Crm::New), OutboxState::Delivered);
        QTRY_COMPARE(state(eventId, Crm::Legacy), OutboxState::Delivered);
        QCOMPARE(m_server->requests().size(), 2); // sent once per CRM: by the lock holder only
        // The holder stops: the other takes over at its next poll.
        m_loop.reset();
        QTRY_VERIFY(second->holdsLock());
        QTRY_VERIFY(second->status(Crm::New).blockedReason.isEmpty());
        const QString next = enqueue(QStringLiteral("LK-2"), QStringLiteral("inward.submitted"), {Crm::New});
        second->wake();
        QTRY_COMPARE(state(next, Crm::New), OutboxState::Delivered);
    }

    void engineThreadPersistsPauseAndReleasesOnStop()
    {
        SettingsStore settingsStore(*m_db);
        QVERIFY(settingsStore.setValue(QStringLiteral("crm.legacy.url"), QStringLiteral("http://legacy.invalid/legacy"))
                    .ok());
        QVERIFY(settingsStore.setValue(QStringLiteral("crm.new.url"), QStringLiteral("http://new.invalid/new")).ok());
        MemoryCredentials credentials;
        credentials.tokens.insert(int(Crm::Legacy), QStringLiteral("wrong"));
        credentials.tokens.insert(int(Crm::New), QStringLiteral("new-secret"));
        m_server->answer(kLegacyInward, {reply(403, "forbidden")});
        m_server->answer(kNewInward, {silence()}); // never answers
        FakeServer *server = m_server.get();
        SyncEngine engine(dbPath(), settingsStore, credentials, m_clock);
        engine.setNetworkFactory([server] { return std::make_unique<FakeNam>(*server); });
        QVERIFY(engine.start().ok());
        const QString eventId = enqueue(QStringLiteral("INW-9"));
        engine.wake();
        QTRY_VERIFY(!settingsStore.value(SyncEngine::pausedKey(Crm::Legacy)).isEmpty());
        QVERIFY(settingsStore.value(SyncEngine::pausedKey(Crm::Legacy)).contains(QStringLiteral("forbidden")));
        QVERIFY(!engine.status(Crm::Legacy).pausedReason.isEmpty());
        QTRY_COMPARE(state(eventId, Crm::New), OutboxState::InFlight);
        engine.stop();
        QCOMPARE(state(eventId, Crm::New), OutboxState::Pending); // back for the next start, same key
        QCOMPARE(state(eventId, Crm::Legacy), OutboxState::Pending);
        QVERIFY(!engine.status(Crm::New).running);
        // A restart keeps the pause (it is in the settings) until an admin resumes.
        m_server->answer(kNewInward, {reply(201, "{}")});
        m_server->answer(kLegacyInward, {reply(200, "{}")});
        QVERIFY(engine.start().ok());
        QTRY_COMPARE(state(eventId, Crm::New), OutboxState::Delivered);
        QCOMPARE(state(eventId, Crm::Legacy), OutboxState::Pending);
        credentials.tokens.insert(int(Crm::Legacy), QStringLiteral("right"));
        QVERIFY(engine.resume(Crm::Legacy).ok());
        QVERIFY(engine.drainUntilIdle(5000));
        QCOMPARE(state(eventId, Crm::Legacy), OutboxState::Delivered);
        QCOMPARE(engine.status(Crm::Legacy).summary.delivered, 1);
        QVERIFY(settingsStore.value(SyncEngine::pausedKey(Crm::Legacy)).isEmpty());
        engine.stop();
    }
};

QTEST_GUILESS_MAIN(TestDeliveryFakeNam)
#include "TestDeliveryFakeNam.moc"
