#pragma once
// Spare approval: supervisors only, enforced here whatever the UI shows (the admin may not approve either). The
// queue shows each PENDING part request with its complaint's context; a decision (with a reason) goes to both CRMs.
// Decisions taken in the new CRM arrive through ServiceChanges (source "crm") and show here like local ones.

#include "app/core/BrandCalendar.h"
#include "app/core/Clock.h"
#include "app/core/Result.h"
#include "app/domain/Actor.h"
#include "app/domain/Complaint.h"
#include "app/domain/PartRequest.h"
#include "app/services/ActionPipeline.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace fb {

class Database;

struct ApprovalQueueItem
{
    PartRequest request;
    Complaint complaint;
    qint64 pricePaise = 0; // the request's value at master-data prices
    int ageDays = 0;       // since the request was made
};

class ApprovalService
{
    Q_DECLARE_TR_FUNCTIONS(fb::ApprovalService)

public:
    ApprovalService(Database &db, const Clock &clock);

    // Permission ApproveSpares. Oldest first.
    Result<QList<ApprovalQueueItem>> pendingQueue(const Actor &actor) const;
    // Permission ApproveSpares. Only a PENDING request can be decided ("approval.not_pending" names its status,
    // including a decision already pulled from the CRM); the reason is required for both decisions ("reason").
    Result<Approval> decide(const Actor &actor, const QString &partRequestNumber, SpareDecision decision,
                            const QString &reason);
    // Permission UpdateComplaint (technician, supervisor, admin): every decision on a request, local and from the CRM,
    // oldest first.
    Result<QList<Approval>> history(const Actor &actor, const QString &partRequestNumber) const;

private:
    // "PR-… was already approved by the new CRM at …; reload the approval queue." for a request no longer PENDING.
    Error decidedAlready(const PartRequest &request) const;

    Database &m_db;
    BrandClock m_clock; // the injected clock on the brand's calendar
    ActionPipeline m_actions;
};

} // namespace fb
