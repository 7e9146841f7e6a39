#pragma once
// Delivery over time, per CRM, for the Sync page's charts: how many events waited at each moment (rebuilt from the
// outbox rows' own timestamps, so nothing extra is written and the history survives a restart) and the request
// latency percentiles per time bucket (from SyncMetrics' per-attempt rows). Both are bucketed in SQL.

#include "app/core/Crm.h"
#include "app/core/Result.h"

#include <QList>

namespace fb {

class Database;

struct BacklogPoint
{
    qint64 atMs = 0;
    int waiting = 0; // events created at or before atMs and still waiting (pending or being sent) at atMs
};

struct LatencyBucket
{
    qint64 startMs = 0; // the bucket is [startMs, startMs + bucket length)
    int delivered = 0;  // delivered attempts in the bucket
    qint64 p50Ms = -1;  // nearest-rank percentiles of their request latency, as SyncMetrics::figures; -1 when none
    qint64 p95Ms = -1;
};

class SyncHistoryStore
{
public:
    explicit SyncHistoryStore(Database &db);

    // Waiting events of `crm` at fromMs, fromMs + stepMs, … up to untilMs, plus untilMs itself when it is not on the
    // grid. An event waits from its creation until it is delivered or lands in the failed queue. The row keeps only
    // its last failure time, so an event delivered after a spell in the failed queue counts as waiting until that
    // failure, and one re-queued and still open counts from its creation. Discarded events are left out: the row keeps
    // no time of discarding.
    Result<QList<BacklogPoint>> backlog(Crm crm, qint64 fromMs, qint64 stepMs, qint64 untilMs);

    // Latency of the delivered attempts of `crm` in `buckets` buckets of `bucketMs` from fromMs; every bucket is
    // listed, empty ones with delivered = 0 and p50Ms = p95Ms = -1.
    Result<QList<LatencyBucket>> latency(Crm crm, qint64 fromMs, qint64 bucketMs, int buckets);

private:
    Database &m_db;
};

} // namespace fb
