// floorbridge-ctl dispatch — Stage 3 from a script: an order file plus a file of serials become one dispatch (same
// rules and messages as the dispatch page), and a supervisor can cancel one.
#include "app/ctl/Context.h"
#include "app/ctl/Verbs.h"

#include "app/services/DispatchService.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace fb::ctl {

namespace {

const QString kUsage = QStringLiteral(
    "floorbridge-ctl --operator CODE dispatch --order ORDER.json --file SERIALS [--warehouse WH]\n"
    "    ORDER.json: seed 000's dispatch_order fields (order_id, distributor_code, party_code, bill_to{name, code,\n"
    "    gstin, address}, ship_to{name, code, address}, transport{transporter_name, mode, vehicle_no, lr_no,\n"
    "    eway_bill_no, dispatch_datetime, remarks}) or a whole Stage 3 body; optional \"warehouse_code\" and\n"
    "    \"quantities\": [{\"product_code\": \"CGSTV32\", \"quantity\": 2}]. SERIALS: one serial per line ('#' "
    "comments).\n"
    "    Prints the DO number. Any refused serial or field: nothing is dispatched, every problem is listed, exit 1.\n"
    "floorbridge-ctl --operator SUPERVISOR dispatch cancel DO-… --reason \"…\"\n"
    "floorbridge-ctl --operator CODE dispatch list");

int submitOrder(Context &ctx, DispatchService &svc, const Actor &actor, const QString &orderPath,
                const QString &serialsPath, const QString &warehouse)
{
    QFile orderFile(orderPath);
    if (!orderFile.open(QIODevice::ReadOnly))
        return ctx.fail(makeError(Ctl::tr("Cannot read the order file %1: %2").arg(orderPath, orderFile.errorString()),
                                  QStringLiteral("order")));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(orderFile.readAll(), &parseError);
    if (!doc.isObject())
        return ctx.fail(
            makeError(Ctl::tr("The order file %1 is not a JSON object: %2").arg(orderPath, parseError.errorString()),
                      QStringLiteral("order")));
    DispatchForm form = DispatchService::formFromJson(doc.object());
    if (!warehouse.isEmpty())
        form.warehouseCode = warehouse;

    QFile serialsFile(serialsPath);
    if (!serialsFile.open(QIODevice::ReadOnly | QIODevice::Text))
        return ctx.fail(
            makeError(Ctl::tr("Cannot read the serials file %1: %2").arg(serialsPath, serialsFile.errorString()),
                      QStringLiteral("file")));
    QStringList serials;
    while (!serialsFile.atEnd()) {
        const QString line = QString::fromUtf8(serialsFile.readLine()).trimmed();
        if (!line.isEmpty() && !line.startsWith(u'#'))
            serials << line;
    }

    auto draftId = svc.createDraft(actor, form);
    if (!draftId.ok())
        return ctx.fail(draftId.error());
    QStringList problems;
    for (qsizetype i = 0; i < serials.size(); ++i) {
        auto line = svc.scan(actor, *draftId, serials[i], QStringLiteral("file"));
        if (!line.ok())
            problems << Ctl::tr("%1 line %2: %3").arg(serialsPath).arg(i + 1).arg(line.message());
    }
    const FormCheck check = svc.check(*draftId, form);
    for (const FieldProblem &p : check.problems) {
        if (p.warning)
            ctx.err << Ctl::tr("warning: %1: %2").arg(p.field, p.message) << Qt::endl;
        else if (p.field != u"serials" || problems.isEmpty())
            problems << QStringLiteral("%1: %2").arg(p.field, p.message);
    }
    if (!problems.isEmpty()) {
        (void)svc.abandon(actor, *draftId);
        for (const QString &p : std::as_const(problems))
            ctx.err << p << Qt::endl;
        ctx.err << Ctl::tr("Nothing was dispatched: fix the %n problem(s) above and run again.", nullptr,
                           int(problems.size()))
                << Qt::endl;
        return ExitRefused;
    }
    auto done = svc.submit(actor, *draftId, form);
    if (!done.ok()) {
        (void)svc.abandon(actor, *draftId);
        return ctx.fail(done.error());
    }
    if (ctx.json)
        ctx.out << QJsonDocument(QJsonObject{{QStringLiteral("request_id"), done->requestId},
                                             {QStringLiteral("serials"), done->serials},
                                             {QStringLiteral("payload"), done->payload}})
                       .toJson(QJsonDocument::Compact)
                << Qt::endl;
    else
        ctx.out << done->requestId << Qt::endl;
    ctx.err << Ctl::tr("%1: %2 units dispatched, queued for both CRMs.").arg(done->requestId).arg(done->serials)
            << Qt::endl;
    return ExitOk;
}

int execute(Context &ctx)
{
    const QString orderPath = ctx.takeOption(QStringLiteral("order"));
    const QString serialsPath = ctx.takeOption(QStringLiteral("file"));
    const QString warehouse = ctx.takeOption(QStringLiteral("warehouse"));
    const QString reason = ctx.takeOption(QStringLiteral("reason"));
    const QString sub = ctx.arg(0);
    if (sub.isEmpty() && (orderPath.isEmpty() || serialsPath.isEmpty()))
        return ctx.usage(kUsage);
    if (!sub.isEmpty() && sub != u"cancel" && sub != u"list")
        return ctx.usage(kUsage);
    if (sub == u"cancel" && (ctx.arg(1).isEmpty() || reason.trimmed().isEmpty()))
        return ctx.usage(kUsage);

    Station *st = ctx.station();
    if (!st)
        return ExitStation;
    auto actor = ctx.authenticate();
    if (!actor.ok())
        return exitCodeFor(actor.error());
    DispatchService svc(st->db(), st->settings(), ctx.clock());

    if (sub.isEmpty())
        return submitOrder(ctx, svc, *actor, orderPath, serialsPath, warehouse);
    if (sub == u"cancel") {
        auto cancelled = svc.cancel(*actor, ctx.arg(1), reason);
        if (!cancelled.ok())
            return ctx.fail(cancelled.error());
        QStringList told;
        for (Crm crm : cancelled->told)
            told << crmName(crm);
        if (cancelled->reachedCrm)
            ctx.out << Ctl::tr("%1 cancelled: %2 units back in stock; a cancellation is queued for: %3.")
                           .arg(cancelled->requestId)
                           .arg(cancelled->serials.size())
                           .arg(told.join(QStringLiteral(", ")))
                    << Qt::endl;
        else
            ctx.out << Ctl::tr("%1 cancelled before it reached a CRM: %2 units back in stock; nothing will be sent.")
                           .arg(cancelled->requestId)
                           .arg(cancelled->serials.size())
                    << Qt::endl;
        return ExitOk;
    }
    auto list = svc.recent(*actor, 50);
    if (!list.ok())
        return ctx.fail(list.error());
    QJsonArray rows;
    for (const DispatchRecord &r : *list) {
        if (ctx.json) {
            rows.append(QJsonObject{{QStringLiteral("request_id"), r.requestId},
                                    {QStringLiteral("state"), dispatchStateName(r.state)},
                                    {QStringLiteral("order_id"), r.form.orderId},
                                    {QStringLiteral("party_code"), r.form.partyCode},
                                    {QStringLiteral("units"), r.lineCount},
                                    {QStringLiteral("submitted_at"), r.submittedAt}});
        } else {
            ctx.out << (r.requestId.isEmpty() ? Ctl::tr("draft #%1").arg(r.id) : r.requestId).leftJustified(20)
                    << dispatchStateName(r.state).leftJustified(11) << r.form.orderId.leftJustified(16)
                    << r.form.partyCode.leftJustified(10) << r.lineCount << "\n";
        }
    }
    if (ctx.json)
        ctx.out << QJsonDocument(rows).toJson(QJsonDocument::Indented);
    return ExitOk;
}

} // namespace

Verb dispatchVerb()
{
    return {QStringLiteral("dispatch"), QStringLiteral("Stage 3: dispatch an order's serials, cancel, list"), kUsage,
            execute};
}

} // namespace fb::ctl
