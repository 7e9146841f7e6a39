#include "app/services/ServiceChanges.h"

#include "app/services/BrandTime.h"
#include "app/services/Events.h"

#include "app/core/Logging.h"
#include "app/services/ServicePayloads.h"
#include "app/storage/AppliedChangeStore.h"
#include "app/storage/ComplaintStore.h"
#include "app/storage/Database.h"
#include "app/storage/MasterDataStore.h"
#include "app/storage/PartRequestStore.h"
#include "app/storage/SettingsStore.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace fb {

namespace {

bool isTimestamp(const QString &text)
{
    const QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    return t.isValid() && t.timeSpec() != Qt::LocalTime; // an offset (or Z) is part of the contract
}

} // namespace

Status ServiceChanges::check(const QJsonArray &items)
{
    auto wrong = [](qsizetype index, const QString &field, const QString &what) {
        const QString where = field.isEmpty() ? QStringLiteral("changes[%1]").arg(index)
                                              : QStringLiteral("changes[%1].%2").arg(index).arg(field);
        return makeError(QCoreApplication::translate("fb::ServiceChanges",
                                                     "The new CRM sent a change that cannot be read: %1: %2. Nothing "
                                                     "of its page was applied.")
                             .arg(where, what),
                         where, QStringLiteral("pull.malformed"));
    };
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (!items.at(i).isObject())
            return wrong(i, {}, QCoreApplication::translate("fb::ServiceChanges", "not an object"));
        const QJsonObject item = items.at(i).toObject();
        for (const char *field : {"id", "entity", "ref", "status"}) {
            const QJsonValue v = item.value(QLatin1String(field));
            if (!v.isString() || v.toString().trimmed().isEmpty())
                return wrong(i, QLatin1String(field),
                             v.isUndefined() || v.isNull()
                                 ? QCoreApplication::translate("fb::ServiceChanges", "missing")
                                 : QCoreApplication::translate("fb::ServiceChanges", "should be non-empty text"));
        }
        // Optional (the page's cursor is the CRM's), but when sent it must be a time: it is the decision's time.
        const QJsonValue updatedAt = item.value(QStringLiteral("updated_at"));
        if (!updatedAt.isUndefined() && (!updatedAt.isString() || !isTimestamp(updatedAt.toString())))
            return wrong(i, QStringLiteral("updated_at"),
                         QCoreApplication::translate("fb::ServiceChanges",
                                                     "not a timestamp (ISO 8601 with an offset, like "
                                                     "2025-09-25T18:00:00+05:30)"));
    }
    return Ok{};
}

ServiceChanges::ServiceChanges(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock, brandZoneSetting(db))
    , m_actions(db, m_clock)
{}

QString ServiceChanges::cursor() const
{
    return MasterDataStore(m_db).cursor(QString::fromLatin1(kCursorName));
}

