#pragma once
// Registering, updating, listing and tracking service complaints. Every rule of the service desk's complaint
// workflow lives here (docs/service.md): the serial against the nomenclature and the serial register, the model
// against where it is sold (state or city), call types and technicians from master data, status transitions.
// Each action, its audit entry and its outbox rows (both CRMs, ordering key = the complaint number) are one
// transaction.

#include "app/core/BrandCalendar.h"
#include "app/core/Clock.h"
#include "app/core/Result.h"
#include "app/domain/Actor.h"
#include "app/domain/Complaint.h"
#include "app/domain/PartRequest.h"
#include "app/domain/ReturnOrder.h"
#include "app/domain/ServiceMasterData.h"
#include "app/services/ActionPipeline.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace fb {

class Database;
class SettingsStore;

struct ComplaintDraft
{
    QString customerCode; // 3–20 letters, digits or '-' (uppercased)
    QString customerName;
    QString phone;          // Indian mobile number, any usual spelling (+91 …)
    QString city;           // as master data spells it ("Pune"); compared case-insensitively
    QString state;          // "MH", "Maharashtra" or "27"
    QString pinCode;        // 6 digits
    QString serial;         // the unit's serial, scanned or typed
    QString model;          // optional when the serial's product has one model; else one of the product's models
    QString callType;       // a call-type code from master data ("PRE_SALE"); the name ("Pre-sale") is accepted too
    QString technicianCode; // optional: with one the complaint starts ASSIGNED, without it OPEN
    QString description;
    QString serialOverrideReason; // supervisor only: accept a serial the register has never dispatched
};

// What the register form shows as soon as a serial is scanned, before the rest is filled in.
struct SerialCheck
{
    QString serial; // normalised
    QString productCode;
    QString productName;
    QStringList models;         // the product's models (choose one when there are several)
    QString registerState;      // "DISPATCHED", "IN_STOCK", … or empty when the register has never seen it
    bool needsOverride = false; // never dispatched: refused unless a supervisor overrides with a reason
    QString warning;            // the message to show when needsOverride
};

struct ComplaintChange
{
    std::optional<ComplaintStatus> status;                  // nullopt: a visit note only
    QString notes;                                          // required for every call update
    std::optional<ComplaintStatus> expected = std::nullopt; // the status the user saw; moved since: refused
};

struct ComplaintDetails
{
    Complaint complaint;
    QList<CallUpdate> updates;
    QList<PartRequest> partRequests; // with their documents
    QList<Approval> approvals;       // of all its part requests, oldest first
    QList<ReturnOrder> returnOrders;
};

class ComplaintService
{
    Q_DECLARE_TR_FUNCTIONS(fb::ComplaintService)

public:
    ComplaintService(Database &db, SettingsStore &settings, const Clock &clock);

    // Permission RegisterComplaint; the override needs OverrideSerialCheck. Error::field names the form field
    // ("serial", "model", "state", "city", "call_type", "technician_code", "customer_code", "phone", "pin_code",
    // "customer_name", "override_reason") and Error::code is stable (docs/service.md lists them all).
    Result<Complaint> registerComplaint(const Actor &actor, const ComplaintDraft &draft);
    // Every field's problem with the draft at once, for a form to show beside each field before it registers; the
    // first is the refusal registerComplaint would give. Empty when the draft would be accepted (permission apart).
    QList<Error> check(const Actor &actor, const ComplaintDraft &draft) const;
    // The serial part of registration on its own, for the form (permission RegisterComplaint).
    Result<SerialCheck> checkSerial(const Actor &actor, const QString &serial) const;

    // A call update: notes (required) and optionally a status transition (permission UpdateComplaint).
    // Refused: an arrow the workflow does not have (code "complaint.transition"), RESOLVED/CLOSED/CANCELLED while a
    // part request is open ("complaint.open_part_request").
    Result<Complaint> update(const Actor &actor, const QString &number, const ComplaintChange &change);

    // Technician and customer codes after registration: permission EditComplaintCodes (supervisor, admin). An empty
    // value keeps the current one. The customer's other fields stay as registered.
    Result<Complaint> setCodes(const Actor &actor, const QString &number, const QString &technicianCode,
                               const QString &customerCode);

    // Reading complaints needs UpdateComplaint (technician, supervisor, admin: customer data is not for the warehouse).
    // Newest first, keyset paging (stays fast on 100,000 complaints).
    Result<ComplaintPage> list(const Actor &actor, const ComplaintFilter &filter) const;
    Result<qint64> count(const Actor &actor, const ComplaintFilter &filter) const;
    Result<ComplaintDetails> details(const Actor &actor, const QString &number) const;

    // Track: the complaint number AND the unit's serial must both match; anything else is the same refusal
    // ("complaint.track_mismatch"), which says nothing about whether the number exists.
    Result<ComplaintDetails> track(const Actor &actor, const QString &number, const QString &serial) const;

    // The statuses a complaint may move to from `from` (the form's choices).
    static QList<ComplaintStatus> allowedNext(ComplaintStatus from);
    static Status validateCustomerCode(const QString &code);
    // A call update's notes (required), for the form to say so before it is saved.
    static Status validateCallNotes(const QString &notes);
    QList<CallType> callTypes() const;

private:
    Result<Complaint> loadComplaint(const QString &number) const;
    // "CMP-… was already moved to Closed by the new CRM at …; reload": the complaint is no longer `seen`.
    Error conflict(const QString &number, ComplaintStatus seen) const;
    QList<Error> validate(const Actor &actor, const ComplaintDraft &draft, Complaint &c, SerialCheck &serial) const;
    Database &m_db;
    SettingsStore &m_settings;
    BrandClock m_clock; // the injected clock on the brand's calendar
    ActionPipeline m_actions;
};

} // namespace fb
