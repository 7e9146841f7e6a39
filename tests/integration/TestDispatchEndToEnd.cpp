// Stage 3 end to end: the seed's five serials dispatched with the seed's order (valid GSTIN), delivered by the sync
// engine to crm-sim, and the legacy CRM's received body compared field by field with seed 000's Stage 3 example;
// a cancellation after delivery reaching both CRMs; floorbridge-ctl dispatch from an order file.
#include "CrmSimProcess.h"
#include "DispatchSeed.h"
#include "MemoryCredentials.h"
#include "sync/SyncEngine.h"

#include "app/services/DispatchService.h"
#include "app/services/OperatorService.h"
#include "app/services/Station.h"
#include "app/storage/OutboxStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace fb;
using namespace fb::test;

class TestDispatchEndToEnd : public QObject
{
    Q_OBJECT

    CrmSimProcess m_sim;
    QTemporaryDir m_dir;
    SystemClock m_clock;
    std::unique_ptr<Station> m_station;
    MemoryCredentials m_credentials;
    std::unique_ptr<SyncEngine> m_engine;
    QString m_dataDir;
    int m_case = 0;

    DispatchService service() { return DispatchService(m_station->db(), m_station->settings(), m_clock); }

    OutboxState state(const QString &eventId, Crm crm)
    {
        auto rows = OutboxStore(m_station->db()).rowsForEvent(eventId);
        for (const OutboxRow &r : rows.value()) {
            if (r.crm == crm)
                return r.state;
        }
        return OutboxState::Discarded;
    }

    QString submitSeedDispatch()
    {
        auto svc = service();
        auto id = svc.createDraft(warehouseActor(), seedForm());
        if (!id.ok())
            return {};
        for (const QString &sn : seedSerials()) {
            if (auto line = svc.scan(warehouseActor(), *id, sn, QStringLiteral("test")); !line.ok()) {
                qWarning("%s", qPrintable(line.message()));
                return {};
            }
        }
        auto done = svc.submit(warehouseActor(), *id, seedForm());
        if (!done.ok()) {
            qWarning("%s", qPrintable(done.message()));
            return {};
        }
        m_engine->wake();
        return done->requestId;
    }

private slots:
    void initTestCase() { QVERIFY2(m_sim.start(), qPrintable(m_sim.errorString())); }

    void init()
    {
        QVERIFY(m_sim.reset());
        m_dataDir = m_dir.filePath(QStringLiteral("case%1").arg(++m_case));
        QVERIFY(QDir().mkpath(m_dataDir));
        auto s = Station::open(m_dataDir, m_clock);
        QVERIFY2(s.ok(), qPrintable(s.message()));
        m_station = std::move(s).value();
        QVERIFY(loadSeedMasterData(m_station->db()).ok());
        for (const QString &sn : seedSerials())
            QVERIFY(putInStock(m_station->db(), sn, QStringLiteral("WH001")).ok());
        const QList<std::pair<QString, QString>> values{
            {QStringLiteral("crm.legacy.url"), m_sim.legacyUrl().toString()},
            {QStringLiteral("crm.new.url"), m_sim.newUrl().toString()},
            {QStringLiteral("sync.backoff.base_ms"), QStringLiteral("50")},
            {QStringLiteral("sync.backoff.cap_ms"), QStringLiteral("200")},
            {QStringLiteral("sync.timeout_ms"), QStringLiteral("3000")},
            {QStringLiteral("sync.poll_ms"), QStringLiteral("100")},
        };
        for (const auto &[key, value] : values)
            QVERIFY(m_station->settings().setValue(key, value).ok());
        m_credentials.tokens.insert(int(Crm::Legacy), CrmSimProcess::legacyToken());
        m_credentials.tokens.insert(int(Crm::New), CrmSimProcess::newToken());
        m_engine = std::make_unique<SyncEngine>(m_station->db().path(), m_station->settings(), m_credentials, m_clock);
    }

    void cleanup()
    {
        m_engine.reset();
        m_station.reset();
    }

