// Reconciliation against real parts: a station database file, the real generation / inward / dispatch services, the
// sync engine delivering to crm-sim over loopback, then the new CRM read back through NewCrmSerials. Consistent →
// nothing reported; each tampering (a discarded outbox row, a pending event, an answer that acknowledges another
// request, a serial the CRM lost, moved, left in stock or invented) → exactly that mismatch, with the right kind, CRM
// and outbox row; the CSV field by field; floorbridge-ctl reconcile's exit codes; a broken or absent CRM → a message.
#include "CrmSimProcess.h"
#include "CtlProcess.h"
#include "DispatchSeed.h"
#include "MemoryCredentials.h"
#include "sync/SyncEngine.h"

#include "app/services/InwardService.h"
#include "app/services/OperatorService.h"
#include "app/services/Reconciliation.h"
#include "app/services/ReconciliationCsv.h"
#include "app/services/SerialGenerationService.h"
#include "app/services/Station.h"
#include "app/storage/OutboxStore.h"
#include "sync/reconcile/NewCrmSerials.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QtTest>

using namespace fb;
using namespace fb::test;

namespace {

const QString kDispatched1 = QStringLiteral("CGSTV322509251001");
const QString kDispatched2 = QStringLiteral("CGSTV322509251002");
const QString kStock1 = QStringLiteral("CGSTV362509251001");
const QString kStock2 = QStringLiteral("CGSTV362509251002");
const QString kStock3 = QStringLiteral("CGSTV362509251003");

// RFC 4180 reader for the checks: fields, quoted fields with doubled quotes and embedded commas / line breaks.
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row << field;
            field.clear();
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            row << field;
            rows << row;
            row.clear();
            field.clear();
            ++i;
        } else {
            field += c;
        }
    }
    if (!field.isEmpty() || !row.isEmpty())
        rows << (row << field);
    return rows;
}

} // namespace

class TestReconciliation : public QObject
{
    Q_OBJECT

    CrmSimProcess m_sim;
    QTemporaryDir m_dir;
    FakeClock m_clock{seedTime(17, 0)};
    SystemClock m_wall;
    std::unique_ptr<Station> m_station;
    MemoryCredentials m_credentials;
    QNetworkAccessManager m_nam;
    QString m_dataDir;
    int m_case = 0;
    QString m_dispatchEventId;

    Actor supervisor() const { return supervisorActor(); }

    std::unique_ptr<NewCrmSerials> newCrm(int timeoutMs = 5000)
    {
        return std::make_unique<NewCrmSerials>(m_nam, m_sim.newUrl(), CrmSimProcess::newToken(), timeoutMs);
    }

    // Sends everything queued and waits until both CRMs have `events` applied.
    void deliver(int events)
    {
        SyncEngine engine(m_station->db().path(), m_station->settings(), m_credentials, m_wall);
        const Status started = engine.start();
        QVERIFY2(started.ok(), qPrintable(started.message()));
        engine.wake();
        QTRY_COMPARE_WITH_TIMEOUT(m_sim.received(Crm::Legacy).size(), events, 15000);
        QTRY_COMPARE_WITH_TIMEOUT(m_sim.received(Crm::New).size(), events, 15000);
        QVERIFY(engine.drainUntilIdle(10000));
        engine.stop();
    }

    QString generateOne(const QString &product)
    {
        SerialGenerationService generation(m_station->db(), m_station->settings(), m_clock);
        auto g = generation.generate(warehouseActor(), product, 1);
        if (!g.ok()) {
            qWarning("%s", qPrintable(g.message()));
            return {};
        }
        return g->products.first().serials.first();
    }

    qint64 outboxRow(Crm crm, const QString &eventType, OutboxState state)
    {
        OutboxFilter f;
        f.crm = crm;
        f.eventType = eventType;
        f.state = state;
        auto rows = OutboxStore(m_station->db()).list(f);
        return rows.ok() && !rows->isEmpty() ? rows->first().id : 0;
    }

