// Stage 3 dispatch through DispatchService: every scan-out refusal with its message, the form's rules (date-time,
// e-way bill by value, transport mode, GSTIN), DO numbers, submit all-or-nothing, and cancellation.
#include "DispatchSeed.h"

#include "app/services/DispatchService.h"
#include "app/services/Station.h"
#include "app/storage/Outbox.h"
#include "app/storage/OutboxStore.h"
#include "app/storage/SerialRegister.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace fb;
using namespace fb::test;

class TestDispatchService : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    FakeClock m_clock{seedTime(17, 10)};
    std::unique_ptr<Station> m_station;

    DispatchService service() { return DispatchService(m_station->db(), m_station->settings(), m_clock); }
    Database &db() { return m_station->db(); }

    void openStation()
    {
        auto s = Station::open(m_dir.path(), m_clock);
        QVERIFY2(s.ok(), qPrintable(s.message()));
        m_station = std::move(s).value();
    }

    // A draft with the seed form and the seed's five serials scanned.
    qint64 seedDraft(DispatchForm form = seedForm())
    {
        auto svc = service();
        auto id = svc.createDraft(warehouseActor(), form);
        if (!id.ok())
            return 0;
        for (const QString &sn : seedSerials()) {
            auto line = svc.scan(warehouseActor(), *id, sn, QStringLiteral("test"));
            if (!line.ok()) {
                qWarning("%s", qPrintable(line.message()));
                return 0;
            }
        }
        return *id;
    }

    int outboxCount(const QString &type, const QString &state = {})
    {
        auto q = db().exec(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE event_type = ? AND (? = '' OR state = ?)"),
                           {type, state, state});
        QSqlQuery r = std::move(q).value();
        r.next();
        return r.value(0).toInt();
    }

    SerialState stateOf(const QString &serial)
    {
        auto r = SerialRegister(db()).find(serial);
        return r.ok() && r->has_value() ? (*r)->state : SerialState::Generated;
    }

