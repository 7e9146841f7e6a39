#include "app/storage/OutboxStore.h"

#include "app/storage/Database.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <algorithm>

namespace fb {

namespace {

const QString kColumns = QStringLiteral(
    "o.id, o.crm, o.event_type, o.event_id, o.idempotency_key, o.ordering_key, o.payload, o.state, o.attempts, "
    "o.next_attempt_at, o.last_error, o.last_status, o.created_at, o.created_ms, o.delivered_at, o.operator_code, "
    "o.station_id, o.sent_ms");

// Nothing earlier and open shares a key with the row: the rule claiming checks (ready, kept by the writer and the
// outbox_keys_close trigger, narrows the scan to such rows).
const QString kIsHead = QStringLiteral("NOT EXISTS (%1)").arg(outboxBlockedBy(QStringLiteral("o.id")));

// How many open rows wait behind row ?, directly or through a chain of shared keys (capped: a long lane is "a lot").
constexpr int kWaitingCap = 10000;
const QString kWaitingBehind =
    QStringLiteral(
        "WITH RECURSIVE behind(id) AS (SELECT ? UNION SELECT kp.outbox_id FROM behind b JOIN outbox_keys kb ON "
        "kb.outbox_id = b.id JOIN outbox_keys kp ON kp.crm = kb.crm AND kp.key = kb.key AND kp.outbox_id > "
        "kb.outbox_id "
        "LIMIT %1) SELECT COUNT(*) - 1 FROM behind")
        .arg(kWaitingCap + 1);

OutboxRow readRow(const QSqlQuery &q)
{
    OutboxRow r;
    r.id = q.value(0).toLongLong();
    r.crm = crmFromName(q.value(1).toString()).value_or(Crm::Legacy);
    r.eventType = q.value(2).toString();
    r.eventId = q.value(3).toString();
    r.idempotencyKey = q.value(4).toString();
    r.orderingKey = q.value(5).toString();
    r.payload = q.value(6).toString();
    r.state = outboxStateFromName(q.value(7).toString()).value_or(OutboxState::Pending);
    r.attempts = q.value(8).toInt();
    r.nextAttemptMs = q.value(9).toLongLong();
    r.lastError = q.value(10).toString();
    r.lastStatus = q.value(11).toInt();
    r.createdAt = q.value(12).toString();
    r.createdMs = q.value(13).toLongLong();
    r.deliveredAt = q.value(14).toString();
    r.operatorCode = q.value(15).toString();
    r.stationId = q.value(16).toString();
    r.sentMs = q.value(17).toLongLong();
    return r;
}

QString cut(const QString &text)
{
    if (text.size() <= OutboxStore::kMaxStoredText)
        return text;
    return text.left(OutboxStore::kMaxStoredText) + QStringLiteral("…");
}

Error notInState(qint64 id, const QString &states)
{
    return makeError(
        QCoreApplication::translate("fb::OutboxStore", "Outbox row %1 is not %2 any more.").arg(id).arg(states), {},
        QStringLiteral("outbox.state"));
}

} // namespace

OutboxStore::OutboxStore(Database &db)
    : m_db(db)
{}

Status OutboxStore::relaxCommitSync()
{
    // Only rows the loop can re-send are written on this connection (claims, answers, metrics, schedules), so an
    // fsync per batch of answers buys nothing the idempotency keys do not already give; on a slow disk it was the
    // whole cost of delivery. WAL frames are appended in order, so the next synchronous commit of any connection
    // (a business action, a checkpoint) makes these durable too, and a lost tail never reorders anything.
    auto q = m_db.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
    if (!q.ok())
        return q.error();
    // Claims and answers touch rows all over a large backlog: with SQLite's default 2 MiB page cache each answer
    // re-read its pages (bench_drain: 7 ms per batch at 8,000 queued, 1 ms with 32 MiB). Bounded, whatever the backlog.
    auto cache = m_db.exec(QStringLiteral("PRAGMA cache_size=-32768"));
    if (!cache.ok())
        return cache.error();
    return Ok{};
}

Result<QList<OutboxRow>> OutboxStore::claimDue(Crm crm, qint64 nowMs, int limit)
{
    QList<OutboxRow> rows;
    if (limit <= 0)
        return rows;
    Status s = m_db.write([&]() -> Status {
        // ready = 1 (kept by the writer and a trigger, migration 9) narrows the scan; the key test stays as the rule.
        // INDEXED BY: left to itself SQLite prefers outbox_due (crm, state, next_attempt_at), which walks every
        // queued row of the CRM behind the heads — 20,000 rows read per claim during an outage backlog.
        auto q = m_db.exec(QStringLiteral("SELECT %1 FROM outbox o INDEXED BY outbox_ready_due WHERE o.crm = ? AND "
                                          "o.ready = 1 AND o.state = 'PENDING' AND o.next_attempt_at <= ? AND %2 "
                                          "ORDER BY o.next_attempt_at, o.id LIMIT ?")
                               .arg(kColumns, kIsHead),
                           {crmName(crm), nowMs, limit});
        if (!q.ok())
            return q.error();
        QSqlQuery query = std::move(q).value();
        while (query.next())
            rows.append(readRow(query));
        query.finish();
        for (OutboxRow &r : rows) {
            // sent_ms: from here on the CRM may hold the event (a cancellation must then be sent, not dropped).
            auto u = m_db.exec(QStringLiteral("UPDATE outbox SET state = 'IN_FLIGHT', sent_ms = COALESCE(sent_ms, ?) "
                                              "WHERE id = ? AND state = 'PENDING'"),
                               {nowMs, r.id});
            if (!u.ok())
                return u.error();
            r.state = OutboxState::InFlight;
            if (r.sentMs == 0)
                r.sentMs = nowMs;
        }
        return Ok{};
    });
    if (!s)
        return s.error();
    return rows;
}

Result<std::optional<qint64>> OutboxStore::nextDueMs(Crm crm)
{
    auto q = m_db.exec(
        QStringLiteral("SELECT MIN(o.next_attempt_at) FROM outbox o INDEXED BY outbox_ready_due WHERE o.crm = ? AND "
                       "o.ready = 1 AND o.state = 'PENDING'"),
        {crmName(crm)});
    if (!q.ok())
        return q.error();
    QSqlQuery query = std::move(q).value();
    if (query.next() && !query.value(0).isNull())
        return std::optional<qint64>(query.value(0).toLongLong());
    return std::optional<qint64>();
}

Status OutboxStore::updateInFlight(qint64 id, const QString &sql, const QVariantList &bindings)
{
    auto q = m_db.exec(sql, bindings);
    if (!q.ok())
        return q.error();
    if (q.value().numRowsAffected() != 1)
        return notInState(id, QStringLiteral("IN_FLIGHT"));
    return Ok{};
}

Status OutboxStore::markDelivered(qint64 id, int status, const QString &response, const QDateTime &now)
{
    return updateInFlight(
        id,
        QStringLiteral("UPDATE outbox SET state = 'DELIVERED', attempts = attempts + 1, last_status = "
                       "?, response = ?, delivered_at = ?, delivered_ms = ? WHERE id = ? AND state = "
                       "'IN_FLIGHT'"),
        {status, cut(response), now.toString(Qt::ISODate), now.toMSecsSinceEpoch(), id});
}

Status OutboxStore::markRetry(qint64 id, int status, const QString &error, qint64 nextAttemptMs)
{
    return updateInFlight(id,
                          QStringLiteral("UPDATE outbox SET state = 'PENDING', attempts = attempts + 1, last_status = "
                                         "?, last_error = ?, next_attempt_at = ? WHERE id = ? AND state = 'IN_FLIGHT'"),
                          {status, cut(error), nextAttemptMs, id});
}

Status OutboxStore::markFailed(qint64 id, int status, const QString &error, const QDateTime &now)
{
    return updateInFlight(
        id,
        QStringLiteral("UPDATE outbox SET state = 'FAILED', attempts = attempts + 1, last_status = ?, "
                       "last_error = ?, failed_at = ?, failed_ms = ? WHERE id = ? AND state = 'IN_FLIGHT'"),
        {status, cut(error), now.toString(Qt::ISODate), now.toMSecsSinceEpoch(), id});
}

Status OutboxStore::release(qint64 id, int status, const QString &error)
{
    return updateInFlight(id,
                          QStringLiteral("UPDATE outbox SET state = 'PENDING', last_status = ?, last_error = ? WHERE "
                                         "id = ? AND state = 'IN_FLIGHT'"),
                          {status, cut(error), id});
}

Result<int> OutboxStore::clampFuture(Crm crm, qint64 nowMs, qint64 latestDueMs)
{
    // Both through their partial indexes (outbox_ready_due, outbox_failed_since): nothing to read when nothing is
    // ahead. Rows that are not heads yet are brought back once they are (the loop calls this every second).
    int changed = 0;
    const QString name = crmName(crm);
    auto due = m_db.exec(QStringLiteral("UPDATE outbox SET next_attempt_at = ? WHERE crm = ? AND ready = 1 AND state = "
                                        "'PENDING' AND next_attempt_at > ?"),
                         {latestDueMs, name, latestDueMs});
    if (!due.ok())
        return due.error();
    changed += due.value().numRowsAffected();
    auto failed = m_db.exec(
        QStringLiteral("UPDATE outbox SET failed_ms = ? WHERE crm = ? AND state = 'FAILED' AND failed_ms > ?"),
        {nowMs, name, nowMs});
    if (!failed.ok())
        return failed.error();
    return changed + failed.value().numRowsAffected();
}

Result<int> OutboxStore::releaseInFlight()
{
    auto q = m_db.exec(QStringLiteral("UPDATE outbox SET state = 'PENDING' WHERE state = 'IN_FLIGHT'"));
    if (!q.ok())
        return q.error();
    return q.value().numRowsAffected();
}

Result<OutboxSummary> OutboxStore::summary(Crm crm)
{
    OutboxSummary s;
    const QString name = crmName(crm);
    // Open states through the partial index (the backlog), terminal ones from the trigger-kept counters: the status
    // bar polls this every second, whatever the number of delivered rows.
    auto counts = m_db.exec(QStringLiteral("SELECT state, COUNT(*) FROM outbox WHERE crm = ? AND state IN "
                                           "('PENDING','IN_FLIGHT','FAILED') GROUP BY state UNION ALL SELECT state, n "
                                           "FROM outbox_counts WHERE crm = ?"),
                            {name, name});
    if (!counts.ok())
        return counts.error();
    QSqlQuery q = std::move(counts).value();
    while (q.next()) {
        const int n = q.value(1).toInt();
        switch (outboxStateFromName(q.value(0).toString()).value_or(OutboxState::Pending)) {
        case OutboxState::Pending:
            s.pending = n;
            break;
        case OutboxState::InFlight:
            s.inFlight = n;
            break;
        case OutboxState::Delivered:
            s.delivered = n;
            break;
        case OutboxState::Failed:
            s.failed = n;
            break;
        case OutboxState::Discarded:
            s.discarded = n;
            break;
        }
    }
    auto oldest = m_db.exec(
        QStringLiteral("SELECT MIN(created_ms) FROM outbox WHERE crm = ? AND state IN ('PENDING','IN_FLIGHT')"),
        {name});
    if (!oldest.ok())
        return oldest.error();
    if (oldest.value().next())
        s.oldestPendingMs = oldest.value().value(0).toLongLong();
    auto success = m_db.exec(QStringLiteral("SELECT delivered_at FROM outbox WHERE crm = ? AND state = 'DELIVERED' "
                                            "ORDER BY delivered_ms DESC LIMIT 1"),
                             {name});
    if (!success.ok())
        return success.error();
    if (success.value().next())
        s.lastSuccessAt = success.value().value(0).toString();
    auto error = m_db.exec(QStringLiteral("SELECT last_error FROM outbox WHERE crm = ? AND state IN "
                                          "('PENDING','IN_FLIGHT','FAILED') AND last_error <> '' ORDER BY id DESC "
                                          "LIMIT 1"),
                           {name});
    if (!error.ok())
        return error.error();
    if (error.value().next())
        s.lastError = error.value().value(0).toString();
    return s;
}

Result<QList<OutboxRow>> OutboxStore::list(const OutboxFilter &filter)
{
    QString sql = QStringLiteral("SELECT %1 FROM outbox o WHERE 1 = 1").arg(kColumns);
    QVariantList bindings;
    if (filter.crm) {
        sql += QStringLiteral(" AND o.crm = ?");
        bindings << crmName(*filter.crm);
    }
    if (filter.state) {
        sql += QStringLiteral(" AND o.state = ?");
        bindings << outboxStateName(*filter.state);
    }
    if (!filter.eventType.isEmpty()) {
        sql += QStringLiteral(" AND o.event_type = ?");
        bindings << filter.eventType;
    }
    if (!filter.orderingKey.isEmpty()) {
        // The row's label, or any key of an open row ("serial:CGSTV322509251001" finds every open event of the unit).
        sql += QStringLiteral(" AND (o.ordering_key = ? OR EXISTS (SELECT 1 FROM outbox_keys k WHERE k.outbox_id = "
                              "o.id AND k.key = ?))");
        bindings << filter.orderingKey << filter.orderingKey;
    }
    sql += QStringLiteral(" ORDER BY o.id LIMIT ?");
    bindings << (filter.limit > 0 ? filter.limit : -1);
    auto q = m_db.exec(sql, bindings);
    if (!q.ok())
        return q.error();
    QSqlQuery query = std::move(q).value();
    QList<OutboxRow> rows;
    while (query.next())
        rows.append(readRow(query));
    query.finish();
    for (OutboxRow &r : rows) {
        if (r.state != OutboxState::Failed)
            continue;
        auto n = waitingBehind(r.id);
        if (!n.ok())
            return n.error();
        r.waitingBehind = *n;
    }
    return rows;
}

Result<int> OutboxStore::waitingBehind(qint64 id)
{
    auto q = m_db.exec(kWaitingBehind, {id});
    if (!q.ok())
        return q.error();
    QSqlQuery query = std::move(q).value();
    return query.next() ? std::max(0, query.value(0).toInt()) : 0;
}

Result<std::optional<OutboxDetail>> OutboxStore::get(qint64 id)
{
    auto q = m_db.exec(
        QStringLiteral("SELECT %1, o.response, o.failed_at, o.delivered_ms FROM outbox o WHERE o.id = ?").arg(kColumns),
        {id});
    if (!q.ok())
        return q.error();
    QSqlQuery query = std::move(q).value();
    if (!query.next())
        return std::optional<OutboxDetail>();
    OutboxDetail d;
    d.row = readRow(query);
    d.response = query.value(18).toString();
    d.failedAt = query.value(19).toString();
    d.deliveredMs = query.value(20).toLongLong();
    query.finish();
    if (d.row.state == OutboxState::Failed) {
        auto n = waitingBehind(id);
        if (!n.ok())
            return n.error();
        d.row.waitingBehind = *n;
    }
    return std::optional<OutboxDetail>(std::move(d));
}

Status OutboxStore::retryNow(qint64 id, qint64 nowMs)
{
    auto q =
        m_db.exec(QStringLiteral("UPDATE outbox SET state = 'PENDING', attempts = 0, next_attempt_at = ?, "
                                 "failed_at = NULL, failed_ms = NULL WHERE id = ? AND state IN ('PENDING','FAILED')"),
                  {nowMs, id});
    if (!q.ok())
        return q.error();
    if (q.value().numRowsAffected() != 1)
        return notInState(id, QStringLiteral("PENDING or FAILED"));
    return Ok{};
}

Status OutboxStore::discard(qint64 id, const QString &reason)
{
    if (reason.trimmed().isEmpty())
        return makeError(QCoreApplication::translate("fb::OutboxStore", "Say why the event is discarded."),
                         QStringLiteral("reason"), QStringLiteral("outbox.reason"));
    auto q =
        m_db.exec(QStringLiteral("UPDATE outbox SET state = 'DISCARDED', last_error = ? WHERE id = ? AND state "
                                 "IN ('PENDING','FAILED')"),
                  {cut(QCoreApplication::translate("fb::OutboxStore", "Discarded: %1").arg(reason.trimmed())), id});
    if (!q.ok())
        return q.error();
    if (q.value().numRowsAffected() != 1)
        return notInState(id, QStringLiteral("PENDING or FAILED"));
    return Ok{};
}

Result<int> OutboxStore::requeueFailed(Crm crm, qint64 nowMs, qint64 failedBeforeMs, int maxRetries, int attemptsBefore)
{
    auto q = m_db.exec(QStringLiteral("UPDATE outbox SET state = 'PENDING', attempts = ?, next_attempt_at = ?, "
                                      "failed_retries = failed_retries + 1 WHERE crm = ? AND state = 'FAILED' AND "
                                      "failed_ms <= ? AND failed_retries < ?"),
                       {std::max(0, attemptsBefore), nowMs, crmName(crm), failedBeforeMs, maxRetries});
    if (!q.ok())
        return q.error();
    return q.value().numRowsAffected();
}

Result<std::optional<qint64>> OutboxStore::nextFailedRetryMs(Crm crm, int maxRetries)
{
    auto q = m_db.exec(QStringLiteral("SELECT MIN(failed_ms) FROM outbox WHERE crm = ? AND state = 'FAILED' AND "
                                      "failed_retries < ?"),
                       {crmName(crm), maxRetries});
    if (!q.ok())
        return q.error();
    QSqlQuery query = std::move(q).value();
    if (query.next() && !query.value(0).isNull())
        return std::optional<qint64>(query.value(0).toLongLong());
    return std::optional<qint64>();
}

Result<int> OutboxStore::refreshReady()
{
    int changed = 0;
    Status s = m_db.write([&]() -> Status {
        // Keys of rows closed outside this class (by hand) would hold others back for ever: drop them first.
        auto stale = m_db.exec(QStringLiteral("DELETE FROM outbox_keys WHERE outbox_id IN (SELECT id FROM outbox WHERE "
                                              "state NOT IN ('PENDING','IN_FLIGHT','FAILED'))"));
        if (!stale.ok())
            return stale.error();
        auto q = m_db.exec(QStringLiteral("UPDATE outbox SET ready = NOT EXISTS (%1) WHERE state IN "
                                          "('PENDING','IN_FLIGHT','FAILED')")
                               .arg(outboxBlockedBy(QStringLiteral("outbox.id"))));
        if (!q.ok())
            return q.error();
        changed = q.value().numRowsAffected();
        return Ok{};
    });
    if (!s)
        return s.error();
    return changed;
}

Result<QList<OutboxRow>> OutboxStore::rowsForEvent(const QString &eventId)
{
    auto q = m_db.exec(QStringLiteral("SELECT %1 FROM outbox o WHERE o.event_id = ? ORDER BY o.id").arg(kColumns),
                       {eventId});
    if (!q.ok())
        return q.error();
    QSqlQuery rows = std::move(q).value();
    QList<OutboxRow> out;
    while (rows.next())
        out.append(readRow(rows));
    return out;
}

Result<int> OutboxStore::discardForCancellation(const QString &eventId, const QString &reason)
{
    auto q = m_db.exec(
        QStringLiteral("UPDATE outbox SET state = 'DISCARDED', last_error = ? WHERE event_id = ? AND "
                       "(state = 'FAILED' OR (state = 'PENDING' AND sent_ms IS NULL))"),
        {cut(QCoreApplication::translate("fb::OutboxStore", "Discarded: %1").arg(reason.trimmed())), eventId});
    if (!q.ok())
        return q.error();
    return q.value().numRowsAffected();
}

} // namespace fb