    // Seed 000's five serials generated, inwarded into WH001, two of them dispatched to RET123 — through the real
    // services, delivered to both CRMs by the sync engine.
    void baseline()
    {
        SerialGenerationService generation(m_station->db(), m_station->settings(), m_clock);
        auto generated = generation.generate(
            warehouseActor(), QList<GenerationRequest>{{QStringLiteral("CGSTV32"), 2}, {QStringLiteral("CGSTV36"), 3}});
        QVERIFY2(generated.ok(), qPrintable(generated.message()));

        InwardService inward(m_station->db(), m_station->settings(), m_clock);
        auto draft = inward.openDraft(warehouseActor(), QStringLiteral("WH001"));
        QVERIFY2(draft.ok(), qPrintable(draft.message()));
        for (const QString &sn : seedSerials()) {
            auto scanned = inward.scan(warehouseActor(), draft->info.id, sn, QStringLiteral("test"));
            QVERIFY2(scanned.ok(), qPrintable(scanned.message()));
        }
        auto submitted = inward.submit(warehouseActor(), draft->info.id);
        QVERIFY2(submitted.ok(), qPrintable(submitted.message()));

        m_clock.setNow(seedTime(17, 30));
        DispatchService dispatch(m_station->db(), m_station->settings(), m_clock);
        auto id = dispatch.createDraft(warehouseActor(), seedForm());
        QVERIFY2(id.ok(), qPrintable(id.message()));
        for (const QString &sn : {kDispatched1, kDispatched2}) {
            auto line = dispatch.scan(warehouseActor(), *id, sn, QStringLiteral("test"));
            QVERIFY2(line.ok(), qPrintable(line.message()));
        }
        auto done = dispatch.submit(warehouseActor(), *id, seedForm());
        QVERIFY2(done.ok(), qPrintable(done.message()));
        m_dispatchEventId = done->eventId;
        deliver(3);
    }

    QList<Mismatch> reconcile(const ReconcileOptions &options = {}, ReconcileReport *reportOut = nullptr)
    {
        auto source = newCrm();
        auto r = ReconciliationService(m_station->db(), m_clock).runAndCollect(supervisor(), options, source.get());
        if (!r.ok()) {
            qWarning("%s", qPrintable(r.message()));
            return {};
        }
        if (reportOut)
            *reportOut = r->first;
        return r->second;
    }

    static const Mismatch *find(const QList<Mismatch> &list, const QString &serial, Crm crm, MismatchKind kind)
    {
        for (const Mismatch &m : list) {
            if (m.serial == serial && m.crm == crm && m.kind == kind)
                return &m;
        }
        return nullptr;
    }

    static QString describe(const QList<Mismatch> &list)
    {
        QStringList out;
        for (const Mismatch &m : list)
            out << QStringLiteral("%1/%2/%3").arg(m.serial, crmName(m.crm), mismatchKindName(m.kind));
        return out.join(u' ');
    }

    bool tamper(const QJsonObject &body)
    {
        return m_sim.adminPost(Crm::New, QStringLiteral("/__admin/serials"), body).status == 200;
    }

private slots:
    void initTestCase() { QVERIFY2(m_sim.start(), qPrintable(m_sim.errorString())); }

    void init()
    {
        QVERIFY(m_sim.reset());
        m_clock.setNow(seedTime(17, 0));
        m_dataDir = m_dir.filePath(QStringLiteral("case%1").arg(++m_case));
        QVERIFY(QDir().mkpath(m_dataDir));
        auto s = Station::open(m_dataDir, m_clock);
        QVERIFY2(s.ok(), qPrintable(s.message()));
        m_station = std::move(s).value();
        QVERIFY(loadSeedMasterData(m_station->db()).ok());
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
    }

    void cleanup() { m_station.reset(); }

