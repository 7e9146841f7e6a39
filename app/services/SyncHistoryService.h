#pragma once
// The Sync page's charts: per CRM, the events waiting and the delivery latency (p50 / p95 per hour) over the last 24
// hours, with hours aligned to the station clock's zone so that the axis reads 13:00, 14:00… Open to every operator,
// like the figures beside them.

#include "app/core/Clock.h"
#include "app/core/Crm.h"
#include "app/core/Result.h"
#include "app/storage/SyncHistoryStore.h"

#include <QDateTime>
#include <QList>

namespace fb {

class Database;

struct CrmHistory
{
    Crm crm = Crm::Legacy;
    QList<BacklogPoint> backlog;  // every kBacklogStepMs from `from`, the last one at `until`
    QList<LatencyBucket> latency; // kHours buckets of an hour from `from`; the last one is the hour under way
};

struct SyncDayHistory
{
    QDateTime from;         // the start of the hour 23 hours before the current one, in the clock's zone
    QDateTime until;        // now
    QList<CrmHistory> crms; // Legacy, then New

    bool anyWaiting() const;   // some event waited at some point of the day
    bool anyDelivered() const; // some attempt was delivered during the day
};

class SyncHistoryService
{
public:
    SyncHistoryService(Database &db, const Clock &clock);

    Result<SyncDayHistory> lastDay() const;

    static constexpr int kHours = 24;
    static constexpr qint64 kHourMs = 3600LL * 1000;
    static constexpr qint64 kBacklogStepMs = 15LL * 60 * 1000;

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace fb