private slots:
    void init()
    {
        m_station.reset();
        m_clock.setNow(seedTime(17, 10));
        for (const char *f : {"floorbridge.db", "floorbridge.db-wal", "floorbridge.db-shm"})
            QFile::remove(m_dir.filePath(QString::fromLatin1(f)));
        openStation();
        const Status md = loadSeedMasterData(db());
        QVERIFY2(md.ok(), qPrintable(md.message()));
        for (const QString &sn : seedSerials())
            QVERIFY(putInStock(db(), sn, QStringLiteral("WH001")).ok());
    }

    void scanOutRules_data()
    {
        QTest::addColumn<QString>("serial");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("message");
        QTest::newRow("never inwarded, unknown to the register")
            << "CGSTV322509251009"
            << "dispatch.never_inwarded"
            << "Serial CGSTV322509251009 was never inwarded — it is not in the serial register; inward it into WH001 "
               "first";
        QTest::newRow("generated, never inwarded")
            << "CGSTV322509251010"
            << "dispatch.never_inwarded"
            << "Serial CGSTV322509251010 was never inwarded — it was generated but never inwarded into a warehouse; "
               "inward it into WH001 first";
        QTest::newRow("in another warehouse")
            << "CGSTV322509251011"
            << "dispatch.other_warehouse"
            << "Serial CGSTV322509251011 is in warehouse WH002, not WH001 — dispatch it from WH002";
        QTest::newRow("already dispatched")
            << "CGSTV322509251012"
            << "dispatch.already_dispatched"
            << "Serial CGSTV322509251012 was already dispatched on DO-2025-09-24-1003 to RET123 — it is not in stock";
        QTest::newRow("in another open draft")
            << "CGSTV322509251013"
            << "dispatch.other_draft"
            << "Serial CGSTV322509251013 is in another open dispatch draft (#1, operator W002, station ST02) — remove "
               "it there or finish that dispatch first";
        QTest::newRow("twice in this dispatch") << "CGSTV322509251001"
                                                << "dispatch.duplicate"
                                                << "Serial CGSTV322509251001 is already on this dispatch (line 1)";
        QTest::newRow("not on the order")
            << "CGSTV432509251001"
            << "dispatch.not_on_order"
            << "Serial CGSTV432509251001 is a CGSTV43, which order INDI-DO-000312 does not list — the order lists 2 × "
               "CGSTV32, 3 × CGSTV36";
        QTest::newRow("more than the order asks")
            << "CGSTV322509251014"
            << "dispatch.over_quantity"
            << "Order INDI-DO-000312 lists 2 × CGSTV32 and all 2 are scanned — serial CGSTV322509251014 would be one "
               "too many";
        QTest::newRow("not a serial") << "XX12"
                                      << "serial.unknown_product"
                                      << "Serial XX12: unknown product code";
    }

    void scanOutRules()
    {
        QFETCH(QString, serial);
        QFETCH(QString, code);
        QFETCH(QString, message);
        // The world each refusal needs.
        QVERIFY(putInStock(db(), QStringLiteral("CGSTV322509251010"), {}).ok());
        QVERIFY(putInStock(db(), QStringLiteral("CGSTV322509251011"), QStringLiteral("WH002")).ok());
        QVERIFY(putInStock(db(), QStringLiteral("CGSTV322509251012"), QStringLiteral("WH001")).ok());
        QVERIFY(putInStock(db(), QStringLiteral("CGSTV322509251013"), QStringLiteral("WH001")).ok());
        QVERIFY(putInStock(db(), QStringLiteral("CGSTV322509251014"), QStringLiteral("WH001")).ok());
        QVERIFY(putInStock(db(), QStringLiteral("CGSTV432509251001"), QStringLiteral("WH001")).ok());
        QVERIFY(db().write([&]() -> Status {
                        SerialChange out;
                        out.serial = QStringLiteral("CGSTV322509251012");
                        out.kind = QStringLiteral("dispatch");
                        out.from = SerialState::InStock;
                        out.to = SerialState::Dispatched;
                        out.partyCode = QStringLiteral("RET123");
                        out.ref = QStringLiteral("DO-2025-09-24-1003");
                        return SerialRegister(db()).apply(warehouseActor(), seedTime(16, 30), out);
                    })
                    .ok());
        auto svc = service();
        // Another clerk at another station holds CGSTV322509251013 in an open draft (#1).
        const Actor other{QStringLiteral("W002"), QStringLiteral("Other"), Role::Warehouse, QStringLiteral("ST02")};
        auto otherDraft = svc.createDraft(other, seedForm());
        QVERIFY(otherDraft.ok());
        QCOMPARE(*otherDraft, 1);
        QVERIFY(svc.scan(other, *otherDraft, QStringLiteral("CGSTV322509251013"), QStringLiteral("test")).ok());

        DispatchForm form = seedForm();
        form.orderQuantities = {{QStringLiteral("CGSTV32"), 2}, {QStringLiteral("CGSTV36"), 3}};
        auto id = svc.createDraft(warehouseActor(), form);
        QVERIFY(id.ok());
        if (code != u"dispatch.other_draft") {
            QVERIFY(svc.scan(warehouseActor(), *id, QStringLiteral("CGSTV322509251001"), QStringLiteral("test")).ok());
            QVERIFY(svc.scan(warehouseActor(), *id, QStringLiteral("CGSTV322509251002"), QStringLiteral("test")).ok());
        }
        auto refused = svc.scan(warehouseActor(), *id, serial, QStringLiteral("test"));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, code);
        QVERIFY2(refused.message().startsWith(message), qPrintable(refused.message()));
        // A refusal adds nothing to the draft.
        auto d = svc.draft(warehouseActor(), *id);
        QCOMPARE(d->lines.size(), code == u"dispatch.other_draft" ? 0 : 2);
    }

    void scannedSerialsCountAgainstTheOrder()
    {
        auto svc = service();
        DispatchForm form = seedForm();
        form.orderQuantities = {{QStringLiteral("CGSTV32"), 2}, {QStringLiteral("CGSTV36"), 3}};
        auto id = svc.createDraft(warehouseActor(), form);
        QVERIFY(id.ok());
        QVERIFY(svc.scan(warehouseActor(), *id, QStringLiteral("cgstv322509251001 "), QStringLiteral("test")).ok());
        QVERIFY(svc.scan(warehouseActor(), *id, QStringLiteral("CGSTV362509251001"), QStringLiteral("test")).ok());
        auto counts = svc.counts(*id, form.orderQuantities);
        QVERIFY(counts.ok());
        QCOMPARE(counts->size(), 2);
        QCOMPARE(counts->at(0).productCode, QStringLiteral("CGSTV32"));
        QCOMPARE(counts->at(0).scanned, 1);
        QCOMPARE(counts->at(0).ordered, 2);
        QCOMPARE(counts->at(1).scanned, 1);
        QCOMPARE(counts->at(1).ordered, 3);
        const FormCheck c = svc.check(*id, form);
        QCOMPARE(c.messageFor(QStringLiteral("serials")),
                 QStringLiteral("Order INDI-DO-000312 lists 2 × CGSTV32 but 1 are scanned — scan 1 more"));
        QVERIFY(!svc.submit(warehouseActor(), *id, form).ok());
    }

    void draftSurvivesACrash()
    {
        auto svc = service();
        auto id = svc.createDraft(warehouseActor(), seedForm());
        QVERIFY(id.ok());
        QVERIFY(svc.scan(warehouseActor(), *id, seedSerials().at(0), QStringLiteral("test")).ok());
        QVERIFY(svc.scan(warehouseActor(), *id, seedSerials().at(2), QStringLiteral("test")).ok());
        DispatchForm typed = seedForm();
        typed.remarks = QStringLiteral("Fragile — top load only");
        QVERIFY(svc.saveForm(warehouseActor(), *id, typed).ok());
        // The process dies: the database is closed without any goodbye, then opened again.
        m_station.reset();
        openStation();
        auto again = service();
        auto open = again.openDraft(warehouseActor());
        QVERIFY(open.ok());
        QCOMPARE(open->value_or(0), *id);
        auto d = again.draft(warehouseActor(), *id);
        QVERIFY(d.ok());
        QCOMPARE(d->lines.size(), 2);
        QCOMPARE(d->lines.at(1).serial, seedSerials().at(2));
        QCOMPARE(d->record.form.remarks, QStringLiteral("Fragile — top load only"));
        QCOMPARE(d->record.form.ewayBillNo, QStringLiteral("321099887766"));
    }

    void dispatchDateTimeRules_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("message"); // empty: accepted
        QTest::newRow("seed's 17:05") << "2025-09-25T17:05:00+05:30"
                                      << "";
        QTest::newRow("without offset, station time") << "2025-09-25 17:05"
                                                      << "";
        QTest::newRow("5 minutes ahead is within tolerance") << "2025-09-25 17:15"
                                                             << "";
        QTest::newRow("an hour ahead")
            << "2025-09-25 18:10"
            << "Dispatch date-time 2025-09-25 18:10 is in the future (now 2025-09-25 17:10) — enter when the goods "
               "actually leave; up to 10 minutes ahead is allowed";
        QTest::newRow("before the units were inwarded")
            << "2025-09-25 15:59"
            << "Dispatch date-time 2025-09-25 15:59 is before serial CGSTV322509251001 was inwarded (2025-09-25 16:00) "
               "— goods cannot leave before they arrived";
        QTest::newRow("not a date")
            << "25th Sept"
            << "Dispatch date-time '25th Sept' is not a date and time — use YYYY-MM-DD HH:MM, e.g. "
               "2025-09-25 17:05";
        QTest::newRow("empty") << ""
                               << "Dispatch date-time is empty — enter when the goods leave, e.g. 2025-09-25 17:05";
    }

    void dispatchDateTimeRules()
    {
        QFETCH(QString, typed);
        QFETCH(QString, message);
        const qint64 id = seedDraft();
        QVERIFY(id > 0);
        DispatchForm form = seedForm();
        form.dispatchDateTime = typed;
        const FormCheck c = service().check(id, form);
        QCOMPARE(c.messageFor(QStringLiteral("dispatch_datetime")), message);
        QCOMPARE(c.ok(), message.isEmpty());
    }

    void ewayBillRequiredByConsignmentValue()
    {
        auto svc = service();
        DispatchForm form = seedForm();
        form.ewayBillNo.clear();
        auto id = svc.createDraft(warehouseActor(), form);
        QVERIFY(id.ok());
        // One 32-inch TV: ₹13,990 — no e-way bill needed.
        QVERIFY(svc.scan(warehouseActor(), *id, seedSerials().at(0), QStringLiteral("test")).ok());
        QVERIFY2(svc.check(*id, form).ok(),
                 qPrintable(svc.check(*id, form).firstError().value_or(FieldProblem{}).message));
        QCOMPARE(*svc.consignmentValuePaise(*id), 1399000);
        // All five: ₹83,450 — over ₹50,000.
        for (int i = 1; i < 5; ++i)
            QVERIFY(svc.scan(warehouseActor(), *id, seedSerials().at(i), QStringLiteral("test")).ok());
        FormCheck c = svc.check(*id, form);
        QCOMPARE(c.messageFor(QStringLiteral("eway_bill_no")),
                 QStringLiteral("E-way bill number is required: the consignment is worth ₹83,450, over the ₹50,000 "
                                "e-way bill threshold — enter the 12-digit e-way bill number"));
        QVERIFY(!c.ok());
        // A state with a ₹1,00,000 threshold, set by configuration.
        QVERIFY(m_station->settings()
                    .setValue(QStringLiteral("dispatch.eway_threshold_paise"), QStringLiteral("10000000"))
                    .ok());
        QVERIFY(svc.check(*id, form).ok());
        // A wrong number is refused whatever the value.
        form.ewayBillNo = QStringLiteral("3210-9988-776");
        QCOMPARE(svc.check(*id, form).problemFor(QStringLiteral("eway_bill_no"))->code, QStringLiteral("eway.length"));
    }

    void transportModeRules_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<QString>("vehicle");
        QTest::addColumn<QString>("lr");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("code"); // empty: accepted
        QTest::newRow("ROAD with vehicle, no LR") << "ROAD"
                                                  << "MH12AB1234"
                                                  << ""
                                                  << ""
                                                  << "";
        QTest::newRow("ROAD grouped vehicle") << "road"
                                              << "mh-12 ab 1234"
                                              << ""
                                              << ""
                                              << "";
        QTest::newRow("ROAD BH series") << "ROAD"
                                        << "22 BH 1234 AB"
                                        << ""
                                        << ""
                                        << "";
        QTest::newRow("ROAD without vehicle") << "ROAD"
                                              << ""
                                              << "LR-1"
                                              << "vehicle_no"
                                              << "transport.vehicle_required";
        QTest::newRow("ROAD bad vehicle") << "ROAD"
                                          << "MH12AB12345"
                                          << ""
                                          << "vehicle_no"
                                          << "vehicle.format";
        QTest::newRow("RAIL with LR only") << "RAIL"
                                           << ""
                                           << "RR-445566"
                                           << ""
                                           << "";
        QTest::newRow("RAIL without LR") << "RAIL"
                                         << ""
                                         << ""
                                         << "lr_no"
                                         << "transport.lr_required";
        QTest::newRow("AIR with LR") << "AIR"
                                     << ""
                                     << "AWB/0099"
                                     << ""
                                     << "";
        QTest::newRow("AIR without LR") << "AIR"
                                        << "MH12AB1234"
                                        << ""
                                        << "lr_no"
                                        << "transport.lr_required";
        QTest::newRow("SHIP both") << "SHIP"
                                   << "MH12AB1234"
                                   << "BL-7781"
                                   << ""
                                   << "";
        QTest::newRow("SHIP without vehicle") << "SHIP"
                                              << ""
                                              << "BL-7781"
                                              << "vehicle_no"
                                              << "transport.vehicle_required";
        QTest::newRow("SHIP without LR") << "SHIP"
                                         << "MH12AB1234"
                                         << ""
                                         << "lr_no"
                                         << "transport.lr_required";
        QTest::newRow("LR of 16 characters") << "RAIL"
                                             << ""
                                             << "LR-1234567890123"
                                             << "lr_no"
                                             << "lr.length";
        QTest::newRow("unknown mode") << "BOAT"
                                      << "MH12AB1234"
                                      << ""
                                      << "transport_mode"
                                      << "transport.mode";
    }

    void transportModeRules()
    {
        QFETCH(QString, mode);
        QFETCH(QString, vehicle);
        QFETCH(QString, lr);
        QFETCH(QString, field);
        QFETCH(QString, code);
        const qint64 id = seedDraft();
        QVERIFY(id > 0);
        DispatchForm form = seedForm();
        form.transportMode = mode;
        form.vehicleNo = vehicle;
        form.lrNo = lr;
        const FormCheck c = service().check(id, form);
        if (code.isEmpty()) {
            QVERIFY2(c.ok(), qPrintable(c.firstError().value_or(FieldProblem{}).message));
            auto done = service().submit(warehouseActor(), id, form);
            QVERIFY2(done.ok(), qPrintable(done.message()));
            const QJsonObject t = done->payload[u"dispatch_order"][u"transport"].toObject();
            QCOMPARE(t[u"mode"].toString(), mode.toUpper());
            QVERIFY(!t[u"vehicle_no"].toString().contains(u' '));
            QVERIFY(!t[u"vehicle_no"].toString().contains(u'-'));
        } else {
            QVERIFY(!c.ok());
            auto p = c.problemFor(field);
            QVERIFY2(p, qPrintable(field));
            QCOMPARE(p->code, code);
            auto refused = service().submit(warehouseActor(), id, form);
            QVERIFY(!refused.ok());
        }
    }

    void gstinChecksAndStateWarning()
    {
        const qint64 id = seedDraft();
        DispatchForm form = seedForm();
        form.billToGstin = QStringLiteral("27AAACA0000A1Z5"); // seed 000's sample
        FormCheck c = service().check(id, form);
        QVERIFY(!c.ok());
        QCOMPARE(c.problemFor(QStringLiteral("gstin"))->code, QStringLiteral("gstin.check_char"));
        QVERIFY(c.messageFor(QStringLiteral("gstin"))
                    .startsWith(QStringLiteral("GSTIN check character should be Y, not 5")));
        auto refused = service().submit(warehouseActor(), id, form);
        QCOMPARE(refused.error().field, QStringLiteral("gstin"));
        // A valid Karnataka GSTIN with a Pune bill-to address: a warning, and submit is allowed.
        form.billToGstin = QStringLiteral("29AAGCB7383J1Z4");
        c = service().check(id, form);
        QVERIFY(c.ok());
        QVERIFY(c.problemFor(QStringLiteral("gstin"))->warning);
        QCOMPARE(c.messageFor(QStringLiteral("gstin")),
                 QStringLiteral("GSTIN 29AAGCB7383J1Z4 is registered in Karnataka (state code 29), but the bill-to "
                                "state is Maharashtra — check the GSTIN or the bill-to address"));
        form.billToGstin = QStringLiteral("99AAPFU0939F1ZV");
        QCOMPARE(service().check(id, form).problemFor(QStringLiteral("gstin"))->code,
                 QStringLiteral("gstin.state_code"));
    }

    void partyPrefillsFromMasterData()
    {
        DispatchForm empty;
        empty.warehouseCode = QStringLiteral("WH001");
        auto f = service().prefillFromParty(empty, QStringLiteral("ret123"));
        QVERIFY(f);
        QCOMPARE(f->partyCode, QStringLiteral("RET123"));
        QCOMPARE(f->distributorCode, QStringLiteral("D001"));
        QCOMPARE(f->billToName, QStringLiteral("ABC Retail Pvt Ltd"));
        QCOMPARE(f->billToGstin, QStringLiteral("27AAACA0000A1ZY"));
        QCOMPARE(f->shipToCode, QStringLiteral("RET123-WH01"));
        QCOMPARE(f->shipToAddress, QStringLiteral("Plot 9, Hinjewadi Phase 2, Pune, MH 411057"));
        QVERIFY(!service().prefillFromParty(empty, QStringLiteral("NOPE")));
    }

    void submitSendsSeedShapeToBothCrms()
    {
        const qint64 id = seedDraft();
        QVERIFY(id > 0);
        m_clock.setNow(seedTime(17, 20));
        auto done = service().submit(warehouseActor(), id, seedForm());
        QVERIFY2(done.ok(), qPrintable(done.message()));
        QCOMPARE(done->requestId, QStringLiteral("DO-2025-09-25-1001"));
        for (const QString &sn : seedSerials())
            QCOMPARE(stateOf(sn), SerialState::Dispatched);
        auto rows = OutboxStore(db()).list(
            OutboxFilter{std::nullopt, std::nullopt, QStringLiteral("dispatch.submitted"), {}, 10});
        QVERIFY(rows.ok());
        QCOMPARE(rows->size(), 2);
        QList<Crm> crms;
        for (const OutboxRow &r : *rows) {
            crms.append(r.crm);
            QCOMPARE(r.orderingKey, QStringLiteral("dispatch:DO-2025-09-25-1001"));
            QCOMPARE(r.operatorCode, QStringLiteral("W001"));
            const QJsonObject data = QJsonDocument::fromJson(r.payload.toUtf8()).object()[u"data"].toObject();
            QJsonObject expected = seedStage3Payload();
            expected[u"request_id"] = QStringLiteral("DO-2025-09-25-1001");
            QJsonObject order = expected[u"dispatch_order"].toObject();
            QJsonObject billTo = order[u"bill_to"].toObject();
            billTo[u"gstin"] = QStringLiteral("27AAACA0000A1ZY");
            order[u"bill_to"] = billTo;
            expected[u"dispatch_order"] = order;
            // The e-way bill as the seed writes it, "3210-9988-7766".
            const QStringList diff = jsonDifferences(expected, data);
            QVERIFY2(diff.isEmpty(), qPrintable(diff.join(u'\n')));
        }
        QVERIFY(crms.contains(Crm::Legacy) && crms.contains(Crm::New));
        // The audit log says who did it.
        auto q = db().exec(QStringLiteral("SELECT operator_code, station_id, subject FROM audit_log WHERE action = "
                                          "'dispatch.submit'"));
        QSqlQuery a = std::move(q).value();
        QVERIFY(a.next());
        QCOMPARE(a.value(0).toString(), QStringLiteral("W001"));
        QCOMPARE(a.value(2).toString(), QStringLiteral("DO-2025-09-25-1001"));
        // Submitting twice is refused.
        QCOMPARE(service().submit(warehouseActor(), id, seedForm()).error().code, QStringLiteral("dispatch.not_draft"));
    }

    void ewayBillStoredAsDigitsSentAsTheSeedShows_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::newRow("as the seed") << "3210-9988-7766";
        QTest::newRow("digits only") << "321099887766";
        QTest::newRow("spaces") << "3210 9988 7766";
        QTest::newRow("other grouping, padded") << " 321-099-887-766 ";
    }

    void ewayBillStoredAsDigitsSentAsTheSeedShows()
    {
        QFETCH(QString, typed);
        DispatchForm form = seedForm();
        form.ewayBillNo = typed;
        const qint64 id = seedDraft(form);
        QVERIFY(id > 0);
        auto done = service().submit(warehouseActor(), id, form);
        QVERIFY2(done.ok(), qPrintable(done.message()));
        QCOMPARE(done->payload[u"dispatch_order"][u"transport"][u"eway_bill_no"].toString(),
                 QStringLiteral("3210-9988-7766"));
        // Stored canonical: the 12 digits.
        QCOMPARE(service().draft(warehouseActor(), id)->record.form.ewayBillNo, QStringLiteral("321099887766"));
        auto rows = OutboxStore(db()).list(
            OutboxFilter{std::nullopt, std::nullopt, QStringLiteral("dispatch.submitted"), {}, 10});
        QVERIFY(rows.ok());
        QCOMPARE(rows->size(), 2);
        for (const OutboxRow &r : rows.value()) {
            const QJsonObject data = QJsonDocument::fromJson(r.payload.toUtf8()).object()[u"data"].toObject();
            QCOMPARE(data[u"dispatch_order"][u"transport"][u"eway_bill_no"].toString(),
                     QStringLiteral("3210-9988-7766"));
        }
    }

    void submitRefusesAProductMissingFromMasterData()
    {
        const qint64 id = seedDraft();
        QVERIFY(id > 0);
        // Scanned while master data knew CGSTV32; a pull has since dropped it.
        QVERIFY(db().exec(QStringLiteral("DELETE FROM products WHERE code = 'CGSTV32'")).ok());
        auto refused = service().submit(warehouseActor(), id, seedForm());
        QVERIFY(!refused.ok());
        QCOMPARE(refused.message(),
                 QStringLiteral("Product CGSTV32 is not in master data; pull master data or correct the line"));
        QCOMPARE(refused.error().code, QStringLiteral("dispatch.unknown_product"));
        // Nothing saved: no event, the units still in stock, the draft still a draft, the DO number not used up.
        QCOMPARE(outboxCount(QStringLiteral("dispatch.submitted")), 0);
        for (const QString &sn : seedSerials())
            QCOMPARE(stateOf(sn), SerialState::InStock);
        QCOMPARE(service().draft(warehouseActor(), id)->record.state, DispatchState::Draft);
        QVERIFY(loadSeedMasterData(db()).ok()); // pulled again
        auto done = service().submit(warehouseActor(), id, seedForm());
        QVERIFY2(done.ok(), qPrintable(done.message()));
        QCOMPARE(done->requestId, QStringLiteral("DO-2025-09-25-1001"));
        QCOMPARE(done->payload[u"products"][0][u"product_id"].toString(), QStringLiteral("1"));
    }

    void doNumbersAreUniqueAcrossStations_data()
    {
        QTest::addColumn<QString>("stationNumber");
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("second");
        QTest::newRow("station 1") << "1"
                                   << "DO-2025-09-25-1001"
                                   << "DO-2025-09-25-1002";
        QTest::newRow("station 2") << "2"
                                   << "DO-2025-09-25-2001"
                                   << "DO-2025-09-25-2002";
        QTest::newRow("station 9") << "9"
                                   << "DO-2025-09-25-9001"
                                   << "DO-2025-09-25-9002";
    }

    void doNumbersAreUniqueAcrossStations()
    {
        QFETCH(QString, stationNumber);
        QFETCH(QString, first);
        QFETCH(QString, second);
        QVERIFY(m_station->settings().setValue(QStringLiteral("station.number"), stationNumber).ok());
        auto svc = service();
        QStringList ids;
        for (int i = 0; i < 2; ++i) {
            DispatchForm form = seedForm();
            form.ewayBillNo.clear();
            auto id = svc.createDraft(warehouseActor(), form);
            QVERIFY(svc.scan(warehouseActor(), *id, seedSerials().at(i), QStringLiteral("test")).ok());
            auto done = svc.submit(warehouseActor(), *id, form);
            QVERIFY2(done.ok(), qPrintable(done.message()));
            QVERIFY(QRegularExpression(QStringLiteral("^DO-\\d{4}-\\d{2}-\\d{2}-\\d{4}$"))
                        .match(done->requestId)
                        .hasMatch());
            ids << done->requestId;
        }
        QCOMPARE(ids, (QStringList{first, second}));
    }

    void submitIsAllOrNothing()
    {
        const qint64 id = seedDraft();
        QVERIFY(id > 0);
        // Between the scan and the submit, another station dispatches one of the units.
        QVERIFY(db().write([&]() -> Status {
                        SerialChange out;
                        out.serial = seedSerials().at(3);
                        out.kind = QStringLiteral("dispatch");
                        out.from = SerialState::InStock;
                        out.to = SerialState::Dispatched;
                        out.partyCode = QStringLiteral("RET456");
                        out.ref = QStringLiteral("DO-2025-09-25-2001");
                        return SerialRegister(db()).apply(warehouseActor(), seedTime(17, 9), out);
                    })
                    .ok());
        auto refused = service().submit(warehouseActor(), id, seedForm());
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, QStringLiteral("dispatch.already_dispatched"));
        QVERIFY2(refused.message().contains(seedSerials().at(3)), qPrintable(refused.message()));
        // Nothing happened: no outbox rows, the other units still in stock, the draft still open.
        QCOMPARE(outboxCount(QStringLiteral("dispatch.submitted")), 0);
        QCOMPARE(stateOf(seedSerials().at(0)), SerialState::InStock);
        auto d = service().draft(warehouseActor(), id);
        QCOMPARE(d->record.state, DispatchState::Draft);
        // Removing the moved unit lets it through, and the DO number was not used up by the failed attempt.
        QVERIFY(service().removeLine(warehouseActor(), id, seedSerials().at(3)).ok());
        auto done = service().submit(warehouseActor(), id, seedForm());
        QVERIFY2(done.ok(), qPrintable(done.message()));
        QCOMPARE(done->requestId, QStringLiteral("DO-2025-09-25-1001"));
        QCOMPARE(done->serials, 4);
    }

    void permissionsAreTheServicesOwn()
    {
        const Actor technician{QStringLiteral("T001"), QStringLiteral("Tech"), Role::Technician,
                               QStringLiteral("ST01")};
        QCOMPARE(service().createDraft(technician, seedForm()).error().code, QStringLiteral("auth.forbidden"));
        const qint64 id = seedDraft();
        auto done = service().submit(warehouseActor(), id, seedForm());
        QVERIFY(done.ok());
        auto refused = service().cancel(warehouseActor(), done->requestId, QStringLiteral("wrong party"));
        QCOMPARE(refused.error().code, QStringLiteral("auth.forbidden"));
        QCOMPARE(stateOf(seedSerials().at(0)), SerialState::Dispatched);
    }

    void cancelBeforeItLeavesDropsTheUnsentEvents()
    {
        const qint64 id = seedDraft();
        auto done = service().submit(warehouseActor(), id, seedForm());
        QVERIFY(done.ok());
        QCOMPARE(service().cancel(supervisorActor(), done->requestId, QStringLiteral("  ")).error().code,
                 QStringLiteral("cancel.reason"));
        auto cancelled = service().cancel(supervisorActor(), done->requestId, QStringLiteral("Truck did not come"));
        QVERIFY2(cancelled.ok(), qPrintable(cancelled.message()));
        QVERIFY(!cancelled->reachedCrm);
        QCOMPARE(cancelled->discardedRows, 2);
        QCOMPARE(outboxCount(QStringLiteral("dispatch.submitted"), QStringLiteral("DISCARDED")), 2);
        QCOMPARE(outboxCount(QStringLiteral("dispatch.cancelled")), 0);
        for (const QString &sn : seedSerials())
            QCOMPARE(stateOf(sn), SerialState::InStock);
        auto history = SerialRegister(db()).history(seedSerials().at(0));
        QCOMPARE(history->last().kind, QStringLiteral("dispatch.cancelled"));
        QCOMPARE(history->last().warehouseCode, QStringLiteral("WH001"));
        // Cancelled once is enough.
        QCOMPARE(service().cancel(supervisorActor(), done->requestId, QStringLiteral("again")).error().code,
                 QStringLiteral("cancel.already"));
        // The units can go out again.
        const qint64 again = seedDraft();
        QVERIFY(again > 0);
    }

    void cancelWhileBeingSentWaits()
    {
        const qint64 id = seedDraft();
        auto done = service().submit(warehouseActor(), id, seedForm());
        QVERIFY(done.ok());
        auto claimed = OutboxStore(db()).claimDue(Crm::New, m_clock.now().toMSecsSinceEpoch() + 1, 10);
        QCOMPARE(claimed->size(), 1);
        auto refused = service().cancel(supervisorActor(), done->requestId, QStringLiteral("Truck did not come"));
        QCOMPARE(refused.error().code, QStringLiteral("cancel.in_flight"));
        QCOMPARE(stateOf(seedSerials().at(0)), SerialState::Dispatched);
    }

    // Sent but not answered (a timeout), reset by a crash mid-request, or refused: the CRM may hold the dispatch, so
    // the cancellation goes to it, after the dispatch.
    void cancelAfterAnUncertainAttemptIsNeverLost_data()
    {
        QTest::addColumn<QString>("attempt");
        QTest::newRow("timeout") << QStringLiteral("timeout");
        QTest::newRow("crash") << QStringLiteral("crash");
        QTest::newRow("refused") << QStringLiteral("refused");
    }

    void cancelAfterAnUncertainAttemptIsNeverLost()
    {
        QFETCH(QString, attempt);
        const qint64 id = seedDraft();
        auto done = service().submit(warehouseActor(), id, seedForm());
        QVERIFY(done.ok());
        OutboxStore outbox(db());
        auto claimed = outbox.claimDue(Crm::New, m_clock.now().toMSecsSinceEpoch() + 1, 10);
        QCOMPARE(claimed->size(), 1);
        const qint64 row = claimed->first().id;
        if (attempt == u"timeout")
            QVERIFY(outbox.markRetry(row, 0, QStringLiteral("no answer in 30 s"), 0).ok());
        else if (attempt == u"crash")
            QCOMPARE(outbox.releaseInFlight().value(), 1);
        else
            QVERIFY(outbox.markFailed(row, 409, QStringLiteral("request already exists"), m_clock.now()).ok());
        auto cancelled = service().cancel(supervisorActor(), done->requestId, QStringLiteral("Truck did not come"));
        QVERIFY2(cancelled.ok(), qPrintable(cancelled.message()));
        QVERIFY(cancelled->reachedCrm);
        QCOMPARE(cancelled->told, QList<Crm>{Crm::New});
        auto rows = outbox.list(OutboxFilter{Crm::New, std::nullopt, QStringLiteral("dispatch.cancelled"), {}, 10});
        QCOMPARE(rows->size(), 1);
        // The legacy CRM never got it: nothing goes there.
        QCOMPARE(outboxCount(QStringLiteral("dispatch.cancelled")), 1);
        const auto submitted = outbox.get(row).value().value().row;
        if (attempt == u"refused") {
            // A refused dispatch is not re-sent once cancelled; the cancellation goes straight out.
            QCOMPARE(submitted.state, OutboxState::Discarded);
            auto next = outbox.claimDue(Crm::New, m_clock.now().toMSecsSinceEpoch() + 1, 10);
            QCOMPARE(next->size(), 1);
            QCOMPARE(next->first().eventType, QStringLiteral("dispatch.cancelled"));
        } else {
            // The dispatch goes (again, under its key) first; the cancellation waits for it.
            QCOMPARE(submitted.state, OutboxState::Pending);
            auto next = outbox.claimDue(Crm::New, m_clock.now().toMSecsSinceEpoch() + 1, 10);
            QCOMPARE(next->size(), 1);
            QCOMPARE(next->first().id, row);
            QVERIFY(outbox.markDelivered(row, 200, QStringLiteral("{}"), m_clock.now()).ok());
            auto then = outbox.claimDue(Crm::New, m_clock.now().toMSecsSinceEpoch() + 1, 10);
            QCOMPARE(then->size(), 1);
            QCOMPARE(then->first().eventType, QStringLiteral("dispatch.cancelled"));
        }
    }

    void cancelAfterACrmGotItSendsACancellation()
    {
        const qint64 id = seedDraft();
        auto done = service().submit(warehouseActor(), id, seedForm());
        QVERIFY(done.ok());
        // The legacy CRM received it; the new CRM has not yet.
        OutboxStore outbox(db());
        auto claimed = outbox.claimDue(Crm::Legacy, m_clock.now().toMSecsSinceEpoch() + 1, 10);
        QCOMPARE(claimed->size(), 1);
        QVERIFY(outbox.markDelivered(claimed->first().id, 200, QStringLiteral("{}"), m_clock.now()).ok());
        m_clock.setNow(seedTime(18, 0));
        auto cancelled = service().cancel(supervisorActor(), done->requestId, QStringLiteral("Party refused delivery"));
        QVERIFY2(cancelled.ok(), qPrintable(cancelled.message()));
        QVERIFY(cancelled->reachedCrm);
        QCOMPARE(cancelled->told, QList<Crm>{Crm::Legacy});
        QCOMPARE(cancelled->serials, seedSerials());
        // The new CRM's row never left the station: it is dropped, and that CRM hears nothing.
        QCOMPARE(outboxCount(QStringLiteral("dispatch.submitted"), QStringLiteral("DISCARDED")), 1);
        auto rows = outbox.list(OutboxFilter{std::nullopt, std::nullopt, QStringLiteral("dispatch.cancelled"), {}, 10});
        QCOMPARE(rows->size(), 1);
        for (const OutboxRow &r : *rows) {
            QCOMPARE(r.crm, Crm::Legacy);
            QCOMPARE(r.orderingKey, QStringLiteral("dispatch:") + done->requestId);
            const QJsonObject data = QJsonDocument::fromJson(r.payload.toUtf8()).object()[u"data"].toObject();
            QCOMPARE(data[u"request_id"].toString(), done->requestId);
            QCOMPARE(data[u"reason"].toString(), QStringLiteral("Party refused delivery"));
            QCOMPARE(data[u"cancelled_at"].toString(), QStringLiteral("2025-09-25T18:00:00+05:30"));
            QCOMPARE(data[u"serials"].toArray().size(), 5);
        }
        for (const QString &sn : seedSerials())
            QCOMPARE(stateOf(sn), SerialState::InStock);
        auto q =
            db().exec(QStringLiteral("SELECT operator_code, details FROM audit_log WHERE action = 'dispatch.cancel'"));
        QSqlQuery a = std::move(q).value();
        QVERIFY(a.next());
        QCOMPARE(a.value(0).toString(), QStringLiteral("S001"));
        QVERIFY(a.value(1).toString().contains(QStringLiteral("Party refused delivery")));
    }

    void challanCarriesTheDispatch()
    {
        const qint64 id = seedDraft();
        auto done = service().submit(warehouseActor(), id, seedForm());
        QVERIFY(done.ok());
        auto c = service().challan(warehouseActor(), done->requestId.toLower());
        QVERIFY2(c.ok(), qPrintable(c.message()));
        QCOMPARE(c->requestId, done->requestId);
        QCOMPARE(c->ewayBillGrouped, QStringLiteral("3210 9988 7766"));
        QCOMPARE(c->lines.size(), 5);
        QCOMPARE(c->lines.first().productName, QStringLiteral("32-inch HD Smart LED TV"));
        QCOMPARE(c->warehouseName, QStringLiteral("Pune Central Warehouse"));
        QCOMPARE(c->consignmentPaise, 8345000);
        QCOMPARE(DispatchService::formatRupees(c->consignmentPaise), QStringLiteral("₹83,450"));
        QCOMPARE(DispatchService::formatRupees(12345678), QStringLiteral("₹1,23,456.78"));
    }

    void orderJsonInTheSeedsFieldNames()
    {
        QJsonObject body = seedStage3Payload();
        const DispatchForm f = DispatchService::formFromJson(body);
        QCOMPARE(f.warehouseCode, QStringLiteral("WH001"));
        QCOMPARE(f.billToGstin, QStringLiteral("27AAACA0000A1Z5"));
        QCOMPARE(f.ewayBillNo, QStringLiteral("3210-9988-7766"));
        QCOMPARE(f.transporterName, QStringLiteral("BlueDart Logistics"));
        QCOMPARE(f.shipToCode, QStringLiteral("RET123-WH01"));
    }
};

QTEST_GUILESS_MAIN(TestDispatchService)
#include "TestDispatchService.moc"
