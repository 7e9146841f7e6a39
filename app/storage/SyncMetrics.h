#pragma once
// Per-attempt delivery figures (one row per CRM answer): request latency percentiles and the error rate over a
// window, for the Sync page and `floorbridge-ctl status`. Rows older than the retention are pruned.

#include "app/core/Crm.h"
#include "app/core/Result.h"

#include <QString>

namespace fb {

class Database;

struct SyncFigures
{
    int attempts = 0;  // answers in the window (delivered or not)
    int errors = 0;    // answers that were not a delivery
    qint64 p50Ms = -1; // request latency of delivered attempts; -1 when there were none
    qint64 p95Ms = -1;
    double errorRate() const { return attempts > 0 ? double(errors) / attempts : 0.0; }
};

class SyncMetrics
{
public:
    explicit SyncMetrics(Database &db);

    // `outcome` is the delivery loop's word: "delivered", "transient", "pause", "permanent", "gave-up".
    Status record(Crm crm, qint64 outboxId, int httpStatus, const QString &outcome, qint64 latencyMs, qint64 atMs);
    // Figures over the attempts at or after `sinceMs`.
    Result<SyncFigures> figures(Crm crm, qint64 sinceMs);
    // Drops the attempts before `beforeMs`; returns how many.
    Result<int> prune(qint64 beforeMs);

    static constexpr qint64 kWindowMs = 3600LL * 1000; // "the last hour"
    static constexpr qint64 kRetentionMs = 7LL * 24 * 3600 * 1000;

private:
    Database &m_db;
};

} // namespace fb
