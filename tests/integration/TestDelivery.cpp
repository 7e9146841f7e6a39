// Delivery to a real crm-sim over loopback, through SyncEngine and its own thread: both CRMs fed with
// Idempotency-Key and bearer token, outages ridden out, validation failures in the failed queue with the CRM's message,
// a wrong token pausing one CRM only, and replays counted as duplicates.
#include "CrmSimProcess.h"
#include "MemoryCredentials.h"
#include "app/storage/Database.h"
#include "app/storage/Outbox.h"
#include "app/storage/OutboxStore.h"
#include "app/storage/SettingsStore.h"
#include "sync/SyncEngine.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace fb;
using fb::test::CrmSimProcess;
using fb::test::MemoryCredentials;

namespace {

// Seed 000, Stage 2 (the legacy CRM's inward body, and the new CRM's inward data).
QJsonObject stage2(const QString &requestId)
{
    return QJsonDocument::fromJson(QStringLiteral(R"json({
  "request_id": "%1",
  "warehouse_code": "WH001",
  "total_sr": 2,
  "products": [
    {"product_id": "1", "product_code": "CGSTV32",
     "serials": [{"sn": "CGSTV322509251001", "status": "IN_STOCK"}, {"sn": "CGSTV322509251002", "status": "IN_STOCK"}]}
  ],
  "source": "mobile_app",
  "timestamp": "2025-09-25T17:00:00+05:30"
})json")
                                       .arg(requestId)
                                       .toUtf8())
        .object();
}

} // namespace

class TestDelivery : public QObject
{
    Q_OBJECT

    CrmSimProcess m_sim;
    QTemporaryDir m_dir;
    SystemClock m_clock;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<SettingsStore> m_settings;
    MemoryCredentials m_credentials;
    std::unique_ptr<SyncEngine> m_engine;
    Actor m_actor{QStringLiteral("W001"), QStringLiteral("Wasim"), Role::Warehouse, QStringLiteral("ST01")};
    int m_case = 0;