    void legacyCrmReceivesSeed000Stage3FieldByField()
    {
        QVERIFY(m_engine->start().ok());
        const QString requestId = submitSeedDispatch();
        QVERIFY(QRegularExpression(QStringLiteral("^DO-\\d{4}-\\d{2}-\\d{2}-1\\d{3}$")).match(requestId).hasMatch());
        QTRY_COMPARE_WITH_TIMEOUT(m_sim.received(Crm::Legacy, QStringLiteral("/api/inventory/dispatch")).size(), 1,
                                  15000);
        const QJsonObject body =
            m_sim.received(Crm::Legacy, QStringLiteral("/api/inventory/dispatch")).at(0)[u"body"].toObject();

        // Seed 000's example, with what must differ: our DO number and time, the valid GSTIN. The e-way bill is sent
        // as the seed writes it, "3210-9988-7766".
        QJsonObject expected = seedStage3Payload();
        QCOMPARE(expected[u"request_id"].toString(), QStringLiteral("DO-2025-09-25-0012"));
        expected[u"request_id"] = requestId;
        QVERIFY(QDateTime::fromString(body[u"timestamp"].toString(), Qt::ISODate).isValid());
        // The station runs in New York (ENV TZ in dispatch.cmake); the brand's payloads carry India's offset.
        QVERIFY2(body[u"timestamp"].toString().endsWith(u"+05:30"), qPrintable(body[u"timestamp"].toString()));
        expected[u"timestamp"] = body[u"timestamp"];
        QJsonObject order = expected[u"dispatch_order"].toObject();
        QJsonObject billTo = order[u"bill_to"].toObject();
        QCOMPARE(billTo[u"gstin"].toString(), QStringLiteral("27AAACA0000A1Z5"));
        billTo[u"gstin"] = QStringLiteral("27AAACA0000A1ZY");
        order[u"bill_to"] = billTo;
        expected[u"dispatch_order"] = order;
        const QStringList differences = jsonDifferences(expected, body);
        QVERIFY2(differences.isEmpty(), qPrintable(differences.join(u'\n')));

        // The new CRM got the same body inside the event envelope.
        QTRY_COMPARE_WITH_TIMEOUT(m_sim.received(Crm::New, QStringLiteral("/api/v2/dispatches")).size(), 1, 15000);
        const QJsonObject envelope =
            m_sim.received(Crm::New, QStringLiteral("/api/v2/dispatches")).at(0)[u"body"].toObject();
        QCOMPARE(envelope[u"event_type"].toString(), QStringLiteral("dispatch.submitted"));
        QCOMPARE(envelope[u"operator_code"].toString(), QStringLiteral("W001"));
        const QStringList newDifferences = jsonDifferences(body, envelope[u"data"]);
        QVERIFY2(newDifferences.isEmpty(), qPrintable(newDifferences.join(u'\n')));
    }

    void cancellationAfterDeliveryReachesBothCrms()
    {
        QVERIFY(m_engine->start().ok());
        const QString requestId = submitSeedDispatch();
        QVERIFY(!requestId.isEmpty());
        auto record = DispatchStore(m_station->db()).byRequestId(requestId);
        const QString eventId = (*record)->eventId;
        QTRY_COMPARE_WITH_TIMEOUT(state(eventId, Crm::Legacy), OutboxState::Delivered, 15000);
        QTRY_COMPARE_WITH_TIMEOUT(state(eventId, Crm::New), OutboxState::Delivered, 15000);

        auto cancelled = service().cancel(supervisorActor(), requestId, QStringLiteral("Party refused delivery"));
        QVERIFY2(cancelled.ok(), qPrintable(cancelled.message()));
        QVERIFY(cancelled->reachedCrm);
        m_engine->wake();
        QTRY_COMPARE_WITH_TIMEOUT(m_sim.received(Crm::Legacy, QStringLiteral("/api/inventory/dispatch/cancel")).size(),
                                  1, 15000);
        const QJsonObject legacy =
            m_sim.received(Crm::Legacy, QStringLiteral("/api/inventory/dispatch/cancel")).at(0)[u"body"].toObject();
        QCOMPARE(legacy[u"request_id"].toString(), requestId);
        QCOMPARE(legacy[u"reason"].toString(), QStringLiteral("Party refused delivery"));
        QCOMPARE(legacy[u"serials"].toArray().size(), 5);
        QCOMPARE(legacy[u"serials"].toArray().first().toString(), seedSerials().first());
        QTRY_COMPARE_WITH_TIMEOUT(m_sim.received(Crm::New, QStringLiteral("/api/v2/dispatches/cancellations")).size(),
                                  1, 15000);
        const QJsonObject fresh =
            m_sim.received(Crm::New, QStringLiteral("/api/v2/dispatches/cancellations")).at(0)[u"body"].toObject();
        QCOMPARE(fresh[u"event_type"].toString(), QStringLiteral("dispatch.cancelled"));
        QCOMPARE(fresh[u"data"][u"request_id"].toString(), requestId);
        // Nothing refused anywhere.
        QCOMPARE(m_sim.stats(Crm::Legacy)[u"rejected"].toInt(), 0);
        QCOMPARE(m_sim.stats(Crm::New)[u"rejected"].toInt(), 0);
    }

