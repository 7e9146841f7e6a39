#include "app/storage/SyncMetrics.h"

#include "app/storage/Database.h"

#include <QSqlQuery>

#include <algorithm>
#include <cmath>

namespace fb {

SyncMetrics::SyncMetrics(Database &db)
    : m_db(db)
{}

Status SyncMetrics::record(Crm crm, qint64 outboxId, int httpStatus, const QString &outcome, qint64 latencyMs,
                           qint64 atMs)
{
    auto q = m_db.exec(QStringLiteral("INSERT INTO sync_attempts(crm, outbox_id, status, outcome, latency_ms, at_ms) "
                                      "VALUES(?, ?, ?, ?, ?, ?)"),
                       {crmName(crm), outboxId, httpStatus, outcome, latencyMs, atMs});
    if (!q.ok())
        return q.error();
    return Ok{};
}

Result<SyncFigures> SyncMetrics::figures(Crm crm, qint64 sinceMs)
{
    SyncFigures f;
    const QString name = crmName(crm);
    auto counts = m_db.exec(QStringLiteral("SELECT COUNT(*), COALESCE(SUM(outcome <> 'delivered'), 0) FROM "
                                           "sync_attempts WHERE crm = ? AND at_ms >= ?"),
                            {name, sinceMs});
    if (!counts.ok())
        return counts.error();
    if (counts.value().next()) {
        f.attempts = counts.value().value(0).toInt();
        f.errors = counts.value().value(1).toInt();
    }
    const int delivered = f.attempts - f.errors;
    if (delivered <= 0)
        return f;
    // Nearest-rank percentiles over the delivered attempts of the window.
    auto percentile = [&](double p) -> Result<qint64> {
        const int rank = std::max(1, int(std::ceil(p * delivered)));
        auto q = m_db.exec(QStringLiteral("SELECT latency_ms FROM sync_attempts WHERE crm = ? AND at_ms >= ? AND "
                                          "outcome = 'delivered' ORDER BY latency_ms LIMIT 1 OFFSET ?"),
                           {name, sinceMs, rank - 1});
        if (!q.ok())
            return q.error();
        if (q.value().next())
            return q.value().value(0).toLongLong();
        return qint64(-1);
    };
    auto p50 = percentile(0.50);
    if (!p50.ok())
        return p50.error();
    auto p95 = percentile(0.95);
    if (!p95.ok())
        return p95.error();
    f.p50Ms = p50.value();
    f.p95Ms = p95.value();
    return f;
}

Result<int> SyncMetrics::prune(qint64 beforeMs)
{
    auto q = m_db.exec(QStringLiteral("DELETE FROM sync_attempts WHERE at_ms < ?"), {beforeMs});
    if (!q.ok())
        return q.error();
    return q.value().numRowsAffected();
}

} // namespace fb