    QString enqueue(const QString &type, const QString &key, const QJsonObject &data)
    {
        OutboxWriter writer(*m_db, m_clock);
        QString eventId;
        Status s = m_db->write([&]() -> Status {
            auto id = writer.enqueue(m_actor, OutboxEvent{type, QStringList{key}, data, allCrms()});
            if (!id.ok())
                return id.error();
            eventId = id.value();
            return Ok{};
        });
        if (!s.ok())
            qWarning("enqueue: %s", qPrintable(s.message()));
        m_engine->wake();
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
    QString stationDir() const { return m_dir.filePath(QStringLiteral("case%1").arg(m_case)); }
    QStringList keysSeen(Crm crm, const QString &path)
    {
        QStringList keys;
        for (const auto &attempt : m_sim.attempts(crm, path))
            keys.append(attempt[QStringLiteral("idempotency_key")].toString());
        return keys;
    }
    QStringList outcomesSeen(Crm crm, const QString &path)
    {
        QStringList outcomes;
        for (const auto &attempt : m_sim.attempts(crm, path))
            outcomes.append(attempt[QStringLiteral("outcome")].toString());
        return outcomes;
    }
    int stat(Crm crm, const char *name) { return m_sim.stats(crm).value(QLatin1String(name)).toInt(); }

private slots:
    void initTestCase() { QVERIFY2(m_sim.start(), qPrintable(m_sim.errorString())); }

    void init()
    {
        QVERIFY(m_sim.reset());
        // A fresh station per case.
        const QString path = m_dir.filePath(QStringLiteral("case%1/floorbridge.db").arg(++m_case));
        auto db = Database::open(path);
        QVERIFY2(db.ok(), qPrintable(db.message()));
        m_db = std::move(db).value();
        m_settings = std::make_unique<SettingsStore>(*m_db);
        const QList<std::pair<QString, QString>> values{
            {QStringLiteral("crm.legacy.url"), m_sim.legacyUrl().toString()},
            {QStringLiteral("crm.new.url"), m_sim.newUrl().toString()},
            {QStringLiteral("sync.backoff.base_ms"), QStringLiteral("50")},
            {QStringLiteral("sync.backoff.cap_ms"), QStringLiteral("200")},
            {QStringLiteral("sync.timeout_ms"), QStringLiteral("3000")},
            {QStringLiteral("sync.poll_ms"), QStringLiteral("100")},
        };
        for (const auto &[key, value] : values)
            QVERIFY(m_settings->setValue(key, value).ok());
        m_credentials.tokens.clear();
        m_credentials.tokens.insert(int(Crm::Legacy), CrmSimProcess::legacyToken());
        m_credentials.tokens.insert(int(Crm::New), CrmSimProcess::newToken());
        m_engine = std::make_unique<SyncEngine>(path, *m_settings, m_credentials, m_clock);
    }

    void cleanup()
    {
        m_engine.reset();
        m_settings.reset();
        m_db.reset();
    }

    void deliversToBothCrmsWithKeyAndToken()
    {
        QVERIFY(m_engine->start().ok());
        QElapsedTimer timer;
        timer.start();
        const QString eventId =
            enqueue(QStringLiteral("inward.submitted"), QStringLiteral("INV-1"), stage2(QStringLiteral("INV-1")));
        QTRY_COMPARE(state(eventId, Crm::Legacy), OutboxState::Delivered);
        QTRY_COMPARE(state(eventId, Crm::New), OutboxState::Delivered);
        qInfo("enqueue to delivered on both CRMs: %lld ms", timer.elapsed());
        const QJsonArray legacy = m_sim.received(Crm::Legacy, QStringLiteral("/api/inventory/inward"));
        QCOMPARE(legacy.size(), 1);
        QCOMPARE(legacy.at(0)[QStringLiteral("idempotency_key")].toString(), eventId + QStringLiteral(":legacy"));
        QCOMPARE(legacy.at(0)[QStringLiteral("body")][QStringLiteral("request_id")].toString(),
                 QStringLiteral("INV-1"));
        const QJsonArray fresh = m_sim.received(Crm::New, QStringLiteral("/api/v2/inwards"));
        QCOMPARE(fresh.size(), 1);
        QCOMPARE(fresh.at(0)[QStringLiteral("idempotency_key")].toString(), eventId + QStringLiteral(":new"));
        QCOMPARE(fresh.at(0)[QStringLiteral("body")][QStringLiteral("event_id")].toString(), eventId);
        // The token is checked by the simulator: an applied write proves the bearer token went along.
        QCOMPARE(stat(Crm::Legacy, "applied"), 1);
        QCOMPARE(stat(Crm::New, "applied"), 1);
        QVERIFY(m_engine->drainUntilIdle(5000));
        QCOMPARE(m_engine->status(Crm::New).summary.delivered, 1);
        QVERIFY(!m_engine->status(Crm::New).summary.lastSuccessAt.isEmpty());
    }

    void outageIsRiddenOutAndDeliveredOnce()
    {
        QVERIFY(m_sim.setFaults(Crm::New, QJsonObject{{QStringLiteral("error_rate"), 1.0}}));
        QVERIFY(m_engine->start().ok());
        const QString eventId =
            enqueue(QStringLiteral("inward.submitted"), QStringLiteral("INV-2"), stage2(QStringLiteral("INV-2")));
        QTRY_VERIFY(row(eventId, Crm::New).attempts >= 2);
        QCOMPARE(row(eventId, Crm::New).state == OutboxState::Delivered, false);
        QCOMPARE(row(eventId, Crm::New).lastStatus, 503);
        QTRY_COMPARE(state(eventId, Crm::Legacy), OutboxState::Delivered); // the legacy CRM did not wait
        QElapsedTimer timer;
        timer.start();
        QVERIFY(m_sim.clearFaults(Crm::New));
        QTRY_COMPARE(state(eventId, Crm::New), OutboxState::Delivered);
        qInfo("recovered %lld ms after the outage ended (backoff cap 200 ms)", timer.elapsed());
        QCOMPARE(stat(Crm::New, "applied"), 1);
        QVERIFY(stat(Crm::New, "faulted") >= 2);
    }

    void validationErrorGoesToTheFailedQueueWithTheCrmsMessage()
    {
        QVERIFY(m_engine->start().ok());
        QJsonObject bad = stage2(QStringLiteral("INV-3"));
        bad.insert(QStringLiteral("total_sr"), QStringLiteral("two")); // the legacy CRM wants an integer
        const QString eventId = enqueue(QStringLiteral("inward.submitted"), QStringLiteral("INV-3"), bad);
        QTRY_COMPARE(state(eventId, Crm::Legacy), OutboxState::Failed);
        const OutboxRow r = row(eventId, Crm::Legacy);
        QCOMPARE(r.lastStatus, 422);
        QVERIFY2(r.lastError.contains(QStringLiteral("total_sr")), qPrintable(r.lastError));
        QCOMPARE(r.attempts, 1); // permanent: no retries
        QCOMPARE(stat(Crm::Legacy, "applied"), 0);
        QTRY_COMPARE(state(eventId, Crm::New), OutboxState::Delivered); // the new CRM does not check that field
        QVERIFY(m_engine->drainUntilIdle(5000));
        QCOMPARE(m_engine->status(Crm::Legacy).summary.failed, 1);
        QCOMPARE(m_engine->status(Crm::Legacy).summary.lastError, r.lastError);
    }

    void wrongTokenPausesThatCrmOnly()
    {
        m_credentials.tokens.insert(int(Crm::Legacy), QStringLiteral("not-the-token"));
        QVERIFY(m_engine->start().ok());
        QSignalSpy status(m_engine.get(), &SyncEngine::crmStatusChanged);
        const QString first =
            enqueue(QStringLiteral("inward.submitted"), QStringLiteral("INV-4"), stage2(QStringLiteral("INV-4")));
        QTRY_VERIFY(!m_settings->value(SyncEngine::pausedKey(Crm::Legacy)).isEmpty());
        QVERIFY(!m_settings->value(SyncEngine::pausedKey(Crm::Legacy)).contains(QStringLiteral("not-the-token")));
        QVERIFY(!m_engine->status(Crm::Legacy).pausedReason.isEmpty());
        QVERIFY(status.count() > 0);
        const QString second =
            enqueue(QStringLiteral("inward.submitted"), QStringLiteral("INV-5"), stage2(QStringLiteral("INV-5")));
        QTRY_COMPARE(state(first, Crm::New), OutboxState::Delivered);
        QTRY_COMPARE(state(second, Crm::New), OutboxState::Delivered);
        QCOMPARE(state(first, Crm::Legacy), OutboxState::Pending);
        QCOMPARE(state(second, Crm::Legacy), OutboxState::Pending);
        QCOMPARE(row(first, Crm::Legacy).lastStatus, 401);
        QCOMPARE(stat(Crm::Legacy, "applied"), 0);
        // The admin fixes the token and resumes: the backlog goes out, in order.
        m_credentials.tokens.insert(int(Crm::Legacy), CrmSimProcess::legacyToken());
        QVERIFY(m_engine->resume(Crm::Legacy).ok());
        QTRY_COMPARE(state(second, Crm::Legacy), OutboxState::Delivered);
        QCOMPARE(state(first, Crm::Legacy), OutboxState::Delivered);
        const QJsonArray legacy = m_sim.received(Crm::Legacy);
        QCOMPARE(legacy.size(), 2);
        QCOMPARE(legacy.at(0)[QStringLiteral("idempotency_key")].toString(), first + QStringLiteral(":legacy"));
    }

    void replayIsADuplicateAppliedOnce()
    {
        QVERIFY(m_engine->start().ok());
        const QString eventId =
            enqueue(QStringLiteral("inward.submitted"), QStringLiteral("INV-6"), stage2(QStringLiteral("INV-6")));
        QTRY_COMPARE(state(eventId, Crm::New), OutboxState::Delivered);
        QTRY_COMPARE(state(eventId, Crm::Legacy), OutboxState::Delivered);
        // As after a crash between sending and recording: the row is sent again under the same key.
        const OutboxRow delivered = row(eventId, Crm::New);
        QVERIFY(m_db->exec(QStringLiteral("UPDATE outbox SET state = 'IN_FLIGHT' WHERE id = ?"), {delivered.id}).ok());
        m_engine->stop();
        QVERIFY(m_engine->start().ok()); // start-up releases IN_FLIGHT rows → PENDING → re-sent
        QTRY_COMPARE(stat(Crm::New, "duplicates"), 1);
        QTRY_COMPARE(state(eventId, Crm::New), OutboxState::Delivered);
        QCOMPARE(stat(Crm::New, "applied"), 1);
        QCOMPARE(row(eventId, Crm::New).attempts, 2);
    }

    // Issue 12 against crm-sim's new faults. The CRM applies the event, then its answer is lost (500); the re-send
    // under the SAME key is answered 409 "already applied" — that is the delivery, applied once. Before, the 409 sent
    // the event to the failed queue although the CRM had it.
    void appliedThenFailedIsDeliveredOnceUnderOneKey()
    {
        QVERIFY(m_sim.setFaults(Crm::Legacy, QJsonObject{{QStringLiteral("apply_then_fail_next"), 1},
                                                         {QStringLiteral("error_status"), 500},
                                                         {QStringLiteral("replay_conflict"), true}}));
        QVERIFY(m_engine->start().ok());
        const QString eventId =
            enqueue(QStringLiteral("inward.submitted"), QStringLiteral("INV-7"), stage2(QStringLiteral("INV-7")));
        QTRY_COMPARE(state(eventId, Crm::Legacy), OutboxState::Delivered);
        const QString path = QStringLiteral("/api/inventory/inward");
        QCOMPARE(outcomesSeen(Crm::Legacy, path),
                 (QStringList{QStringLiteral("applied-then-failed"), QStringLiteral("duplicate")}));
        QCOMPARE(keysSeen(Crm::Legacy, path), QStringList(2, eventId + QStringLiteral(":legacy")));
        QCOMPARE(stat(Crm::Legacy, "applied"), 1);
        QCOMPARE(row(eventId, Crm::Legacy).lastStatus, 409);
    }

    // The first request is still being processed when the client's timeout re-sends it: 409 "in progress" means wait
    // and re-send under the same key, until the replay answers. Before, the 409 was the failed queue.
    void inProgressIsWaitedOutAndAppliedOnce()
    {
        // Transient like a 5xx: each 409 counts an attempt and backs off, so give the backoff room to outlast 1.2 s.
        for (const auto &[key, value] :
             {std::pair{"sync.timeout_ms", "300"}, std::pair{"sync.max_attempts", "30"},
              std::pair{"sync.backoff.base_ms", "100"}, std::pair{"sync.backoff.cap_ms", "400"}})
            QVERIFY(m_settings->setValue(QLatin1String(key), QLatin1String(value)).ok());
        QVERIFY(m_sim.setFaults(Crm::New, QJsonObject{{QStringLiteral("processing_ms"), 1200}}));
        m_engine = std::make_unique<SyncEngine>(stationDir() + QStringLiteral("/floorbridge.db"), *m_settings,
                                                m_credentials, m_clock);
        QVERIFY(m_engine->start().ok());
        const QString eventId =
            enqueue(QStringLiteral("inward.submitted"), QStringLiteral("INV-8"), stage2(QStringLiteral("INV-8")));
        QTRY_VERIFY2_WITH_TIMEOUT(state(eventId, Crm::New) == OutboxState::Delivered,
                                  qPrintable(row(eventId, Crm::New).lastError), 15000);
        const QString path = QStringLiteral("/api/v2/inwards");
        QVERIFY2(outcomesSeen(Crm::New, path).contains(QStringLiteral("in_progress")),
                 qPrintable(outcomesSeen(Crm::New, path).join(u',')));
        QCOMPARE(outcomesSeen(Crm::New, path).constLast(), QStringLiteral("duplicate"));
        QCOMPARE(keysSeen(Crm::New, path).removeDuplicates(), keysSeen(Crm::New, path).size() - 1);
        QCOMPARE(stat(Crm::New, "applied"), 1);
    }

    // A route declaring its acknowledgement (the admin's override in the station's data folder): a 200 whose body
    // says "error" goes to the failed queue with the CRM's words. Before, it counted as delivered.
    void errorBodyIsNotADelivery()
    {
        QFile builtIn(QStringLiteral(":/mappings/legacy.json"));
        QVERIFY(builtIn.open(QIODevice::ReadOnly));
        QJsonObject mapping = QJsonDocument::fromJson(builtIn.readAll()).object();
        QJsonObject events = mapping.value(QStringLiteral("events")).toObject();
        QJsonObject inward = events.value(QStringLiteral("inward.submitted")).toObject();
        inward.insert(QStringLiteral("ack"),
                      QJsonObject{{QStringLiteral("field"), QStringLiteral("status")},
                                  {QStringLiteral("accepted"), QJsonArray{QStringLiteral("ok")}}});
        events.insert(QStringLiteral("inward.submitted"), inward);
        mapping.insert(QStringLiteral("events"), events);
        QVERIFY(QDir(stationDir()).mkpath(QStringLiteral("mappings")));
        QFile override(stationDir() + QStringLiteral("/mappings/legacy.json"));
        QVERIFY(override.open(QIODevice::WriteOnly));
        override.write(QJsonDocument(mapping).toJson());
        override.close();
        QVERIFY(m_sim.setFaults(Crm::Legacy, QJsonObject{{QStringLiteral("error_body_next"), 1}}));
        QVERIFY(m_engine->start().ok());
        const QString refused =
            enqueue(QStringLiteral("inward.submitted"), QStringLiteral("INV-9"), stage2(QStringLiteral("INV-9")));
        QTRY_COMPARE(state(refused, Crm::Legacy), OutboxState::Failed);
        const OutboxRow r = row(refused, Crm::Legacy);
        QCOMPARE(r.lastStatus, 200);
        QVERIFY2(r.lastError.contains(QStringLiteral("simulated: the CRM could not store the event")),
                 qPrintable(r.lastError));
        QCOMPARE(stat(Crm::Legacy, "applied"), 0);
        // The next answer says "ok": delivered as before.
        const QString accepted =
            enqueue(QStringLiteral("inward.submitted"), QStringLiteral("INV-10"), stage2(QStringLiteral("INV-10")));
        QTRY_COMPARE(state(accepted, Crm::Legacy), OutboxState::Delivered);
    }

    // A 4xx on one path only (crm-sim's reject_next with path_prefix): that event fails with the CRM's message, the
    // other paths keep delivering.
    void rejectionOnOnePathFailsOnlyThatEvent()
    {
        QVERIFY(
            m_sim.setFaults(Crm::New, QJsonObject{{QStringLiteral("reject_next"), 1},
                                                  {QStringLiteral("reject_status"), 400},
                                                  {QStringLiteral("path_prefix"), QStringLiteral("/api/v2/inwards")}}));
        QVERIFY(m_engine->start().ok());
        const QString inward =
            enqueue(QStringLiteral("inward.submitted"), QStringLiteral("INV-11"), stage2(QStringLiteral("INV-11")));
        QTRY_COMPARE(state(inward, Crm::New), OutboxState::Failed);
        QVERIFY2(row(inward, Crm::New).lastError.contains(QStringLiteral("simulated rejection of /api/v2/inwards")),
                 qPrintable(row(inward, Crm::New).lastError));
        QTRY_COMPARE(state(inward, Crm::Legacy), OutboxState::Delivered);
    }
};

QTEST_GUILESS_MAIN(TestDelivery)
#include "TestDelivery.moc"
