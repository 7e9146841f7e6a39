#pragma once
// The service desk's records and their SQL: service master data (call types, parts, model regions), customers,
// complaints, call updates, part requests, approvals, documents and return orders. Services own the rules; this
// file only reads and writes rows (writes inside the caller's Database::write()).

#include "app/core/Result.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace fb {

class Database;

// --- Service master data (pulled from the new CRM: call-types, parts, model-regions) -----------------------------

struct CallType
{
    QString code; // "INSTALLATION", "REPAIR", "PRE_SALE", "INSPECTION"
    QString name; // "Pre-sale"
    QString updatedAt;
};

struct Part
{
    QString code;      // "P-TV-PANEL32"
    QString name;      // "32-inch LED panel"
    QString partClass; // "A", "B" or "C"; class A parts carry serial numbers
    qint64 pricePaise = 0;
    QString serialPattern; // regular expression for part serial numbers; empty = kDefaultPartSerialPattern
    QString updatedAt;
    bool isClassA() const { return partClass == u"A"; }
};
inline constexpr const char *kDefaultPartSerialPattern = "^[A-Z0-9-]{6,20}$";

struct ModelRegion
{
    QString model;      // "CGSTV32-HDX"
    QStringList states; // two-letter state codes; empty = any state
    QStringList cities; // empty = any city in those states
    QString updatedAt;
};

// --- Complaints ----------------------------------------------------------------------------------------------------

// OPEN → ASSIGNED → VISITED → AWAITING_PARTS → RESOLVED → CLOSED, and CANCELLED (docs/service.md has every arrow).
enum class ComplaintStatus { Open, Assigned, Visited, AwaitingParts, Resolved, Closed, Cancelled };
QString complaintStatusName(ComplaintStatus status);                         // "AWAITING_PARTS"
QString complaintStatusTitle(ComplaintStatus status);                        // "Awaiting parts", translated
std::optional<ComplaintStatus> complaintStatusFromName(const QString &name); // case-insensitive, '-' or '_'
const QList<ComplaintStatus> &allComplaintStatuses();
bool isTerminal(ComplaintStatus status); // CLOSED, CANCELLED

struct Customer
{
    QString code;
    QString name;
    QString phone; // 10 digits; never logged
    QString city;
    QString state; // two-letter code
    QString pinCode;
};

struct Complaint
{
    QString number; // CMP-2025-09-25-1001
    Customer customer;
    QString serial;
    QString productCode;
    QString model;
    QString callType;
    QString technicianCode;
    ComplaintStatus status = ComplaintStatus::Open;
    QString description;
    QString serialOverrideReason; // set when a supervisor accepted a serial the register has never dispatched
    QString crmStatus;            // the last status the new CRM reported for it (empty: none)
    QString createdAt;            // ISO 8601 with offset
    QString updatedAt;
    qint64 createdMs = 0;
    QString operatorCode;
    QString stationId;
};

struct CallUpdate
{
    qint64 id = 0;
    QString complaintNumber;
    QString fromStatus;
    QString toStatus; // equal to fromStatus for a visit note without a status change
    QString notes;
    QString source; // "local" or "crm"
    QString at;
    QString operatorCode;
    QString stationId;
};

struct ComplaintFilter
{
    std::optional<ComplaintStatus> status;
    bool openOnly = false; // not CLOSED / CANCELLED
    QString callType;
    QString technicianCode;
    QString serial;       // exact, or a prefix
    QString numberPrefix; // "CMP-2025-09" …
    QString customerCode;
    QDate from; // created on or after (local date)
    QDate to;   // created on or before
    int limit = 100;
    // Keyset paging: newest first; pass the last row's (createdMs, number) to get the next page.
    qint64 beforeCreatedMs = 0; // 0: from the newest
    QString beforeNumber;
};

struct ComplaintPage
{
    QList<Complaint> rows;
    bool hasMore = false;
    qint64 nextBeforeCreatedMs = 0;
    QString nextBeforeNumber;
};

// --- Part requests, approvals, documents --------------------------------------------------------------------------

// PENDING (waiting for a supervisor) → APPROVED | REJECTED; APPROVED → ISSUED → REPLACED → CONSUMED
// (ISSUED → CONSUMED directly too). A request is "open" until REJECTED or CONSUMED.
enum class PartRequestStatus { Pending, Approved, Rejected, Issued, Replaced, Consumed };
QString partRequestStatusName(PartRequestStatus status); // "PENDING"
QString partRequestStatusTitle(PartRequestStatus status);
std::optional<PartRequestStatus> partRequestStatusFromName(const QString &name);
bool isOpen(PartRequestStatus status);

// The part updates that need documents.
enum class PartAction { Issued, Replaced, Consumed };
QString partActionName(PartAction action); // "issued"
std::optional<PartAction> partActionFromName(const QString &name);

struct PartRequestLine
{
    QString partCode;
    QString partName;
    QString partClass;
    int quantity = 1;
    QStringList partSerials; // class A: exactly `quantity` serials
};

struct StoredDocument
{
    QString sha256; // hex, lowercase: the document's identity
    QString mime;   // "image/png", "image/jpeg", "application/pdf"
    qint64 size = 0;
    QString fileName; // the name it was attached under
    QString createdAt;
};

struct PartDocument
{
    QString partRequestNumber;
    QString action; // "issued", …
    StoredDocument document;
    QString at;
    QString operatorCode;
    QString stationId;
};

