#include "app/services/SerialLookupService.h"

#include "app/core/Clock.h"
#include "app/domain/SerialNumber.h"
#include "app/services/BrandTime.h"
#include "app/storage/Database.h"
#include "app/storage/InwardStore.h"
#include "app/storage/MasterDataStore.h"

#include <QCoreApplication>

namespace fb {

namespace {

QString named(const QString &code, const QString &name)
{
    if (code.isEmpty())
        return {};
    return name.isEmpty() || name == code ? code : QStringLiteral("%1 (%2)").arg(code, name);
}

QString warehouseName(const MasterDataStore &master, const QString &code)
{
    if (code.isEmpty())
        return {};
    const auto w = master.warehouse(code);
    return w ? w->name : QString();
}

QString partyName(const MasterDataStore &master, const QString &code)
{
    if (code.isEmpty())
        return {};
    const auto p = master.party(code);
    return p ? p->name : QString();
}

QString withRef(const QString &text, const QString &ref)
{
    return ref.isEmpty() ? text : text + QStringLiteral(" — ") + ref;
}

QString summarise(const Movement &m, const QString &warehouse, const QString &party)
{
    if (m.kind == u"generated")
        return SerialLookupService::tr("Serial generated");
    if (m.kind == u"inward")
        return withRef(SerialLookupService::tr("Inward into %1").arg(warehouse), m.ref);
    if (m.kind == u"dispatch")
        return withRef(warehouse.isEmpty() ? SerialLookupService::tr("Dispatched to %1").arg(party)
                                           : SerialLookupService::tr("Dispatched from %1 to %2").arg(warehouse, party),
                       m.ref);
    if (m.kind == u"dispatch.cancelled")
        return withRef(SerialLookupService::tr("Dispatch cancelled, back in %1").arg(warehouse), m.ref);
    if (m.kind == u"return")
        return withRef(party.isEmpty() ? SerialLookupService::tr("Returned")
                                       : SerialLookupService::tr("Returned by %1").arg(party),
                       m.ref);
    return withRef(
        QStringLiteral("%1: %2 → %3").arg(m.kind, m.fromState.isEmpty() ? QStringLiteral("—") : m.fromState, m.toState),
        m.ref);
}

} // namespace

SerialLookupService::SerialLookupService(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock, brandZoneSetting(db))
{}

Result<SerialLookup> SerialLookupService::lookup(const Actor &actor, const QString &text) const
{
    if (Status allowed = require(actor, Permission::Lookup); !allowed)
        return allowed.error();
    SerialLookup out;
    out.query = text;
    out.serial = text.trimmed().toUpper();
    if (out.serial.isEmpty())
        return makeError(tr("Scan or type a serial number to look it up."), QStringLiteral("serial"),
                         QStringLiteral("serial.empty"));

    MasterDataStore master(m_db);
    SerialRegister reg(m_db);
    InwardStore drafts(m_db);
    auto found = reg.find(out.serial);
    if (!found.ok())
        return found.error();

    if (auto holdings = drafts.openHoldings(out.serial); holdings.ok() && !holdings->isEmpty()) {
        const DraftHolding &h = holdings->first();
        out.openDraft = tr("In open inward draft %1 of %2 into %3 (line %4), not yet submitted.")
                            .arg(h.draftId)
                            .arg(h.operatorCode, named(h.warehouseCode, warehouseName(master, h.warehouseCode)))
                            .arg(h.seq);
    }

    if (!found->has_value()) {
        auto parsed = parseSerial(out.serial, master.knownProductCodes(), m_clock.now().date());
        if (!parsed.ok()) {
            out.message = parsed.error().message;
            return out;
        }
        out.productCode = parsed->productCode;
        out.madeOn = parsed->madeOn;
        if (const auto p = master.productByCode(out.productCode))
            out.productName = p->name;
        out.message = tr("%1 is a well-formed %2 serial (made %3), but it is not in the serial register: it was never "
                         "generated or inwarded on this station.")
                          .arg(out.serial, named(out.productCode, out.productName), out.madeOn.toString(Qt::ISODate));
        return out;
    }

    out.found = true;
    out.record = found->value();
    const SerialRecord &r = *out.record;
    out.productCode = r.productCode;
    out.madeOn = r.madeOn;
    if (const auto p = master.productByCode(r.productCode))
        out.productName = p->name;
    const QString warehouse = named(r.warehouseCode, warehouseName(master, r.warehouseCode));
    const QString party = named(r.partyCode, partyName(master, r.partyCode));
    switch (r.state) {
    case SerialState::Generated:
        out.stateText = tr("Generated, not yet inwarded");
        break;
    case SerialState::InStock:
        out.placeName = warehouseName(master, r.warehouseCode);
        out.stateText = withRef(tr("In stock at %1").arg(warehouse), r.ref);
        break;
    case SerialState::Dispatched:
        out.placeName = partyName(master, r.partyCode);
        out.stateText = withRef(warehouse.isEmpty() ? tr("Dispatched to %1").arg(party)
                                                    : tr("Dispatched to %1 from %2").arg(party, warehouse),
                                r.ref);
        break;
    case SerialState::Returned:
        out.placeName = warehouseName(master, r.warehouseCode);
        out.stateText = withRef(tr("Returned"), r.ref);
        break;
    }

    auto history = reg.history(out.serial);
    if (!history.ok())
        return history.error();
    const QHash<QString, QString> people = drafts.operatorNames();
    for (const Movement &m : *history) {
        LookupMovement lm;
        lm.movement = m;
        lm.operatorName = people.value(m.operatorCode);
        const QString mw = named(m.warehouseCode, warehouseName(master, m.warehouseCode));
        const QString mp = named(m.partyCode, partyName(master, m.partyCode));
        lm.placeName = !m.partyCode.isEmpty() ? partyName(master, m.partyCode) : warehouseName(master, m.warehouseCode);
        lm.summary = summarise(m, mw, mp);
        out.movements.append(lm);
    }
    return out;
}

} // namespace fb
