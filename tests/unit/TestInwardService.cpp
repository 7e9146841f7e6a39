// Stage 2 inward: every scan validated at once and, when accepted, committed at once; every refusal with its stable
// code and a message that says what to do; warn/block for serials unknown to the register; resume after a restart;
// undo and remove; submit with INV-YYYY-MM-DD-NNNN, IN_STOCK + movements and seed 000's Stage 2 body to both CRMs, all
// or nothing; bulk import with line numbers.
#include "StagesFixture.h"

#include "app/services/InwardService.h"
#include "app/services/SerialGenerationService.h"
#include "app/services/SerialLookupService.h"
#include "app/storage/SerialRegister.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QtTest>

using namespace fb;
using namespace fb::test;

Q_DECLARE_METATYPE(fb::ScanVerdict)

namespace {
const QString kGenerated = QStringLiteral("CGSTV322509251001"); // GENERATED
const QString kGenerated2 = QStringLiteral("CGSTV322509251002");
const QString kInStock = QStringLiteral("CGSTV362509251001");      // IN_STOCK at WH001 by INV-2025-09-25-1001
const QString kDispatched = QStringLiteral("CGSTV362509251002");   // DISPATCHED to RET123 by DO-2025-09-25-1001
const QString kOtherDraft = QStringLiteral("CGSTV362509251003");   // in W002's open draft for WH002
const QString kUnregistered = QStringLiteral("CGSTV432509241001"); // well-formed, never generated
} // namespace

class TestInwardService : public QObject
{
    Q_OBJECT

    std::unique_ptr<StagesStation> m_station;
    std::unique_ptr<InwardService> m_inward;
    Actor m_actor = warehouseActor();

    qint64 scalar(const QString &sql, const QVariantList &bindings = {})
    {
        auto q = m_station->db->exec(sql, bindings);
        if (!q.ok())
            return -1;
        QSqlQuery row = std::move(q).value();
        return row.next() ? row.value(0).toLongLong() : -1;
    }
    QString state(const QString &serial)
    {
        auto rec = SerialRegister(*m_station->db).find(serial);
        return rec.ok() && rec->has_value() ? serialStateName(rec->value().state) : QStringLiteral("(none)");
    }
    qint64 openDraft(const Actor &actor = warehouseActor(), const QString &warehouse = QStringLiteral("WH001"))
    {
        auto d = m_inward->openDraft(actor, warehouse);
        if (!d.ok())
            qWarning("openDraft: %s", qPrintable(d.message()));
        return d.ok() ? d->info.id : -1;
    }
    // Scans and says whether it was accepted; a service error is a test failure with its message.
    bool accepted(qint64 draft, const QString &serial, const Actor &actor = warehouseActor())
    {
        auto outcome = m_inward->scan(actor, draft, serial, QStringLiteral("serial"));
        if (!outcome.ok()) {
            qWarning("scan %s: %s", qPrintable(serial), qPrintable(outcome.message()));
            return false;
        }
        if (!outcome->accepted())
            qWarning("scan %s refused: %s", qPrintable(serial), qPrintable(outcome->message));
        return outcome->accepted();
    }
    void reopen()
    {
        m_inward.reset();
        m_station->close();
        QVERIFY(m_station->open().ok());
        m_inward = std::make_unique<InwardService>(*m_station->db, *m_station->settings, m_station->clock);
    }

private slots:
    void init()
    {
        m_station = std::make_unique<StagesStation>();
        const Status opened = m_station->openWithMasterData();
        QVERIFY2(opened.ok(), qPrintable(opened.message()));
        m_inward = std::make_unique<InwardService>(*m_station->db, *m_station->settings, m_station->clock);
        // The register: the seed's five serials generated, then one inwarded, one inwarded and dispatched, one held
        // by another operator's open draft.
        SerialGenerationService gen(*m_station->db, *m_station->settings, m_station->clock);
        QVERIFY(gen.generate(m_actor,
                             QList<GenerationRequest>{{QStringLiteral("CGSTV32"), 2}, {QStringLiteral("CGSTV36"), 3}})
                    .ok());
        const qint64 setup = openDraft();
        QVERIFY(accepted(setup, kInStock));
        QVERIFY(accepted(setup, kDispatched));
        auto submitted = m_inward->submit(m_actor, setup);
        QVERIFY2(submitted.ok(), qPrintable(submitted.message()));
        QCOMPARE(submitted->requestId, QStringLiteral("INV-2025-09-25-1001"));
        SerialChange dispatch;
        dispatch.serial = kDispatched;
        dispatch.kind = QStringLiteral("dispatch");
        dispatch.from = SerialState::InStock;
        dispatch.to = SerialState::Dispatched;
        dispatch.partyCode = QStringLiteral("RET123");
        dispatch.ref = QStringLiteral("DO-2025-09-25-1001");
        QVERIFY(
            m_station->db
                ->write([&] { return SerialRegister(*m_station->db).apply(m_actor, m_station->clock.now(), dispatch); })
                .ok());
        const qint64 other = openDraft(warehouseActor(QStringLiteral("W002")), QStringLiteral("WH002"));
        QVERIFY(accepted(other, kOtherDraft, warehouseActor(QStringLiteral("W002"))));
    }
    void cleanup()
    {
        m_inward.reset();
        m_station.reset();
    }