    void cancellationBeforeDeliveryNeverLeaves()
    {
        const QString requestId = submitSeedDispatch(); // the engine is not running: nothing has left yet
        QVERIFY(!requestId.isEmpty());
        auto cancelled = service().cancel(supervisorActor(), requestId, QStringLiteral("Wrong party"));
        QVERIFY2(cancelled.ok(), qPrintable(cancelled.message()));
        QVERIFY(!cancelled->reachedCrm);
        QVERIFY(m_engine->start().ok());
        QVERIFY(m_engine->drainUntilIdle(10000));
        QCOMPARE(m_sim.received(Crm::Legacy).size(), 0);
        QCOMPARE(m_sim.received(Crm::New).size(), 0);
    }

    void ctlDispatchesAnOrderFile()
    {
        // An operator the command line can log in as.
        OperatorService ops(m_station->db(), m_station->settings(), m_clock);
        auto admin = ops.createFirstAdmin(QStringLiteral("A001"), QStringLiteral("Asha"), QStringLiteral("1234"));
        QVERIFY(admin.ok());
        QVERIFY(ops.createOperator(*admin, QStringLiteral("W001"), QStringLiteral("Wasim"), Role::Warehouse,
                                   QStringLiteral("2468"))
                    .ok());
        // ORDER.json in the seed's field names: the seed's whole dispatch_order, first with its invalid GSTIN.
        QJsonObject order = seedStage3Payload()[u"dispatch_order"].toObject();
        order[u"warehouse_code"] = QStringLiteral("WH001");
        const QString orderPath = m_dir.filePath(QStringLiteral("order%1.json").arg(m_case));
        const QString serialsPath = m_dir.filePath(QStringLiteral("serials%1.txt").arg(m_case));
        auto write = [](const QString &path, const QByteArray &bytes) {
            QFile f(path);
            return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
        };
        QVERIFY(write(orderPath, QJsonDocument(order).toJson()));
        QVERIFY(write(serialsPath, "# truck 1\n" + seedSerials().join(u'\n').toUtf8() + "\n"));
        auto run = [&](QString *out, QString *err) {
            QProcess ctl;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("FLOORBRIDGE_PIN"), QStringLiteral("2468"));
            ctl.setProcessEnvironment(env);
            ctl.start(qEnvironmentVariable("FB_CTL"),
                      {QStringLiteral("--data-dir"), m_dataDir, QStringLiteral("--operator"), QStringLiteral("W001"),
                       QStringLiteral("dispatch"), QStringLiteral("--order"), orderPath, QStringLiteral("--file"),
                       serialsPath});
            if (!ctl.waitForFinished(60000))
                return -1;
            *out = QString::fromUtf8(ctl.readAllStandardOutput()).trimmed();
            *err = QString::fromUtf8(ctl.readAllStandardError()).trimmed();
            return ctl.exitCode();
        };
        QString out;
        QString err;
        QCOMPARE(run(&out, &err), 1);
        QVERIFY2(err.contains(QStringLiteral("gstin: GSTIN check character should be Y, not 5")), qPrintable(err));
        QVERIFY2(err.contains(QStringLiteral("Nothing was dispatched")), qPrintable(err));
        QCOMPARE((*SerialRegister(m_station->db()).find(seedSerials().first()))->state, SerialState::InStock);

        QJsonObject billTo = order[u"bill_to"].toObject();
        billTo[u"gstin"] = QStringLiteral("27AAACA0000A1ZY");
        order[u"bill_to"] = billTo;
        QVERIFY(write(orderPath, QJsonDocument(order).toJson()));
        QCOMPARE(run(&out, &err), 0);
        QVERIFY2(QRegularExpression(QStringLiteral("^DO-\\d{4}-\\d{2}-\\d{2}-1001$")).match(out).hasMatch(),
                 qPrintable(out + u'\n' + err));
        QCOMPARE((*SerialRegister(m_station->db()).find(seedSerials().first()))->state, SerialState::Dispatched);
        // The same serials again: each refusal names the dispatch they left on.
        QCOMPARE(run(&out, &err), 1);
        QVERIFY2(err.contains(QStringLiteral("was already dispatched on DO-")), qPrintable(err));
    }
};

QTEST_GUILESS_MAIN(TestDispatchEndToEnd)
#include "TestDispatchEndToEnd.moc"
