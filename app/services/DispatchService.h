#pragma once
// Stage 3 dispatch: the form's rules (every field, as it is typed), scanning units out of a warehouse into a draft
// that survives a crash, submitting it (DO-… number, serials DISPATCHED, both CRMs queued with seed 000's Stage 3
// body), the delivery challan's data, and cancelling a dispatch. docs/dispatch.md lists every rule and message.

#include "app/core/BrandCalendar.h"
#include "app/core/Clock.h"
#include "app/core/Result.h"
#include "app/domain/Actor.h"
#include "app/services/ActionPipeline.h"
#include "app/storage/DispatchStore.h"
#include "app/storage/MasterDataStore.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace fb {

class Database;
class SettingsStore;

// One finding about one form field: an error blocks submit, a warning (GSTIN state ≠ bill-to state) does not.
struct FieldProblem
{
    QString field; // "gstin", "vehicle_no", "dispatch_datetime", "serials" … (docs/dispatch.md)
    QString message;
    QString code;
    bool warning = false;
};

struct FormCheck
{
    QList<FieldProblem> problems;
    bool ok() const; // no errors (warnings allowed)
    // The error for the field, else its warning; nullopt when the field is fine.
    std::optional<FieldProblem> problemFor(const QString &field) const;
    QString messageFor(const QString &field) const { return problemFor(field).value_or(FieldProblem{}).message; }
    std::optional<FieldProblem> firstError() const;
};

// Scanned units of one product against what the order asks for.
struct ProductCount
{
    QString productCode;
    QString productName;
    int scanned = 0;
    int ordered = -1; // -1: the order lists no quantity for it
};

struct DispatchDraft
{
    DispatchRecord record;
    QList<DispatchLine> lines;
};

struct SubmitOutcome
{
    QString requestId; // DO-YYYY-MM-DD-NNNN
    QString eventId;
    int serials = 0;
    QJsonObject payload; // the dispatch.submitted body, as queued for both CRMs
};

struct CancelOutcome
{
    QString requestId;
    bool reachedCrm = false; // true: the dispatch may have reached a CRM, and a dispatch.cancelled event goes to it
    QList<Crm> told;         // the CRMs the cancellation is queued for (those the dispatch may have reached)
    int discardedRows = 0;   // dispatch rows that had never left the station, dropped
    QStringList serials;     // back IN_STOCK
};

struct ChallanLine
{
    int seq = 0;
    QString serial;
    QString productCode;
    QString productName;
};

// Everything printed on a delivery challan (ui/dispatch/ChallanRenderer lays it out).
struct Challan
{
    QString requestId;
    QString state; // "SUBMITTED" or "CANCELLED"
    QString submittedAt;
    QString cancelledAt;
    QString cancelReason;
    QString warehouseCode;
    QString warehouseName;
    QString warehousePlace; // "Pune, MH"
    QString distributorName;
    QString partyName;
    DispatchForm form;       // normalised values (GSTIN uppercase, e-way bill digits, vehicle without spaces)
    QString ewayBillGrouped; // "3210 9988 7766", empty when none
    qint64 consignmentPaise = 0;
    QList<ChallanLine> lines;
    QList<ProductCount> counts;
    QString operatorCode;
    QString stationId;
    QString printedAt;
};

class DispatchService
{
    Q_DECLARE_TR_FUNCTIONS(fb::DispatchService)

public:
    DispatchService(Database &db, SettingsStore &settings, const Clock &clock);

    // Master data for the form's pickers.
    QList<Warehouse> warehouses() const;
    QList<Party> parties() const;
    QList<Party> distributors() const;
    // Choosing a party fills party, distributor, bill-to (name, code, GSTIN, address) and ship-to (its first ship-to
    // address, else the party's own) from master data. nullopt for an unknown party.
    std::optional<DispatchForm> prefillFromParty(const DispatchForm &form, const QString &partyCode) const;

