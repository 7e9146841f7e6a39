// floorbridge-ctl return-order create|list — defective parts and units sent back (ReturnOrderService).
#include "app/ctl/Context.h"
#include "app/ctl/ServiceCtl.h"
#include "app/ctl/Verbs.h"

#include "app/services/ReturnOrderService.h"

#include <QJsonDocument>

namespace fb::ctl {

namespace {

const char *const kUsage =
    "floorbridge-ctl --operator CODE return-order create CMP-… [--part-request PR-…] --part CODE[:SERIAL[:QTY]] …\n"
    "        [--unit [SERIAL]] [--reason TEXT]     (class A parts need their part serial)\n"
    "floorbridge-ctl --operator CODE [--json] return-order list CMP-…";

QJsonObject orderJson(const ReturnOrder &o)
{
    QJsonArray items;
    for (const ReturnLine &l : o.lines)
        items.append(QJsonObject{{QStringLiteral("type"), returnKindName(l.kind)},
                                 {QStringLiteral("part_code"), l.partCode},
                                 {QStringLiteral("part_class"), l.partClass},
                                 {QStringLiteral("serial"), l.serial},
                                 {QStringLiteral("qty"), l.quantity}});
    return QJsonObject{{QStringLiteral("number"), o.number},
                       {QStringLiteral("complaint"), o.complaintNumber},
                       {QStringLiteral("part_request"), o.partRequestNumber},
                       {QStringLiteral("items"), items},
                       {QStringLiteral("reason"), o.reason},
                       {QStringLiteral("created_at"), o.createdAt}};
}

int execute(Context &ctx)
{
    const QString sub = ctx.arg(0);
    if (sub != u"create" && sub != u"list")
        return ctx.usage(QString::fromUtf8(kUsage));
    Station *st = ctx.station();
    if (!st)
        return ExitStation;
    auto actor = ctx.authenticate();
    if (!actor.ok())
        return exitCodeFor(actor.error());
    ReturnOrderService service(st->db(), st->settings(), ctx.clock());

    if (sub == u"create") {
        const QString partRequest = ctx.takeOption(QStringLiteral("part-request"));
        const QString reason = ctx.takeOption(QStringLiteral("reason"));
        const QStringList parts = takeAll(ctx, QStringLiteral("part"));
        QList<ReturnLineDraft> lines;
        for (const QString &spec : parts) {
            const QStringList f = spec.split(u':');
            ReturnLineDraft line;
            line.kind = ReturnKind::Part;
            line.partCode = f.value(0);
            line.serial = f.value(1);
            if (f.size() > 2) {
                bool ok = false;
                line.quantity = f.at(2).toInt(&ok);
                if (!ok)
                    line.quantity = 0;
            }
            lines.append(line);
        }
        // --unit with or without a serial: the complaint's unit.
        const int unitIndex = int(ctx.args.indexOf(QStringLiteral("--unit")));
        if (unitIndex >= 0) {
            ReturnLineDraft unit;
            unit.kind = ReturnKind::Unit;
            if (unitIndex + 1 < ctx.args.size() && !ctx.args.at(unitIndex + 1).startsWith(u'-') && unitIndex + 1 != 1) {
                unit.serial = ctx.args.at(unitIndex + 1);
                ctx.args.remove(unitIndex, 2);
            } else {
                ctx.args.remove(unitIndex);
            }
            lines.append(unit);
        }
        if (ctx.arg(1).isEmpty())
            return ctx.usage(QString::fromUtf8(kUsage));
        auto o = service.create(*actor, ctx.arg(1), partRequest, lines, reason);
        if (!o.ok())
            return ctx.failWithDetails(o.error());
        if (ctx.json)
            ctx.out << QJsonDocument(orderJson(*o)).toJson(QJsonDocument::Indented);
        else
            ctx.out << Ctl::tr("Return order %1 for %2: %3 item(s).")
                           .arg(o->number, o->complaintNumber)
                           .arg(o->lines.size())
                    << Qt::endl;
        return ExitOk;
    }
    auto list = service.forComplaint(*actor, ctx.arg(1));
    if (!list.ok())
        return ctx.failWithDetails(list.error());
    QJsonArray rows;
    for (const ReturnOrder &o : *list) {
        if (ctx.json)
            rows.append(orderJson(o));
        else
            ctx.out << o.number << "  " << o.partRequestNumber << "  " << o.lines.size() << " item(s)\n";
    }
    if (ctx.json)
        ctx.out << QJsonDocument(rows).toJson(QJsonDocument::Indented);
    ctx.out.flush();
    return ExitOk;
}

} // namespace

Verb returnOrderVerb()
{
    return {QStringLiteral("return-order"),
            QStringLiteral("return orders: defective parts and units, with part serials"), QString::fromUtf8(kUsage),
            execute};
}

} // namespace fb::ctl
