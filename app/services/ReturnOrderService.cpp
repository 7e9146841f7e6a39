#include "app/services/ReturnOrderService.h"
#include "app/services/BrandTime.h"
#include "app/services/Events.h"

#include "app/services/PartRequestService.h"
#include "app/services/ServicePayloads.h"
#include "app/storage/ComplaintStore.h"
#include "app/storage/Database.h"
#include "app/storage/DocumentNumbers.h"
#include "app/storage/PartRequestStore.h"
#include "app/storage/ReturnOrderStore.h"
#include "app/storage/SerialRegister.h"
#include "app/storage/ServiceMasterStore.h"
#include "app/storage/SettingsStore.h"

#include <QCoreApplication>
#include <QSet>

namespace fb {

namespace {

constexpr int kMaxQuantity = 99;

} // namespace

ReturnOrderService::ReturnOrderService(Database &db, SettingsStore &settings, const Clock &clock)
    : m_db(db)
    , m_settings(settings)
    , m_clock(clock, brandZoneSetting(settings))
    , m_actions(db, m_clock)
{}

Result<ReturnOrder> ReturnOrderService::create(const Actor &actor, const QString &complaintNumber,
                                               const QString &partRequestNumber, const QList<ReturnLineDraft> &lines,
                                               const QString &reason)
{
    ReturnOrder o;
    Status written = m_actions.run(actor, Permission::ReturnOrder, [&](ActionContext &ctx) -> Status {
        const QString cn = complaintNumber.trimmed().toUpper();
        auto found = ComplaintStore(m_db).complaint(cn);
        if (!found.ok())
            return found.error();
        if (!found.value())
            return makeError(tr("No complaint %1 on this station: check the number.").arg(cn),
                             QStringLiteral("complaint"), QStringLiteral("complaint.unknown"));
        const Complaint complaint = *found.value();
        if (complaint.status == ComplaintStatus::Cancelled)
            return makeError(tr("Complaint %1 is cancelled: nothing can be returned against it.").arg(cn),
                             QStringLiteral("complaint"), QStringLiteral("return_order.complaint_cancelled"));

        std::optional<PartRequest> request;
        const QString prn = partRequestNumber.trimmed().toUpper();
        if (!prn.isEmpty()) {
            auto pr = PartRequestStore(m_db).partRequest(prn);
            if (!pr.ok())
                return pr.error();
            if (!pr.value() || pr.value()->complaintNumber != complaint.number)
                return makeError(tr("Part request %1 does not belong to complaint %2: check both numbers.")
                                     .arg(prn, complaint.number),
                                 QStringLiteral("part_request"), QStringLiteral("return_order.part_request_mismatch"));
            const PartRequestStatus st = pr.value()->status;
            if (st != PartRequestStatus::Issued && st != PartRequestStatus::Replaced &&
                st != PartRequestStatus::Consumed)
                return makeError(tr("Part request %1 is %2: defective parts are returned once the new part was issued.")
                                     .arg(prn, partRequestStatusTitle(st)),
                                 QStringLiteral("part_request"), QStringLiteral("return_order.part_request_status"));
            request = pr.value();
        }
        if (lines.isEmpty())
            return makeError(tr("Add at least one defective part or the unit to the return order."),
                             QStringLiteral("items"), QStringLiteral("return_order.no_items"));

        QSet<QString> seen;
        QStringList serials;
        bool returnsUnit = false;
        for (int i = 0; i < lines.size(); ++i) {
            const ReturnLineDraft &d = lines.at(i);
            const QString prefix = QStringLiteral("items[%1].").arg(i);
            ReturnLine line;
            line.kind = d.kind;
            line.serial = d.serial.trimmed().toUpper();
            line.quantity = d.quantity;
            if (d.kind == ReturnKind::Unit) {
                if (line.serial.isEmpty())
                    line.serial = complaint.serial;
                if (line.serial != complaint.serial)
                    return makeError(tr("Unit %1 is not the unit of complaint %2 (%3): return the complaint's unit.")
                                         .arg(line.serial, complaint.number, complaint.serial),
                                     prefix + QStringLiteral("serial"), QStringLiteral("return_order.unit_mismatch"));
                line.quantity = 1;
                returnsUnit = true;
            } else {
                const QString code = d.partCode.trimmed().toUpper();
                const auto part = ServiceMasterStore(m_db).part(code);
                if (!part)
                    return makeError(code.isEmpty()
                                         ? tr("Item %1: choose the part being returned.").arg(i + 1)
                                         : tr("Part %1 is not in master data: check the code, or pull master "
                                              "data.")
                                               .arg(code),
                                     prefix + QStringLiteral("part_code"), QStringLiteral("return_order.part_unknown"));
                if (request) {
                    bool onRequest = false;
                    for (const PartRequestLine &l : request->lines)
                        onRequest = onRequest || l.partCode == part->code;
                    if (!onRequest)
                        return makeError(tr("Part %1 is not on part request %2: return only the parts it replaced.")
                                             .arg(part->code, request->number),
                                         prefix + QStringLiteral("part_code"),
                                         QStringLiteral("return_order.part_not_requested"));
                }
                line.partCode = part->code;
                line.partClass = part->partClass;
                if (part->isClassA() && line.serial.isEmpty())
                    return makeError(tr("%1 (%2) is a class A part: give the defective part's serial number.")
                                         .arg(part->code, part->name),
                                     prefix + QStringLiteral("serial"), QStringLiteral("return_order.serial_required"));
                if (!line.serial.isEmpty()) {
                    if (Status s = PartRequestService::validatePartSerial(*part, line.serial,
                                                                          prefix + QStringLiteral("serial"));
                        !s)
                        return s.error();
                    if (d.quantity != 1)
                        return makeError(tr("A part with a serial number is returned one at a time: quantity 1."),
                                         prefix + QStringLiteral("quantity"), QStringLiteral("return_order.quantity"));
                }
                if (line.quantity < 1 || line.quantity > kMaxQuantity)
                    return makeError(tr("Quantity of %1 must be 1 to %2, not %3.")
                                         .arg(part->code)
                                         .arg(kMaxQuantity)
                                         .arg(line.quantity),
                                     prefix + QStringLiteral("quantity"), QStringLiteral("return_order.quantity"));
            }
            if (!line.serial.isEmpty()) {
                if (seen.contains(line.serial))
                    return makeError(tr("Serial %1 is on this return order twice.").arg(line.serial),
                                     prefix + QStringLiteral("serial"),
                                     QStringLiteral("return_order.serial_duplicate"));
                seen.insert(line.serial);
                serials << line.serial;
            }
            o.lines.append(line);
        }
        auto returned = ReturnOrderStore(m_db).returnedSerials(serials);
        if (!returned.ok())
            return returned.error();
        if (!returned->isEmpty())
            return makeError(
                tr("Serial %1 was already returned on another return order.").arg(returned->join(QStringLiteral(", "))),
                QStringLiteral("items"), QStringLiteral("return_order.already_returned"));

        auto station = DocumentNumbers::stationNumber(m_settings);
        if (!station.ok())
            return station.error();
        const QDateTime now = ctx.now();
        o.complaintNumber = complaint.number;
        o.partRequestNumber = request ? request->number : QString();
        o.reason = reason.trimmed();
        o.createdAt = now.toString(Qt::ISODate);
        o.operatorCode = actor.operatorCode;
        o.stationId = actor.stationId;
        auto number = DocumentNumbers(m_db).next(QStringLiteral("RO"), now.date(), *station);
        if (!number.ok())
            return number.error();
        o.number = number.value();
        if (Status s = ReturnOrderStore(m_db).insertReturnOrder(o); !s)
            return s;
        if (returnsUnit) {
            // A dispatched unit coming back is RETURNED in the register (a unit accepted by override may not be there).
            SerialRegister reg(m_db);
            auto record = reg.find(complaint.serial);
            if (!record.ok())
                return record.error();
            if (record.value() && record.value()->state == SerialState::Dispatched) {
                SerialChange change;
                change.serial = complaint.serial;
                change.kind = QStringLiteral("return");
                change.from = SerialState::Dispatched;
                change.to = SerialState::Returned;
                change.warehouseCode = record.value()->warehouseCode;
                change.partyCode = record.value()->partyCode;
                change.ref = o.number;
                if (Status s = reg.apply(actor, now, change); !s)
                    return s;
            }
        }
        if (Status s = ctx.audit(QStringLiteral("return_order.create"), o.number,
                                 QStringLiteral("complaint %1 %2, %3 item(s)")
                                     .arg(o.complaintNumber, o.partRequestNumber)
                                     .arg(o.lines.size()));
            !s)
            return s;
        return statusOf(ctx.queue(events::returnOrderCreated(o, now)));
    });
    if (!written)
        return written.error();
    return o;
}

Result<QList<ReturnOrder>> ReturnOrderService::forComplaint(const Actor &actor, const QString &complaintNumber) const
{
    if (Status s = require(actor, Permission::UpdateComplaint); !s)
        return s.error();
    return ReturnOrderStore(m_db).returnOrdersFor(complaintNumber.trimmed().toUpper());
}

} // namespace fb
