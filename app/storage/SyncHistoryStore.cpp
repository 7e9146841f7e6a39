#include "storage/SyncHistoryStore.h"

#include "storage/Database.h"

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
    // Per bucket, number the delivered attempts by latency and keep the two nearest ranks (p50 and p95).
    auto q = m_db.exec(
        QStringLiteral("SELECT b, n, rn, latency_ms FROM (SELECT b, latency_ms, ROW_NUMBER() OVER w AS rn, "
                       "COUNT(*) OVER (w ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) AS n FROM ("
                       "SELECT (at_ms - ?) / ? AS b, latency_ms FROM sync_attempts WHERE crm = ? AND at_ms >= ? AND "
                       "at_ms < ? AND outcome = 'delivered') WINDOW w AS (PARTITION BY b ORDER BY latency_ms)) "
                       "WHERE rn = MAX(1, (n * 50 + 99) / 100) OR rn = MAX(1, (n * 95 + 99) / 100)"),
        {fromMs, bucketMs, crmName(crm), fromMs, fromMs + buckets * bucketMs});
    if (!q.ok())
        return q.error();
    QSqlQuery rows = std::move(q).value();
    while (rows.next()) {
        const qint64 b = rows.value(0).toLongLong();
        if (b < 0 || b >= buckets)
            continue;
        LatencyBucket &bucket = out[b];
        const int n = rows.value(1).toInt();
        const int rn = rows.value(2).toInt();
        const qint64 ms = rows.value(3).toLongLong();
        bucket.delivered = n;
        if (rn == rank(50, n))
            bucket.p50Ms = ms;
        if (rn == rank(95, n))
            bucket.p95Ms = ms;
    }
    return out;
}

} // namespace fb
