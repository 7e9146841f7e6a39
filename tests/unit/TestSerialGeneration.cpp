// Stage 1: running numbers from this station's block (k001…k999 per product per day), never reused across restarts,
// a quantity beyond what is left refused with the count, GENERATED in the register, and one serials.generated event
// per batch to both CRMs whose data is seed 000's Stage 1 body field for field.
#include "StagesFixture.h"

#include "app/services/SerialGenerationService.h"
#include "app/storage/DocumentNumbers.h"
#include "app/storage/SerialRegister.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QtTest>

using namespace fb;
using namespace fb::test;

class TestSerialGeneration : public QObject
{
    Q_OBJECT

    std::unique_ptr<StagesStation> m_station;

    SerialGenerationService service() { return {*m_station->db, *m_station->settings, m_station->clock}; }

    qint64 scalar(const QString &sql)
    {
        auto q = m_station->db->exec(sql);
        if (!q.ok())
            return -1;
        QSqlQuery row = std::move(q).value();
        return row.next() ? row.value(0).toLongLong() : -1;
    }

private slots:
    void init()
    {
        m_station = std::make_unique<StagesStation>();
        QVERIFY(m_station->dir.isValid());
        const Status opened = m_station->openWithMasterData();
        QVERIFY2(opened.ok(), qPrintable(opened.message()));
    }
    void cleanup() { m_station.reset(); }

    void blockPerStation_data()
    {
        QTest::addColumn<QString>("stationNumber"); // the setting's text; empty: not set
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("second");
        QTest::newRow("default is station 1 (the seed's 1001)")
            << QString() << QStringLiteral("CGSTV322509251001") << QStringLiteral("CGSTV322509251002");
        QTest::newRow("station 2") << QStringLiteral("2") << QStringLiteral("CGSTV322509252001")
                                   << QStringLiteral("CGSTV322509252002");
        QTest::newRow("station 9") << QStringLiteral("9") << QStringLiteral("CGSTV322509259001")
                                   << QStringLiteral("CGSTV322509259002");
    }
    void blockPerStation()
    {
        QFETCH(QString, stationNumber);
        QFETCH(QString, first);
        QFETCH(QString, second);
        if (!stationNumber.isEmpty())
            QVERIFY(m_station->settings->setValue(QStringLiteral("station.number"), stationNumber).ok());
        auto a = service().generate(warehouseActor(), QStringLiteral("CGSTV32"), 1);
        QVERIFY2(a.ok(), qPrintable(a.message()));
        QCOMPARE(a->products.at(0).serials, QStringList{first});
        auto b = service().generate(warehouseActor(), QStringLiteral("cgstv32 "), 1);
        QVERIFY2(b.ok(), qPrintable(b.message()));
        QCOMPARE(b->products.at(0).serials, QStringList{second});
    }

    void productsHaveTheirOwnCounters()
    {
        auto a = service().generate(warehouseActor(), QStringLiteral("CGSTV32"), 2);
        auto b = service().generate(warehouseActor(), QStringLiteral("CGSTV36"), 1);
        QVERIFY(a.ok() && b.ok());
        QCOMPARE(b->products.at(0).serials, QStringList{QStringLiteral("CGSTV362509251001")});
    }

