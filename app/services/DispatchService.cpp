#include "app/services/DispatchService.h"

#include "app/services/BrandTime.h"
#include "app/services/Events.h"

#include "app/domain/EwayBill.h"
#include "app/domain/Gstin.h"
#include "app/domain/SerialNumber.h"
#include "app/domain/Transport.h"
#include "app/domain/VehicleNumber.h"
#include "app/storage/Database.h"
#include "app/storage/DocumentNumbers.h"
#include "app/storage/OutboxStore.h"
#include "app/storage/SerialRegister.h"
#include "app/storage/SettingsStore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QRegularExpression>

namespace fb {

namespace {

constexpr int kMaxOrderId = 40;
constexpr int kMaxRemarks = 200;
constexpr int kMaxName = 120;
constexpr int kMaxAddress = 300;

FieldProblem problem(const Error &e, const QString &field = {})
{
    return {field.isEmpty() ? e.field : field, e.message, e.code, false};
}

FieldProblem problem(const QString &field, const QString &message, const QString &code, bool warning = false)
{
    return {field, message, code, warning};
}

QString clean(const QString &s)
{
    return s.trimmed();
}
QString code(const QString &s)
{
    return s.trimmed().toUpper();
}

// A required free-text field (names, addresses): present and not absurdly long.
void checkText(QList<FieldProblem> &out, const QString &field, const QString &value, const QString &emptyMessage,
               const QString &label, int max)
{
    const QString v = clean(value);
    if (v.isEmpty())
        out.append(problem(field, emptyMessage, field + QStringLiteral(".empty")));
    else if (v.size() > max)
        out.append(problem(
            field,
            DispatchService::tr("%1 has %2 characters — at most %3 are allowed").arg(label).arg(v.size()).arg(max),
            field + QStringLiteral(".length")));
}

} // namespace

bool FormCheck::ok() const
{
    return !firstError().has_value();
}

std::optional<FieldProblem> FormCheck::problemFor(const QString &field) const
{
    std::optional<FieldProblem> warning;
    for (const FieldProblem &p : problems) {
        if (p.field != field)
            continue;
        if (!p.warning)
            return p;
        if (!warning)
            warning = p;
    }
    return warning;
}

std::optional<FieldProblem> FormCheck::firstError() const
{
    for (const FieldProblem &p : problems) {
        if (!p.warning)
            return p;
    }
    return std::nullopt;
}

DispatchService::DispatchService(Database &db, SettingsStore &settings, const Clock &clock)
    : m_db(db)
    , m_settings(settings)
    , m_clock(clock, brandZoneSetting(settings))
    , m_actions(db, m_clock)
{}

qint64 DispatchService::ewayThresholdPaise() const
{
    bool ok = false;
    const qint64 v = m_settings.value(QStringLiteral("dispatch.eway_threshold_paise")).toLongLong(&ok);
    return ok && v >= 0 ? v : kDefaultEwayBillThresholdPaise;
}

int DispatchService::futureToleranceMinutes() const
{
    return qMax(0, m_settings.intValue(QStringLiteral("dispatch.future_tolerance_minutes"), 10));
}

QString DispatchService::formatRupees(qint64 paise)
{
    const bool negative = paise < 0;
    const qint64 abs = negative ? -paise : paise;
    QString rupees = QString::number(abs / 100);
    // Indian grouping: the last three digits, then pairs (1,23,45,678).
    QString grouped;
    if (rupees.size() > 3) {
        grouped = rupees.right(3);
        rupees.chop(3);
        while (rupees.size() > 2) {
            grouped.prepend(rupees.right(2) + u',');
            rupees.chop(2);
        }
        grouped.prepend(rupees + u',');
    } else {
        grouped = rupees;
    }
    QString text = QStringLiteral("₹") + grouped;
    if (abs % 100 != 0)
        text += QStringLiteral(".%1").arg(abs % 100, 2, 10, QLatin1Char('0'));
    return negative ? u'-' + text : text;
}

QString DispatchService::groupEwayBill(const QString &digits)
{
    if (digits.size() != 12)
        return digits;
    return QStringLiteral("%1 %2 %3").arg(digits.left(4), digits.mid(4, 4), digits.mid(8, 4));
}

QList<Warehouse> DispatchService::warehouses() const
{
    return MasterDataStore(m_db).warehouses();
}

QList<Party> DispatchService::parties() const
{
    return MasterDataStore(m_db).parties(PartyKind::Party);
}

QList<Party> DispatchService::distributors() const
{
    return MasterDataStore(m_db).parties(PartyKind::Distributor);
}

std::optional<DispatchForm> DispatchService::prefillFromParty(const DispatchForm &form, const QString &partyCode) const
{
    const std::optional<Party> party = MasterDataStore(m_db).party(code(partyCode));
    if (!party)
        return std::nullopt;
    DispatchForm f = form;
    f.partyCode = party->code;
    if (party->kind == PartyKind::Distributor)
        f.distributorCode = party->code;
    else if (!party->distributorCode.isEmpty())
        f.distributorCode = party->distributorCode;
    f.billToName = party->name;
    f.billToCode = party->code;
    f.billToGstin = party->gstin;
    f.billToAddress = party->address;
    if (!party->shipTo.isEmpty()) {
        f.shipToName = party->shipTo.first().name;
        f.shipToCode = party->shipTo.first().code;
        f.shipToAddress = party->shipTo.first().address;
    } else {
        f.shipToName = party->name;
        f.shipToCode = party->code;
        f.shipToAddress = party->address;
    }
    return f;
}

std::optional<QDateTime> DispatchService::parseDateTime(const QString &text) const
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return std::nullopt;
    QDateTime dt = QDateTime::fromString(t, Qt::ISODate);
    static const QRegularExpression withOffset(QStringLiteral("(Z|[+-]\\d\\d:?\\d\\d)$"));
    if (dt.isValid() && withOffset.match(t).hasMatch())
        return dt;
    // No offset: the brand's wall clock (what the clerk's watch and the prefilled field show), whatever the PC's zone.
    const BrandCalendar calendar = m_clock.calendar();
    for (const QString &format : {QStringLiteral("yyyy-MM-ddTHH:mm:ss"), QStringLiteral("yyyy-MM-ddTHH:mm"),
                                  QStringLiteral("yyyy-MM-dd HH:mm:ss"), QStringLiteral("yyyy-MM-dd HH:mm"),
                                  QStringLiteral("dd-MM-yyyy HH:mm"), QStringLiteral("dd/MM/yyyy HH:mm")}) {
        QDateTime local = QDateTime::fromString(t, format);
        if (local.isValid())
            return calendar.wallClock(local.date(), local.time());
    }
    return std::nullopt;
}

