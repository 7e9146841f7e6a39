#include "app/services/Reconciliation.h"

#include "app/domain/EventType.h"
#include "app/services/Events.h"

#include "app/core/Logging.h"
#include "app/domain/EnumNames.h"
#include "app/storage/AuditLog.h"
#include "app/storage/Database.h"
#include "app/storage/ReconciliationStore.h"
#include "app/storage/SerialRegister.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace fb {

namespace {

constexpr int kMaxCrmPages = 100000; // a CRM that says has_more forever must not keep us busy forever

// Empty when the CRM's stored answer acknowledges this event; otherwise what is wrong with it.
QString answerProblem(Crm crm, const QJsonObject &envelope, const QString &response)
{
    if (response.trimmed().isEmpty())
        return ReconciliationService::tr("the CRM's answer was empty");
    const QJsonDocument doc = QJsonDocument::fromJson(response.toUtf8());
    if (!doc.isObject())
        return ReconciliationService::tr("the CRM's answer is not a JSON object");
    const QJsonObject answer = doc.object();
    const QString status = answer.value(QStringLiteral("status")).toString();
    if (answer.contains(QStringLiteral("status")) && status != u"ok")
        return ReconciliationService::tr("the CRM answered status \"%1\"").arg(status);
    if (crm == Crm::New) {
        const QString eventId = envelope.value(QStringLiteral("event_id")).toString();
        const QString acknowledged = answer.value(QStringLiteral("event_id")).toString();
        if (acknowledged != eventId)
            return ReconciliationService::tr("the CRM acknowledged event \"%1\", not %2").arg(acknowledged, eventId);
    } else {
        const QString requestId =
            envelope.value(QStringLiteral("data")).toObject().value(QStringLiteral("request_id")).toString();
        const QString acknowledged = answer.value(QStringLiteral("request_id")).toString();
        if (!requestId.isEmpty() && acknowledged != requestId)
            return ReconciliationService::tr("the CRM acknowledged request \"%1\", not %2")
                .arg(acknowledged, requestId);
    }
    return {};
}

QString describeLocal(const SerialRecord &r)
{
    switch (r.state) {
    case SerialState::InStock:
        return ReconciliationService::tr("IN_STOCK at %1").arg(r.warehouseCode);
    case SerialState::Dispatched:
        return ReconciliationService::tr("DISPATCHED to %1 from %2").arg(r.partyCode, r.warehouseCode);
    case SerialState::Returned:
        return ReconciliationService::tr("RETURNED from %1").arg(r.partyCode);
    case SerialState::Generated:
        break;
    }
    return serialStateName(r.state);
}

QString describeCrm(const CrmSerialState &s)
{
    if (s.state == u"IN_STOCK")
        return ReconciliationService::tr("IN_STOCK at %1").arg(s.warehouseCode);
    if (s.state == u"DISPATCHED")
        return ReconciliationService::tr("DISPATCHED to %1 from %2").arg(s.partyCode, s.warehouseCode);
    if (s.state == u"RETURNED")
        return ReconciliationService::tr("RETURNED from %1").arg(s.partyCode);
    return s.state;
}

} // namespace

namespace {
constexpr EnumName<MismatchKind> kMismatchKindNames[] = {
    {MismatchKind::Pending, u"pending"},
    {MismatchKind::Failed, u"failed"},
    {MismatchKind::Discarded, u"discarded"},
    {MismatchKind::AnswerMismatch, u"answer_mismatch"},
    {MismatchKind::MissingAtCrm, u"missing_at_crm"},
    {MismatchKind::StateDiffers, u"state_differs"},
    {MismatchKind::LocationDiffers, u"location_differs"},
    {MismatchKind::UnknownLocally, u"unknown_locally"},
};
} // namespace

QString mismatchKindName(MismatchKind kind)
{
    return nameOf(kMismatchKindNames, kind);
}

