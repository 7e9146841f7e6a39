#include "app/services/ComplaintService.h"

#include "app/domain/IndianStates.h"
#include "app/domain/Phone.h"
#include "app/domain/PinCode.h"
#include "app/domain/SerialNumber.h"
#include "app/services/BrandTime.h"
#include "app/services/Events.h"
#include "app/storage/ComplaintStore.h"
#include "app/storage/CustomerStore.h"
#include "app/storage/Database.h"
#include "app/storage/DocumentNumbers.h"
#include "app/storage/MasterDataStore.h"
#include "app/storage/PartRequestStore.h"
#include "app/storage/ReturnOrderStore.h"
#include "app/storage/SerialRegister.h"
#include "app/storage/ServiceMasterStore.h"
#include "app/storage/SettingsStore.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace fb {

namespace {

// "MH", "Maharashtra", "27" → "MH"; empty when no state can be read.
QString stateCode(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return {};
    const QList<int> codes = gstCodesNamedIn(t);
    if (codes.isEmpty())
        return {};
    const auto state = indianStateByGstCode(codes.first());
    if (!state || state->abbreviations.isEmpty())
        return {};
    return state->abbreviations.first();
}

QString stateTitle(const QString &code)
{
    const QList<int> codes = gstCodesNamedIn(code);
    if (codes.isEmpty())
        return code;
    const auto state = indianStateByGstCode(codes.first());
    return state ? QStringLiteral("%1 (%2)").arg(state->name, code) : code;
}

bool containsCaseInsensitive(const QStringList &list, const QString &value)
{
    for (const QString &item : list) {
        if (item.compare(value, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

// The call type whose code or name the user gave ("PRE_SALE", "pre-sale", "Pre-sale").
std::optional<CallType> findCallType(const QList<CallType> &types, const QString &given)
{
    QString code = given.trimmed().toUpper();
    code.replace(u'-', u'_').replace(u' ', u'_');
    for (const CallType &t : types) {
        if (t.code == code || t.name.compare(given.trimmed(), Qt::CaseInsensitive) == 0)
            return t;
    }
    return std::nullopt;
}

} // namespace

ComplaintService::ComplaintService(Database &db, SettingsStore &settings, const Clock &clock)
    : m_db(db)
    , m_settings(settings)
    , m_clock(clock, brandZoneSetting(settings))
    , m_actions(db, m_clock)
{}

QList<CallType> ComplaintService::callTypes() const
{
    return ServiceMasterStore(m_db).callTypes();
}

Status ComplaintService::validateCustomerCode(const QString &code)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Z0-9][A-Z0-9-]{2,19}$"));
    if (code.trimmed().isEmpty())
        return makeError(tr("Enter the customer code."), QStringLiteral("customer_code"),
                         QStringLiteral("complaint.customer_code_empty"));
    if (!pattern.match(code.trimmed().toUpper()).hasMatch())
        return makeError(tr("Customer code %1 is not valid: use 3–20 letters, digits or '-', starting with a letter "
                            "or digit.")
                             .arg(code.trimmed()),
                         QStringLiteral("customer_code"), QStringLiteral("complaint.customer_code_format"));
    return Ok{};
}

Status ComplaintService::validateCallNotes(const QString &notes)
{
    if (notes.trimmed().isEmpty())
        return makeError(tr("Write what was done or found in the notes: every call update needs them."),
                         QStringLiteral("notes"), QStringLiteral("complaint.notes_empty"));
    return Ok{};
}

QList<ComplaintStatus> ComplaintService::allowedNext(ComplaintStatus from)
{
    using S = ComplaintStatus;
    switch (from) {
    case S::Open:
        return {S::Assigned, S::Visited, S::Cancelled};
    case S::Assigned:
        return {S::Visited, S::Cancelled};
    case S::Visited:
        return {S::AwaitingParts, S::Resolved, S::Cancelled};
    case S::AwaitingParts:
        return {S::Visited, S::Resolved};
    case S::Resolved:
        return {S::Closed, S::Visited};
    case S::Closed:
    case S::Cancelled:
        return {};
    }
    return {};
}

Result<SerialCheck> ComplaintService::checkSerial(const Actor &actor, const QString &serialText) const
{
    if (Status s = require(actor, Permission::RegisterComplaint); !s)
        return s.error();
    MasterDataStore master(m_db);
    const QStringList known = master.knownProductCodes();
    if (known.isEmpty())
        return makeError(tr("No products are known on this station yet: pull master data first."),
                         QStringLiteral("serial"), QStringLiteral("complaint.no_products"));
    if (serialText.trimmed().isEmpty())
        return makeError(tr("Scan or type the unit's serial number."), QStringLiteral("serial"),
                         QStringLiteral("serial.empty"));
    auto parsed = parseSerial(serialText, known, m_clock.now().date());
    if (!parsed.ok())
        return parsed.error();
    SerialCheck check;
    check.serial = parsed->text;
    check.productCode = parsed->productCode;
    if (const auto product = master.productByCode(parsed->productCode)) {
        check.productName = product->name;
        check.models = product->models;
    }
    auto record = SerialRegister(m_db).find(check.serial);
    if (!record.ok())
        return record.error();
    if (record.value())
        check.registerState = serialStateName(record.value()->state);
    const bool dispatched = record.value() && (record.value()->state == SerialState::Dispatched ||
                                               record.value()->state == SerialState::Returned);
    if (!dispatched) {
        check.needsOverride = true;
        check.warning = record.value()
                            ? tr("Serial %1 was never dispatched (the register has it %2): a unit must have left the "
                                 "warehouse before it gets a complaint. A supervisor can accept it with a reason.")
                                  .arg(check.serial, check.registerState)
                            : tr("Serial %1 is not in the serial register (never dispatched): a unit must have left "
                                 "the warehouse before it gets a complaint. A supervisor can accept it with a reason.")
                                  .arg(check.serial);
    }
    return check;
}

QList<Error> ComplaintService::check(const Actor &actor, const ComplaintDraft &draft) const
{
    Complaint c;
    SerialCheck serial;
    return validate(actor, draft, c, serial);
}

// Every rule of registration, each field on its own, in the order registerComplaint reports them (its refusal is the
// first of these). `c` gets the normalised values of the fields that pass.
QList<Error> ComplaintService::validate(const Actor &actor, const ComplaintDraft &draft, Complaint &c,
                                        SerialCheck &serial) const
{
    QList<Error> errors;
    // Customer.
    if (Status s = validateCustomerCode(draft.customerCode); !s)
        errors << s.error();
    c.customer.code = draft.customerCode.trimmed().toUpper();
    c.customer.name = draft.customerName.simplified();
    if (c.customer.name.isEmpty())
        errors << makeError(tr("Enter the customer's name."), QStringLiteral("customer_name"),
                            QStringLiteral("complaint.customer_name_empty"));
    if (auto phone = normalisePhone(draft.phone); phone.ok())
        c.customer.phone = phone.value();
    else
        errors << phone.error();
    c.customer.city = draft.city.simplified();
    if (c.customer.city.isEmpty())
        errors << makeError(tr("Enter the customer's city."), QStringLiteral("city"),
                            QStringLiteral("complaint.city_empty"));
    c.customer.state = stateCode(draft.state);
    if (c.customer.state.isEmpty())
        errors << makeError(draft.state.trimmed().isEmpty()
                                ? tr("Enter the customer's state (MH, Maharashtra or GST code 27).")
                                : tr("State %1 is not an Indian state or union territory: use its two-letter code "
                                     "(MH), its name or its GST code.")
                                      .arg(draft.state.trimmed()),
                            QStringLiteral("state"), QStringLiteral("complaint.state"));
    if (auto pin = normalisePinCode(draft.pinCode); pin.ok())
        c.customer.pinCode = pin.value();
    else
        errors << pin.error();

    // Call type from master data.
    const QList<CallType> types = ServiceMasterStore(m_db).callTypes();
    if (types.isEmpty()) {
        errors << makeError(tr("No call types are known on this station yet: pull master data first."),
                            QStringLiteral("call_type"), QStringLiteral("complaint.no_call_types"));
    } else if (const auto type = findCallType(types, draft.callType)) {
        c.callType = type->code;
    } else {
        QStringList names;
        for (const CallType &t : types)
            names << t.name;
        errors << makeError(draft.callType.trimmed().isEmpty()
                                ? tr("Choose a call type: %1.").arg(names.join(QStringLiteral(", ")))
                                : tr("Call type %1 is not known: choose one of %2.")
                                      .arg(draft.callType.trimmed(), names.join(QStringLiteral(", "))),
                            QStringLiteral("call_type"), QStringLiteral("complaint.call_type"));
    }

    // Serial: nomenclature, then the register; the model comes from the serial's product.
    auto check = checkSerial(actor, draft.serial);
    if (!check.ok()) {
        errors << check.error();
    } else {
        serial = check.value();
        c.serial = check->serial;
        c.productCode = check->productCode;
        const QString overrideReason = draft.serialOverrideReason.simplified();
        if (check->needsOverride) {
            if (overrideReason.isEmpty())
                errors << makeError(check->warning, QStringLiteral("serial"),
                                    QStringLiteral("complaint.serial_not_dispatched"));
            else if (Status s = require(actor, Permission::OverrideSerialCheck); !s)
                errors << makeError(s.error().message, QStringLiteral("override_reason"), s.error().code);
            else
                c.serialOverrideReason = overrideReason;
        }

        // Model: derived from the serial's product; chosen when the product has several.
        const QString model = draft.model.trimmed().toUpper();
        if (check->models.isEmpty()) {
            errors << makeError(tr("Product %1 has no models in master data: pull master data, or ask the new CRM's "
                                   "admin to add its models.")
                                    .arg(c.productCode),
                                QStringLiteral("model"), QStringLiteral("complaint.no_models"));
        } else if (model.isEmpty()) {
            if (check->models.size() > 1)
                errors << makeError(tr("Serial %1 is a %2, which comes as %3: choose the model.")
                                        .arg(c.serial, c.productCode, check->models.join(QStringLiteral(", "))),
                                    QStringLiteral("model"), QStringLiteral("complaint.model_choose"));
            else
                c.model = check->models.first();
        } else if (!containsCaseInsensitive(check->models, model)) {
            errors << makeError(tr("Model %1 is not a model of product %2 (serial %3): choose one of %4.")
                                    .arg(model, c.productCode, c.serial, check->models.join(QStringLiteral(", "))),
                                QStringLiteral("model"), QStringLiteral("complaint.model_product"));
        } else {
            for (const QString &m : check->models) {
                if (m.compare(model, Qt::CaseInsensitive) == 0)
                    c.model = m;
            }
        }
    }

    // Where the model is sold and serviced.
    if (!c.model.isEmpty()) {
        const auto region = ServiceMasterStore(m_db).modelRegion(c.model);
        if (!region)
            errors << makeError(tr("Master data does not say where model %1 is serviced: pull master data, or ask "
                                   "the new CRM's admin to add its region.")
                                    .arg(c.model),
                                QStringLiteral("model"), QStringLiteral("complaint.model_region_unknown"));
        else if (!c.customer.state.isEmpty() && !region->states.isEmpty() &&
                 !containsCaseInsensitive(region->states, c.customer.state))
            errors << makeError(
                tr("Model %1 is not sold or serviced in %2: it is serviced only in %3.")
                    .arg(c.model, stateTitle(c.customer.state), region->states.join(QStringLiteral(", "))),
                QStringLiteral("state"), QStringLiteral("complaint.model_state"));
        else if (!c.customer.city.isEmpty() && !region->cities.isEmpty() &&
                 !containsCaseInsensitive(region->cities, c.customer.city))
            errors << makeError(tr("Model %1 is not sold or serviced in %2: it is serviced only in %3.")
                                    .arg(c.model, c.customer.city, region->cities.join(QStringLiteral(", "))),
                                QStringLiteral("city"), QStringLiteral("complaint.model_city"));
    }

    // Technician (optional at registration).
    const QString technician = draft.technicianCode.trimmed().toUpper();
    if (!technician.isEmpty()) {
        const auto t = MasterDataStore(m_db).technician(technician);
        if (!t)
            errors << makeError(tr("Technician %1 is not known: check the code, or pull master data.").arg(technician),
                                QStringLiteral("technician_code"), QStringLiteral("complaint.technician_unknown"));
        else if (!t->active)
            errors << makeError(
                tr("Technician %1 (%2) is inactive: assign an active technician.").arg(technician, t->name),
                QStringLiteral("technician_code"), QStringLiteral("complaint.technician_inactive"));
    }
    c.technicianCode = technician;
    c.status = technician.isEmpty() ? ComplaintStatus::Open : ComplaintStatus::Assigned;
    c.description = draft.description.trimmed();
    return errors;
}

Result<Complaint> ComplaintService::registerComplaint(const Actor &actor, const ComplaintDraft &draft)
{
    Complaint c;
    Status written = m_actions.run(actor, Permission::RegisterComplaint, [&](ActionContext &ctx) -> Status {
        SerialCheck serial;
        if (const QList<Error> errors = validate(actor, draft, c, serial); !errors.isEmpty())
            return errors.first();
        MasterDataStore master(m_db);

        auto station = DocumentNumbers::stationNumber(m_settings);
        if (!station.ok())
            return station.error();
        const QDateTime now = ctx.now();
        c.createdAt = now.toString(Qt::ISODate);
        c.updatedAt = c.createdAt;
        c.createdMs = now.toMSecsSinceEpoch();
        c.operatorCode = actor.operatorCode;
        c.stationId = actor.stationId;
        const auto product = master.productByCode(c.productCode);

        auto number = DocumentNumbers(m_db).next(QStringLiteral("CMP"), now.date(), *station);
        if (!number.ok())
            return number.error();
        c.number = number.value();
        if (Status s = CustomerStore(m_db).upsertCustomer(c.customer, c.createdAt); !s)
            return s;
        if (Status s = ComplaintStore(m_db).insertComplaint(c); !s)
            return s;
        if (Status s = ComplaintStore(m_db).insertCallUpdate(
                CallUpdate{0, c.number, QString(), complaintStatusName(c.status), tr("Registered"),
                           QStringLiteral("local"), c.createdAt, actor.operatorCode, actor.stationId});
            !s)
            return s;
        if (!c.serialOverrideReason.isEmpty()) {
            if (Status s = ctx.audit(
                    QStringLiteral("complaint.serial_override"), c.number,
                    QStringLiteral("serial %1 (register: %2): %3")
                        .arg(c.serial,
                             serial.registerState.isEmpty() ? QStringLiteral("unknown") : serial.registerState,
                             c.serialOverrideReason));
                !s)
                return s;
        }
        if (Status s =
                ctx.audit(QStringLiteral("complaint.register"), c.number,
                          QStringLiteral("%1 %2 %3 customer %4").arg(c.callType, c.serial, c.model, c.customer.code));
            !s)
            return s;
        return statusOf(ctx.queue(events::complaintRegistered(c, product ? product->id : QString(), now)));
    });
    if (!written)
        return written.error();
    return c;
}

Result<Complaint> ComplaintService::loadComplaint(const QString &number) const
{
    const QString n = number.trimmed().toUpper();
    auto found = ComplaintStore(m_db).complaint(n);
    if (!found.ok())
        return found.error();
    if (!found.value())
        return makeError(tr("No complaint %1 on this station: check the number.").arg(n), QStringLiteral("complaint"),
                         QStringLiteral("complaint.unknown"));
    return *found.value();
}

Error ComplaintService::conflict(const QString &number, ComplaintStatus seen) const
{
    QString now = tr("changed");
    QString by;
    QString at;
    if (auto current = ComplaintStore(m_db).complaint(number); current.ok() && current.value()) {
        now = complaintStatusTitle(current.value()->status).toLower();
        // The last call update that moved it there says who and when.
        if (auto updates = ComplaintStore(m_db).callUpdates(number); updates.ok()) {
            for (auto it = updates->crbegin(); it != updates->crend(); ++it) {
                if (it->toStatus == complaintStatusName(current.value()->status) && it->fromStatus != it->toStatus) {
                    by = it->source == u"crm" ? tr("the new CRM") : it->operatorCode;
                    at = it->at;
                    break;
                }
            }
        }
    }
    const QString message =
        by.isEmpty() ? tr("%1 is no longer %2: it was already moved to %3; reload it and try again.")
                           .arg(number, complaintStatusTitle(seen).toLower(), now)
                     : tr("%1 was already moved to %2 by %3 at %4; reload it and try again.").arg(number, now, by, at);
    return makeError(message, QStringLiteral("status"), QStringLiteral("complaint.conflict"));
}

Result<Complaint> ComplaintService::update(const Actor &actor, const QString &number, const ComplaintChange &change)
{
    Complaint c;
    Status written = m_actions.run(actor, Permission::UpdateComplaint, [&](ActionContext &ctx) -> Status {
        auto loaded = loadComplaint(number);
        if (!loaded.ok())
            return loaded.error();
        c = loaded.value();
        // The status the user was looking at: if it moved since (the new CRM's decision pulled meanwhile, another
        // desk), their update was written against a view that is gone.
        if (change.expected && *change.expected != c.status)
            return conflict(c.number, *change.expected);
        const QString notes = change.notes.trimmed();
        if (Status s = validateCallNotes(notes); !s)
            return s.error();
        if (isTerminal(c.status))
            return makeError(tr("Complaint %1 is %2: it cannot be updated any more.")
                                 .arg(c.number, complaintStatusTitle(c.status).toLower()),
                             QStringLiteral("status"), QStringLiteral("complaint.terminal"));
        const ComplaintStatus from = c.status;
        if (change.status && *change.status != from) {
            const ComplaintStatus to = *change.status;
            const QList<ComplaintStatus> next = allowedNext(from);
            if (!next.contains(to)) {
                QStringList names;
                for (ComplaintStatus s : next)
                    names << complaintStatusTitle(s);
                return makeError(tr("Complaint %1 is %2 and cannot go to %3: from %2 it can go to %4.")
                                     .arg(c.number, complaintStatusTitle(from), complaintStatusTitle(to),
                                          names.join(QStringLiteral(", "))),
                                 QStringLiteral("status"), QStringLiteral("complaint.transition"));
            }
            if (to == ComplaintStatus::Assigned && c.technicianCode.isEmpty())
                return makeError(
                    tr("Complaint %1 has no technician: set the technician code before assigning it.").arg(c.number),
                    QStringLiteral("technician_code"), QStringLiteral("complaint.no_technician"));
            if (to == ComplaintStatus::Resolved || to == ComplaintStatus::Closed || to == ComplaintStatus::Cancelled) {
                auto open = PartRequestStore(m_db).openPartRequestCount(c.number);
                if (!open.ok())
                    return open.error();
                if (open.value() > 0)
                    return makeError(tr("Complaint %1 cannot be %2 while %3 part request(s) are open: wait for the "
                                        "decision, consume the parts, or have the request rejected first.")
                                         .arg(c.number, complaintStatusTitle(to).toLower())
                                         .arg(open.value()),
                                     QStringLiteral("status"), QStringLiteral("complaint.open_part_request"));
            }
            c.status = to;
        }
        const QDateTime now = ctx.now();
        c.updatedAt = now.toString(Qt::ISODate);
        // Checked by the write itself: a status changed since it was read (the new CRM's, pulled meanwhile) wins.
        auto moved = ComplaintStore(m_db).updateComplaintStatus(c.number, from, c.status, c.updatedAt);
        if (!moved.ok())
            return moved.error();
        if (!moved.value())
            return conflict(c.number, from);
        if (Status s = ComplaintStore(m_db).insertCallUpdate(
                CallUpdate{0, c.number, complaintStatusName(from), complaintStatusName(c.status), notes,
                           QStringLiteral("local"), c.updatedAt, actor.operatorCode, actor.stationId});
            !s)
            return s;
        if (Status s =
                ctx.audit(QStringLiteral("complaint.update"), c.number,
                          QStringLiteral("%1 → %2").arg(complaintStatusName(from), complaintStatusName(c.status)));
            !s)
            return s;
        return statusOf(ctx.queue(
            events::complaintUpdated(c, QStringLiteral("CALL_UPDATE"), complaintStatusName(from), notes, now)));
    });
    if (!written)
        return written.error();
    return c;
}

Result<Complaint> ComplaintService::setCodes(const Actor &actor, const QString &number, const QString &technicianCode,
                                             const QString &customerCode)
{
    Complaint c;
    Status written = m_actions.run(actor, Permission::EditComplaintCodes, [&](ActionContext &ctx) -> Status {
        auto loaded = loadComplaint(number);
        if (!loaded.ok())
            return loaded.error();
        c = loaded.value();
        if (isTerminal(c.status))
            return makeError(tr("Complaint %1 is %2: its codes can no longer change.")
                                 .arg(c.number, complaintStatusTitle(c.status).toLower()),
                             QStringLiteral("status"), QStringLiteral("complaint.terminal"));
        const QString technician = technicianCode.trimmed().toUpper();
        if (!technician.isEmpty() && technician != c.technicianCode) {
            const auto t = MasterDataStore(m_db).technician(technician);
            if (!t)
                return makeError(tr("Technician %1 is not known: check the code, or pull master data.").arg(technician),
                                 QStringLiteral("technician_code"), QStringLiteral("complaint.technician_unknown"));
            if (!t->active)
                return makeError(
                    tr("Technician %1 (%2) is inactive: assign an active technician.").arg(technician, t->name),
                    QStringLiteral("technician_code"), QStringLiteral("complaint.technician_inactive"));
            c.technicianCode = technician;
        }
        const QString customer = customerCode.trimmed().toUpper();
        if (!customer.isEmpty() && customer != c.customer.code) {
            if (Status s = validateCustomerCode(customer); !s)
                return s.error();
            // A known customer brings their name and phone; otherwise the registered ones move to the new code.
            if (const auto known = CustomerStore(m_db).customer(customer)) {
                c.customer.name = known->name;
                c.customer.phone = known->phone;
            }
            c.customer.code = customer;
        }
        if (c.technicianCode == loaded->technicianCode && c.customer.code == loaded->customer.code)
            return makeError(tr("Nothing to change: give a different technician code or customer code."),
                             QStringLiteral("technician_code"), QStringLiteral("complaint.codes_unchanged"));
        const ComplaintStatus from = c.status;
        if (c.status == ComplaintStatus::Open && !c.technicianCode.isEmpty())
            c.status = ComplaintStatus::Assigned;
        const QDateTime now = ctx.now();
        c.updatedAt = now.toString(Qt::ISODate);
        const QString remarks =
            QStringLiteral("technician %1 → %2, customer %3 → %4")
                .arg(loaded->technicianCode, c.technicianCode, loaded->customer.code, c.customer.code);
        auto moved = ComplaintStore(m_db).updateComplaintStatus(c.number, from, c.status, c.updatedAt);
        if (!moved.ok())
            return moved.error();
        if (!moved.value())
            return conflict(c.number, from);
        if (Status s = ComplaintStore(m_db).updateComplaintCodes(c.number, c.technicianCode, c.customer, c.updatedAt);
            !s)
            return s;
        if (Status s = ComplaintStore(m_db).insertCallUpdate(
                CallUpdate{0, c.number, complaintStatusName(from), complaintStatusName(c.status), remarks,
                           QStringLiteral("local"), c.updatedAt, actor.operatorCode, actor.stationId});
            !s)
            return s;
        if (Status s = ctx.audit(QStringLiteral("complaint.codes"), c.number, remarks); !s)
            return s;
        return statusOf(ctx.queue(
            events::complaintUpdated(c, QStringLiteral("CODES_UPDATE"), complaintStatusName(from), remarks, now)));
    });
    if (!written)
        return written.error();
    return c;
}

Result<ComplaintPage> ComplaintService::list(const Actor &actor, const ComplaintFilter &filter) const
{
    if (Status s = require(actor, Permission::UpdateComplaint); !s)
        return s.error();
    ComplaintFilter f = filter;
    f.serial = f.serial.trimmed().toUpper();
    f.numberPrefix = f.numberPrefix.trimmed().toUpper();
    f.technicianCode = f.technicianCode.trimmed().toUpper();
    f.customerCode = f.customerCode.trimmed().toUpper();
    if (!f.callType.isEmpty()) {
        if (const auto type = findCallType(ServiceMasterStore(m_db).callTypes(), f.callType))
            f.callType = type->code;
        else
            f.callType = f.callType.trimmed().toUpper();
    }
    return ComplaintStore(m_db).complaints(f);
}

Result<qint64> ComplaintService::count(const Actor &actor, const ComplaintFilter &filter) const
{
    if (Status s = require(actor, Permission::UpdateComplaint); !s)
        return s.error();
    return ComplaintStore(m_db).countComplaints(filter);
}

Result<ComplaintDetails> ComplaintService::details(const Actor &actor, const QString &number) const
{
    if (Status s = require(actor, Permission::UpdateComplaint); !s)
        return s.error();
    auto loaded = loadComplaint(number);
    if (!loaded.ok())
        return loaded.error();
    ComplaintDetails d;
    d.complaint = loaded.value();
    auto updates = ComplaintStore(m_db).callUpdates(d.complaint.number);
    if (!updates.ok())
        return updates.error();
    d.updates = updates.value();
    auto requests = PartRequestStore(m_db).partRequestsFor(d.complaint.number);
    if (!requests.ok())
        return requests.error();
    d.partRequests = requests.value();
    for (const PartRequest &r : d.partRequests) {
        auto approvals = PartRequestStore(m_db).approvals(r.number);
        if (!approvals.ok())
            return approvals.error();
        d.approvals += approvals.value();
    }
    auto returns = ReturnOrderStore(m_db).returnOrdersFor(d.complaint.number);
    if (!returns.ok())
        return returns.error();
    d.returnOrders = returns.value();
    return d;
}

Result<ComplaintDetails> ComplaintService::track(const Actor &actor, const QString &number, const QString &serial) const
{
    if (Status s = require(actor, Permission::UpdateComplaint); !s)
        return s.error();
    if (number.trimmed().isEmpty())
        return makeError(tr("Enter the complaint number."), QStringLiteral("complaint"),
                         QStringLiteral("complaint.track_number_empty"));
    if (serial.trimmed().isEmpty())
        return makeError(tr("Enter the unit's serial number as well: a complaint is only shown to someone who has "
                            "both."),
                         QStringLiteral("serial"), QStringLiteral("complaint.track_serial_empty"));
    // The same answer whether the number is unknown or the serial is wrong: tracking reveals nothing to a guess.
    const Error mismatch = makeError(tr("No complaint matches that complaint number and serial number: check both."),
                                     QStringLiteral("serial"), QStringLiteral("complaint.track_mismatch"));
    auto found = ComplaintStore(m_db).complaint(number.trimmed().toUpper());
    if (!found.ok())
        return found.error();
    if (!found.value() || found.value()->serial != serial.trimmed().toUpper())
        return mismatch;
    return details(actor, found.value()->number);
}

} // namespace fb