Result<qint64> DispatchService::consignmentValuePaise(qint64 draftId) const
{
    auto lines = DispatchStore(m_db).lines(draftId);
    if (!lines.ok())
        return lines.error();
    MasterDataStore md(m_db);
    QHash<QString, qint64> prices;
    qint64 total = 0;
    for (const DispatchLine &l : *lines) {
        if (!prices.contains(l.productCode)) {
            const auto p = md.productByCode(l.productCode);
            prices.insert(l.productCode, p ? p->pricePaise : 0);
        }
        total += prices.value(l.productCode);
    }
    return total;
}

Result<QList<ProductCount>> DispatchService::counts(qint64 draftId, const QList<OrderQuantity> &ordered) const
{
    QList<ProductCount> out;
    MasterDataStore md(m_db);
    auto indexOf = [&](const QString &productCode) {
        for (qsizetype i = 0; i < out.size(); ++i) {
            if (out[i].productCode == productCode)
                return i;
        }
        const auto p = md.productByCode(productCode);
        out.append({productCode, p ? p->name : QString(), 0, -1});
        return out.size() - 1;
    };
    for (const OrderQuantity &q : ordered) {
        if (!q.productCode.trimmed().isEmpty())
            out[indexOf(code(q.productCode))].ordered = q.quantity;
    }
    if (draftId > 0) {
        auto lines = DispatchStore(m_db).lines(draftId);
        if (!lines.ok())
            return lines.error();
        for (const DispatchLine &l : *lines)
            ++out[indexOf(l.productCode)].scanned;
    }
    return out;
}

