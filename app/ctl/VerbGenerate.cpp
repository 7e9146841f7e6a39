// floorbridge-ctl generate — Stage 1 from a script: serial numbers from this station's block, registered as GENERATED
// and queued to both CRMs (same service, rules and permissions as the generation page).
#include "app/ctl/Context.h"
#include "app/ctl/Verbs.h"

#include "app/services/SerialGenerationService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace fb::ctl {

namespace {

const QString kUsage = QStringLiteral(
    "floorbridge-ctl --operator CODE generate --product CODE --count N [--product CODE --count N …]\n"
    "    One batch (one serials.generated event, seed 000's Stage 1 body) with a products[] entry per product.\n"
    "    Prints the serials, one per line. Refused (exit 1) when a count exceeds what is left of today's block.\n"
    "floorbridge-ctl --operator CODE generate --product CODE --remaining\n"
    "    How many running numbers are left today for the product on this station.\n"
    "The CRMs get the batch at the next delivery: 'floorbridge-ctl sync --once' or the running application.");

int execute(Context &ctx)
{
    QList<GenerationRequest> requests;
    for (QString product = ctx.takeOption(QStringLiteral("product")); !product.isEmpty();
         product = ctx.takeOption(QStringLiteral("product"))) {
        requests.append(GenerationRequest{product.trimmed().toUpper(), 0});
    }
    QStringList counts;
    for (QString count = ctx.takeOption(QStringLiteral("count")); !count.isEmpty();
         count = ctx.takeOption(QStringLiteral("count")))
        counts << count;
    const bool remaining = ctx.takeFlag(QStringLiteral("remaining"));
    if (requests.isEmpty() || !ctx.args.isEmpty() || (!remaining && counts.size() != requests.size()))
        return ctx.usage(kUsage);

    Station *st = ctx.station();
    if (!st)
        return ExitStation;
    auto actor = ctx.authenticate();
    if (!actor.ok())
        return exitCodeFor(actor.error());
    SerialGenerationService service(st->db(), st->settings(), ctx.clock());

    if (remaining) {
        QJsonArray rows;
        for (const GenerationRequest &r : std::as_const(requests)) {
            auto quota = service.remainingToday(r.productCode);
            if (!quota.ok())
                return ctx.fail(quota.error());
            if (ctx.json)
                rows.append(QJsonObject{{QStringLiteral("product_code"), quota->productCode},
                                        {QStringLiteral("day"), quota->day.toString(Qt::ISODate)},
                                        {QStringLiteral("station_number"), quota->stationNumber},
                                        {QStringLiteral("block_first"), quota->blockFirst},
                                        {QStringLiteral("block_last"), quota->blockLast},
                                        {QStringLiteral("next_no"), quota->nextNo},
                                        {QStringLiteral("remaining"), quota->remaining}});
            else
                ctx.out << Ctl::tr("%1: %2 left today on this station (block %3–%4, next %5)")
                               .arg(quota->productCode)
                               .arg(quota->remaining)
                               .arg(quota->blockFirst)
                               .arg(quota->blockLast)
                               .arg(quota->nextNo)
                        << Qt::endl;
        }
        if (ctx.json)
            ctx.out << QJsonDocument(rows).toJson(QJsonDocument::Indented);
        return ExitOk;
    }

    for (qsizetype i = 0; i < requests.size(); ++i) {
        bool ok = false;
        requests[i].quantity = counts.at(i).toInt(&ok);
        if (!ok || requests[i].quantity < 1)
            return ctx.fail(
                makeError(Ctl::tr("--count must be a whole number of 1 or more, not '%1'.").arg(counts.at(i)),
                          QStringLiteral("quantity"), QStringLiteral("serials.quantity")));
    }
    auto result = service.generate(*actor, requests);
    if (!result.ok())
        return ctx.fail(result.error());

    if (ctx.json) {
        QJsonArray products;
        for (const GeneratedProduct &g : result->products)
            products.append(QJsonObject{{QStringLiteral("product_id"), g.productId},
                                        {QStringLiteral("product_code"), g.productCode},
                                        {QStringLiteral("serials"), QJsonArray::fromStringList(g.serials)},
                                        {QStringLiteral("first_no"), g.firstNo},
                                        {QStringLiteral("last_no"), g.lastNo},
                                        {QStringLiteral("remaining"), g.remainingAfter}});
        ctx.out << QJsonDocument(QJsonObject{{QStringLiteral("event_id"), result->eventId},
                                             {QStringLiteral("day"), result->day.toString(Qt::ISODate)},
                                             {QStringLiteral("total_sr"), result->total},
                                             {QStringLiteral("products"), products}})
                       .toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    for (const GeneratedProduct &g : result->products) {
        for (const QString &serial : g.serials)
            ctx.out << serial << "\n";
        ctx.err << Ctl::tr("%1: %2 serials generated (%3–%4), %5 left today on this station.")
                       .arg(g.productCode)
                       .arg(g.serials.size())
                       .arg(g.firstNo)
                       .arg(g.lastNo)
                       .arg(g.remainingAfter)
                << Qt::endl;
    }
    ctx.out.flush();
    ctx.err
        << Ctl::tr("Queued for both CRMs (event %1); 'floorbridge-ctl sync --once' delivers now.").arg(result->eventId)
        << Qt::endl;
    return ExitOk;
}

} // namespace

Verb generateVerb()
{
    return {QStringLiteral("generate"),
            QStringLiteral("Stage 1: generate serial numbers for today (--product --count)"), kUsage, execute};
}

} // namespace fb::ctl
