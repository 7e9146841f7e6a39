#pragma once
// The service dashboard's figures: open complaints by status and call type, pending approvals, ageing.

#include "app/core/Clock.h"
#include "app/core/Result.h"
#include "app/domain/Actor.h"
#include "app/domain/Complaint.h"

namespace fb {

class Database;

class ServiceDashboard
{
public:
    ServiceDashboard(Database &db, const Clock &clock);
    // Permission UpdateComplaint. Ageing buckets count open complaints by whole days since registration: 0–2, 3–7,
    // over 7.
    Result<ServiceCounts> snapshot(const Actor &actor) const;

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace fb