    void scanVerdicts_data()
    {
        QTest::addColumn<QString>("policy"); // inward.unknown_serial; empty: not set (warn)
        QTest::addColumn<QString>("first");  // scanned (and accepted) before, empty for none
        QTest::addColumn<QString>("text");
        QTest::addColumn<ScanVerdict>("verdict");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QStringList>("says"); // the message contains each of these

        const auto A = ScanVerdict::Accepted;
        const auto W = ScanVerdict::AcceptedWithWarning;
        const auto R = ScanVerdict::Refused;
        QTest::newRow("generated") << QString() << QString() << kGenerated << A << QString() << QStringList();
        QTest::newRow("typed in lower case with blanks")
            << QString() << QString() << QStringLiteral("  cgstv322509251001\t") << A << QString() << QStringList();
        QTest::newRow("unknown product code")
            << QString() << QString() << QStringLiteral("XYZ12509251001") << R
            << QStringLiteral("serial.unknown_product")
            << QStringList{QStringLiteral("unknown product code"), QStringLiteral("CGSTV32")};
        QTest::newRow("impossible date") << QString() << QString() << QStringLiteral("CGSTV322513321001") << R
                                         << QStringLiteral("serial.bad_date")
                                         << QStringList{QStringLiteral("not a real date")};
        QTest::newRow("future date") << QString() << QString() << QStringLiteral("CGSTV322509261001") << R
                                     << QStringLiteral("serial.future_date")
                                     << QStringList{QStringLiteral("2025-09-26")};
        QTest::newRow("too short") << QString() << QString() << QStringLiteral("CGSTV32250925101") << R
                                   << QStringLiteral("serial.length") << QStringList{QStringLiteral("length")};
        QTest::newRow("too long") << QString() << QString() << QStringLiteral("CGSTV3225092510011") << R
                                  << QStringLiteral("serial.length") << QStringList{QStringLiteral("length")};
        QTest::newRow("not a serial character") << QString() << QString() << QStringLiteral("CGSTV32-2509251001") << R
                                                << QStringLiteral("serial.chars") << QStringList{QStringLiteral("'-'")};
        QTest::newRow("running number 0000") << QString() << QString() << QStringLiteral("CGSTV322509250000") << R
                                             << QStringLiteral("serial.running_no") << QStringList();
        QTest::newRow("duplicate in this session")
            << QString() << kGenerated << kGenerated << R << QStringLiteral("inward.duplicate")
            << QStringList{QStringLiteral("already in this inward"), QStringLiteral("line 1")};
        QTest::newRow("already in stock (says where)")
            << QString() << QString() << kInStock << R << QStringLiteral("inward.in_stock")
            << QStringList{QStringLiteral("WH001"), QStringLiteral("Pune Central Warehouse"),
                           QStringLiteral("INV-2025-09-25-1001")};
        QTest::newRow("dispatched (says to whom)")
            << QString() << QString() << kDispatched << R << QStringLiteral("inward.dispatched")
            << QStringList{QStringLiteral("RET123"), QStringLiteral("ABC Retail"),
                           QStringLiteral("DO-2025-09-25-1001")};
        QTest::newRow("in another open draft (says which)")
            << QString() << QString() << kOtherDraft << R << QStringLiteral("inward.other_draft")
            << QStringList{QStringLiteral("W002"), QStringLiteral("WH002"), QStringLiteral("draft")};
        QTest::newRow("unknown to the register, warn (default)")
            << QString() << QString() << kUnregistered << W << QStringLiteral("inward.unknown_serial")
            << QStringList{QStringLiteral("not in the serial register")};
        QTest::newRow("unknown to the register, warn")
            << QStringLiteral("warn") << QString() << kUnregistered << W << QStringLiteral("inward.unknown_serial")
            << QStringList{QStringLiteral("not in the serial register")};
        QTest::newRow("unknown to the register, block")
            << QStringLiteral("block") << QString() << kUnregistered << R << QStringLiteral("inward.unknown_serial")
            << QStringList{QStringLiteral("not in the serial register"), QStringLiteral("inward.unknown_serial")};
        QTest::newRow("registered serial, block mode")
            << QStringLiteral("block") << QString() << kGenerated << A << QString() << QStringList();
    }
    void scanVerdicts()
    {
        QFETCH(QString, policy);
        QFETCH(QString, first);
        QFETCH(QString, text);
        QFETCH(ScanVerdict, verdict);
        QFETCH(QString, code);
        QFETCH(QStringList, says);
        if (!policy.isEmpty())
            QVERIFY(m_station->settings->setValue(QStringLiteral("inward.unknown_serial"), policy).ok());
        const qint64 draft = openDraft();
        if (!first.isEmpty())
            QVERIFY(accepted(draft, first));
        const qint64 linesBefore =
            scalar(QStringLiteral("SELECT COUNT(*) FROM inward_lines WHERE draft_id = ?"), {draft});

        auto outcome = m_inward->scan(m_actor, draft, text, QStringLiteral("serial"));
        QVERIFY2(outcome.ok(), qPrintable(outcome.message()));
        QCOMPARE(outcome->verdict, verdict);
        QCOMPARE(outcome->code, code);
        QCOMPARE(outcome->raw, text);
        for (const QString &part : says)
            QVERIFY2(outcome->message.contains(part, Qt::CaseInsensitive),
                     qPrintable(QStringLiteral("'%1' does not say '%2'").arg(outcome->message, part)));

        // Committed at once, and what the page needs is in the outcome.
        auto reloaded = m_inward->draft(m_actor, draft);
        QVERIFY(reloaded.ok());
        if (verdict == ScanVerdict::Refused) {
            QVERIFY(!outcome->line);
            QVERIFY(outcome->refusal);
            QCOMPARE(outcome->refusal->code, code);
            QCOMPARE(reloaded->lines.size(), linesBefore);
            QCOMPARE(reloaded->refusals.size(), 1);
            QCOMPARE(reloaded->refusals.last().code, code);
            QCOMPARE(reloaded->refusals.last().message, outcome->message);
            QCOMPARE(reloaded->refusals.last().raw, text.trimmed());
        } else {
            QVERIFY(outcome->line);
            QCOMPARE(outcome->line->serial, text.trimmed().toUpper());
            QCOMPARE(outcome->line->productCode, outcome->productCode);
            QCOMPARE(outcome->line->seq, int(linesBefore) + 1);
            QCOMPARE(outcome->line->warning, outcome->message);
            QCOMPARE(reloaded->lines.size(), linesBefore + 1);
            QCOMPARE(reloaded->lines.last().serial, outcome->serial);
            QCOMPARE(reloaded->refusals.size(), 0);
        }
    }