Result<ChangesApplied> ServiceChanges::apply(const QJsonArray &items, const QString &cursor)
{
    // Every item is read before anything is written: a page with one broken change applies none of them.
    if (Status s = check(items); !s)
        return s.error();
    ChangesApplied result;
    const QDateTime now = m_clock.now();
    const QString at = now.toString(Qt::ISODate);
    // The CRM acts on this station's records as a pseudo-operator, so audit and outbox rows say who did it.
    Actor crm;
    crm.operatorCode = QStringLiteral("CRM");
    crm.name = QStringLiteral("new CRM");
    crm.role = Role::Supervisor;
    crm.stationId = SettingsStore(m_db).value(QStringLiteral("station.id"), QStringLiteral("ST01"));

    auto skip = [&result](const QString &id, const QString &why) {
        ++result.skipped;
        result.notes << QStringLiteral("%1: %2").arg(id, why);
    };

    Status written = m_actions.runAllowed(crm, [&](ActionContext &ctx) -> Status {
        for (const auto &value : items) {
            const QJsonObject item = value.toObject();
            const QString id = item.value(QStringLiteral("id")).toString();
            const QString entity = item.value(QStringLiteral("entity")).toString();
            const QString ref = item.value(QStringLiteral("ref")).toString().trimmed().toUpper();
            const QString status = item.value(QStringLiteral("status")).toString().trimmed().toUpper();
            const QString by = item.value(QStringLiteral("by")).toString(QStringLiteral("CRM"));
            const QString changedAt = item.value(QStringLiteral("updated_at")).toString();
            // Once per change id: a change pulled again (a page re-sent, a cursor stored before a crash) is neither
            // applied nor sent on to the legacy CRM a second time.
            auto seen = AppliedChangeStore(m_db).contains(id);
            if (!seen.ok())
                return seen.error();
            if (seen.value()) {
                skip(id, QStringLiteral("already applied"));
                continue;
            }
            auto remember = [&]() { return AppliedChangeStore(m_db).record(id, entity, ref, changedAt, at); };
            if (entity == u"spare_request" || entity == u"part_request") {
                auto found = PartRequestStore(m_db).partRequest(ref);
                if (!found.ok())
                    return found.error();
                if (!found.value()) {
                    skip(id, QStringLiteral("no part request %1 on this station").arg(ref));
                    continue;
                }
                PartRequest r = *found.value();
                if (status != u"APPROVED" && status != u"REJECTED") {
                    skip(id, QStringLiteral("status %1 is not a spare decision").arg(status));
                    continue;
                }
                if (r.status != PartRequestStatus::Pending) {
                    skip(id, QStringLiteral("%1 is already %2").arg(r.number, partRequestStatusName(r.status)));
                    continue;
                }
                Approval a;
                a.partRequestNumber = r.number;
                a.decision = status;
                a.reason = item.value(QStringLiteral("reason")).toString().trimmed();
                a.decidedBy = by;
                a.source = QStringLiteral("crm");
                a.at = item.value(QStringLiteral("updated_at")).toString(at);
                a.operatorCode = crm.operatorCode;
                a.stationId = crm.stationId;
                r.status = status == u"APPROVED" ? PartRequestStatus::Approved : PartRequestStatus::Rejected;
                auto decided = PartRequestStore(m_db).setPartRequestDecision(r.number, PartRequestStatus::Pending,
                                                                             r.status, a.reason, by, a.source, at);
                if (!decided.ok())
                    return decided.error();
                if (!decided.value()) {
                    skip(id, QStringLiteral("%1 was decided here first").arg(r.number));
                    continue;
                }
                if (Status s = PartRequestStore(m_db).insertApproval(a); !s)
                    return s;
                if (Status s =
                        ctx.audit(QStringLiteral("spare.decide.crm"), r.number,
                                  QStringLiteral("%1 by %2 in the new CRM (%3): %4").arg(status, by, id, a.reason));
                    !s)
                    return s;
                // The new CRM made the decision; the legacy CRM still has to hear of it.
                if (Status s = statusOf(ctx.queue(events::spareDecided(r, a, EventOrigin::NewCrm, now))); !s)
                    return s;
                if (Status s = remember(); !s)
                    return s;
                ++result.applied;
            } else if (entity == u"complaint") {
                auto found = ComplaintStore(m_db).complaint(ref);
                if (!found.ok())
                    return found.error();
                if (!found.value()) {
                    skip(id, QStringLiteral("no complaint %1 on this station").arg(ref));
                    continue;
                }
                Complaint c = *found.value();
                const auto to = complaintStatusFromName(status);
                if (!to) {
                    skip(id, QStringLiteral("status %1 is not a complaint status").arg(status));
                    continue;
                }
                const QString notes = item.value(QStringLiteral("notes")).toString().trimmed();
                const ComplaintStatus from = c.status;
                if (Status s = ComplaintStore(m_db).setComplaintCrmStatus(c.number, status, at); !s)
                    return s;
                // The CRM's word is recorded; it moves the local status unless that would break a local rule
                // (a closed complaint stays closed, nothing resolves past an open part request).
                bool move = from != *to && !isTerminal(from);
                if (move && (*to == ComplaintStatus::Resolved || *to == ComplaintStatus::Closed ||
                             *to == ComplaintStatus::Cancelled)) {
                    auto open = PartRequestStore(m_db).openPartRequestCount(c.number);
                    if (!open.ok())
                        return open.error();
                    move = open.value() == 0;
                }
                if (move) {
                    auto moved = ComplaintStore(m_db).updateComplaintStatus(c.number, from, *to, at);
                    if (!moved.ok())
                        return moved.error();
                    move = moved.value();
                    if (move)
                        c.status = *to;
                }
                const QString text = notes.isEmpty() ? QStringLiteral("New CRM: %1 by %2").arg(status, by)
                                                     : QStringLiteral("New CRM: %1 by %2: %3").arg(status, by, notes);
                if (Status s = ComplaintStore(m_db).insertCallUpdate(
                        CallUpdate{0, c.number, complaintStatusName(from), complaintStatusName(c.status), text,
                                   QStringLiteral("crm"), at, crm.operatorCode, crm.stationId});
                    !s)
                    return s;
                if (Status s =
                        ctx.audit(QStringLiteral("complaint.crm_status"), c.number,
                                  QStringLiteral("%1 (%2)%3")
                                      .arg(status, id, move ? QString() : QStringLiteral(", local status kept")));
                    !s)
                    return s;
                if (Status s = statusOf(ctx.queue(events::complaintUpdated(
                        c, QStringLiteral("CRM_STATUS"), complaintStatusName(from), text, now, EventOrigin::NewCrm)));
                    !s)
                    return s;
                if (Status s = remember(); !s)
                    return s;
                ++result.applied;
            } else {
                skip(id, QStringLiteral("entity %1 is not for the service desk").arg(entity));
            }
        }
        if (!cursor.isEmpty())
            return MasterDataStore(m_db).setCursor(QString::fromLatin1(kCursorName), cursor, now);
        return Ok{};
    });
    if (!written)
        return written.error();
    for (const QString &note : result.notes)
        logger("sync.pull")->info("change skipped: {}", note.toStdString());
    return result;
}

} // namespace fb
