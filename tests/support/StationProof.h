#pragma once
// The crash and chaos proofs' station: a seeded script that runs a station's real services — serial generation,
// inward, dispatch, cancellation, a complaint and the unit's return — so the events come from the services with their
// real ordering; and the check that each CRM applied every event the station committed exactly once and, per serial
// and per complaint, in the order the station made them. Header-only; needs fb_core.

#include "CrmSimProcess.h"
#include "DispatchSeed.h"
#include "MasterData.h"
#include "ServiceFixture.h"

#include "app/core/Clock.h"
#include "app/core/Crm.h"
#include "app/domain/Actor.h"
#include "app/services/ComplaintService.h"
#include "app/services/DispatchService.h"
#include "app/services/InwardService.h"
#include "app/services/ReturnOrderService.h"
#include "app/services/SerialGenerationService.h"
#include "app/storage/Database.h"
#include "app/storage/MasterDataStore.h"
#include "app/storage/ServiceMasterStore.h"
#include "app/storage/SettingsStore.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlQuery>
#include <QStringList>

#include <algorithm>
#include <map>

namespace fb::test {

// Seed 000's products, warehouses and parties, plus what a complaint needs: one model per product sold in MH, the
// REPAIR call type and technician T001 in Pune. Idempotent (upserts), so a restarted worker may call it again.
inline Status loadProofMasterData(Database &db)
{
    MasterDataBatch batch = seedMasterData();
    for (Product &p : batch.products)
        p.models = {p.code == u"CGSTV32"   ? QStringLiteral("CGSTV32-HD")
                    : p.code == u"CGSTV36" ? QStringLiteral("CGSTV36-FHD")
                                           : QStringLiteral("CGSTV43-UHD")};
    const QString at = QStringLiteral("2025-09-01T09:00:00+05:30");
    batch.technicians = {Technician{QStringLiteral("T001"), QStringLiteral("Ravi Kulkarni"), QStringLiteral("Pune"),
                                    QStringLiteral("MH"), true, at}};
    if (Status s = MasterDataStore(db).apply(batch, QDateTime()); !s)
        return s;
    return db.write([&]() -> Status {
        ServiceMasterStore service(db);
        if (Status s = service.upsert(CallType{QStringLiteral("REPAIR"), QStringLiteral("Repair"), at}); !s)
            return s;
        for (const Product &p : batch.products) {
            if (Status s = service.upsert(ModelRegion{p.models.value(0), {QStringLiteral("MH")}, {}, at}); !s)
                return s;
        }
        return Ok{};
    });
}

// A station's day, one action per step(), chosen from what the database holds so that a worker killed at any moment
// and started again carries on where it stopped (an open inward or dispatch draft is finished first, as an operator
// would after a restart). Then, at random (seeded; the step's seed is the proof's seed mixed with the number of audit
// entries, so a run is repeatable from its database): generate 1–3 serials of a product while stock runs low, inward
// every generated serial into WH001, dispatch 1–3 units in stock to RET123, cancel a dispatch, mostly a recent one
// (a supervisor; "in flight right now" is a refusal a station meets, not a defect) or register a complaint on a
// dispatched unit and return that unit. A refusal the script did not expect is returned as the error: a defect.
class StationScript
{
public:
    StationScript(Database &db, SettingsStore &settings, const Clock &clock, quint32 seed)
        : m_db(db)
        , m_clock(clock)
        , m_seed(seed)
        , m_generation(db, settings, clock)
        , m_inward(db, settings, clock)
        , m_dispatch(db, settings, clock)
        , m_complaints(db, settings, clock)
        , m_returns(db, settings, clock)
    {}