FormCheck DispatchService::check(qint64 draftId, const DispatchForm &form) const
{
    FormCheck c;
    QList<FieldProblem> &out = c.problems;
    MasterDataStore md(m_db);

    // Warehouse
    const QString wh = code(form.warehouseCode);
    if (wh.isEmpty()) {
        out.append(problem(QStringLiteral("warehouse_code"),
                           tr("Warehouse is empty — choose the warehouse the units leave from, e.g. WH001"),
                           QStringLiteral("warehouse.empty")));
    } else if (!md.warehouse(wh)) {
        QStringList known;
        for (const Warehouse &w : md.warehouses())
            known << w.code;
        out.append(problem(QStringLiteral("warehouse_code"),
                           known.isEmpty()
                               ? tr("Warehouse %1 is not in the warehouse master — pull master data first").arg(wh)
                               : tr("Warehouse %1 is not in the warehouse master — choose one of %2")
                                     .arg(wh, known.join(QStringLiteral(", "))),
                           QStringLiteral("warehouse.unknown")));
    }

    // Order id
    const QString orderId = clean(form.orderId);
    if (orderId.isEmpty())
        out.append(problem(QStringLiteral("order_id"),
                           tr("Order id is empty — enter the sales order number, e.g. INDI-DO-000312"),
                           QStringLiteral("order.empty")));
    else if (orderId.size() > kMaxOrderId)
        out.append(problem(QStringLiteral("order_id"),
                           tr("Order id %1 has %2 characters — at most %3 are allowed")
                               .arg(orderId)
                               .arg(orderId.size())
                               .arg(kMaxOrderId),
                           QStringLiteral("order.length")));

    // Distributor and party, from master data
    const QString distributor = code(form.distributorCode);
    if (distributor.isEmpty()) {
        out.append(problem(QStringLiteral("distributor_code"),
                           tr("Distributor is empty — choose the distributor from master data, e.g. D001"),
                           QStringLiteral("distributor.empty")));
    } else {
        const auto d = md.party(distributor);
        if (!d || d->kind != PartyKind::Distributor)
            out.append(problem(QStringLiteral("distributor_code"),
                               tr("Distributor %1 is not in the distributor master — choose one from the list or "
                                  "pull master data")
                                   .arg(distributor),
                               QStringLiteral("distributor.unknown")));
    }
    const QString partyCode = code(form.partyCode);
    if (partyCode.isEmpty()) {
        out.append(problem(QStringLiteral("party_code"),
                           tr("Party is empty — choose the party from master data, e.g. RET123"),
                           QStringLiteral("party.empty")));
    } else if (!md.party(partyCode)) {
        out.append(problem(
            QStringLiteral("party_code"),
            tr("Party %1 is not in the party master — choose one from the list or pull master data").arg(partyCode),
            QStringLiteral("party.unknown")));
    }

    // Bill-to
    checkText(out, QStringLiteral("bill_to_name"), form.billToName,
              tr("Bill-to name is empty — choose the party to fill it, or type the name on the invoice"),
              tr("Bill-to name"), kMaxName);
    checkText(out, QStringLiteral("bill_to_code"), form.billToCode,
              tr("Bill-to code is empty — choose the party to fill it, e.g. RET123"), tr("Bill-to code"), kMaxOrderId);
    const Result<Gstin> gstin = validateGstin(form.billToGstin);
    if (!gstin)
        out.append(problem(gstin.error(), QStringLiteral("gstin")));
    checkText(out, QStringLiteral("bill_to_address"), form.billToAddress,
              tr("Bill-to address is empty — choose the party to fill it, or type the address with state and PIN "
                 "code"),
              tr("Bill-to address"), kMaxAddress);
    if (gstin && !clean(form.billToAddress).isEmpty()) {
        if (auto warning = gstinStateMismatchWarning(*gstin, form.billToAddress))
            out.append(problem(QStringLiteral("gstin"), *warning, QStringLiteral("gstin.state_mismatch"), true));
    }

    // Ship-to
    checkText(out, QStringLiteral("ship_to_name"), form.shipToName,
              tr("Ship-to name is empty — choose the party to fill it, or type where the goods go"), tr("Ship-to name"),
              kMaxName);
    checkText(out, QStringLiteral("ship_to_code"), form.shipToCode,
              tr("Ship-to code is empty — choose the party to fill it, e.g. RET123-WH01"), tr("Ship-to code"),
              kMaxOrderId);
    checkText(out, QStringLiteral("ship_to_address"), form.shipToAddress,
              tr("Ship-to address is empty — type the delivery address with state and PIN code"), tr("Ship-to address"),
              kMaxAddress);

    // Transport
    checkText(out, QStringLiteral("transporter_name"), form.transporterName,
              tr("Transporter name is empty — enter the transporter, e.g. BlueDart Logistics"), tr("Transporter name"),
              kMaxName);
    std::optional<TransportMode> mode;
    if (clean(form.transportMode).isEmpty()) {
        out.append(problem(QStringLiteral("transport_mode"),
                           tr("Transport mode is empty — choose ROAD, RAIL, AIR or SHIP"),
                           QStringLiteral("transport.mode_empty")));
    } else if (const Result<TransportMode> m = parseTransportMode(form.transportMode); !m) {
        out.append(problem(m.error(), QStringLiteral("transport_mode")));
    } else {
        mode = *m;
    }
    // The mode rules name one field at a time; asking about each field with a valid stand-in for the other gives
    // each field its own message (and the exact texts of docs/validation.md).
    const QDate today = m_clock.now().date();
    const QString vehicleStandIn = QStringLiteral("MH12AB1234");
    const QString lrStandIn = QStringLiteral("LR1");
    if (mode) {
        if (Status s = validateTransportModeRules(*mode, form.vehicleNo, lrStandIn); !s)
            out.append(problem(s.error(), QStringLiteral("vehicle_no")));
        else if (!clean(form.vehicleNo).isEmpty()) {
            if (auto v = validateVehicleNumber(form.vehicleNo, today); !v)
                out.append(problem(v.error(), QStringLiteral("vehicle_no")));
        }
        if (Status s = validateTransportModeRules(*mode, vehicleStandIn, form.lrNo); !s)
            out.append(problem(s.error(), QStringLiteral("lr_no")));
    } else {
        if (!clean(form.vehicleNo).isEmpty()) {
            if (auto v = validateVehicleNumber(form.vehicleNo, today); !v)
                out.append(problem(v.error(), QStringLiteral("vehicle_no")));
        }
        if (!clean(form.lrNo).isEmpty()) {
            if (auto lr = normaliseLrNumber(form.lrNo); !lr)
                out.append(problem(lr.error(), QStringLiteral("lr_no")));
        }
    }

    // E-way bill: checked when given, required over the threshold (value from the master-data prices).
    qint64 value = 0;
    if (draftId > 0) {
        if (auto v = consignmentValuePaise(draftId); v.ok())
            value = *v;
    }
    const qint64 threshold = ewayThresholdPaise();
    if (!clean(form.ewayBillNo).isEmpty()) {
        if (auto e = normaliseEwayBillNumber(form.ewayBillNo); !e)
            out.append(problem(e.error(), QStringLiteral("eway_bill_no")));
    } else if (ewayBillRequired(value, threshold)) {
        out.append(problem(QStringLiteral("eway_bill_no"),
                           tr("E-way bill number is required: the consignment is worth %1, over the %2 e-way bill "
                              "threshold — enter the 12-digit e-way bill number")
                               .arg(formatRupees(value), formatRupees(threshold)),
                           QStringLiteral("eway.required")));
    }

    // Dispatch date-time: not in the future (beyond the tolerance), not before any unit on it was inwarded.
    const QString dtText = clean(form.dispatchDateTime);
    if (dtText.isEmpty()) {
        out.append(problem(QStringLiteral("dispatch_datetime"),
                           tr("Dispatch date-time is empty — enter when the goods leave, e.g. 2025-09-25 17:05"),
                           QStringLiteral("datetime.empty")));
    } else if (const auto dt = parseDateTime(dtText); !dt) {
        out.append(problem(QStringLiteral("dispatch_datetime"),
                           tr("Dispatch date-time '%1' is not a date and time — use YYYY-MM-DD HH:MM, e.g. "
                              "2025-09-25 17:05")
                               .arg(dtText),
                           QStringLiteral("datetime.format")));
    } else {
        const QDateTime now = m_clock.now();
        const int tolerance = futureToleranceMinutes();
        if (*dt > now.addSecs(qint64(tolerance) * 60)) {
            out.append(
                problem(QStringLiteral("dispatch_datetime"),
                        tr("Dispatch date-time %1 is in the future (now %2) — enter when the goods actually "
                           "leave; up to %3 minutes ahead is allowed")
                            .arg(dt->toOffsetFromUtc(now.offsetFromUtc()).toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                                 now.toString(QStringLiteral("yyyy-MM-dd HH:mm")))
                            .arg(tolerance),
                        QStringLiteral("datetime.future")));
        } else if (draftId > 0) {
            auto lines = DispatchStore(m_db).lines(draftId);
            SerialRegister reg(m_db);
            if (lines.ok()) {
                for (const DispatchLine &l : *lines) {
                    auto history = reg.history(l.serial);
                    if (!history.ok())
                        continue;
                    QDateTime inwardAt;
                    for (const Movement &m : *history) {
                        if (m.toState == serialStateName(SerialState::InStock))
                            inwardAt = QDateTime::fromString(m.at, Qt::ISODate);
                    }
                    if (inwardAt.isValid() && *dt < inwardAt) {
                        out.append(problem(
                            QStringLiteral("dispatch_datetime"),
                            tr("Dispatch date-time %1 is before serial %2 was inwarded (%3) — goods cannot leave "
                               "before they arrived")
                                .arg(dt->toString(QStringLiteral("yyyy-MM-dd HH:mm")), l.serial,
                                     inwardAt.toOffsetFromUtc(dt->offsetFromUtc())
                                         .toString(QStringLiteral("yyyy-MM-dd HH:mm"))),
                            QStringLiteral("datetime.before_inward")));
                        break;
                    }
                }
            }
        }
    }

    if (form.remarks.size() > kMaxRemarks)
        out.append(
            problem(QStringLiteral("remarks"),
                    tr("Remarks have %1 characters — at most %2 are allowed").arg(form.remarks.size()).arg(kMaxRemarks),
                    QStringLiteral("remarks.length")));

    // The scanned units against the order.
    auto productCounts = counts(draftId, form.orderQuantities);
    int scanned = 0;
    if (productCounts.ok()) {
        for (const ProductCount &pc : *productCounts)
            scanned += pc.scanned;
    }
    if (scanned == 0) {
        out.append(problem(QStringLiteral("serials"), tr("No units scanned — scan the serials being dispatched"),
                           QStringLiteral("serials.none")));
    } else if (productCounts.ok()) {
        for (const ProductCount &pc : *productCounts) {
            if (pc.ordered >= 0 && pc.scanned < pc.ordered) {
                out.append(problem(QStringLiteral("serials"),
                                   tr("Order %1 lists %2 × %3 but %4 are scanned — scan %5 more")
                                       .arg(orderId)
                                       .arg(pc.ordered)
                                       .arg(pc.productCode)
                                       .arg(pc.scanned)
                                       .arg(pc.ordered - pc.scanned),
                                   QStringLiteral("serials.short")));
                break;
            }
        }
    }
    return c;
}

