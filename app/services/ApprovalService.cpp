#include "app/services/ApprovalService.h"
#include "app/services/BrandTime.h"
#include "app/services/Events.h"

#include "app/services/ServicePayloads.h"
#include "app/storage/ComplaintStore.h"
#include "app/storage/Database.h"
#include "app/storage/PartRequestStore.h"
#include "app/storage/ServiceMasterStore.h"

#include <QCoreApplication>

namespace fb {

ApprovalService::ApprovalService(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock, brandZoneSetting(db))
    , m_actions(db, m_clock)
{}

Result<QList<ApprovalQueueItem>> ApprovalService::pendingQueue(const Actor &actor) const
{
    if (Status s = require(actor, Permission::ApproveSpares); !s)
        return s.error();
    auto pending = PartRequestStore(m_db).partRequestsIn(PartRequestStatus::Pending);
    if (!pending.ok())
        return pending.error();
    const QDateTime now = m_clock.now();
    QList<ApprovalQueueItem> out;
    for (const PartRequest &r : pending.value()) {
        ApprovalQueueItem item;
        item.request = r;
        auto complaint = ComplaintStore(m_db).complaint(r.complaintNumber);
        if (!complaint.ok())
            return complaint.error();
        if (complaint.value())
            item.complaint = *complaint.value();
        for (const PartRequestLine &l : r.lines) {
            if (const auto part = ServiceMasterStore(m_db).part(l.partCode))
                item.pricePaise += part->pricePaise * l.quantity;
        }
        const QDateTime created = QDateTime::fromString(r.createdAt, Qt::ISODate);
        item.ageDays = created.isValid() ? int(created.daysTo(now)) : 0;
        out.append(item);
    }
    return out;
}

Result<Approval> ApprovalService::decide(const Actor &actor, const QString &partRequestNumber, SpareDecision decision,
                                         const QString &reason)
{
    Approval a;
    Status written = m_actions.run(actor, Permission::ApproveSpares, [&](ActionContext &ctx) -> Status {
        const QString number = partRequestNumber.trimmed().toUpper();
        const QString why = reason.simplified();
        if (why.isEmpty())
            return makeError(decision == SpareDecision::Approve
                                 ? tr("Give a reason for approving %1 (both CRMs record it).").arg(number)
                                 : tr("Give a reason for rejecting %1: the technician sees it.").arg(number),
                             QStringLiteral("reason"), QStringLiteral("approval.reason_empty"));
        auto found = PartRequestStore(m_db).partRequest(number);
        if (!found.ok())
            return found.error();
        if (!found.value())
            return makeError(tr("No part request %1 on this station: check the number.").arg(number),
                             QStringLiteral("part_request"), QStringLiteral("part_request.unknown"));
        PartRequest r = *found.value();
        if (r.status != PartRequestStatus::Pending)
            return decidedAlready(r);
        const QDateTime now = ctx.now();
        a.partRequestNumber = r.number;
        a.decision = spareDecisionName(decision);
        a.reason = why;
        a.decidedBy = actor.operatorCode;
        a.source = QStringLiteral("local");
        a.at = now.toString(Qt::ISODate);
        a.operatorCode = actor.operatorCode;
        a.stationId = actor.stationId;
        r.status = decision == SpareDecision::Approve ? PartRequestStatus::Approved : PartRequestStatus::Rejected;
        r.decisionReason = why;
        r.decidedBy = actor.operatorCode;
        r.decisionSource = a.source;
        // Checked by the write itself: a decision pulled from the new CRM (or another desk's) since the read wins,
        // and this one writes nothing — no approval, no audit entry, no events.
        auto decided = PartRequestStore(m_db).setPartRequestDecision(r.number, PartRequestStatus::Pending, r.status,
                                                                     why, a.decidedBy, a.source, a.at);
        if (!decided.ok())
            return decided.error();
        if (!decided.value()) {
            auto current = PartRequestStore(m_db).partRequest(r.number);
            if (!current.ok())
                return current.error();
            return decidedAlready(current.value().value_or(r));
        }
        if (Status s = PartRequestStore(m_db).insertApproval(a); !s)
            return s;
        if (Status s =
                ctx.audit(QStringLiteral("spare.decide"), r.number, QStringLiteral("%1: %2").arg(a.decision, why));
            !s)
            return s;
        return statusOf(ctx.queue(events::spareDecided(r, a, EventOrigin::Station, now)));
    });
    if (!written)
        return written.error();
    return a;
}

Error ApprovalService::decidedAlready(const PartRequest &request) const
{
    Approval last;
    if (auto approvals = PartRequestStore(m_db).approvals(request.number); approvals.ok() && !approvals->isEmpty())
        last = approvals->constLast();
    // The status as the operator's language says it (a Hindi sentence with APPROVED in it reads as a code).
    const QString how = partRequestStatusTitle(request.status).toLower();
    QString message;
    if (last.decision.isEmpty() ||
        (request.status != PartRequestStatus::Approved && request.status != PartRequestStatus::Rejected))
        message = tr("%1 is already %2: only a request waiting for approval can be decided; reload the approval queue.")
                      .arg(request.number, how);
    else if (last.source == u"crm")
        message = tr("%1 was already %2 by the new CRM (%3) at %4; reload the approval queue.")
                      .arg(request.number, how, last.decidedBy, last.at);
    else
        message = tr("%1 was already %2 by %3 at %4; reload the approval queue.")
                      .arg(request.number, how, last.decidedBy, last.at);
    return makeError(message, QStringLiteral("part_request"), QStringLiteral("approval.not_pending"));
}

Result<QList<Approval>> ApprovalService::history(const Actor &actor, const QString &partRequestNumber) const
{
    if (Status s = require(actor, Permission::UpdateComplaint); !s)
        return s.error();
    return PartRequestStore(m_db).approvals(partRequestNumber.trimmed().toUpper());
}

} // namespace fb