    void emptyScanIsRefusedButNotListed()
    {
        const qint64 draft = openDraft();
        auto outcome = m_inward->scan(m_actor, draft, QStringLiteral("  \r\n"), QStringLiteral("wedge"));
        QVERIFY(outcome.ok());
        QCOMPARE(outcome->verdict, ScanVerdict::Refused);
        QCOMPARE(outcome->code, QStringLiteral("serial.empty"));
        QVERIFY(m_inward->draft(m_actor, draft)->refusals.isEmpty());
    }

    void decodeRefusalIsListed()
    {
        const qint64 draft = openDraft();
        auto r = m_inward->refuse(
            m_actor, draft, QStringLiteral("]C1010950600013435"),
            makeError(QStringLiteral("GTIN check digit should be 2, not 5"), {}, QStringLiteral("gs1.gtin_check")));
        QVERIFY(r.ok());
        const auto refusals = m_inward->draft(m_actor, draft)->refusals;
        QCOMPARE(refusals.size(), 1);
        QCOMPARE(refusals.at(0).code, QStringLiteral("gs1.gtin_check"));
    }

    void permissions()
    {
        auto open = m_inward->openDraft(technicianActor(), QStringLiteral("WH001"));
        QVERIFY(!open.ok());
        QCOMPARE(open.error().code, QStringLiteral("auth.forbidden"));
        const qint64 draft = openDraft();
        auto scan = m_inward->scan(technicianActor(), draft, kGenerated, QStringLiteral("typed"));
        QVERIFY(!scan.ok());
        QCOMPARE(scan.error().code, QStringLiteral("auth.forbidden"));
        auto lookup = SerialLookupService(*m_station->db, m_station->clock).lookup(technicianActor(), kGenerated);
        QVERIFY(lookup.ok()); // technicians look units up (complaints)
        // Another warehouse operator cannot scan into W001's draft; a supervisor may abandon it.
        auto foreign =
            m_inward->scan(warehouseActor(QStringLiteral("W003")), draft, kGenerated, QStringLiteral("typed"));
        QVERIFY(!foreign.ok());
        QCOMPARE(foreign.error().code, QStringLiteral("inward.not_yours"));
        QVERIFY(!m_inward->abandon(warehouseActor(QStringLiteral("W003")), draft).ok());
        QVERIFY(m_inward->abandon(supervisorActor(), draft).ok());
    }

