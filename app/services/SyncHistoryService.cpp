#include "app/services/SyncHistoryService.h"

#include <algorithm>

namespace fb {

bool SyncDayHistory::anyWaiting() const
{
    return std::any_of(crms.begin(), crms.end(), [](const CrmHistory &h) {
        return std::any_of(h.backlog.begin(), h.backlog.end(), [](const BacklogPoint &p) { return p.waiting > 0; });
    });
}

bool SyncDayHistory::anyDelivered() const
{
    return std::any_of(crms.begin(), crms.end(), [](const CrmHistory &h) {
        return std::any_of(h.latency.begin(), h.latency.end(), [](const LatencyBucket &b) { return b.delivered > 0; });
    });
}

SyncHistoryService::SyncHistoryService(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{}

Result<SyncDayHistory> SyncHistoryService::lastDay() const
{
    const QDateTime now = m_clock.now();
    const qint64 nowMs = now.toMSecsSinceEpoch();
    // The hour under way starts where the clock's own zone says (India's hours begin at :30 UTC).
    const qint64 localMs = nowMs + qint64(now.offsetFromUtc()) * 1000;
    const qint64 hourStartMs = nowMs - (((localMs % kHourMs) + kHourMs) % kHourMs);
    const qint64 fromMs = hourStartMs - (kHours - 1) * kHourMs;

    SyncDayHistory day;
    day.from = QDateTime::fromMSecsSinceEpoch(fromMs, Qt::OffsetFromUTC, now.offsetFromUtc());
    day.until = now;
    SyncHistoryStore store(m_db);
    for (Crm crm : allCrms()) {
        CrmHistory h;
        h.crm = crm;
        auto backlog = store.backlog(crm, fromMs, kBacklogStepMs, nowMs);
        if (!backlog.ok())
            return backlog.error();
        h.backlog = std::move(backlog).value();
        auto latency = store.latency(crm, fromMs, kHourMs, kHours);
        if (!latency.ok())
            return latency.error();
        h.latency = std::move(latency).value();
        day.crms.append(h);
    }
    return day;
}

} // namespace fb
