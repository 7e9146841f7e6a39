#pragma once
// A complaint on the service desk: its customer, its status (with the names the CRM and the database use), the call
// updates that moved it, and how the desk asks for and counts complaints.

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace fb {

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

// The service dashboard's figures.
struct ServiceCounts
{
    QMap<QString, int> openByStatus;   // status name → open complaints
    QMap<QString, int> openByCallType; // call type code → open complaints
    int pendingApprovals = 0;
    int ageing0to2 = 0; // open complaints by age in days since registration
    int ageing3to7 = 0;
    int ageingOver7 = 0;
};

} // namespace fb