    void unknownWarehouseIsRefused()
    {
        auto d = m_inward->openDraft(m_actor, QStringLiteral("WH999"));
        QVERIFY(!d.ok());
        QCOMPARE(d.error().code, QStringLiteral("inward.unknown_warehouse"));
    }

    void oneOpenDraftPerOperatorAndWarehouseAndTheWarehouseIsRemembered()
    {
        auto a = m_inward->openDraft(m_actor, QStringLiteral("wh001"));
        QVERIFY(a.ok());
        QVERIFY(!a->resumed);
        QCOMPARE(a->warehouseName, QStringLiteral("Pune Central Warehouse"));
        auto b = m_inward->openDraft(m_actor, QStringLiteral("WH001"));
        QCOMPARE(b->info.id, a->info.id);
        QVERIFY(b->resumed);
        QCOMPARE(m_inward->rememberedWarehouse(), QStringLiteral("WH001"));
        auto c = m_inward->openDraft(m_actor, QStringLiteral("WH002"));
        QVERIFY(c->info.id != a->info.id);
        QCOMPARE(m_inward->rememberedWarehouse(), QStringLiteral("WH002"));
        auto drafts = m_inward->openDrafts(m_actor);
        QVERIFY(drafts.ok());
        QCOMPARE(drafts->size(), 3); // W001 WH001, W001 WH002, W002 WH002
    }