    // Does the next action; says what it did ("dispatch DO-… 2 units", "cancel refused: in flight", …).
    Result<QString> step()
    {
        // A refusal writes nothing, so it also moves the seed on: the next step need not pick the same dispatch.
        QRandomGenerator rng(m_seed ^ (quint32(count(QStringLiteral("SELECT COUNT(*) FROM audit_log"))) * 2654435761U) ^
                             (m_refusals * 40503U));
        const QStringList generated = serialsIn(QStringLiteral("GENERATED"));
        auto drafts = m_inward.openDrafts(m_warehouse);
        if (!drafts.ok())
            return drafts.error();
        if (!generated.isEmpty() || !drafts->isEmpty())
            return inward(generated);
        auto dispatchDraft = m_dispatch.openDraft(m_warehouse);
        if (!dispatchDraft.ok())
            return dispatchDraft.error();
        if (dispatchDraft->has_value())
            return dispatch(**dispatchDraft, rng);
        if (auto unreturned = complaintWithoutReturn(); !unreturned.isEmpty())
            return returnUnit(unreturned);

        const QStringList stock = serialsIn(QStringLiteral("IN_STOCK"));
        const QStringList dispatched = serialsIn(QStringLiteral("DISPATCHED"));
        const QStringList cancellable = cancellableDispatches();
        // Weights: generate while stock runs low, dispatch most, cancel often, return now and then.
        const int weights[4] = {stock.size() < 6 && !m_exhausted ? 3 : 0, stock.isEmpty() ? 0 : 5,
                                cancellable.isEmpty() ? 0 : 2, dispatched.isEmpty() ? 0 : 1};
        const int total = weights[0] + weights[1] + weights[2] + weights[3];
        if (total == 0)
            return QStringLiteral("nothing to do");
        int pick = int(rng.bounded(total));
        int action = 0;
        while (pick >= weights[action])
            pick -= weights[action++];
        switch (action) {
        case 0:
            return generate(rng);
        case 1: {
            auto id = m_dispatch.createDraft(m_warehouse, form());
            if (!id.ok())
                return id.error();
            return dispatch(*id, rng);
        }
        case 2: {
            // Mostly one of the latest (not yet sent, in flight, applied but unanswered), sometimes an older one
            // (delivered): the lesser of two draws.
            const int n = int(cancellable.size());
            return cancel(cancellable.at(std::min(int(rng.bounded(n)), int(rng.bounded(n)))));
        }
        default:
            return registerComplaint(dispatched.at(int(rng.bounded(int(dispatched.size())))));
        }
    }

    // Events the station has queued so far (one per business action that reaches the CRMs, whatever its targets).
    int events() const { return count(QStringLiteral("SELECT COUNT(DISTINCT event_id) FROM outbox")); }

private:
    int count(const QString &sql) const
    {
        auto q = m_db.exec(sql);
        return q.ok() && q.value().next() ? q.value().value(0).toInt() : -1;
    }
    QStringList column(const QString &sql, const QVariantList &bindings = {}) const
    {
        QStringList out;
        auto q = m_db.exec(sql, bindings);
        while (q.ok() && q.value().next())
            out << q.value().value(0).toString();
        return out;
    }
    QStringList serialsIn(const QString &state) const
    {
        return column(QStringLiteral("SELECT serial FROM serials WHERE state = ? ORDER BY serial"), {state});
    }
    // The latest 50 submitted dispatches whose units are all still out on them (a returned unit cannot come back),
    // newest first.
    QStringList cancellableDispatches() const
    {
        return column(QStringLiteral(
            "SELECT o.request_id FROM dispatch_orders o WHERE o.state = 'SUBMITTED' AND NOT EXISTS (SELECT 1 FROM "
            "dispatch_lines l JOIN serials s ON s.serial = l.serial WHERE l.draft_id = o.id AND (s.state <> "
            "'DISPATCHED' OR s.ref IS NOT o.request_id)) ORDER BY o.id DESC LIMIT 50"));
    }
    // A complaint registered by a worker that was killed before it returned the unit.
    QString complaintWithoutReturn() const
    {
        return column(QStringLiteral("SELECT c.number FROM complaints c JOIN serials s ON s.serial = c.serial WHERE "
                                     "s.state = 'DISPATCHED' AND NOT EXISTS (SELECT 1 FROM return_orders r WHERE "
                                     "r.complaint_number = c.number) ORDER BY c.number LIMIT 1"))
            .value(0);
    }

    // Seed 000's form to RET123, with its own order id and leaving now.
    DispatchForm form() const
    {
        DispatchForm f = seedForm();
        f.orderId = QStringLiteral("PROOF-DO-%1").arg(count(QStringLiteral("SELECT COUNT(*) FROM dispatch_orders")));
        f.dispatchDateTime = m_clock.now().toString(Qt::ISODate);
        return f;
    }