    // Every field's rules, for showing beside the fields as they are typed. draftId (0 for none) supplies the
    // scanned units: the consignment value (e-way bill rule), the inward times (dispatch date-time rule) and the
    // counts against the order.
    FormCheck check(qint64 draftId, const DispatchForm &form) const;
    // The form with each valid field in its stored form (GSTIN uppercase, e-way bill digits, vehicle number without
    // spaces, date-time ISO 8601 with offset); fields that do not pass are left as typed.
    DispatchForm normalised(const DispatchForm &form) const;

    // Drafts: every accepted scan is committed at once.
    Result<std::optional<qint64>> openDraft(const Actor &actor) const; // the operator's unfinished dispatch here
    Result<qint64> createDraft(const Actor &actor, const DispatchForm &form);
    Status saveForm(const Actor &actor, qint64 draftId, const DispatchForm &form);
    Result<DispatchDraft> draft(const Actor &actor, qint64 draftId) const;
    Result<DispatchLine> scan(const Actor &actor, qint64 draftId, const QString &raw, const QString &source);
    Status removeLine(const Actor &actor, qint64 draftId, const QString &serial);
    Status abandon(const Actor &actor, qint64 draftId);
    Result<QList<ProductCount>> counts(qint64 draftId, const QList<OrderQuantity> &ordered) const;
    Result<qint64> consignmentValuePaise(qint64 draftId) const;

    // All rules checked again, then in one transaction: DO number, serials DISPATCHED, audit, one outbox row per CRM.
    Result<SubmitOutcome> submit(const Actor &actor, qint64 draftId, const DispatchForm &form);
    // Supervisor. Before any CRM got it: the unsent rows are dropped. After: dispatch.cancelled to both CRMs. Either
    // way the serials go back IN_STOCK in the warehouse they left.
    Result<CancelOutcome> cancel(const Actor &actor, const QString &requestId, const QString &reason);

    Result<Challan> challan(const Actor &actor, const QString &requestId) const;
    // The audit entry for a printed or saved challan (where: printer name or file path).
    Status noteChallanOutput(const Actor &actor, const QString &requestId, const QString &where);
    Result<QList<DispatchRecord>> recent(const Actor &actor, int limit = 50) const;

    // Settings: `dispatch.eway_threshold_paise` (default 5,000,000 = ₹50,000), `dispatch.future_tolerance_minutes`
    // (default 10), `crm.source` (default "mobile_app").
    qint64 ewayThresholdPaise() const;
    int futureToleranceMinutes() const;
    // Now on the brand's clock (setting brand.timezone): what the dispatch date-time field starts with, and how a
    // date-time typed without an offset is read.
    QDateTime now() const { return m_clock.now(); }

    // ORDER.json for floorbridge-ctl: seed 000's dispatch_order fields (or a whole Stage 3 body), optionally
    // "warehouse_code" and "quantities": [{"product_code", "quantity"}].
    static DispatchForm formFromJson(const QJsonObject &order);
    // ₹50,000 / ₹1,23,456.50 (Indian grouping).
    static QString formatRupees(qint64 paise);
    static QString groupEwayBill(const QString &digits); // "321099887766" → "3210 9988 7766"

private:
    std::optional<QDateTime> parseDateTime(const QString &text) const;
    Result<DispatchRecord> openRecord(qint64 draftId) const;
    Status checkSerialOut(const QString &serial, const QString &warehouseCode, qint64 draftId) const;
    // Seed 000's Stage 3 body; refused when a line's product is not in master data (no "product_id": "").
    Result<QJsonObject> buildPayload(const QString &requestId, const QDateTime &at, const DispatchForm &form,
                                     const QList<DispatchLine> &lines) const;

    Database &m_db;
    SettingsStore &m_settings;
    BrandClock m_clock; // the injected clock on the brand's calendar
    ActionPipeline m_actions;
};

} // namespace fb
