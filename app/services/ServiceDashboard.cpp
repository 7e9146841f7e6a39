#include "app/services/ServiceDashboard.h"

#include "app/storage/ComplaintStore.h"

namespace fb {

ServiceDashboard::ServiceDashboard(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{}

Result<ServiceCounts> ServiceDashboard::snapshot(const Actor &actor) const
{
    if (Status s = require(actor, Permission::UpdateComplaint); !s)
        return s.error();
    return ComplaintStore(m_db).counts(m_clock.now());
}

} // namespace fb