    Result<QString> generate(QRandomGenerator &rng)
    {
        static const QStringList products{QStringLiteral("CGSTV32"), QStringLiteral("CGSTV36"),
                                          QStringLiteral("CGSTV43")};
        const int first = int(rng.bounded(int(products.size())));
        const int quantity = 1 + int(rng.bounded(3));
        for (int i = 0; i < products.size(); ++i) {
            const QString product = products.at((first + i) % products.size());
            auto made = m_generation.generate(m_warehouse, product, quantity);
            if (made.ok())
                return QStringLiteral("generate %1 ×%2").arg(product).arg(made->total);
            if (made.error().code != u"serials.block_exhausted")
                return made.error();
        }
        m_exhausted = true; // today's blocks are used up: the units already made keep cycling
        return QStringLiteral("generate: today's blocks are used up");
    }

    Result<QString> inward(const QStringList &generated)
    {
        auto draft = m_inward.openDraft(m_warehouse, QStringLiteral("WH001"));
        if (!draft.ok())
            return draft.error();
        QSet<QString> scanned;
        for (const InwardLine &line : draft->lines)
            scanned.insert(line.serial);
        for (const QString &serial : generated) {
            if (scanned.contains(serial))
                continue;
            auto outcome = m_inward.scan(m_warehouse, draft->info.id, serial, QStringLiteral("proof"));
            if (!outcome.ok())
                return outcome.error();
            if (!outcome->accepted())
                return makeError(QStringLiteral("inward refused %1: %2").arg(serial, outcome->message));
            scanned.insert(serial);
        }
        if (scanned.isEmpty()) {
            if (Status s = m_inward.abandon(m_warehouse, draft->info.id); !s)
                return s.error();
            return QStringLiteral("inward: empty draft abandoned");
        }
        auto submitted = m_inward.submit(m_warehouse, draft->info.id);
        if (!submitted.ok())
            return submitted.error();
        return QStringLiteral("inward %1 %2 units").arg(submitted->requestId).arg(submitted->total);
    }

    Result<QString> dispatch(qint64 draftId, QRandomGenerator &rng)
    {
        auto draft = m_dispatch.draft(m_warehouse, draftId);
        if (!draft.ok())
            return draft.error();
        if (draft->lines.isEmpty()) {
            QStringList stock = serialsIn(QStringLiteral("IN_STOCK"));
            if (stock.isEmpty()) {
                if (Status s = m_dispatch.abandon(m_warehouse, draftId); !s)
                    return s.error();
                return QStringLiteral("dispatch: nothing in stock, draft abandoned");
            }
            const int units = std::min(int(stock.size()), 1 + int(rng.bounded(3)));
            for (int i = 0; i < units; ++i) {
                const QString serial = stock.takeAt(int(rng.bounded(int(stock.size()))));
                auto line = m_dispatch.scan(m_warehouse, draftId, serial, QStringLiteral("proof"));
                if (!line.ok())
                    return line.error();
            }
        }
        auto submitted = m_dispatch.submit(m_warehouse, draftId, form());
        if (!submitted.ok())
            return submitted.error();
        return QStringLiteral("dispatch %1 %2 units").arg(submitted->requestId).arg(submitted->serials);
    }

    Result<QString> cancel(const QString &requestId)
    {
        auto cancelled = m_dispatch.cancel(m_supervisor, requestId, QStringLiteral("proof: the party cancelled"));
        if (!cancelled.ok()) {
            if (cancelled.error().code == u"cancel.in_flight") {
                ++m_refusals;
                return QStringLiteral("cancel %1 refused: in flight").arg(requestId);
            }
            return cancelled.error();
        }
        return QStringLiteral("cancel %1 (%2)")
            .arg(requestId, cancelled->reachedCrm ? QStringLiteral("sent") : QStringLiteral("dropped"));
    }

    Result<QString> registerComplaint(const QString &serial)
    {
        ComplaintDraft d = puneDraft(serial); // a Repair call from a customer in Pune
        d.customerCode = QStringLiteral("CUST-%1").arg(serial.right(6));
        auto complaint = m_complaints.registerComplaint(m_technician, d);
        if (!complaint.ok())
            return complaint.error();
        return returnUnit(complaint->number);
    }

    Result<QString> returnUnit(const QString &complaintNumber)
    {
        ReturnLineDraft unit;
        unit.kind = ReturnKind::Unit;
        auto order = m_returns.create(m_technician, complaintNumber, {}, {unit}, QStringLiteral("dead on arrival"));
        if (!order.ok())
            return order.error();
        return QStringLiteral("return %1 for %2").arg(order->number, complaintNumber);
    }

