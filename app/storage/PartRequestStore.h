#pragma once
// SQL for part requests: the request and its lines, the part serials on them, the supervisors' approvals and the
// documents each part update was linked to. Writes run inside the caller's Database::write().

#include "app/core/Result.h"
#include "app/domain/PartRequest.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace fb {

class Database;

class PartRequestStore
{
public:
    explicit PartRequestStore(Database &db);

    Status insertPartRequest(const PartRequest &request);
    // Status changes are compare-and-set: the row changes only while it is still `expected`. false: someone else
    // (another supervisor, a decision pulled from the new CRM) changed it first, and nothing was written.
    Result<bool> updatePartRequestStatus(const QString &number, PartRequestStatus expected, PartRequestStatus status,
                                         const QString &at);
    Result<bool> setPartRequestDecision(const QString &number, PartRequestStatus expected, PartRequestStatus status,
                                        const QString &reason, const QString &by, const QString &source,
                                        const QString &at);
    Result<std::optional<PartRequest>> partRequest(const QString &number) const;
    Result<QList<PartRequest>> partRequestsFor(const QString &complaintNumber) const;
    Result<QList<PartRequest>> partRequestsIn(PartRequestStatus status, int limit = 500) const;
    Result<int> openPartRequestCount(const QString &complaintNumber) const;
    // Part serials already on another open or consumed request line (a physical part cannot be issued twice).
    Result<QStringList> partSerialsInUse(const QStringList &serials, const QString &exceptRequest = {}) const;

    Status insertApproval(const Approval &approval);
    Result<QList<Approval>> approvals(const QString &partRequestNumber) const;

    // A stored document (DocumentStore) attached to a part update.
    Status linkDocument(const PartDocument &link);

private:
    Result<QList<PartRequestLine>> linesOf(const QString &number) const;
    Database &m_db;
};

} // namespace fb