    void draftResumesAfterReopeningTheDatabase()
    {
        const qint64 draft = openDraft();
        QVERIFY(accepted(draft, kGenerated2));
        QVERIFY(!accepted(draft, kInStock));
        QVERIFY(accepted(draft, kGenerated));
        QVERIFY(accepted(draft, kUnregistered));
        reopen();
        auto resumed = m_inward->openDraft(m_actor, m_inward->rememberedWarehouse());
        QVERIFY2(resumed.ok(), qPrintable(resumed.message()));
        QVERIFY(resumed->resumed);
        QCOMPARE(resumed->info.id, draft);
        QCOMPARE(resumed->lines.size(), 3);
        QCOMPARE(resumed->lines.at(0).serial, kGenerated2);
        QCOMPARE(resumed->lines.at(1).serial, kGenerated);
        QCOMPARE(resumed->lines.at(2).serial, kUnregistered);
        QVERIFY(!resumed->lines.at(2).warning.isEmpty());
        QCOMPARE(resumed->refusals.size(), 1);
        QCOMPARE(resumed->refusals.at(0).code, QStringLiteral("inward.in_stock"));
        const auto counts = resumed->countsByProduct();
        QCOMPARE(counts, (QList<QPair<QString, int>>{{QStringLiteral("CGSTV32"), 2}, {QStringLiteral("CGSTV43"), 1}}));
        // Scanning continues where it stopped.
        auto next = m_inward->scan(m_actor, draft, kGenerated, QStringLiteral("serial"));
        QCOMPARE(next->code, QStringLiteral("inward.duplicate"));
    }