    void crmSimReportsWhatItHoldsPerSerial()
    {
        baseline();
        if (QTest::currentTestFailed())
            return;
        auto got = newCrm()->query({kDispatched1, kStock3, QStringLiteral("CGSTV439912319999")});
        QVERIFY2(got.ok(), qPrintable(got.message()));
        QCOMPARE(got->size(), 2);
        QCOMPARE(got->at(0).serial, kDispatched1);
        QCOMPARE(got->at(0).state, QStringLiteral("DISPATCHED"));
        QCOMPARE(got->at(0).warehouseCode, QStringLiteral("WH001"));
        QCOMPARE(got->at(0).partyCode, QStringLiteral("RET123"));
        QCOMPARE(got->at(0).eventType, QStringLiteral("dispatch.submitted"));
        QCOMPARE(got->at(1).state, QStringLiteral("IN_STOCK"));
        QCOMPARE(got->at(1).stationId, QStringLiteral("ST01"));
        // Paged by station, in serial order, each page after the last serial of the one before.
        auto first = newCrm()->page(QStringLiteral("ST01"), QString(), 2);
        QVERIFY2(first.ok(), qPrintable(first.message()));
        QCOMPARE(first->items.size(), 2);
        QVERIFY(first->hasMore);
        QCOMPARE(first->items.at(0).serial, kDispatched1);
        QCOMPARE(first->items.at(1).serial, kDispatched2);
        auto second = newCrm()->page(QStringLiteral("ST01"), kDispatched2, 2);
        QVERIFY2(second.ok(), qPrintable(second.message()));
        QCOMPARE(second->items.at(0).serial, kStock1);
        QVERIFY(second->hasMore);
        auto last = newCrm()->page(QStringLiteral("ST01"), kStock2, 2);
        QVERIFY2(last.ok(), qPrintable(last.message()));
        QCOMPARE(last->items.size(), 1);
        QCOMPARE(last->items.at(0).serial, kStock3);
        QVERIFY(!last->hasMore);
        // Page numbers, as for master data, with the total.
        const auto numbered =
            m_sim.call(Crm::New, "GET", QStringLiteral("/api/v2/serials?station_id=ST01&page=2&page_size=2")).json();
        QCOMPARE(numbered[u"total"].toInt(), 5);
        QCOMPARE(numbered[u"items"][0][u"serial"].toString(), kStock1);
        QVERIFY(numbered[u"has_more"].toBool());
        auto other = newCrm()->page(QStringLiteral("ST99"), QString(), 100);
        QVERIFY(other.ok());
        QCOMPARE(other->items.size(), 0);
        // Reads are not events: nothing applied, nothing journaled.
        QCOMPARE(m_sim.received(Crm::New).size(), 3);
    }

    void consistentStationHasNoMismatch()
    {
        baseline();
        if (QTest::currentTestFailed())
            return;
        ReconcileReport report;
        ReconcileOptions small;
        small.batchSize = 2; // several batches and pages even for five serials
        const QList<Mismatch> found = reconcile(small, &report);
        QVERIFY2(found.isEmpty(), qPrintable(describe(found)));
        QCOMPARE(report.mismatchCount(), 0);
        QCOMPARE(report.crms.value(Crm::Legacy).eventsChecked, 3);
        QCOMPARE(report.crms.value(Crm::New).eventsChecked, 3);
        QCOMPARE(report.crms.value(Crm::New).serialsChecked, 5);
        QCOMPARE(report.crms.value(Crm::New).crmSerialsChecked, 5);
        QVERIFY(report.crms.value(Crm::New).stateCompared);
        QVERIFY(!report.crms.value(Crm::Legacy).stateCompared);
    }