DispatchForm DispatchService::normalised(const DispatchForm &form) const
{
    DispatchForm f = form;
    for (QString *s :
         {&f.orderId, &f.billToName, &f.billToAddress, &f.shipToName, &f.shipToAddress, &f.transporterName, &f.remarks})
        *s = s->trimmed();
    for (QString *s : {&f.warehouseCode, &f.distributorCode, &f.partyCode, &f.billToCode, &f.shipToCode})
        *s = code(*s);
    if (auto g = validateGstin(form.billToGstin))
        f.billToGstin = g->text;
    if (auto m = parseTransportMode(form.transportMode))
        f.transportMode = transportModeCode(*m);
    if (clean(form.vehicleNo).isEmpty())
        f.vehicleNo.clear();
    else if (auto v = validateVehicleNumber(form.vehicleNo, m_clock.now().date()))
        f.vehicleNo = v->text;
    if (clean(form.lrNo).isEmpty())
        f.lrNo.clear();
    else if (auto lr = normaliseLrNumber(form.lrNo))
        f.lrNo = *lr;
    if (clean(form.ewayBillNo).isEmpty())
        f.ewayBillNo.clear();
    else if (auto e = normaliseEwayBillNumber(form.ewayBillNo))
        f.ewayBillNo = *e;
    if (auto dt = parseDateTime(form.dispatchDateTime))
        f.dispatchDateTime = m_clock.calendar().timestamp(*dt);
    for (OrderQuantity &q : f.orderQuantities)
        q.productCode = code(q.productCode);
    return f;
}

Result<std::optional<qint64>> DispatchService::openDraft(const Actor &actor) const
{
    if (Status s = require(actor, Permission::Dispatch); !s)
        return s.error();
    return DispatchStore(m_db).openDraft(actor.stationId, actor.operatorCode);
}

Result<qint64> DispatchService::createDraft(const Actor &actor, const DispatchForm &form)
{
    qint64 id = 0;
    Status s = m_actions.run(actor, Permission::Dispatch, [&](ActionContext &ctx) -> Status {
        auto created = DispatchStore(m_db).createDraft(normalised(form), m_clock.now().toString(Qt::ISODate),
                                                       actor.operatorCode, actor.stationId);
        if (!created.ok())
            return created.error();
        id = *created;
        return ctx.audit(QStringLiteral("dispatch.draft"), QStringLiteral("draft %1").arg(id),
                         QStringLiteral("warehouse %1").arg(code(form.warehouseCode)));
    });
    if (!s)
        return s.error();
    return id;
}

Result<DispatchRecord> DispatchService::openRecord(qint64 draftId) const
{
    auto rec = DispatchStore(m_db).record(draftId);
    if (!rec.ok())
        return rec.error();
    if (!rec->has_value())
        return makeError(tr("Dispatch draft #%1 does not exist.").arg(draftId), {},
                         QStringLiteral("dispatch.no_draft"));
    if ((*rec)->state != DispatchState::Draft)
        return makeError(tr("Dispatch #%1 is %2, not an open draft — start a new dispatch.")
                             .arg(draftId)
                             .arg((*rec)->requestId.isEmpty()
                                      ? dispatchStateName((*rec)->state)
                                      : (*rec)->requestId + u' ' + dispatchStateName((*rec)->state)),
                         {}, QStringLiteral("dispatch.not_draft"));
    return **rec;
}

Status DispatchService::saveForm(const Actor &actor, qint64 draftId, const DispatchForm &form)
{
    return m_actions.run(actor, Permission::Dispatch, [&](ActionContext &) -> Status {
        auto rec = openRecord(draftId);
        if (!rec.ok())
            return rec.error();
        const DispatchForm f = normalised(form);
        if (f.warehouseCode != rec->form.warehouseCode && rec->lineCount > 0)
            return makeError(tr("The warehouse cannot change while units from %1 are scanned — remove them first, or "
                                "submit this dispatch and start another")
                                 .arg(rec->form.warehouseCode),
                             QStringLiteral("warehouse_code"), QStringLiteral("warehouse.locked"));
        return DispatchStore(m_db).saveForm(draftId, f);
    });
}