const QList<MismatchKind> &allMismatchKinds()
{
    static const QList<MismatchKind> all = valuesOf(kMismatchKindNames);
    return all;
}

std::optional<MismatchKind> mismatchKindFromName(const QString &name)
{
    return valueOf(kMismatchKindNames, name);
}

int CrmReconcileCounts::total() const
{
    int n = 0;
    for (int v : mismatches)
        n += v;
    return n;
}

int ReconcileReport::mismatchCount() const
{
    int n = 0;
    for (const CrmReconcileCounts &c : crms)
        n += c.total();
    return n;
}

ReconciliationService::ReconciliationService(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
    , m_actions(db, clock)
{}

Result<ReconcileReport> ReconciliationService::run(const Actor &actor, const ReconcileOptions &options,
                                                   CrmSerialSource *newCrm, const Sink &sink)
{
    if (Status allowed = require(actor, Permission::ViewAudit); !allowed)
        return allowed.error();
    if (options.crms.isEmpty())
        return makeError(tr("Say which CRM to reconcile: legacy, new or both."), QStringLiteral("crm"),
                         QStringLiteral("reconcile.no_crm"));
    const int batch = std::clamp(options.batchSize, 1, 5000);
    ReconciliationStore store(m_db);
    ReconcileReport report;
    report.startedAt = m_clock.now().toString(Qt::ISODate);
    report.stationId = actor.stationId;
    auto log = logger("sync.reconcile");

    auto emitMismatch = [&](const Mismatch &m) {
        ++report.crms[m.crm].mismatches[m.kind];
        if (sink)
            sink(m);
    };

    // Serials whose difference at the new CRM is already explained by an event it has not (properly) received:
    // reported once, as that event's mismatch, not a second time as a state difference. Bounded by the backlog.
    QSet<QString> explained;

    // (a) The outbox against each CRM's acknowledgements, oldest event first.
    for (Crm crm : options.crms) {
        CrmReconcileCounts &counts = report.crms[crm];
        qint64 afterId = 0;
        for (;;) {
            auto rows = store.stockEvents(crm, afterId, batch);
            if (!rows.ok())
                return rows.error();
            for (const StockEventRow &row : *rows) {
                afterId = row.id;
                ++counts.eventsChecked;
                const QJsonObject envelope = QJsonDocument::fromJson(row.payload.toUtf8()).object();
                const QJsonObject data = envelope.value(QStringLiteral("data")).toObject();
                const QString ref = data.value(QStringLiteral("request_id")).toString();
                const QString local = ref.isEmpty() ? row.eventType : row.eventType + u' ' + ref;
                const auto type = eventTypeFromName(row.eventType);
                const QStringList serials = type ? events::serialsMoved(*type, data) : QStringList();
                std::optional<MismatchKind> kind;
                QString crmValue;
                QString hint;
                switch (row.state) {
                case OutboxState::Delivered: {
                    const QString problem = answerProblem(crm, envelope, row.response);
                    if (problem.isEmpty())
                        break;
                    kind = MismatchKind::AnswerMismatch;
                    crmValue = row.response.left(200);
                    hint = tr("Delivered, but %1. Check event %2 in the %3 CRM and correct the serial there.")
                               .arg(problem, row.eventId, crmName(crm));
                    break;
                }
                case OutboxState::Pending:
                case OutboxState::InFlight:
                    kind = MismatchKind::Pending;
                    crmValue = tr("not received yet");
                    hint = row.lastError.isEmpty()
                               ? tr("Waiting to be sent; run reconcile again once floorbridge-ctl status shows no "
                                    "backlog.")
                               : tr("Waiting to be sent after %1 attempt(s), last error: %2. Check floorbridge-ctl "
                                    "status.")
                                     .arg(QString::number(row.attempts), row.lastError);
                    break;
                case OutboxState::Failed:
                    kind = MismatchKind::Failed;
                    crmValue = tr("refused or unreachable");
                    hint = tr("In the failed queue after %1 attempt(s): %2. Fix the cause, then floorbridge-ctl "
                              "outbox retry %3.")
                               .arg(QString::number(row.attempts), row.lastError, QString::number(row.id));
                    break;
                case OutboxState::Discarded: {
                    // A dispatch cancelled before it reached this CRM was dropped on purpose: the CRM never saw the
                    // units leave, and they are back in stock here too.
                    if (eventTypeFromName(row.eventType) == EventType::DispatchSubmitted && !serials.isEmpty() &&
                        !ref.isEmpty()) {
                        auto cancelled = store.hasMovement(serials.first(), QStringLiteral("dispatch.cancelled"), ref);
                        if (!cancelled.ok())
                            return cancelled.error();
                        if (*cancelled)
                            break;
                    }
                    kind = MismatchKind::Discarded;
                    crmValue = tr("never received");
                    hint = tr("Discarded (%1): the %2 CRM never got this movement. Enter it in that CRM by hand.")
                               .arg(row.lastError, crmName(crm));
                    break;
                }
                }
                if (!kind)
                    continue;
                for (const QString &serial : serials) {
                    if (crm == Crm::New)
                        explained.insert(serial);
                    emitMismatch(Mismatch{serial, crm, *kind, local, crmValue, row.id, hint});
                }
            }
            if (rows->size() < batch)
                break;
        }
    }

    // (b) The register against what the new CRM says it holds.
    if (options.crms.contains(Crm::New) && newCrm) {
        CrmReconcileCounts &counts = report.crms[Crm::New];
        counts.stateCompared = true;
        const int queryBatch = std::clamp(std::min(batch, newCrm->maxQuery()), 1, 5000);
        QString after;
        for (;;) {
            auto locals = store.serialsAfter(after, queryBatch);
            if (!locals.ok())
                return locals.error();
            if (locals->isEmpty())
                break;
            after = locals->last().serial;
            QStringList asked;
            for (const SerialRecord &r : *locals)
                asked << r.serial;
            auto states = newCrm->query(asked);
            if (!states.ok())
                return states.error();
            QHash<QString, CrmSerialState> byId;
            for (const CrmSerialState &s : *states)
                byId.insert(s.serial, s);
            for (const SerialRecord &r : *locals) {
                ++counts.serialsChecked;
                if (explained.contains(r.serial))
                    continue;
                const QString localState = serialStateName(r.state);
                const QString lastMove = r.ref.isEmpty() ? r.updatedAt : r.ref + u' ' + r.updatedAt;
                auto it = byId.constFind(r.serial);
                if (it == byId.constEnd()) {
                    emitMismatch(Mismatch{r.serial, Crm::New, MismatchKind::MissingAtCrm, describeLocal(r),
                                          tr("not known"), 0,
                                          tr("The new CRM acknowledged every event for this serial but does not hold "
                                             "it (last movement here: %1). Raise it with the CRM team.")
                                              .arg(lastMove)});
                    continue;
                }
                const CrmSerialState &s = *it;
                if (s.state != localState) {
                    emitMismatch(
                        Mismatch{r.serial, Crm::New, MismatchKind::StateDiffers, describeLocal(r), describeCrm(s), 0,
                                 tr("The new CRM has it %1 (after %2); this station has it %3 (last movement: %4). "
                                    "Correct the CRM, or find the station that moved it there.")
                                     .arg(s.state, s.ref.isEmpty() ? s.eventType : s.ref, localState, lastMove)});
                    continue;
                }
                const bool warehouseDiffers = (r.state == SerialState::InStock || r.state == SerialState::Dispatched) &&
                                              s.warehouseCode != r.warehouseCode;
                const bool partyDiffers = (r.state == SerialState::Dispatched || r.state == SerialState::Returned) &&
                                          s.partyCode != r.partyCode;
                if (warehouseDiffers || partyDiffers)
                    emitMismatch(Mismatch{r.serial, Crm::New, MismatchKind::LocationDiffers, describeLocal(r),
                                          describeCrm(s), 0,
                                          tr("Same state, different place: correct the new CRM to match %1 (%2).")
                                              .arg(describeLocal(r), lastMove)});
            }
            if (locals->size() < queryBatch)
                break;
        }

        // Serials the CRM attributes to this station that the register does not know.
        QString crmAfter;
        for (int page = 1;; ++page) {
            if (page > kMaxCrmPages)
                return makeError(tr("The new CRM kept saying it has more serials after %1 pages; stopped. Tell the "
                                    "CRM team its GET /api/v2/serials paging does not end.")
                                     .arg(kMaxCrmPages),
                                 {}, QStringLiteral("reconcile.endless"));
            auto got = newCrm->page(actor.stationId, crmAfter, queryBatch);
            if (!got.ok())
                return got.error();
            if (!got->items.isEmpty()) {
                if (got->items.last().serial <= crmAfter)
                    return makeError(tr("The new CRM's GET /api/v2/serials answered serials out of order (%1 after "
                                        "%2); stopped. Tell the CRM team: pages must follow after=.")
                                         .arg(got->items.last().serial, crmAfter),
                                     {}, QStringLiteral("reconcile.malformed"));
                crmAfter = got->items.last().serial;
            }
            QStringList serials;
            for (const CrmSerialState &s : got->items)
                serials << s.serial;
            auto known = store.existing(serials);
            if (!known.ok())
                return known.error();
            for (const CrmSerialState &s : got->items) {
                ++counts.crmSerialsChecked;
                if (known->contains(s.serial))
                    continue;
                emitMismatch(Mismatch{s.serial, Crm::New, MismatchKind::UnknownLocally, tr("not in the register"),
                                      describeCrm(s), 0,
                                      tr("The new CRM says station %1 moved it (%2). Check this station's database "
                                         "is the right one, or correct the CRM.")
                                          .arg(s.stationId, s.ref.isEmpty() ? s.eventType : s.ref)});
            }
            if (!got->hasMore || got->items.isEmpty())
                break;
        }
    }

    QStringList summary;
    for (auto it = report.crms.cbegin(); it != report.crms.cend(); ++it) {
        QStringList kinds;
        for (auto k = it->mismatches.cbegin(); k != it->mismatches.cend(); ++k)
            kinds << QStringLiteral("%1 %2").arg(mismatchKindName(k.key())).arg(k.value());
        summary << QStringLiteral("%1: %2 events, %3 serials, %4 mismatches%5")
                       .arg(crmName(it.key()))
                       .arg(it->eventsChecked)
                       .arg(it->serialsChecked)
                       .arg(it->total())
                       .arg(kinds.isEmpty() ? QString() : QStringLiteral(" (") + kinds.join(u", ") + u')');
    }
    const QString details = summary.join(QStringLiteral("; "));
    log->info("reconcile by {}: {}", actor.operatorCode.toStdString(), details.toStdString());
    QStringList names;
    for (Crm crm : options.crms)
        names << crmName(crm);
    if (Status audited = m_actions.run(actor, Permission::ViewAudit,
                                       [&](ActionContext &ctx) {
                                           return ctx.audit(QStringLiteral("reconcile.run"),
                                                            names.join(QLatin1Char(',')), details);
                                       });
        !audited)
        return audited.error();
    return report;
}

Result<std::pair<ReconcileReport, QList<Mismatch>>>
ReconciliationService::runAndCollect(const Actor &actor, const ReconcileOptions &options, CrmSerialSource *newCrm)
{
    QList<Mismatch> found;
    auto report = run(actor, options, newCrm, [&](const Mismatch &m) { found.append(m); });
    if (!report.ok())
        return report.error();
    return std::make_pair(std::move(report).value(), found);
}

} // namespace fb
