// floorbridge-ctl complaint register|update|codes|list|show|track — the service desk's complaints (ComplaintService).
#include "app/ctl/Context.h"
#include "app/ctl/ServiceCtl.h"
#include "app/ctl/Verbs.h"

#include "app/services/ComplaintService.h"

#include <QJsonDocument>

namespace fb::ctl {

namespace {

const char *const kUsage =
    "floorbridge-ctl --operator CODE complaint register --customer-code C --name NAME --phone P --city CITY\n"
    "        --state ST --pin PIN --serial SN --call-type TYPE [--technician T] [--model M] [--description TEXT]\n"
    "        [--override-reason TEXT]     (supervisor: accept a serial never dispatched)\n"
    "floorbridge-ctl --operator CODE complaint update CMP-… [--status STATUS] --notes TEXT\n"
    "floorbridge-ctl --operator CODE complaint codes CMP-… [--technician T] [--customer-code C]   (supervisor, admin)\n"
    "floorbridge-ctl --operator CODE [--json] complaint list [--status S] [--open] [--call-type T] [--technician T]\n"
    "        [--serial SN] [--number PREFIX] [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--limit N]\n"
    "floorbridge-ctl --operator CODE [--json] complaint show CMP-…\n"
    "floorbridge-ctl --operator CODE [--json] complaint track CMP-… SERIAL\n"
    "Statuses: OPEN ASSIGNED VISITED AWAITING_PARTS RESOLVED CLOSED CANCELLED. PIN from $FLOORBRIDGE_PIN or stdin.";

void printDetails(Context &ctx, const ComplaintDetails &d)
{
    if (ctx.json) {
        QJsonObject o = complaintJson(d.complaint);
        QJsonArray updates;
        for (const CallUpdate &u : d.updates)
            updates.append(QJsonObject{{QStringLiteral("at"), u.at},
                                       {QStringLiteral("from"), u.fromStatus},
                                       {QStringLiteral("to"), u.toStatus},
                                       {QStringLiteral("notes"), u.notes},
                                       {QStringLiteral("source"), u.source},
                                       {QStringLiteral("operator"), u.operatorCode}});
        o.insert(QStringLiteral("updates"), updates);
        QJsonArray requests;
        for (const PartRequest &r : d.partRequests)
            requests.append(partRequestJson(r));
        o.insert(QStringLiteral("part_requests"), requests);
        QJsonArray approvals;
        for (const Approval &a : d.approvals)
            approvals.append(QJsonObject{{QStringLiteral("part_request"), a.partRequestNumber},
                                         {QStringLiteral("decision"), a.decision},
                                         {QStringLiteral("reason"), a.reason},
                                         {QStringLiteral("decided_by"), a.decidedBy},
                                         {QStringLiteral("source"), a.source},
                                         {QStringLiteral("at"), a.at}});
        o.insert(QStringLiteral("approvals"), approvals);
        QJsonArray returns;
        for (const ReturnOrder &r : d.returnOrders)
            returns.append(QJsonObject{{QStringLiteral("number"), r.number},
                                       {QStringLiteral("part_request"), r.partRequestNumber},
                                       {QStringLiteral("items"), int(r.lines.size())}});
        o.insert(QStringLiteral("return_orders"), returns);
        ctx.out << QJsonDocument(o).toJson(QJsonDocument::Indented);
        return;
    }
    const Complaint &c = d.complaint;
    ctx.out << c.number << "  " << complaintStatusName(c.status) << "  " << c.callType << "\n"
            << "  unit      " << c.serial << " (" << c.model << ")\n"
            << "  customer  " << c.customer.code << " " << c.customer.name << ", " << c.customer.city << " "
            << c.customer.state << " " << c.customer.pinCode << "\n"
            << "  technician " << (c.technicianCode.isEmpty() ? QStringLiteral("-") : c.technicianCode) << "\n";
    if (!c.crmStatus.isEmpty())
        ctx.out << "  new CRM   " << c.crmStatus << "\n";
    for (const CallUpdate &u : d.updates)
        ctx.out << "  " << u.at << "  " << u.fromStatus << " → " << u.toStatus << "  " << u.notes << " ("
                << u.operatorCode << (u.source == u"crm" ? QStringLiteral(", CRM") : QString()) << ")\n";
    for (const PartRequest &r : d.partRequests)
        ctx.out << "  part request " << r.number << "  " << partRequestStatusName(r.status)
                << (r.decisionReason.isEmpty() ? QString() : QStringLiteral("  (%1)").arg(r.decisionReason)) << "\n";
    for (const ReturnOrder &r : d.returnOrders)
        ctx.out << "  return order " << r.number << "\n";
    ctx.out.flush();
}

int execute(Context &ctx)
{
    const QString sub = ctx.arg(0);
    if (sub != u"register" && sub != u"update" && sub != u"codes" && sub != u"list" && sub != u"show" &&
        sub != u"track")
        return ctx.usage(QString::fromUtf8(kUsage));
    Station *st = ctx.station();
    if (!st)
        return ExitStation;
    auto actor = ctx.authenticate();
    if (!actor.ok())
        return exitCodeFor(actor.error());
    ComplaintService service(st->db(), st->settings(), ctx.clock());

    if (sub == u"register") {
        ComplaintDraft d;
        d.customerCode = ctx.takeOption(QStringLiteral("customer-code"));
        d.customerName = ctx.takeOption(QStringLiteral("name"));
        d.phone = ctx.takeOption(QStringLiteral("phone"));
        d.city = ctx.takeOption(QStringLiteral("city"));
        d.state = ctx.takeOption(QStringLiteral("state"));
        d.pinCode = ctx.takeOption(QStringLiteral("pin"));
        d.serial = ctx.takeOption(QStringLiteral("serial"));
        d.model = ctx.takeOption(QStringLiteral("model"));
        d.callType = ctx.takeOption(QStringLiteral("call-type"));
        d.technicianCode = ctx.takeOption(QStringLiteral("technician"));
        d.description = ctx.takeOption(QStringLiteral("description"));
        d.serialOverrideReason = ctx.takeOption(QStringLiteral("override-reason"));
        auto c = service.registerComplaint(*actor, d);
        if (!c.ok())
            return ctx.failWithDetails(c.error());
        if (ctx.json)
            ctx.out << QJsonDocument(complaintJson(*c)).toJson(QJsonDocument::Indented);
        else
            ctx.out << Ctl::tr("Complaint %1 registered (%2, %3, %4).")
                           .arg(c->number, complaintStatusName(c->status), c->serial, c->model)
                    << Qt::endl;
        return ExitOk;
    }
    if (sub == u"update") {
        const QString status = ctx.takeOption(QStringLiteral("status"));
        ComplaintChange change;
        change.notes = ctx.takeOption(QStringLiteral("notes"));
        if (!status.isEmpty()) {
            change.status = complaintStatusFromName(status);
            if (!change.status)
                return ctx.usage(
                    Ctl::tr("Unknown status %1: use OPEN, ASSIGNED, VISITED, AWAITING_PARTS, RESOLVED, CLOSED "
                            "or CANCELLED.")
                        .arg(status));
        }
        const QString number = ctx.arg(1);
        if (number.isEmpty())
            return ctx.usage(QString::fromUtf8(kUsage));
        auto c = service.update(*actor, number, change);
        if (!c.ok())
            return ctx.failWithDetails(c.error());
        if (ctx.json)
            ctx.out << QJsonDocument(complaintJson(*c)).toJson(QJsonDocument::Indented);
        else
            ctx.out << Ctl::tr("Complaint %1 is %2.").arg(c->number, complaintStatusName(c->status)) << Qt::endl;
        return ExitOk;
    }
    if (sub == u"codes") {
        const QString technician = ctx.takeOption(QStringLiteral("technician"));
        const QString customer = ctx.takeOption(QStringLiteral("customer-code"));
        const QString number = ctx.arg(1);
        if (number.isEmpty() || (technician.isEmpty() && customer.isEmpty()))
            return ctx.usage(QString::fromUtf8(kUsage));
        auto c = service.setCodes(*actor, number, technician, customer);
        if (!c.ok())
            return ctx.failWithDetails(c.error());
        ctx.out << Ctl::tr("Complaint %1: technician %2, customer %3.")
                       .arg(c->number, c->technicianCode.isEmpty() ? QStringLiteral("-") : c->technicianCode,
                            c->customer.code)
                << Qt::endl;
        return ExitOk;
    }
    if (sub == u"list") {
        ComplaintFilter f;
        const QString status = ctx.takeOption(QStringLiteral("status"));
        if (!status.isEmpty()) {
            f.status = complaintStatusFromName(status);
            if (!f.status)
                return ctx.usage(Ctl::tr("Unknown status %1.").arg(status));
        }
        f.openOnly = ctx.takeFlag(QStringLiteral("open"));
        f.callType = ctx.takeOption(QStringLiteral("call-type"));
        f.technicianCode = ctx.takeOption(QStringLiteral("technician"));
        f.serial = ctx.takeOption(QStringLiteral("serial"));
        f.numberPrefix = ctx.takeOption(QStringLiteral("number"));
        const QString from = ctx.takeOption(QStringLiteral("from"));
        const QString to = ctx.takeOption(QStringLiteral("to"));
        f.from = QDate::fromString(from, Qt::ISODate);
        f.to = QDate::fromString(to, Qt::ISODate);
        if ((!from.isEmpty() && !f.from.isValid()) || (!to.isEmpty() && !f.to.isValid()))
            return ctx.usage(Ctl::tr("--from and --to are dates: YYYY-MM-DD."));
        const QString limit = ctx.takeOption(QStringLiteral("limit"));
        f.limit = limit.isEmpty() ? 100 : limit.toInt();
        auto page = service.list(*actor, f);
        if (!page.ok())
            return ctx.failWithDetails(page.error());
        if (ctx.json) {
            QJsonArray rows;
            for (const Complaint &c : page->rows)
                rows.append(complaintJson(c));
            ctx.out << QJsonDocument(rows).toJson(QJsonDocument::Indented);
        } else {
            for (const Complaint &c : page->rows)
                ctx.out << c.number << "  " << complaintStatusName(c.status).leftJustified(15)
                        << c.callType.leftJustified(13) << c.serial.leftJustified(19)
                        << (c.technicianCode.isEmpty() ? QStringLiteral("-") : c.technicianCode).leftJustified(7)
                        << c.customer.code << "  " << c.createdAt.left(10) << "\n";
            if (page->hasMore)
                ctx.out << Ctl::tr("(more: narrow the filter or raise --limit)") << "\n";
            ctx.out.flush();
        }
        return ExitOk;
    }
    if (sub == u"show") {
        auto d = service.details(*actor, ctx.arg(1));
        if (!d.ok())
            return ctx.failWithDetails(d.error());
        printDetails(ctx, *d);
        return ExitOk;
    }
    // track
    if (ctx.arg(1).isEmpty())
        return ctx.usage(QString::fromUtf8(kUsage));
    auto d = service.track(*actor, ctx.arg(1), ctx.arg(2));
    if (!d.ok())
        return ctx.failWithDetails(d.error());
    printDetails(ctx, *d);
    return ExitOk;
}

} // namespace

Verb complaintVerb()
{
    return {QStringLiteral("complaint"),
            QStringLiteral("service complaints: register, update, codes, list, show, track"), QString::fromUtf8(kUsage),
            execute};
}

} // namespace fb::ctl