Result<DispatchDraft> DispatchService::draft(const Actor &actor, qint64 draftId) const
{
    if (Status s = require(actor, Permission::Dispatch); !s)
        return s.error();
    DispatchStore store(m_db);
    auto rec = store.record(draftId);
    if (!rec.ok())
        return rec.error();
    if (!rec->has_value())
        return makeError(tr("Dispatch draft #%1 does not exist.").arg(draftId), {},
                         QStringLiteral("dispatch.no_draft"));
    auto lines = store.lines(draftId);
    if (!lines.ok())
        return lines.error();
    return DispatchDraft{**rec, *lines};
}

Status DispatchService::checkSerialOut(const QString &serial, const QString &warehouseCode, qint64 draftId) const
{
    const QString field = QStringLiteral("serial");
    auto found = SerialRegister(m_db).find(serial);
    if (!found.ok())
        return found.error();
    if (!found->has_value())
        return makeError(tr("Serial %1 was never inwarded — it is not in the serial register; inward it into %2 first")
                             .arg(serial, warehouseCode),
                         field, QStringLiteral("dispatch.never_inwarded"));
    const SerialRecord &r = **found;
    switch (r.state) {
    case SerialState::Generated:
        return makeError(tr("Serial %1 was never inwarded — it was generated but never inwarded into a warehouse; "
                            "inward it into %2 first")
                             .arg(serial, warehouseCode),
                         field, QStringLiteral("dispatch.never_inwarded"));
    case SerialState::Dispatched:
        return makeError(tr("Serial %1 was already dispatched on %2 to %3 — it is not in stock")
                             .arg(serial, r.ref.isEmpty() ? tr("an earlier dispatch") : r.ref,
                                  r.partyCode.isEmpty() ? tr("a party") : r.partyCode),
                         field, QStringLiteral("dispatch.already_dispatched"));
    case SerialState::Returned:
        return makeError(tr("Serial %1 was returned (%2) and is not in stock — inward it again before dispatching it")
                             .arg(serial, r.ref),
                         field, QStringLiteral("dispatch.returned"));
    case SerialState::InStock:
        break;
    }
    if (r.warehouseCode != warehouseCode)
        return makeError(tr("Serial %1 is in warehouse %2, not %3 — dispatch it from %2")
                             .arg(serial, r.warehouseCode, warehouseCode),
                         field, QStringLiteral("dispatch.other_warehouse"));
    auto holders = DispatchStore(m_db).draftsHolding(serial, draftId);
    if (!holders.ok())
        return holders.error();
    if (!holders->isEmpty()) {
        const DispatchHolding &h = holders->first();
        return makeError(tr("Serial %1 is in another open dispatch draft (#%2, operator %3, station %4) — remove it "
                            "there or finish that dispatch first")
                             .arg(serial)
                             .arg(h.draftId)
                             .arg(h.operatorCode, h.stationId),
                         field, QStringLiteral("dispatch.other_draft"));
    }
    return Ok{};
}

Result<DispatchLine> DispatchService::scan(const Actor &actor, qint64 draftId, const QString &raw,
                                           const QString &source)
{
    DispatchLine accepted;
    Status s = m_actions.run(actor, Permission::Dispatch, [&](ActionContext &) -> Status {
        auto rec = openRecord(draftId);
        if (!rec.ok())
            return rec.error();
        const QString wh = rec->form.warehouseCode;
        if (wh.isEmpty() || !MasterDataStore(m_db).warehouse(wh))
            return makeError(tr("Choose the warehouse the units leave from before scanning"),
                             QStringLiteral("warehouse_code"), QStringLiteral("dispatch.no_warehouse"));
        MasterDataStore md(m_db);
        auto parsed = parseSerial(raw, md.knownProductCodes(), m_clock.now().date());
        if (!parsed.ok())
            return parsed.error();
        const QString serial = parsed->text;
        DispatchStore store(m_db);
        auto lines = store.lines(draftId);
        if (!lines.ok())
            return lines.error();
        for (const DispatchLine &l : *lines) {
            if (l.serial == serial)
                return makeError(tr("Serial %1 is already on this dispatch (line %2)").arg(serial).arg(l.seq),
                                 QStringLiteral("serial"), QStringLiteral("dispatch.duplicate"));
        }
        if (Status out = checkSerialOut(serial, wh, draftId); !out)
            return out;
        // Against the order's quantities, when it lists them.
        const QList<OrderQuantity> &ordered = rec->form.orderQuantities;
        if (!ordered.isEmpty()) {
            int wanted = -1;
            QStringList listed;
            for (const OrderQuantity &q : ordered) {
                listed << QStringLiteral("%1 × %2").arg(q.quantity).arg(q.productCode);
                if (q.productCode == parsed->productCode)
                    wanted = q.quantity;
            }
            if (wanted < 0)
                return makeError(
                    tr("Serial %1 is a %2, which order %3 does not list — the order lists %4")
                        .arg(serial, parsed->productCode, rec->form.orderId, listed.join(QStringLiteral(", "))),
                    QStringLiteral("serial"), QStringLiteral("dispatch.not_on_order"));
            int have = 0;
            for (const DispatchLine &l : *lines)
                have += l.productCode == parsed->productCode ? 1 : 0;
            if (have >= wanted)
                return makeError(tr("Order %1 lists %2 × %3 and all %2 are scanned — serial %4 would be one too many")
                                     .arg(rec->form.orderId)
                                     .arg(wanted)
                                     .arg(parsed->productCode, serial),
                                 QStringLiteral("serial"), QStringLiteral("dispatch.over_quantity"));
        }
        DispatchLine line{serial, parsed->productCode, 0, m_clock.now().toString(Qt::ISODate), source};
        auto appended = store.appendLine(draftId, line);
        if (!appended.ok())
            return appended.error();
        accepted = *appended;
        return Ok{};
    });
    if (!s)
        return s.error();
    return accepted;
}