struct PartRequest
{
    QString number; // PR-2025-09-25-1001
    QString complaintNumber;
    PartRequestStatus status = PartRequestStatus::Pending;
    QList<PartRequestLine> lines;
    QString notes;
    QString decisionReason; // the last approve/reject reason
    QString decidedBy;
    QString decisionSource; // "local" or "crm"
    QString createdAt;
    QString updatedAt;
    QString operatorCode;
    QString stationId;
    QList<PartDocument> documents;
};

enum class SpareDecision { Approve, Reject };
QString spareDecisionName(SpareDecision decision); // "APPROVED" / "REJECTED"

struct Approval
{
    qint64 id = 0;
    QString partRequestNumber;
    QString decision; // "APPROVED" / "REJECTED"
    QString reason;
    QString decidedBy; // operator code, or the CRM user for source "crm"
    QString source;    // "local" or "crm"
    QString at;
    QString operatorCode;
    QString stationId;
};

// --- Return orders ---------------------------------------------------------------------------------------------

enum class ReturnKind { Part, Unit };
QString returnKindName(ReturnKind kind); // "PART" / "UNIT"

struct ReturnLine
{
    ReturnKind kind = ReturnKind::Part;
    QString partCode; // empty for a unit
    QString partClass;
    QString serial; // part serial (class A: mandatory) or the unit's serial
    int quantity = 1;
};

struct ReturnOrder
{
    QString number; // RO-2025-09-25-1001
    QString complaintNumber;
    QString partRequestNumber; // may be empty
    QList<ReturnLine> lines;
    QString reason;
    QString createdAt;
    QString operatorCode;
    QString stationId;
};

// --- Dashboard -------------------------------------------------------------------------------------------------

struct ServiceCounts
{
    QMap<QString, int> openByStatus;   // status name → open complaints
    QMap<QString, int> openByCallType; // call type code → open complaints
    int pendingApprovals = 0;
    int ageing0to2 = 0; // open complaints by age in days since registration
    int ageing3to7 = 0;
    int ageingOver7 = 0;
};

class ServiceStore
{
public:
    explicit ServiceStore(Database &db);

    // Master data. Upserts: call inside Database::write() (or MasterDataStore's batch).
    Status upsert(const CallType &callType);
    Status upsert(const Part &part);
    Status upsert(const ModelRegion &region);
    QList<CallType> callTypes() const;
    std::optional<CallType> callType(const QString &code) const;
    QList<Part> parts() const;
    std::optional<Part> part(const QString &code) const;
    std::optional<ModelRegion> modelRegion(const QString &model) const;

    // Customers and complaints.
    Status upsertCustomer(const Customer &customer, const QString &at);
    std::optional<Customer> customer(const QString &code) const;
    Status insertComplaint(const Complaint &complaint);
    Status updateComplaintStatus(const QString &number, ComplaintStatus status, const QString &at);
    Status updateComplaintCodes(const QString &number, const QString &technicianCode, const Customer &customer,
                                const QString &at);
    Status setComplaintCrmStatus(const QString &number, const QString &crmStatus, const QString &at);
    Result<std::optional<Complaint>> complaint(const QString &number) const;
    Result<ComplaintPage> complaints(const ComplaintFilter &filter) const;
    Result<qint64> countComplaints(const ComplaintFilter &filter) const;
    Status insertCallUpdate(const CallUpdate &update);
    Result<QList<CallUpdate>> callUpdates(const QString &complaintNumber) const;

    // Part requests.
    Status insertPartRequest(const PartRequest &request);
    Status updatePartRequestStatus(const QString &number, PartRequestStatus status, const QString &at);
    Status setPartRequestDecision(const QString &number, PartRequestStatus status, const QString &reason,
                                  const QString &by, const QString &source, const QString &at);
    Result<std::optional<PartRequest>> partRequest(const QString &number) const;
    Result<QList<PartRequest>> partRequestsFor(const QString &complaintNumber) const;
    Result<QList<PartRequest>> partRequestsIn(PartRequestStatus status, int limit = 500) const;
    Result<int> openPartRequestCount(const QString &complaintNumber) const;
    // Part serials already on another open or consumed request line (a physical part cannot be issued twice).
    Result<QStringList> partSerialsInUse(const QStringList &serials, const QString &exceptRequest = {}) const;

    Status insertApproval(const Approval &approval);
    Result<QList<Approval>> approvals(const QString &partRequestNumber) const;

    // Documents (metadata; the bytes are DocumentStore's).
    Status insertDocument(const StoredDocument &document, const QString &path); // ignores a known sha256
    Result<std::optional<StoredDocument>> document(const QString &sha256) const;
    QString documentPath(const QString &sha256) const;
    Status linkDocument(const PartDocument &link);

    // Return orders.
    Status insertReturnOrder(const ReturnOrder &order);
    Result<std::optional<ReturnOrder>> returnOrder(const QString &number) const;
    Result<QList<ReturnOrder>> returnOrdersFor(const QString &complaintNumber) const;
    Result<QStringList> returnedSerials(const QStringList &serials) const;

    Result<ServiceCounts> counts(const QDateTime &now) const;

private:
    Result<QList<PartRequestLine>> linesOf(const QString &number) const;
    Database &m_db;
};

} // namespace fb