    void eachTamperingIsReportedWithItsKind()
    {
        baseline();
        if (QTest::currentTestFailed())
            return;
        // A unit generated later: the legacy CRM's row discarded by an admin, the new CRM gets it.
        m_clock.setNow(seedTime(18, 0));
        const QString discardedSerial = generateOne(QStringLiteral("CGSTV43"));
        QVERIFY(!discardedSerial.isEmpty());
        const qint64 discardedRow = outboxRow(Crm::Legacy, QStringLiteral("serials.generated"), OutboxState::Pending);
        QVERIFY(discardedRow > 0);
        QVERIFY(OutboxStore(m_station->db()).discard(discardedRow, QStringLiteral("entered twice, by mistake")).ok());
        {
            SyncEngine engine(m_station->db().path(), m_station->settings(), m_credentials, m_wall);
            QVERIFY(engine.start().ok());
            engine.wake();
            QTRY_COMPARE_WITH_TIMEOUT(m_sim.received(Crm::New).size(), 4, 15000);
            QVERIFY(engine.drainUntilIdle(10000));
            engine.stop();
        }
        // Another, never sent: pending for both CRMs.
        const QString pendingSerial = generateOne(QStringLiteral("CGSTV43"));
        QVERIFY(!pendingSerial.isEmpty());
        const qint64 pendingNewRow = outboxRow(Crm::New, QStringLiteral("serials.generated"), OutboxState::Pending);
        // The legacy CRM's stored answer to the inward acknowledges another request.
        const qint64 inwardLegacy = outboxRow(Crm::Legacy, QStringLiteral("inward.submitted"), OutboxState::Delivered);
        QVERIFY(inwardLegacy > 0);
        QVERIFY(m_station->db()
                    .exec(QStringLiteral("UPDATE outbox SET response = ? WHERE id = ?"),
                          {QStringLiteral("{\"status\":\"ok\",\"request_id\":\"INV-2025-09-25-9999\"}"), inwardLegacy})
                    .ok());
        // The new CRM: loses one serial, moves one to another warehouse, still has a dispatched one in stock, and
        // holds one this station never had.
        const QString invented = QStringLiteral("CGSTV432509259998");
        QVERIFY(tamper(QJsonObject{
            {QStringLiteral("remove"), QJsonArray{kStock3}},
            {QStringLiteral("set"), QJsonArray{QJsonObject{{QStringLiteral("serial"), kStock2},
                                                           {QStringLiteral("warehouse_code"), QStringLiteral("WH002")}},
                                               QJsonObject{{QStringLiteral("serial"), kDispatched1},
                                                           {QStringLiteral("state"), QStringLiteral("IN_STOCK")},
                                                           {QStringLiteral("party_code"), QString()}},
                                               QJsonObject{{QStringLiteral("serial"), invented},
                                                           {QStringLiteral("state"), QStringLiteral("IN_STOCK")},
                                                           {QStringLiteral("warehouse_code"), QStringLiteral("WH001")},
                                                           {QStringLiteral("station_id"), QStringLiteral("ST01")}}}}}));

        ReconcileReport report;
        const QList<Mismatch> found = reconcile({}, &report);
        const QString all = describe(found);
        // (a) per CRM, from the outbox.
        const Mismatch *discarded = find(found, discardedSerial, Crm::Legacy, MismatchKind::Discarded);
        QVERIFY2(discarded, qPrintable(all));
        QCOMPARE(discarded->outboxId, discardedRow);
        QVERIFY2(discarded->hint.contains(QStringLiteral("entered twice, by mistake")), qPrintable(discarded->hint));
        QVERIFY2(!find(found, discardedSerial, Crm::New, MismatchKind::Discarded), qPrintable(all));
        const Mismatch *pending = find(found, pendingSerial, Crm::New, MismatchKind::Pending);
        QVERIFY2(pending, qPrintable(all));
        QCOMPARE(pending->outboxId, pendingNewRow);
        QVERIFY2(find(found, pendingSerial, Crm::Legacy, MismatchKind::Pending), qPrintable(all));
        for (const QString &sn : seedSerials()) {
            const Mismatch *answer = find(found, sn, Crm::Legacy, MismatchKind::AnswerMismatch);
            QVERIFY2(answer, qPrintable(sn + u' ' + all));
            QCOMPARE(answer->outboxId, inwardLegacy);
            QVERIFY2(answer->hint.contains(QStringLiteral("INV-2025-09-25-9999")), qPrintable(answer->hint));
        }
        // (b) the new CRM's state.
        const Mismatch *missing = find(found, kStock3, Crm::New, MismatchKind::MissingAtCrm);
        QVERIFY2(missing, qPrintable(all));
        QCOMPARE(missing->localValue, QStringLiteral("IN_STOCK at WH001"));
        const Mismatch *moved = find(found, kStock2, Crm::New, MismatchKind::LocationDiffers);
        QVERIFY2(moved, qPrintable(all));
        QCOMPARE(moved->crmValue, QStringLiteral("IN_STOCK at WH002"));
        const Mismatch *stillInStock = find(found, kDispatched1, Crm::New, MismatchKind::StateDiffers);
        QVERIFY2(stillInStock, qPrintable(all));
        QCOMPARE(stillInStock->localValue, QStringLiteral("DISPATCHED to RET123 from WH001"));
        QCOMPARE(stillInStock->crmValue, QStringLiteral("IN_STOCK at WH001"));
        QVERIFY2(find(found, invented, Crm::New, MismatchKind::UnknownLocally), qPrintable(all));
        // The pending serial is not reported a second time as missing at the new CRM.
        QVERIFY2(!find(found, pendingSerial, Crm::New, MismatchKind::MissingAtCrm), qPrintable(all));
        // Nothing else: 1 discarded + 2 pending + 5 answer + 4 state.
        QCOMPARE(found.size(), 12);
        QCOMPARE(report.mismatchCount(), 12);
        QCOMPARE(report.crms.value(Crm::Legacy).mismatches.value(MismatchKind::AnswerMismatch), 5);
        QCOMPARE(report.crms.value(Crm::New).mismatches.value(MismatchKind::UnknownLocally), 1);

        // Only the legacy CRM: nothing of the new CRM's state is read.
        ReconcileOptions legacyOnly;
        legacyOnly.crms = {Crm::Legacy};
        const QList<Mismatch> legacy = reconcile(legacyOnly);
        QCOMPARE(legacy.size(), 7);
        for (const Mismatch &m : legacy)
            QCOMPARE(m.crm, Crm::Legacy);

        // The CSV: header, one row per mismatch, RFC 4180 quoting of the commas and quotes in values and hints.
        const QString path = m_dir.filePath(QStringLiteral("report%1.csv").arg(m_case));
        auto csv = ReconciliationCsv::create(path);
        QVERIFY2(csv.ok(), qPrintable(csv.message()));
        for (const Mismatch &m : found)
            (*csv)->add(m);
        Mismatch tricky{QStringLiteral("CGSTV322509251001"),
                        Crm::New,
                        MismatchKind::StateDiffers,
                        QStringLiteral("say \"hi\", twice"),
                        QStringLiteral("line one\nline two"),
                        42,
                        QStringLiteral("plain")};
        (*csv)->add(tricky);
        QVERIFY((*csv)->commit().ok());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("serial,crm,kind,local_value,crm_value,outbox_id,hint\r\n"));
        QVERIFY(bytes.contains("\"say \"\"hi\"\", twice\",\"line one\nline two\",42,plain\r\n"));
        const QList<QStringList> rows = parseCsv(QString::fromUtf8(bytes));
        QCOMPARE(rows.size(), found.size() + 2);
        QCOMPARE(rows.first(), ReconciliationCsv::header());
        for (qsizetype i = 0; i < found.size(); ++i) {
            const Mismatch &m = found.at(i);
            const QStringList &r = rows.at(i + 1);
            QCOMPARE(r.size(), 7);
            QCOMPARE(r.at(0), m.serial);
            QCOMPARE(r.at(1), crmName(m.crm));
            QCOMPARE(r.at(2), mismatchKindName(m.kind));
            QCOMPARE(r.at(3), m.localValue);
            QCOMPARE(r.at(4), m.crmValue);
            QCOMPARE(r.at(5), m.outboxId > 0 ? QString::number(m.outboxId) : QString());
            QCOMPARE(r.at(6), m.hint);
        }
        QCOMPARE(rows.last(),
                 (QStringList{tricky.serial, QStringLiteral("new"), QStringLiteral("state_differs"), tricky.localValue,
                              tricky.crmValue, QStringLiteral("42"), QStringLiteral("plain")}));
    }

    void failedRowSaysHowToRetry()
    {
        baseline();
        if (QTest::currentTestFailed())
            return;
        m_clock.setNow(seedTime(18, 0));
        const QString serial = generateOne(QStringLiteral("CGSTV43"));
        QVERIFY(!serial.isEmpty());
        // The legacy CRM refused it for good (a 422, as crm-sim answers a body it rejects).
        OutboxStore outbox(m_station->db());
        auto claimed = outbox.claimDue(Crm::Legacy, m_clock.now().toMSecsSinceEpoch() + 1000, 10);
        QVERIFY(claimed.ok());
        QCOMPARE(claimed->size(), 1);
        const qint64 id = claimed->first().id;
        QVERIFY(outbox
                    .markFailed(id, 422, QStringLiteral("HTTP 422: products[0].product_code: unknown product"),
                                m_clock.now())
                    .ok());
        const QList<Mismatch> found = reconcile();
        const Mismatch *failed = find(found, serial, Crm::Legacy, MismatchKind::Failed);
        QVERIFY2(failed, qPrintable(describe(found)));
        QCOMPARE(failed->outboxId, id);
        QVERIFY2(failed->hint.contains(QStringLiteral("unknown product")), qPrintable(failed->hint));
        QVERIFY2(failed->hint.contains(QStringLiteral("floorbridge-ctl outbox retry %1").arg(id)),
                 qPrintable(failed->hint));
        QVERIFY2(find(found, serial, Crm::New, MismatchKind::Pending), qPrintable(describe(found)));
        QCOMPARE(found.size(), 2);
    }

    void dispatchCancelledBeforeSendingIsNoMismatch()
    {
        baseline();
        if (QTest::currentTestFailed())
            return;
        m_clock.setNow(seedTime(17, 40));
        DispatchService dispatch(m_station->db(), m_station->settings(), m_clock);
        DispatchForm form = seedForm();
        auto id = dispatch.createDraft(warehouseActor(), form);
        QVERIFY2(id.ok(), qPrintable(id.message()));
        QVERIFY(dispatch.scan(warehouseActor(), *id, kStock1, QStringLiteral("test")).ok());
        auto done = dispatch.submit(warehouseActor(), *id, form);
        QVERIFY2(done.ok(), qPrintable(done.message()));
        auto cancelled = dispatch.cancel(supervisor(), done->requestId, QStringLiteral("party refused"));
        QVERIFY2(cancelled.ok(), qPrintable(cancelled.message()));
        QVERIFY(!cancelled->reachedCrm);
        const QList<Mismatch> found = reconcile();
        QVERIFY2(found.isEmpty(), qPrintable(describe(found)));
    }

    void brokenOrAbsentCrmIsAMessage()
    {
        baseline();
        if (QTest::currentTestFailed())
            return;
        ReconciliationService service(m_station->db(), m_clock);
        // Garbage from the CRM: the message names the request and the field.
        QVERIFY(tamper(QJsonObject{{QStringLiteral("malformed"), true}}));
        auto source = newCrm();
        auto r = service.runAndCollect(supervisor(), {}, source.get());
        QVERIFY(!r.ok());
        QVERIFY2(r.message().contains(QStringLiteral("POST /api/v2/serials/query")), qPrintable(r.message()));
        QVERIFY2(r.message().contains(QStringLiteral("items: should be a list")), qPrintable(r.message()));
        auto page = source->page(QStringLiteral("ST01"), QString(), 10);
        QVERIFY(!page.ok());
        QVERIFY2(page.message().contains(QStringLiteral("items[0].serial: should be text")),
                 qPrintable(page.message()));
        QVERIFY(tamper(QJsonObject{{QStringLiteral("malformed"), false}}));
        // Down: one clear sentence, naming the CRM and what to check.
        QVERIFY(m_sim.setFaults(Crm::New, QJsonObject{{QStringLiteral("outage"), true}}));
        r = service.runAndCollect(supervisor(), {}, source.get());
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("reconcile.http"));
        QVERIFY2(r.message().contains(QStringLiteral("HTTP 503")), qPrintable(r.message()));
        QVERIFY(m_sim.clearFaults(Crm::New));
        // Wrong token.
        NewCrmSerials wrongToken(m_nam, m_sim.newUrl(), QStringLiteral("not-the-token"), 5000);
        r = service.runAndCollect(supervisor(), {}, &wrongToken);
        QVERIFY(!r.ok());
        QVERIFY2(r.message().contains(QStringLiteral("credentials set new")), qPrintable(r.message()));
        // A warehouse operator may not run it.
        r = service.runAndCollect(warehouseActor(), {}, source.get());
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("auth.forbidden"));
    }

    void ctlReconcileExitCodes()
    {
        baseline();
        if (QTest::currentTestFailed())
            return;
        // The token in the keychain (set-up mode: no operators yet), then operators to log in as.
        CtlRun set = runCtl(m_dataDir, {QStringLiteral("credentials"), QStringLiteral("set"), QStringLiteral("new")},
                            CrmSimProcess::newToken().toUtf8() + "\n");
        QVERIFY2(set.exitCode == 0, qPrintable(set.err));
        OperatorService ops(m_station->db(), m_station->settings(), m_clock);
        auto admin = ops.createFirstAdmin(QStringLiteral("A001"), QStringLiteral("Asha"), QStringLiteral("1234"));
        QVERIFY(admin.ok());
        QVERIFY(ops.createOperator(*admin, QStringLiteral("S001"), QStringLiteral("Sunita"), Role::Supervisor,
                                   QStringLiteral("1357"))
                    .ok());
        QVERIFY(ops.createOperator(*admin, QStringLiteral("W001"), QStringLiteral("Wasim"), Role::Warehouse,
                                   QStringLiteral("2468"))
                    .ok());
        const auto supervisorEnv = operatorEnv(QStringLiteral("S001"), QStringLiteral("1357"));

        CtlRun ok = runCtl(m_dataDir, {QStringLiteral("reconcile")}, {}, supervisorEnv);
        QVERIFY2(ok.exitCode == 0, qPrintable(ok.out + ok.err));
        QVERIFY2(ok.out.contains(QStringLiteral("No mismatches")), qPrintable(ok.out));

        CtlRun forbidden = runCtl(m_dataDir, {QStringLiteral("reconcile")}, {},
                                  operatorEnv(QStringLiteral("W001"), QStringLiteral("2468")));
        QCOMPARE(forbidden.exitCode, 4);
        QVERIFY2(forbidden.err.contains(QStringLiteral("Supervisor")), qPrintable(forbidden.err));
        CtlRun usage = runCtl(m_dataDir, {QStringLiteral("reconcile"), QStringLiteral("--crm"), QStringLiteral("old")},
                              {}, supervisorEnv);
        QCOMPARE(usage.exitCode, 2);

        QVERIFY(tamper(QJsonObject{{QStringLiteral("remove"), QJsonArray{kStock3}}}));
        const QString csvPath = m_dir.filePath(QStringLiteral("ctl%1.csv").arg(m_case));
        CtlRun found =
            runCtl(m_dataDir, {QStringLiteral("reconcile"), QStringLiteral("--csv"), csvPath}, {}, supervisorEnv);
        QVERIFY2(found.exitCode == 6, qPrintable(found.out + found.err));
        QVERIFY2(found.out.contains(kStock3) && found.out.contains(QStringLiteral("missing_at_crm 1")),
                 qPrintable(found.out));
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QList<QStringList> rows = parseCsv(QString::fromUtf8(csv.readAll()));
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(1).at(0), kStock3);
        QCOMPARE(rows.at(1).at(2), QStringLiteral("missing_at_crm"));

        CtlRun json = runCtl(m_dataDir, {QStringLiteral("reconcile"), QStringLiteral("--json")}, {}, supervisorEnv);
        QCOMPARE(json.exitCode, 6);
        const QJsonObject doc = QJsonDocument::fromJson(json.out.toUtf8()).object();
        QCOMPARE(doc[u"mismatches"].toInt(), 1);
        QCOMPARE(doc[u"crms"][u"new"][u"by_kind"][u"missing_at_crm"].toInt(), 1);
        QCOMPARE(doc[u"items"][0][u"serial"].toString(), kStock3);

        // Legacy only: the new CRM's state is not read, so the lost serial is not seen.
        CtlRun legacy =
            runCtl(m_dataDir, {QStringLiteral("reconcile"), QStringLiteral("--crm"), QStringLiteral("legacy")}, {},
                   supervisorEnv);
        QCOMPARE(legacy.exitCode, 0);

        // The CRM down: exit 5, a message, and no CSV written.
        QVERIFY(m_sim.setFaults(Crm::New, QJsonObject{{QStringLiteral("outage"), true}}));
        const QString downPath = m_dir.filePath(QStringLiteral("down%1.csv").arg(m_case));
        CtlRun down =
            runCtl(m_dataDir, {QStringLiteral("reconcile"), QStringLiteral("--csv"), downPath}, {}, supervisorEnv);
        QCOMPARE(down.exitCode, 5);
        QVERIFY2(down.err.contains(QStringLiteral("new CRM")) &&
                     down.err.contains(QStringLiteral("Nothing was written")),
                 qPrintable(down.err));
        QVERIFY(!QFile::exists(downPath));
        QVERIFY(m_sim.clearFaults(Crm::New));

        // Garbage from the CRM: exit 5 with the field named, not a crash.
        QVERIFY(tamper(QJsonObject{{QStringLiteral("malformed"), true}}));
        CtlRun garbage = runCtl(m_dataDir, {QStringLiteral("reconcile")}, {}, supervisorEnv);
        QCOMPARE(garbage.exitCode, 5);
        QVERIFY2(garbage.err.contains(QStringLiteral("items: should be a list")), qPrintable(garbage.err));
        QVERIFY(tamper(QJsonObject{{QStringLiteral("malformed"), false}}));

        // A CSV path in a folder that does not exist: exit 1, the path named, the CRM not asked.
        const QString badPath = m_dir.filePath(QStringLiteral("no/such/folder/report.csv"));
        CtlRun bad =
            runCtl(m_dataDir, {QStringLiteral("reconcile"), QStringLiteral("--csv"), badPath}, {}, supervisorEnv);
        QCOMPARE(bad.exitCode, 1);
        QVERIFY2(bad.err.contains(QStringLiteral("report.csv")), qPrintable(bad.err));
    }
};

QTEST_GUILESS_MAIN(TestReconciliation)
#include "TestReconciliation.moc"