Status DispatchService::removeLine(const Actor &actor, qint64 draftId, const QString &serial)
{
    return m_actions.run(actor, Permission::Dispatch, [&](ActionContext &ctx) -> Status {
        auto rec = openRecord(draftId);
        if (!rec.ok())
            return rec.error();
        auto removed = DispatchStore(m_db).removeLine(draftId, serial.trimmed().toUpper());
        if (!removed.ok())
            return removed.error();
        if (!*removed)
            return makeError(tr("Serial %1 is not on this dispatch.").arg(serial.trimmed().toUpper()),
                             QStringLiteral("serial"), QStringLiteral("dispatch.not_on_draft"));
        return ctx.audit(QStringLiteral("dispatch.remove_line"), QStringLiteral("draft %1").arg(draftId),
                         serial.trimmed().toUpper());
    });
}

Status DispatchService::abandon(const Actor &actor, qint64 draftId)
{
    return m_actions.run(actor, Permission::Dispatch, [&](ActionContext &ctx) -> Status {
        if (Status st = DispatchStore(m_db).markAbandoned(draftId); !st)
            return st;
        return ctx.audit(QStringLiteral("dispatch.abandon"), QStringLiteral("draft %1").arg(draftId));
    });
}

Result<QJsonObject> DispatchService::buildPayload(const QString &requestId, const QDateTime &at, const DispatchForm &f,
                                                  const QList<DispatchLine> &lines) const
{
    MasterDataStore md(m_db);
    // Products in the order their first unit was scanned; serials in scan order.
    QList<QString> order;
    QMap<QString, QJsonArray> serials;
    for (const DispatchLine &l : lines) {
        if (!serials.contains(l.productCode))
            order.append(l.productCode);
        serials[l.productCode].append(
            QJsonObject{{QStringLiteral("sn"), l.serial}, {QStringLiteral("status"), QStringLiteral("DISPATCHED")}});
    }
    QJsonArray products;
    for (const QString &productCode : order) {
        const auto p = md.productByCode(productCode);
        if (!p || p->id.isEmpty())
            return makeError(
                tr("Product %1 is not in master data; pull master data or correct the line").arg(productCode),
                QStringLiteral("serial"), QStringLiteral("dispatch.unknown_product"));
        products.append(QJsonObject{{QStringLiteral("product_id"), p->id},
                                    {QStringLiteral("product_code"), productCode},
                                    {QStringLiteral("warehouse_code"), f.warehouseCode},
                                    {QStringLiteral("serials"), serials.value(productCode)}});
    }
    const QJsonObject billTo{{QStringLiteral("name"), f.billToName},
                             {QStringLiteral("code"), f.billToCode},
                             {QStringLiteral("gstin"), f.billToGstin},
                             {QStringLiteral("address"), f.billToAddress}};
    const QJsonObject shipTo{{QStringLiteral("name"), f.shipToName},
                             {QStringLiteral("code"), f.shipToCode},
                             {QStringLiteral("address"), f.shipToAddress}};
    const QJsonObject transport{{QStringLiteral("transporter_name"), f.transporterName},
                                {QStringLiteral("mode"), f.transportMode},
                                {QStringLiteral("vehicle_no"), f.vehicleNo},
                                {QStringLiteral("lr_no"), f.lrNo},
                                {QStringLiteral("eway_bill_no"), legacyEwayBillNumber(f.ewayBillNo)},
                                {QStringLiteral("dispatch_datetime"), f.dispatchDateTime},
                                {QStringLiteral("remarks"), f.remarks}};
    return QJsonObject{
        {QStringLiteral("request_id"), requestId},
        {QStringLiteral("timestamp"), at.toString(Qt::ISODate)},
        {QStringLiteral("source"), m_settings.value(QStringLiteral("crm.source"), QStringLiteral("mobile_app"))},
        {QStringLiteral("action"), QStringLiteral("DISPATCH")},
        {QStringLiteral("dispatch_order"), QJsonObject{{QStringLiteral("order_id"), f.orderId},
                                                       {QStringLiteral("distributor_code"), f.distributorCode},
                                                       {QStringLiteral("party_code"), f.partyCode},
                                                       {QStringLiteral("bill_to"), billTo},
                                                       {QStringLiteral("ship_to"), shipTo},
                                                       {QStringLiteral("transport"), transport}}},
        {QStringLiteral("total_sr"), int(lines.size())},
        {QStringLiteral("products"), products},
    };
}