    void badStationNumberIsRefused_data()
    {
        QTest::addColumn<QString>("value");
        QTest::newRow("zero") << QStringLiteral("0");
        QTest::newRow("ten") << QStringLiteral("10");
        QTest::newRow("text") << QStringLiteral("two");
    }
    void badStationNumberIsRefused()
    {
        QFETCH(QString, value);
        QVERIFY(m_station->settings->setValue(QStringLiteral("station.number"), value).ok());
        auto r = service().generate(warehouseActor(), QStringLiteral("CGSTV32"), 1);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("station.number"));
        QVERIFY2(r.message().contains(QStringLiteral("station.number")), qPrintable(r.message()));
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM serials")), 0);
    }

    void numbersContinueAfterRestart()
    {
        auto a = service().generate(warehouseActor(), QStringLiteral("CGSTV32"), 2);
        QVERIFY(a.ok());
        m_station->close();
        QVERIFY(m_station->open().ok());
        auto b = service().generate(warehouseActor(), QStringLiteral("CGSTV32"), 2);
        QVERIFY2(b.ok(), qPrintable(b.message()));
        QCOMPARE(b->products.at(0).serials,
                 (QStringList{QStringLiteral("CGSTV322509251003"), QStringLiteral("CGSTV322509251004")}));
        QCOMPARE(b->products.at(0).remainingAfter, 995);
    }

    void lostCounterContinuesAfterTheRegister()
    {
        // A counter lost (restored backup, hand-edited file) must not hand out a number that is registered.
        QVERIFY(service().generate(warehouseActor(), QStringLiteral("CGSTV32"), 3).ok());
        QVERIFY(m_station->db->exec(QStringLiteral("DELETE FROM serial_counters")).ok());
        auto again = service().generate(warehouseActor(), QStringLiteral("CGSTV32"), 1);
        QVERIFY2(again.ok(), qPrintable(again.message()));
        QCOMPARE(again->products.at(0).serials, QStringList{QStringLiteral("CGSTV322509251004")});
    }

    void newDayStartsTheBlockAgain()
    {
        QVERIFY(service().generate(warehouseActor(), QStringLiteral("CGSTV32"), 5).ok());
        m_station->clock.setNow(m_station->clock.now().addDays(1));
        auto next = service().generate(warehouseActor(), QStringLiteral("CGSTV32"), 1);
        QVERIFY(next.ok());
        QCOMPARE(next->products.at(0).serials, QStringList{QStringLiteral("CGSTV322509261001")});
    }

    void quantityBeyondTheBlockIsRefusedWithTheCountLeft()
    {
        QVERIFY(service().generate(warehouseActor(), QStringLiteral("CGSTV32"), 997).ok());
        const qint64 serials = scalar(QStringLiteral("SELECT COUNT(*) FROM serials"));
        const qint64 outbox = scalar(QStringLiteral("SELECT COUNT(*) FROM outbox"));
        auto quota = service().remainingToday(QStringLiteral("CGSTV32"));
        QVERIFY(quota.ok());
        QCOMPARE(quota->remaining, 2);
        QCOMPARE(quota->nextNo, 1998);

        auto tooMany = service().generate(warehouseActor(), QStringLiteral("CGSTV32"), 3);
        QVERIFY(!tooMany.ok());
        QCOMPARE(tooMany.error().code, QStringLiteral("serials.block_exhausted"));
        QCOMPARE(tooMany.error().field, QStringLiteral("quantity"));
        QCOMPARE(tooMany.message(), QStringLiteral("Only 2 serial numbers are left for CGSTV32 today on this station "
                                                   "(block 1001–1999)."));
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM serials")), serials);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM outbox")), outbox);

        auto rest = service().generate(warehouseActor(), QStringLiteral("CGSTV32"), 2);
        QVERIFY(rest.ok());
        QCOMPARE(rest->products.at(0).serials.last(), QStringLiteral("CGSTV322509251999"));
        auto none = service().generate(warehouseActor(), QStringLiteral("CGSTV32"), 1);
        QVERIFY(!none.ok());
        QCOMPARE(none.error().code, QStringLiteral("serials.block_exhausted"));
        QVERIFY2(none.message().startsWith(QStringLiteral("No serial numbers are left for CGSTV32 today")),
                 qPrintable(none.message()));
        // Another product is unaffected.
        QVERIFY(service().generate(warehouseActor(), QStringLiteral("CGSTV36"), 1).ok());
    }

    void batchIsAllOrNothing()
    {
        QVERIFY(service().generate(warehouseActor(), QStringLiteral("CGSTV36"), 998).ok());
        const qint64 before = scalar(QStringLiteral("SELECT COUNT(*) FROM serials"));
        auto r = service().generate(
            warehouseActor(), QList<GenerationRequest>{{QStringLiteral("CGSTV32"), 2}, {QStringLiteral("CGSTV36"), 2}});
        QVERIFY(!r.ok());
        QCOMPARE(r.message(), QStringLiteral("Only 1 serial number is left for CGSTV36 today on this station "
                                             "(block 1001–1999)."));
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM serials")), before);
        // CGSTV32's numbers were not used up by the refused batch.
        auto ok = service().generate(warehouseActor(), QStringLiteral("CGSTV32"), 1);
        QCOMPARE(ok->products.at(0).serials, QStringList{QStringLiteral("CGSTV322509251001")});
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("product");
        QTest::addColumn<int>("quantity");
        QTest::addColumn<QString>("code");
        QTest::newRow("unknown product") << QStringLiteral("XYZ99") << 1 << QStringLiteral("serials.unknown_product");
        QTest::newRow("no product") << QString() << 1 << QStringLiteral("serials.unknown_product");
        QTest::newRow("zero") << QStringLiteral("CGSTV32") << 0 << QStringLiteral("serials.quantity");
        QTest::newRow("negative") << QStringLiteral("CGSTV32") << -3 << QStringLiteral("serials.quantity");
        QTest::newRow("more than a block")
            << QStringLiteral("CGSTV32") << 1000 << QStringLiteral("serials.block_exhausted");
    }
    void refusals()
    {
        QFETCH(QString, product);
        QFETCH(int, quantity);
        QFETCH(QString, code);
        auto r = service().generate(warehouseActor(), product, quantity);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, code);
        QVERIFY(!r.message().isEmpty());
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM serials")), 0);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM outbox")), 0);
    }

    void technicianMayNotGenerate()
    {
        auto r = service().generate(technicianActor(), QStringLiteral("CGSTV32"), 1);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("auth.forbidden"));
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM serials")), 0);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM serial_counters")), 0);
    }

    void registeredAsGeneratedWithAMovement()
    {
        auto r = service().generate(warehouseActor(), QStringLiteral("CGSTV32"), 1);
        QVERIFY(r.ok());
        SerialRegister reg(*m_station->db);
        auto rec = reg.find(QStringLiteral("CGSTV322509251001"));
        QVERIFY(rec.ok() && rec->has_value());
        QCOMPARE(rec->value().state, SerialState::Generated);
        QCOMPARE(rec->value().productCode, QStringLiteral("CGSTV32"));
        QCOMPARE(rec->value().madeOn, QDate(2025, 9, 25));
        QCOMPARE(rec->value().runningNo, 1001);
        QCOMPARE(rec->value().operatorCode, QStringLiteral("W001"));
        auto history = reg.history(QStringLiteral("CGSTV322509251001"));
        QCOMPARE(history->size(), 1);
        QCOMPARE(history->at(0).kind, QStringLiteral("generated"));
        QCOMPARE(history->at(0).at, QStringLiteral("2025-09-25T17:00:00+05:30"));
    }

    void seedBatchQueuesSeedStage1ToBothCrms()
    {
        auto r = service().generate(
            warehouseActor(), QList<GenerationRequest>{{QStringLiteral("CGSTV32"), 2}, {QStringLiteral("CGSTV36"), 3}});
        QVERIFY2(r.ok(), qPrintable(r.message()));
        QCOMPARE(r->total, 5);
        QCOMPARE(r->payload, seedStage1());

        auto q = m_station->db->exec(QStringLiteral("SELECT crm, event_type, event_id, ordering_key, payload, state "
                                                    "FROM outbox ORDER BY crm"));
        QVERIFY(q.ok());
        QSqlQuery rows = std::move(q).value();
        QStringList crms;
        while (rows.next()) {
            crms << rows.value(0).toString();
            QCOMPARE(rows.value(1).toString(), QStringLiteral("serials.generated"));
            QCOMPARE(rows.value(2).toString(), r->eventId);
            QVERIFY2(rows.value(3).toString().startsWith(u"serial:CGSTV32"), qPrintable(rows.value(3).toString()));
            QCOMPARE(rows.value(5).toString(), QStringLiteral("PENDING"));
            const QJsonObject envelope = QJsonDocument::fromJson(rows.value(4).toString().toUtf8()).object();
            QCOMPARE(envelope.value(QStringLiteral("event_type")).toString(), QStringLiteral("serials.generated"));
            QCOMPARE(envelope.value(QStringLiteral("data")).toObject(), seedStage1());
        }
        QCOMPARE(crms, (QStringList{QStringLiteral("legacy"), QStringLiteral("new")}));
    }

    void sameProductTwiceInOneBatchIsRefused()
    {
        auto r = service().generate(
            warehouseActor(), QList<GenerationRequest>{{QStringLiteral("CGSTV32"), 2}, {QStringLiteral("cgstv32"), 3}});
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("serials.duplicate_product"));
    }

    void documentNumbers_data()
    {
        QTest::addColumn<int>("station");
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("second");
        QTest::newRow("station 1") << 1 << QStringLiteral("INV-2025-09-25-1001")
                                   << QStringLiteral("INV-2025-09-25-1002");
        QTest::newRow("station 3") << 3 << QStringLiteral("INV-2025-09-25-3001")
                                   << QStringLiteral("INV-2025-09-25-3002");
    }
    void documentNumbers()
    {
        QFETCH(int, station);
        QFETCH(QString, first);
        QFETCH(QString, second);
        DocumentNumbers numbers(*m_station->db);
        const QDate day(2025, 9, 25);
        QString a;
        QString b;
        QVERIFY(m_station->db
                    ->write([&]() -> Status {
                        auto x = numbers.next(QStringLiteral("INV"), day, station);
                        auto y = numbers.next(QStringLiteral("INV"), day, station);
                        if (!x.ok() || !y.ok())
                            return makeError(QStringLiteral("next failed"));
                        a = *x;
                        b = *y;
                        return Ok{};
                    })
                    .ok());
        QCOMPARE(a, first);
        QCOMPARE(b, second);
        QCOMPARE(numbers.remaining(QStringLiteral("INV"), day, station).value(), 997);
        // Another prefix (the dispatch work's DO-…) has its own counter.
        QCOMPARE(numbers.remaining(QStringLiteral("DO"), day, station).value(), 999);
        // A rolled-back transaction gives its number back.
        QVERIFY(!m_station->db
                     ->write([&]() -> Status {
                         (void)numbers.next(QStringLiteral("INV"), day, station);
                         return makeError(QStringLiteral("rolled back"));
                     })
                     .ok());
        QCOMPARE(numbers.remaining(QStringLiteral("INV"), day, station).value(), 997);
    }
};

QTEST_GUILESS_MAIN(TestSerialGeneration)
#include "TestSerialGeneration.moc"