    void undoAndRemove()
    {
        const qint64 draft = openDraft();
        auto none = m_inward->undoLast(m_actor, draft);
        QVERIFY(!none.ok());
        QCOMPARE(none.error().code, QStringLiteral("inward.nothing_to_undo"));
        QVERIFY(accepted(draft, kGenerated));
        QVERIFY(accepted(draft, kGenerated2));
        QVERIFY(accepted(draft, kUnregistered));
        auto undone = m_inward->undoLast(m_actor, draft);
        QVERIFY(undone.ok());
        QCOMPARE(undone->serial, kUnregistered);
        QVERIFY(m_inward->removeLine(m_actor, draft, kGenerated.toLower()).ok());
        auto missing = m_inward->removeLine(m_actor, draft, kGenerated);
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().code, QStringLiteral("inward.no_line"));
        const auto lines = m_inward->draft(m_actor, draft)->lines;
        QCOMPARE(lines.size(), 1);
        QCOMPARE(lines.at(0).serial, kGenerated2);
        // A removed serial can be scanned again, and gets the next line number.
        auto again = m_inward->scan(m_actor, draft, kGenerated, QStringLiteral("serial"));
        QCOMPARE(again->verdict, ScanVerdict::Accepted);
        QCOMPARE(again->line->seq, 3);
    }

    void submitMovesStockAndQueuesSeedStage2()
    {
        // The seed's five serials into WH001 (two of init()'s are elsewhere: start from a fresh station).
        m_inward.reset();
        m_station = std::make_unique<StagesStation>();
        QVERIFY(m_station->openWithMasterData().ok());
        m_inward = std::make_unique<InwardService>(*m_station->db, *m_station->settings, m_station->clock);
        SerialGenerationService gen(*m_station->db, *m_station->settings, m_station->clock);
        QVERIFY(gen.generate(m_actor,
                             QList<GenerationRequest>{{QStringLiteral("CGSTV32"), 2}, {QStringLiteral("CGSTV36"), 3}})
                    .ok());
        const qint64 draft = openDraft();
        for (const QString &serial : seedSerials())
            QCOMPARE(m_inward->scan(m_actor, draft, serial, QStringLiteral("serial"))->verdict, ScanVerdict::Accepted);
        const qint64 outboxBefore = scalar(QStringLiteral("SELECT COUNT(*) FROM outbox"));

        auto submitted = m_inward->submit(m_actor, draft);
        QVERIFY2(submitted.ok(), qPrintable(submitted.message()));
        QCOMPARE(submitted->requestId, QStringLiteral("INV-2025-09-25-1001"));
        QCOMPARE(submitted->total, 5);
        QCOMPARE(submitted->payload, seedStage2(QStringLiteral("INV-2025-09-25-1001")));
        QCOMPARE(submitted->countsByProduct,
                 (QList<QPair<QString, int>>{{QStringLiteral("CGSTV32"), 2}, {QStringLiteral("CGSTV36"), 3}}));

        SerialRegister reg(*m_station->db);
        for (const QString &serial : seedSerials()) {
            auto rec = reg.find(serial);
            QCOMPARE(rec->value().state, SerialState::InStock);
            QCOMPARE(rec->value().warehouseCode, QStringLiteral("WH001"));
            QCOMPARE(rec->value().ref, submitted->requestId);
            const auto history = reg.history(serial).value();
            QCOMPARE(history.size(), 2);
            QCOMPARE(history.at(1).kind, QStringLiteral("inward"));
            QCOMPARE(history.at(1).fromState, QStringLiteral("GENERATED"));
            QCOMPARE(history.at(1).operatorCode, QStringLiteral("W001"));
        }

        auto q = m_station->db->exec(QStringLiteral("SELECT crm, ordering_key, payload FROM outbox WHERE event_type = "
                                                    "'inward.submitted' ORDER BY crm"));
        QSqlQuery rows = std::move(q).value();
        QStringList crms;
        while (rows.next()) {
            crms << rows.value(0).toString();
            QCOMPARE(rows.value(1).toString(), QStringLiteral("inward:") + submitted->requestId);
            const QJsonObject envelope = QJsonDocument::fromJson(rows.value(2).toString().toUtf8()).object();
            QCOMPARE(envelope.value(QStringLiteral("data")).toObject(), seedStage2(submitted->requestId));
        }
        QCOMPARE(crms, (QStringList{QStringLiteral("legacy"), QStringLiteral("new")}));
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM outbox")), outboxBefore + 2);
        // The inward shares its serials with their generation, so it waits for it at each CRM; nothing else waits.
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE event_type = 'inward.submitted' AND "
                                       "ready = 0")),
                 2);

        // The draft is closed: scanning into it is refused, and the serials are now IN_STOCK for a new draft.
        auto late = m_inward->scan(m_actor, draft, kGenerated, QStringLiteral("serial"));
        QVERIFY(!late.ok());
        QCOMPARE(late.error().code, QStringLiteral("inward.draft_closed"));
        const qint64 next = openDraft();
        QVERIFY(next != draft);
        QCOMPARE(m_inward->scan(m_actor, next, kGenerated, QStringLiteral("serial"))->code,
                 QStringLiteral("inward.in_stock"));
    }

    void requestIdsAreUniqueAndFollowTheStationBlock_data()
    {
        QTest::addColumn<QString>("stationNumber");
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("second");
        QTest::newRow("station 1") << QStringLiteral("1") << QStringLiteral("INV-2025-09-25-1002")
                                   << QStringLiteral("INV-2025-09-25-1003");
        QTest::newRow("station 2") << QStringLiteral("2") << QStringLiteral("INV-2025-09-25-2001")
                                   << QStringLiteral("INV-2025-09-25-2002");
    }
    void requestIdsAreUniqueAndFollowTheStationBlock()
    {
        QFETCH(QString, stationNumber);
        QFETCH(QString, first);
        QFETCH(QString, second);
        QVERIFY(m_station->settings->setValue(QStringLiteral("station.number"), stationNumber).ok());
        const QRegularExpression form(QStringLiteral("^INV-\\d{4}-\\d{2}-\\d{2}-\\d{4}$"));
        qint64 draft = openDraft();
        QVERIFY(accepted(draft, kGenerated));
        auto a = m_inward->submit(m_actor, draft);
        QVERIFY2(a.ok(), qPrintable(a.message()));
        QCOMPARE(a->requestId, first);
        QVERIFY(form.match(a->requestId).hasMatch());
        reopen(); // numbering survives a restart
        draft = openDraft();
        QVERIFY(accepted(draft, kGenerated2));
        auto b = m_inward->submit(m_actor, draft);
        QVERIFY(b.ok());
        QCOMPARE(b->requestId, second);
    }

    void submitOfAnEmptyDraftIsRefused()
    {
        const qint64 draft = openDraft();
        auto r = m_inward->submit(m_actor, draft);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("inward.empty"));
    }

    void unregisteredSerialIsRegisteredOnSubmit()
    {
        const qint64 draft = openDraft();
        QCOMPARE(m_inward->scan(m_actor, draft, kUnregistered, QStringLiteral("serial"))->verdict,
                 ScanVerdict::AcceptedWithWarning);
        auto r = m_inward->submit(m_actor, draft);
        QVERIFY2(r.ok(), qPrintable(r.message()));
        auto rec = SerialRegister(*m_station->db).find(kUnregistered);
        QVERIFY(rec->has_value());
        QCOMPARE(rec->value().state, SerialState::InStock);
        QCOMPARE(rec->value().productCode, QStringLiteral("CGSTV43"));
        QCOMPARE(rec->value().madeOn, QDate(2025, 9, 24));
        QCOMPARE(rec->value().runningNo, 1001);
        QCOMPARE(r->payload.value(QStringLiteral("products")).toArray().at(0)[QStringLiteral("product_id")].toString(),
                 QStringLiteral("3"));
    }

    void submitIsAllOrNothing()
    {
        const qint64 draft = openDraft();
        QVERIFY(accepted(draft, kGenerated));
        QVERIFY(accepted(draft, kGenerated2));
        // Another window moves the second unit after it was scanned.
        SerialChange moved;
        moved.serial = kGenerated2;
        moved.kind = QStringLiteral("inward");
        moved.from = SerialState::Generated;
        moved.to = SerialState::InStock;
        moved.warehouseCode = QStringLiteral("WH002");
        moved.ref = QStringLiteral("INV-2025-09-25-9001");
        QVERIFY(
            m_station->db
                ->write([&] { return SerialRegister(*m_station->db).apply(m_actor, m_station->clock.now(), moved); })
                .ok());
        const qint64 outbox = scalar(QStringLiteral("SELECT COUNT(*) FROM outbox"));
        const qint64 movements = scalar(QStringLiteral("SELECT COUNT(*) FROM movements"));

        auto r = m_inward->submit(m_actor, draft);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("inward.in_stock"));
        QVERIFY2(r.message().contains(kGenerated2), qPrintable(r.message()));
        QCOMPARE(state(kGenerated), QStringLiteral("GENERATED"));
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM outbox")), outbox);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM movements")), movements);
        QCOMPARE(m_inward->draft(m_actor, draft)->info.state, DraftState::Open);
        // Fix the draft and submit: the refused attempt did not use up a request number.
        QVERIFY(m_inward->removeLine(m_actor, draft, kGenerated2).ok());
        auto ok = m_inward->submit(m_actor, draft);
        QVERIFY2(ok.ok(), qPrintable(ok.message()));
        QCOMPARE(ok->requestId, QStringLiteral("INV-2025-09-25-1002"));
    }

    void blockModeRefusesUnregisteredAtSubmitToo()
    {
        const qint64 draft = openDraft();
        QVERIFY(accepted(draft, kUnregistered)); // warn mode
        QVERIFY(m_station->settings->setValue(QStringLiteral("inward.unknown_serial"), QStringLiteral("block")).ok());
        auto r = m_inward->submit(m_actor, draft);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("inward.unknown_serial"));
    }

    void abandonFreesTheSerials()
    {
        const qint64 draft = openDraft();
        QVERIFY(accepted(draft, kGenerated));
        QVERIFY(m_inward->abandon(m_actor, draft).ok());
        const qint64 other = openDraft(m_actor, QStringLiteral("WH002"));
        QCOMPARE(m_inward->scan(m_actor, other, kGenerated, QStringLiteral("serial"))->verdict, ScanVerdict::Accepted);
        QCOMPARE(state(kGenerated), QStringLiteral("GENERATED"));
    }

    void importFromAFile()
    {
        const qint64 draft = openDraft();
        const QStringList lines{
            QString(QChar(0xFEFF)) + QStringLiteral("serial,note\n"), // header (after a BOM)
            kGenerated + QStringLiteral(",first\n"),
            QStringLiteral("# a comment\n"),
            QStringLiteral("\"") + kGenerated2 + QStringLiteral("\"\n"),
            kInStock + QStringLiteral("\n"),
            kGenerated + QStringLiteral("\n"),
            kUnregistered + QStringLiteral(";x\n"),
            QStringLiteral("NOT-A-SERIAL\n"),
            QStringLiteral("  \n"),
        };
        QList<int> progress;
        auto summary = m_inward->importLines(m_actor, draft, lines, [&](int done, int total) {
            progress << done;
            return total == int(lines.size());
        });
        QVERIFY2(summary.ok(), qPrintable(summary.message()));
        QCOMPARE(progress.size(), lines.size());
        QCOMPARE(progress.last(), int(lines.size()));
        QCOMPARE(summary->lines, 6);
        QCOMPARE(summary->accepted, 3);
        QCOMPARE(summary->warnings, 1);
        QCOMPARE(summary->warned.at(0).lineNo, 7);
        QCOMPARE(summary->refused.size(), 3);
        QCOMPARE(summary->refused.at(0).lineNo, 5);
        QCOMPARE(summary->refused.at(0).code, QStringLiteral("inward.in_stock"));
        QCOMPARE(summary->refused.at(1).lineNo, 6);
        QCOMPARE(summary->refused.at(1).code, QStringLiteral("inward.duplicate"));
        QCOMPARE(summary->refused.at(2).lineNo, 8);
        QCOMPARE(summary->refused.at(2).code, QStringLiteral("serial.chars"));
        QCOMPARE(m_inward->draft(m_actor, draft)->lines.size(), 3);
        QCOMPARE(m_inward->draft(m_actor, draft)->refusals.size(), 3);
    }

    void importCanBeCancelled()
    {
        const qint64 draft = openDraft();
        auto summary =
            m_inward->importLines(m_actor, draft, {kGenerated, kGenerated2}, [](int done, int) { return done < 1; });
        QVERIFY(summary.ok());
        QVERIFY(summary->cancelled);
        QCOMPARE(summary->accepted, 1);
        QCOMPARE(m_inward->draft(m_actor, draft)->lines.size(), 1);
    }

    void lookupShowsStatePlaceAndHistory()
    {
        SerialLookupService lookup(*m_station->db, m_station->clock);
        auto dispatched = lookup.lookup(m_actor, kDispatched.toLower());
        QVERIFY2(dispatched.ok(), qPrintable(dispatched.message()));
        QVERIFY(dispatched->found);
        QCOMPARE(dispatched->productName, QStringLiteral("36-inch Full HD Smart LED TV"));
        QCOMPARE(dispatched->record->state, SerialState::Dispatched);
        QVERIFY2(dispatched->stateText.contains(QStringLiteral("ABC Retail Pvt Ltd")),
                 qPrintable(dispatched->stateText));
        QCOMPARE(dispatched->movements.size(), 3);
        QCOMPARE(dispatched->movements.at(0).movement.kind, QStringLiteral("generated"));
        QCOMPARE(dispatched->movements.at(1).movement.ref, QStringLiteral("INV-2025-09-25-1001"));
        QVERIFY(dispatched->movements.at(1).summary.contains(QStringLiteral("Pune Central Warehouse")));
        QCOMPARE(dispatched->movements.at(2).movement.operatorCode, QStringLiteral("W001"));
        QCOMPARE(dispatched->movements.at(2).movement.at, QStringLiteral("2025-09-25T17:00:00+05:30"));

        auto held = lookup.lookup(m_actor, kOtherDraft);
        QVERIFY(held->found);
        QVERIFY2(held->openDraft.contains(QStringLiteral("W002")), qPrintable(held->openDraft));

        auto unknown = lookup.lookup(m_actor, kUnregistered);
        QVERIFY(unknown.ok());
        QVERIFY(!unknown->found);
        QVERIFY2(unknown->message.contains(QStringLiteral("not in the serial register")), qPrintable(unknown->message));
        auto malformed = lookup.lookup(m_actor, QStringLiteral("CGSTV322509991001"));
        QVERIFY(!malformed->found);
        QVERIFY2(malformed->message.contains(QStringLiteral("not a real date")), qPrintable(malformed->message));
        auto empty = lookup.lookup(m_actor, QStringLiteral(" "));
        QVERIFY(!empty.ok());
        QCOMPARE(empty.error().code, QStringLiteral("serial.empty"));
    }
};

QTEST_GUILESS_MAIN(TestInwardService)
#include "TestInwardService.moc"