Result<SubmitOutcome> DispatchService::submit(const Actor &actor, qint64 draftId, const DispatchForm &form)
{
    SubmitOutcome outcome;
    Status s = m_actions.run(actor, Permission::Dispatch, [&](ActionContext &ctx) -> Status {
        auto station = DocumentNumbers::stationNumber(m_settings);
        if (!station.ok())
            return station.error();
        auto rec = openRecord(draftId);
        if (!rec.ok())
            return rec.error();
        const DispatchForm f = normalised(form);
        if (f.warehouseCode != rec->form.warehouseCode && rec->lineCount > 0)
            return makeError(tr("The warehouse cannot change while units from %1 are scanned — remove them first, or "
                                "submit this dispatch and start another")
                                 .arg(rec->form.warehouseCode),
                             QStringLiteral("warehouse_code"), QStringLiteral("warehouse.locked"));
        DispatchStore store(m_db);
        if (Status saved = store.saveForm(draftId, f); !saved)
            return saved;
        const FormCheck c = check(draftId, f);
        if (auto e = c.firstError())
            return makeError(e->message, e->field, e->code);
        auto lines = store.lines(draftId);
        if (!lines.ok())
            return lines.error();
        // Units may have moved since they were scanned (another station, a late inward correction).
        for (const DispatchLine &l : *lines) {
            if (Status out = checkSerialOut(l.serial, f.warehouseCode, draftId); !out)
                return out;
        }
        const QDateTime now = ctx.now();
        auto requestId = DocumentNumbers(m_db).next(QStringLiteral("DO"), now.date(), *station);
        if (!requestId.ok())
            return requestId.error();
        const auto built = buildPayload(*requestId, now, f, *lines);
        if (!built.ok())
            return built.error();
        const QJsonObject &payload = *built;
        SerialRegister reg(m_db);
        for (const DispatchLine &l : *lines) {
            SerialChange change;
            change.serial = l.serial;
            change.kind = QStringLiteral("dispatch");
            change.from = SerialState::InStock;
            change.to = SerialState::Dispatched;
            change.warehouseCode = f.warehouseCode;
            change.partyCode = f.partyCode;
            change.ref = *requestId;
            if (Status applied = reg.apply(actor, now, change); !applied)
                return applied;
        }
        auto eventId = ctx.queue(events::dispatchSubmitted(payload));
        if (!eventId.ok())
            return eventId.error();
        auto value = consignmentValuePaise(draftId);
        if (!value.ok())
            return value.error();
        if (Status marked =
                store.markSubmitted(draftId, *requestId, now.toString(Qt::ISODate), *eventId,
                                    QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)), *value);
            !marked)
            return marked;
        if (Status audited = ctx.audit(QStringLiteral("dispatch.submit"), *requestId,
                                       tr("%1 units, order %2, party %3, warehouse %4, value %5")
                                           .arg(lines->size())
                                           .arg(f.orderId, f.partyCode, f.warehouseCode, formatRupees(*value)));
            !audited)
            return audited;
        outcome = SubmitOutcome{*requestId, *eventId, int(lines->size()), payload};
        return Ok{};
    });
    if (!s)
        return s.error();
    return outcome;
}

Result<CancelOutcome> DispatchService::cancel(const Actor &actor, const QString &requestIdText, const QString &reason)
{
    CancelOutcome outcome;
    Status s = m_actions.run(actor, Permission::CancelDispatch, [&](ActionContext &ctx) -> Status {
        const QString requestId = requestIdText.trimmed().toUpper();
        if (reason.trimmed().isEmpty())
            return makeError(
                tr("Say why %1 is cancelled — the reason goes to both CRMs and the audit log").arg(requestId),
                QStringLiteral("reason"), QStringLiteral("cancel.reason"));
        outcome.requestId = requestId;
        DispatchStore store(m_db);
        auto rec = store.byRequestId(requestId);
        if (!rec.ok())
            return rec.error();
        if (!rec->has_value())
            return makeError(tr("There is no dispatch %1 on this station.").arg(requestId),
                             QStringLiteral("request_id"), QStringLiteral("cancel.unknown"));
        const DispatchRecord &r = **rec;
        if (r.state == DispatchState::Cancelled)
            return makeError(tr("%1 was already cancelled on %2 (%3).").arg(requestId, r.cancelledAt, r.cancelReason),
                             QStringLiteral("request_id"), QStringLiteral("cancel.already"));
        if (r.state != DispatchState::Submitted)
            return makeError(tr("%1 is not a submitted dispatch.").arg(requestId), QStringLiteral("request_id"),
                             QStringLiteral("cancel.state"));
        OutboxStore outbox(m_db);
        auto rows = outbox.rowsForEvent(r.eventId);
        if (!rows.ok())
            return rows.error();
        // Per CRM: a row that was never handed to the CRM is dropped; once it was (delivered, or sent and then timed
        // out, crashed mid-request or refused), the CRM may hold the dispatch, so it hears the cancellation, which
        // shares the dispatch's keys and therefore reaches it after the dispatch.
        QList<Crm> mayHold;
        for (const OutboxRow &row : *rows) {
            if (row.state == OutboxState::InFlight)
                return makeError(tr("%1 is being sent to the %2 CRM right now — try the cancellation again in a "
                                    "minute")
                                     .arg(requestId, crmName(row.crm)),
                                 QStringLiteral("request_id"), QStringLiteral("cancel.in_flight"));
            if (row.sentMs != 0 && !mayHold.contains(row.crm))
                mayHold << row.crm;
        }
        const QDateTime now = ctx.now();
        auto lines = store.lines(r.id);
        if (!lines.ok())
            return lines.error();
        SerialRegister reg(m_db);
        for (const DispatchLine &l : *lines) {
            SerialChange change;
            change.serial = l.serial;
            change.kind = QStringLiteral("dispatch.cancelled");
            change.from = SerialState::Dispatched;
            change.to = SerialState::InStock;
            change.warehouseCode = r.form.warehouseCode;
            change.ref = requestId;
            if (Status applied = reg.apply(actor, now, change); !applied)
                return applied;
            outcome.serials << l.serial;
        }
        outcome.reachedCrm = !mayHold.isEmpty();
        outcome.told = mayHold;
        auto dropped =
            outbox.discardForCancellation(r.eventId, tr("dispatch %1 cancelled: %2").arg(requestId, reason.trimmed()));
        if (!dropped.ok())
            return dropped.error();
        outcome.discardedRows = *dropped;
        if (!mayHold.isEmpty()) {
            OutboxEvent cancelled = events::dispatchCancelled(requestId, reason.trimmed(), now, outcome.serials);
            cancelled.targets = mayHold;
            if (auto queued = ctx.queue(cancelled); !queued.ok())
                return queued.error();
        }
        if (Status marked = store.markCancelled(r.id, now.toString(Qt::ISODate), reason.trimmed(), actor.operatorCode);
            !marked)
            return marked;
        QStringList sentTo;
        for (Crm crm : mayHold)
            sentTo << crmName(crm);
        return ctx.audit(QStringLiteral("dispatch.cancel"), requestId,
                         (mayHold.isEmpty()
                              ? tr("before it reached a CRM: %1 unsent events dropped; ").arg(outcome.discardedRows)
                              : tr("cancellation sent to %1 (the dispatch may have reached it); %2 "
                                   "unsent events dropped; ")
                                    .arg(sentTo.join(QStringLiteral(", ")))
                                    .arg(outcome.discardedRows)) +
                             tr("%1 units back in stock at %2; reason: %3")
                                 .arg(lines->size())
                                 .arg(r.form.warehouseCode, reason.trimmed()));
    });
    if (!s)
        return s.error();
    return outcome;
}

