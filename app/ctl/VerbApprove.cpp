// floorbridge-ctl approve list|PR-… — spare approval, supervisors only (ApprovalService); approve pull fetches the
// decisions taken in the new CRM.
#include "app/ctl/Context.h"
#include "app/ctl/ServiceCtl.h"
#include "app/ctl/Verbs.h"

#include "app/services/ApprovalService.h"
#include "sync/pull/ChangesPuller.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>

namespace fb::ctl {

namespace {

const char *const kUsage =
    "floorbridge-ctl --operator SUPERVISOR approve PR-… --approve|--reject --reason TEXT\n"
    "floorbridge-ctl --operator SUPERVISOR [--json] approve list\n"
    "floorbridge-ctl --operator CODE approve pull      (decisions and statuses changed in the new CRM)";

int pull(Context &ctx, Station &st)
{
    auto crm = ctx.reachCrm(st, Crm::New);
    if (!crm.ok())
        return ctx.fail(crm.error());
    QNetworkAccessManager nam;
    ChangesPuller puller(st.db(), nam, crm->url, crm->token, ctx.clock());
    auto report = puller.pullChangesNow();
    if (!report.ok())
        return ctx.fail(report.error());
    ctx.out << Ctl::tr("%1 change(s) applied, %2 skipped.").arg(report->applied).arg(report->skipped) << Qt::endl;
    return ExitOk;
}

int execute(Context &ctx)
{
    const bool approve = ctx.takeFlag(QStringLiteral("approve"));
    const bool reject = ctx.takeFlag(QStringLiteral("reject"));
    const QString reason = ctx.takeOption(QStringLiteral("reason"));
    const QString first = ctx.arg(0);
    if (first.isEmpty() || (first != u"list" && first != u"pull" && approve == reject))
        return ctx.usage(QString::fromUtf8(kUsage));
    Station *st = ctx.station();
    if (!st)
        return ExitStation;
    auto actor = ctx.authenticate();
    if (!actor.ok())
        return exitCodeFor(actor.error());
    if (first == u"pull") {
        if (Status s = require(*actor, Permission::UpdateComplaint); !s)
            return ctx.failWithDetails(s.error());
        return pull(ctx, *st);
    }
    ApprovalService service(st->db(), ctx.clock());
    if (first == u"list") {
        auto queue = service.pendingQueue(*actor);
        if (!queue.ok())
            return ctx.failWithDetails(queue.error());
        if (ctx.json) {
            QJsonArray rows;
            for (const ApprovalQueueItem &item : *queue) {
                QJsonObject o = partRequestJson(item.request);
                o.insert(QStringLiteral("complaint_detail"), complaintJson(item.complaint));
                o.insert(QStringLiteral("price_paise"), item.pricePaise);
                o.insert(QStringLiteral("age_days"), item.ageDays);
                rows.append(o);
            }
            ctx.out << QJsonDocument(rows).toJson(QJsonDocument::Indented);
        } else {
            for (const ApprovalQueueItem &item : *queue) {
                QStringList parts;
                for (const PartRequestLine &l : item.request.lines)
                    parts << QStringLiteral("%1×%2").arg(l.partCode).arg(l.quantity);
                ctx.out << item.request.number << "  " << item.complaint.number << "  " << item.complaint.callType
                        << "  " << item.complaint.serial << "  " << parts.join(u' ') << "  ₹"
                        << QString::number(double(item.pricePaise) / 100.0, 'f', 2) << "  " << item.ageDays << " d\n";
            }
            if (queue->isEmpty())
                ctx.out << Ctl::tr("No part requests are waiting for approval.") << "\n";
            ctx.out.flush();
        }
        return ExitOk;
    }
    auto decided = service.decide(*actor, first, approve ? SpareDecision::Approve : SpareDecision::Reject, reason);
    if (!decided.ok())
        return ctx.failWithDetails(decided.error());
    ctx.out << Ctl::tr("Part request %1 %2.").arg(decided->partRequestNumber, decided->decision) << Qt::endl;
    return ExitOk;
}

} // namespace

Verb approveVerb()
{
    return {QStringLiteral("approve"), QStringLiteral("spare approval (supervisor): list, approve or reject, pull"),
            QString::fromUtf8(kUsage), execute};
}

} // namespace fb::ctl