    Database &m_db;
    const Clock &m_clock;
    quint32 m_seed;
    bool m_exhausted = false;
    quint32 m_refusals = 0;
    SerialGenerationService m_generation;
    InwardService m_inward;
    DispatchService m_dispatch;
    ComplaintService m_complaints;
    ReturnOrderService m_returns;
    const Actor m_warehouse{QStringLiteral("W001"), QStringLiteral("Wasim"), Role::Warehouse, QStringLiteral("ST01")};
    const Actor m_supervisor{QStringLiteral("S001"), QStringLiteral("Sunil"), Role::Supervisor, QStringLiteral("ST01")};
    const Actor m_technician{QStringLiteral("T100"), QStringLiteral("Tara"), Role::Technician, QStringLiteral("ST01")};
};

// What the station queued, read back from its outbox: per row its CRM, event, state and what it is about.
struct StationRow
{
    qint64 id = 0;
    QString crm;
    QString type;
    QString idempotencyKey;
    QString state;
    QString requestId;   // data.request_id (DO-…, INV-…, RO-…): a cancellation names its dispatch here
    QStringList serials; // every serial the event moves
    QString complaint;   // the complaint it belongs to (registration, return order)
};

inline QList<StationRow> stationRows(Database &db)
{
    QList<StationRow> rows;
    auto q =
        db.exec(QStringLiteral("SELECT id, crm, event_type, idempotency_key, state, payload FROM outbox ORDER BY id"));
    while (q.ok() && q.value().next()) {
        StationRow r;
        r.id = q.value().value(0).toLongLong();
        r.crm = q.value().value(1).toString();
        r.type = q.value().value(2).toString();
        r.idempotencyKey = q.value().value(3).toString();
        r.state = q.value().value(4).toString();
        const QJsonObject data = QJsonDocument::fromJson(q.value().value(5).toString().toUtf8())
                                     .object()
                                     .value(QStringLiteral("data"))
                                     .toObject();
        r.requestId = data.value(QStringLiteral("request_id")).toString();
        for (const QJsonValue p : data.value(QStringLiteral("products")).toArray()) {
            for (const QJsonValue sn : p.toObject().value(QStringLiteral("serial_list")).toArray())
                r.serials << sn.toString();
            for (const QJsonValue line : p.toObject().value(QStringLiteral("serials")).toArray())
                r.serials << line.toObject().value(QStringLiteral("sn")).toString();
        }
        if (r.type == u"dispatch.cancelled") {
            for (const QJsonValue sn : data.value(QStringLiteral("serials")).toArray())
                r.serials << sn.toString();
        }
        if (r.type == u"return_order.created") {
            r.complaint = data.value(QStringLiteral("complaint_no")).toString();
            for (const QJsonValue item : data.value(QStringLiteral("items")).toArray()) {
                if (item[QStringLiteral("type")].toString() == u"UNIT")
                    r.serials << item[QStringLiteral("sn")].toString();
            }
        }
        if (r.type == u"complaint.registered")
            r.complaint =
                data.value(QStringLiteral("complaint")).toObject().value(QStringLiteral("complaint_no")).toString();
        rows << r;
    }
    return rows;
}

struct StationCheck
{
    QString problem; // empty: every committed event applied exactly once, each serial's and complaint's in order
    int events = 0;  // rows the station committed for this CRM (not dropped)
    int applied = 0;
    int dropped = 0;           // dispatch rows dropped by a cancellation before they ever left
    QMap<QString, int> byType; // applied events per type
};

// One CRM: every row the station committed (all but DISCARDED) is DELIVERED and applied exactly once, under its
// idempotency key; a dropped row was never applied (or, if it was, its dispatch's cancellation was applied after it);
// nothing was applied that the station did not queue; per serial and per complaint the CRM applied the events in the
// station's order, and each serial's life at the CRM is generated → inward → dispatched → (cancelled → dispatched)* →
// returned, never a step out of turn.
inline StationCheck checkStationDelivered(CrmSimProcess &sim, Crm crm, const QList<StationRow> &all)
{
    StationCheck result;
    const QString crmText = crmName(crm);
    QHash<QString, const StationRow *> byKey;
    for (const StationRow &r : all) {
        if (r.crm != crmText)
            continue;
        byKey.insert(r.idempotencyKey, &r);
        if (r.state == u"DISCARDED")
            ++result.dropped;
        else
            ++result.events;
        if (r.state != u"DELIVERED" && r.state != u"DISCARDED") {
            result.problem =
                QStringLiteral("outbox row %1 (%2) is still %3 at the %4 CRM").arg(r.id).arg(r.type, r.state, crmText);
            return result;
        }
    }
    const QJsonArray applied = sim.received(crm);
    result.applied = int(applied.size());
    QHash<QString, int> seen;             // idempotency key → position
    QSet<QString> cancelledDispatches;    // request ids whose cancellation this CRM applied
    QHash<QString, qint64> lastOfSubject; // "serial:…" / "complaint:…" → the last row id applied
    QHash<QString, QString> life;         // serial → its state at this CRM as the events arrived
    for (int i = 0; i < applied.size(); ++i) {
        const QString key = applied.at(i)[QStringLiteral("idempotency_key")].toString();
        const StationRow *row = byKey.value(key);
        if (!row) {
            result.problem =
                QStringLiteral("the %1 CRM applied %2, which the station never queued for it").arg(crmText, key);
            return result;
        }
        if (seen.contains(key)) {
            result.problem =
                QStringLiteral("the %1 CRM applied %2 (%3 %4) twice").arg(crmText, key, row->type, row->requestId);
            return result;
        }
        seen.insert(key, i);
        ++result.byType[row->type];
        if (row->type == u"dispatch.cancelled")
            cancelledDispatches.insert(row->requestId);
        QStringList subjects;
        for (const QString &sn : row->serials)
            subjects << QStringLiteral("serial:") + sn;
        if (!row->complaint.isEmpty())
            subjects << QStringLiteral("complaint:") + row->complaint;
        for (const QString &subject : subjects) {
            const qint64 before = lastOfSubject.value(subject, 0);
            if (before > row->id) {
                result.problem = QStringLiteral("%1 out of order at the %2 CRM: outbox row %3 (%4) arrived after row "
                                                "%5")
                                     .arg(subject, crmText)
                                     .arg(row->id)
                                     .arg(row->type)
                                     .arg(before);
                return result;
            }
            lastOfSubject.insert(subject, row->id);
        }
        // What each event may follow, per serial.
        static const QHash<QString, std::pair<QStringList, QString>> steps{
            {QStringLiteral("serials.generated"), {{QString()}, QStringLiteral("GENERATED")}},
            {QStringLiteral("inward.submitted"), {{QStringLiteral("GENERATED")}, QStringLiteral("IN_STOCK")}},
            {QStringLiteral("dispatch.submitted"), {{QStringLiteral("IN_STOCK")}, QStringLiteral("DISPATCHED")}},
            {QStringLiteral("dispatch.cancelled"), {{QStringLiteral("DISPATCHED")}, QStringLiteral("IN_STOCK")}},
            {QStringLiteral("return_order.created"), {{QStringLiteral("DISPATCHED")}, QStringLiteral("RETURNED")}},
        };
        if (steps.contains(row->type)) {
            const auto &[from, to] = steps.value(row->type);
            for (const QString &sn : row->serials) {
                if (!from.contains(life.value(sn))) {
                    result.problem =
                        QStringLiteral("%1 at the %2 CRM: %3 (outbox row %4, %5) arrived while the unit "
                                       "was %6 there")
                            .arg(sn, crmText, row->type)
                            .arg(row->id)
                            .arg(row->requestId, life.value(sn).isEmpty() ? QStringLiteral("unknown") : life.value(sn));
                    return result;
                }
                life.insert(sn, to);
            }
        }
    }
    for (auto it = byKey.cbegin(); it != byKey.cend(); ++it) {
        const StationRow &r = **it;
        if (r.state == u"DELIVERED" && !seen.contains(r.idempotencyKey)) {
            result.problem = QStringLiteral("outbox row %1 (%2 %3) is DELIVERED but the %4 CRM never applied it")
                                 .arg(r.id)
                                 .arg(r.type, r.requestId, crmText);
            return result;
        }
        if (r.state == u"DISCARDED" && seen.contains(r.idempotencyKey) && !cancelledDispatches.contains(r.requestId)) {
            result.problem = QStringLiteral("outbox row %1 (%2 %3) was dropped as never sent, yet the %4 CRM applied "
                                            "it and never heard of its cancellation")
                                 .arg(r.id)
                                 .arg(r.type, r.requestId, crmText);
            return result;
        }
    }
    return result;
}

} // namespace fb::test
