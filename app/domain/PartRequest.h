#pragma once
// A part request against a complaint: its lines, its status from the supervisor's decision to the part's consumption,
// the documents each part update carried, and the approvals that decided it.

#include "app/domain/Document.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace fb {

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

} // namespace fb
