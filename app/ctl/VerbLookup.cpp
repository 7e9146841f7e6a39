// floorbridge-ctl lookup SERIAL — where a unit is and everything that happened to it (same service as the lookup
// dialog).
#include "app/ctl/Context.h"
#include "app/ctl/Verbs.h"

#include "app/services/SerialLookupService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace fb::ctl {

namespace {

const QString kUsage = QStringLiteral("floorbridge-ctl --operator CODE lookup SERIAL [--json]\n"
                                      "    Exit 0 when the serial is in the register, 1 when it is not (the message "
                                      "says why).");

int execute(Context &ctx)
{
    const QString serial = ctx.arg(0);
    if (serial.isEmpty() || ctx.args.size() > 1)
        return ctx.usage(kUsage);
    Station *st = ctx.station();
    if (!st)
        return ExitStation;
    auto actor = ctx.authenticate();
    if (!actor.ok())
        return exitCodeFor(actor.error());
    SerialLookupService service(st->db(), ctx.clock());
    auto found = service.lookup(*actor, serial);
    if (!found.ok())
        return ctx.fail(found.error());
    const SerialLookup &l = *found;

    if (ctx.json) {
        QJsonArray movements;
        for (const LookupMovement &m : l.movements)
            movements.append(QJsonObject{{QStringLiteral("at"), m.movement.at},
                                         {QStringLiteral("kind"), m.movement.kind},
                                         {QStringLiteral("from_state"), m.movement.fromState},
                                         {QStringLiteral("to_state"), m.movement.toState},
                                         {QStringLiteral("warehouse_code"), m.movement.warehouseCode},
                                         {QStringLiteral("party_code"), m.movement.partyCode},
                                         {QStringLiteral("ref"), m.movement.ref},
                                         {QStringLiteral("operator_code"), m.movement.operatorCode},
                                         {QStringLiteral("operator_name"), m.operatorName},
                                         {QStringLiteral("station_id"), m.movement.stationId},
                                         {QStringLiteral("summary"), m.summary}});
        QJsonObject o{{QStringLiteral("serial"), l.serial},
                      {QStringLiteral("found"), l.found},
                      {QStringLiteral("product_code"), l.productCode},
                      {QStringLiteral("product_name"), l.productName},
                      {QStringLiteral("made_on"), l.madeOn.toString(Qt::ISODate)},
                      {QStringLiteral("movements"), movements}};
        if (l.record) {
            o.insert(QStringLiteral("state"), serialStateName(l.record->state));
            o.insert(QStringLiteral("warehouse_code"), l.record->warehouseCode);
            o.insert(QStringLiteral("party_code"), l.record->partyCode);
            o.insert(QStringLiteral("ref"), l.record->ref);
            o.insert(QStringLiteral("state_text"), l.stateText);
        }
        if (!l.openDraft.isEmpty())
            o.insert(QStringLiteral("open_draft"), l.openDraft);
        if (!l.message.isEmpty())
            o.insert(QStringLiteral("message"), l.message);
        ctx.out << QJsonDocument(o).toJson(QJsonDocument::Indented);
        return l.found ? ExitOk : ExitRefused;
    }

    if (!l.found) {
        ctx.out << l.message << "\n";
        if (!l.openDraft.isEmpty())
            ctx.out << l.openDraft << "\n";
        ctx.out.flush();
        return ExitRefused;
    }
    ctx.out << l.serial << "  " << (l.productName.isEmpty() ? l.productCode : l.productCode + u' ' + l.productName)
            << "  made " << l.madeOn.toString(Qt::ISODate) << "\n"
            << serialStateName(l.record->state) << ": " << l.stateText << "\n";
    if (!l.openDraft.isEmpty())
        ctx.out << l.openDraft << "\n";
    for (const LookupMovement &m : l.movements) {
        const QString who = m.operatorName.isEmpty()
                                ? m.movement.operatorCode
                                : QStringLiteral("%1 %2").arg(m.movement.operatorCode, m.operatorName);
        ctx.out << "  " << m.movement.at << "  " << m.summary << "  (" << who << ", " << m.movement.stationId << ")\n";
    }
    ctx.out.flush();
    return ExitOk;
}

} // namespace

Verb lookupVerb()
{
    return {QStringLiteral("lookup"), QStringLiteral("a serial's state, place and movement history"), kUsage, execute};
}

} // namespace fb::ctl