Result<Challan> DispatchService::challan(const Actor &actor, const QString &requestIdText) const
{
    if (Status s = require(actor, Permission::Dispatch); !s)
        return s.error();
    const QString requestId = requestIdText.trimmed().toUpper();
    DispatchStore store(m_db);
    auto rec = store.byRequestId(requestId);
    if (!rec.ok())
        return rec.error();
    if (!rec->has_value())
        return makeError(tr("There is no dispatch %1 on this station.").arg(requestId), QStringLiteral("request_id"),
                         QStringLiteral("challan.unknown"));
    const DispatchRecord &r = **rec;
    MasterDataStore md(m_db);
    Challan c;
    c.requestId = r.requestId;
    c.state = dispatchStateName(r.state);
    c.submittedAt = r.submittedAt;
    c.cancelledAt = r.cancelledAt;
    c.cancelReason = r.cancelReason;
    c.form = r.form;
    c.warehouseCode = r.form.warehouseCode;
    if (const auto w = md.warehouse(r.form.warehouseCode)) {
        c.warehouseName = w->name;
        c.warehousePlace = QStringList{w->city, w->state}.join(QStringLiteral(", "));
    }
    if (const auto d = md.party(r.form.distributorCode))
        c.distributorName = d->name;
    if (const auto p = md.party(r.form.partyCode))
        c.partyName = p->name;
    c.ewayBillGrouped = groupEwayBill(r.form.ewayBillNo);
    c.consignmentPaise = r.consignmentPaise;
    auto lines = store.lines(r.id);
    if (!lines.ok())
        return lines.error();
    QHash<QString, QString> names;
    for (const DispatchLine &l : *lines) {
        if (!names.contains(l.productCode)) {
            const auto p = md.productByCode(l.productCode);
            names.insert(l.productCode, p ? p->name : QString());
        }
        c.lines.append({l.seq, l.serial, l.productCode, names.value(l.productCode)});
    }
    auto pc = counts(r.id, r.form.orderQuantities);
    if (pc.ok())
        c.counts = *pc;
    c.operatorCode = r.operatorCode;
    c.stationId = r.stationId;
    c.printedAt = m_clock.now().toString(Qt::ISODate);
    return c;
}

Status DispatchService::noteChallanOutput(const Actor &actor, const QString &requestId, const QString &where)
{
    return m_actions.run(actor, Permission::Dispatch, [&](ActionContext &ctx) -> Status {
        return ctx.audit(QStringLiteral("dispatch.challan"), requestId.trimmed().toUpper(), where);
    });
}

Result<QList<DispatchRecord>> DispatchService::recent(const Actor &actor, int limit) const
{
    if (Status s = require(actor, Permission::Dispatch); !s)
        return s.error();
    return DispatchStore(m_db).recent(limit);
}

DispatchForm DispatchService::formFromJson(const QJsonObject &input)
{
    // A whole Stage 3 body, or just its dispatch_order (plus our optional keys).
    const QJsonObject order = input.contains(QStringLiteral("dispatch_order"))
                                  ? input.value(QStringLiteral("dispatch_order")).toObject()
                                  : input;
    auto str = [](const QJsonObject &o, const char *key) { return o.value(QLatin1String(key)).toString(); };
    DispatchForm f;
    f.warehouseCode = str(input, "warehouse_code");
    if (f.warehouseCode.isEmpty())
        f.warehouseCode = str(order, "warehouse_code");
    if (f.warehouseCode.isEmpty()) {
        const QJsonArray products = input.value(QStringLiteral("products")).toArray();
        if (!products.isEmpty())
            f.warehouseCode = str(products.first().toObject(), "warehouse_code");
    }
    f.orderId = str(order, "order_id");
    f.distributorCode = str(order, "distributor_code");
    f.partyCode = str(order, "party_code");
    const QJsonObject billTo = order.value(QStringLiteral("bill_to")).toObject();
    f.billToName = str(billTo, "name");
    f.billToCode = str(billTo, "code");
    f.billToGstin = str(billTo, "gstin");
    f.billToAddress = str(billTo, "address");
    const QJsonObject shipTo = order.value(QStringLiteral("ship_to")).toObject();
    f.shipToName = str(shipTo, "name");
    f.shipToCode = str(shipTo, "code");
    f.shipToAddress = str(shipTo, "address");
    const QJsonObject transport = order.value(QStringLiteral("transport")).toObject();
    f.transporterName = str(transport, "transporter_name");
    f.transportMode = str(transport, "mode");
    f.vehicleNo = str(transport, "vehicle_no");
    f.lrNo = str(transport, "lr_no");
    f.ewayBillNo = str(transport, "eway_bill_no");
    f.dispatchDateTime = str(transport, "dispatch_datetime");
    f.remarks = str(transport, "remarks");
    QJsonArray quantities = input.value(QStringLiteral("quantities")).toArray();
    if (quantities.isEmpty())
        quantities = order.value(QStringLiteral("quantities")).toArray();
    for (const QJsonValue v : std::as_const(quantities)) {
        const QJsonObject q = v.toObject();
        f.orderQuantities.append({str(q, "product_code"), q.value(QStringLiteral("quantity")).toInt()});
    }
    return f;
}

} // namespace fb
