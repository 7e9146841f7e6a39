#pragma once
// SQL for complaints and their call updates, the complaint list's filtered pages and the service dashboard's counts.
// Services own the rules; writes run inside the caller's Database::write().

#include "app/core/Result.h"
#include "app/domain/Complaint.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace fb {

class Database;

class ComplaintStore
{
public:
    explicit ComplaintStore(Database &db);

    Status insertComplaint(const Complaint &complaint);
    // Compare-and-set: the status changes only while it is still `expected`; false when someone else (a call update
    // elsewhere, a status pulled from the new CRM) changed it first, and then nothing was written.
    Result<bool> updateComplaintStatus(const QString &number, ComplaintStatus expected, ComplaintStatus status,
                                       const QString &at);
    Status updateComplaintCodes(const QString &number, const QString &technicianCode, const Customer &customer,
                                const QString &at);
    Status setComplaintCrmStatus(const QString &number, const QString &crmStatus, const QString &at);
    Result<std::optional<Complaint>> complaint(const QString &number) const;
    Result<ComplaintPage> complaints(const ComplaintFilter &filter) const;
    Result<qint64> countComplaints(const ComplaintFilter &filter) const;

    Status insertCallUpdate(const CallUpdate &update);
    Result<QList<CallUpdate>> callUpdates(const QString &complaintNumber) const;

    // Open complaints by status, call type and age, and the part requests waiting for a supervisor.
    Result<ServiceCounts> counts(const QDateTime &now) const;

private:
    Database &m_db;
};

} // namespace fb
