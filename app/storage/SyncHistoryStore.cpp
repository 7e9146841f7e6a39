#include "app/storage/SyncHistoryStore.h"

#include "app/storage/Database.h"

#include <QSqlQuery>

#include <algorithm>

namespace fb {

namespace {

// Nearest rank, as SyncMetrics::figures: ceil(p * n), at least 1, in integers.
int rank(int percent, int n)
{
    return std::max(1, (n * percent + 99) / 100);
}

} // namespace

SyncHistoryStore::SyncHistoryStore(Database &db)
    : m_db(db)
{}

Result<QList<BacklogPoint>> SyncHistoryStore::backlog(Crm crm, qint64 fromMs, qint64 stepMs, qint64 untilMs)
{
    if (stepMs <= 0 || untilMs < fromMs)
        return makeError(QStringLiteral("backlog history: empty range or step"), {}, QStringLiteral("history.range"));
    const QString name = crmName(crm);
    // Point k is at min(from + k * step, until). A row waits over [created, leaving); it adds one from the first point
    // at or after its creation (kc) and takes it away from the first point at or after it left (kl). Only rows that
    // can have waited after `from` are read, each through its partial index: every open row (the backlog itself),
    // rows delivered or failed since `from`. So the cost follows the last day's traffic, not the outbox's size; the
    // rows come back grouped by (kc, kl), a few hundred at most.
    auto q = m_db.exec(
        QStringLiteral(
            "SELECT MAX(0, (created - ? + ? - 1) / ?) AS kc, (leaving - ? + ? - 1) / ? AS kl, COUNT(*) FROM ("
            "SELECT created_ms AS created, NULL AS leaving FROM outbox WHERE crm = ? AND state IN "
            "('PENDING','IN_FLIGHT') UNION ALL "
            "SELECT created_ms, COALESCE(failed_ms, delivered_ms) FROM outbox WHERE crm = ? AND state = 'DELIVERED' "
            "AND delivered_ms > ? UNION ALL "
            "SELECT created_ms, failed_ms FROM outbox WHERE crm = ? AND state = 'FAILED' AND failed_ms > ?) "
            "WHERE created <= ? AND (leaving IS NULL OR (leaving > created AND leaving > ?)) GROUP BY kc, kl"),
        {fromMs, stepMs, stepMs, fromMs, stepMs, stepMs, name, name, fromMs, name, fromMs, untilMs, fromMs});
    if (!q.ok())
        return q.error();
    const qint64 last = (untilMs - fromMs + stepMs - 1) / stepMs; // index of the point at untilMs
    QList<qint64> delta(last + 1, 0);
    QSqlQuery rows = std::move(q).value();
    while (rows.next()) {
        const qint64 kc = rows.value(0).toLongLong();
        const qint64 n = rows.value(2).toLongLong();
        if (kc > last) // cannot happen (created <= until), but never index past the end
            continue;
        delta[kc] += n;
        if (!rows.value(1).isNull()) {
            const qint64 kl = rows.value(1).toLongLong();
            if (kl <= last)
                delta[kl] -= n;
        }
    }
    QList<BacklogPoint> points;
    points.reserve(last + 1);
    qint64 waiting = 0;
    for (qint64 k = 0; k <= last; ++k) {
        waiting += delta[k];
        points.append(BacklogPoint{std::min(fromMs + k * stepMs, untilMs), int(waiting)});
    }
    return points;
}

Result<QList<LatencyBucket>> SyncHistoryStore::latency(Crm crm, qint64 fromMs, qint64 bucketMs, int buckets)
{
    if (bucketMs <= 0 || buckets <= 0)
        return makeError(QStringLiteral("latency history: no buckets"), {}, QStringLiteral("history.range"));
    QList<LatencyBucket> out;
    out.reserve(buckets);
    for (int b = 0; b < buckets; ++b)
        out.append(LatencyBucket{fromMs + b * bucketMs, 0, -1, -1});
    // How many delivered attempts each bucket holds (one pass over the time index), then per bucket the two nearest
    // ranks: p50 counted from the fastest, p95 from the slowest, so SQLite's sorter keeps only that many rows.
    // Cheaper than numbering every attempt with a window function (see bench_synchistory).
    const QString name = crmName(crm);
    auto counts = m_db.exec(QStringLiteral("SELECT (at_ms - ?) / ? AS b, COUNT(*) FROM sync_attempts WHERE crm = ? AND "
                                           "at_ms >= ? AND at_ms < ? AND outcome = 'delivered' GROUP BY b"),
                            {fromMs, bucketMs, name, fromMs, fromMs + buckets * bucketMs});
    if (!counts.ok())
        return counts.error();
    QSqlQuery countRows = std::move(counts).value();
    while (countRows.next()) {
        const qint64 b = countRows.value(0).toLongLong();
        if (b >= 0 && b < buckets)
            out[b].delivered = countRows.value(1).toInt();
    }
    const auto nth = [&](const LatencyBucket &bucket, bool slowestFirst, int offset) -> Result<qint64> {
        auto q =
            m_db.exec(slowestFirst ? QStringLiteral("SELECT latency_ms FROM sync_attempts WHERE crm = ? AND at_ms >= ? "
                                                    "AND at_ms < ? AND outcome = 'delivered' ORDER BY latency_ms "
                                                    "DESC LIMIT 1 OFFSET ?")
                                   : QStringLiteral("SELECT latency_ms FROM sync_attempts WHERE crm = ? AND at_ms >= ? "
                                                    "AND at_ms < ? AND outcome = 'delivered' ORDER BY latency_ms "
                                                    "LIMIT 1 OFFSET ?"),
                      {name, bucket.startMs, bucket.startMs + bucketMs, offset});
        if (!q.ok())
            return q.error();
        return q.value().next() ? q.value().value(0).toLongLong() : qint64(-1);
    };
    for (LatencyBucket &bucket : out) {
        if (bucket.delivered <= 0)
            continue;
        auto p50 = nth(bucket, false, rank(50, bucket.delivered) - 1);
        if (!p50.ok())
            return p50.error();
        auto p95 = nth(bucket, true, bucket.delivered - rank(95, bucket.delivered));
        if (!p95.ok())
            return p95.error();
        bucket.p50Ms = p50.value();
        bucket.p95Ms = p95.value();
    }
    return out;
}

} // namespace fb
