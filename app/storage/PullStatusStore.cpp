#include "app/storage/PullStatusStore.h"

#include "app/storage/Database.h"

#include <QSqlQuery>

namespace fb {

namespace {

const QString kColumns =
    QStringLiteral("resource, attempted_at, succeeded_at, applied, error, failures, elapsed_ms FROM pull_status");

PullStatus readRow(const QSqlQuery &q)
{
    PullStatus s;
    s.resource = q.value(0).toString();
    s.attemptedAt = q.value(1).toString();
    s.succeededAt = q.value(2).toString();
    s.applied = q.value(3).toInt();
    s.error = q.value(4).toString();
    s.failures = q.value(5).toInt();
    s.elapsedMs = q.value(6).toLongLong();
    return s;
}

} // namespace

PullStatusStore::PullStatusStore(Database &db)
    : m_db(db)
{}

Status PullStatusStore::recordSuccess(const QString &resource, const QDateTime &at, int applied, qint64 elapsedMs)
{
    const QString when = at.toString(Qt::ISODate);
    auto q = m_db.exec(
        QStringLiteral("INSERT INTO pull_status(resource, attempted_at, succeeded_at, applied, error, failures, "
                       "elapsed_ms) VALUES(?, ?, ?, ?, '', 0, ?) ON CONFLICT(resource) DO UPDATE SET "
                       "attempted_at = excluded.attempted_at, succeeded_at = excluded.succeeded_at, "
                       "applied = excluded.applied, error = '', failures = 0, elapsed_ms = excluded.elapsed_ms"),
        {resource, when, when, applied, elapsedMs});
    if (!q.ok())
        return q.error();
    return Ok{};
}

Status PullStatusStore::recordFailure(const QString &resource, const QDateTime &at, const QString &error)
{
    auto q = m_db.exec(QStringLiteral("INSERT INTO pull_status(resource, attempted_at, error, failures) "
                                      "VALUES(?, ?, ?, 1) ON CONFLICT(resource) DO UPDATE SET "
                                      "attempted_at = excluded.attempted_at, error = excluded.error, "
                                      "failures = pull_status.failures + 1"),
                       {resource, at.toString(Qt::ISODate), error});
    if (!q.ok())
        return q.error();
    return Ok{};
}

Result<QList<PullStatus>> PullStatusStore::all() const
{
    auto q = m_db.exec(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" ORDER BY resource"));
    if (!q.ok())
        return q.error();
    QList<PullStatus> out;
    while (q.value().next())
        out.append(readRow(q.value()));
    return out;
}

Result<std::optional<PullStatus>> PullStatusStore::get(const QString &resource) const
{
    auto q = m_db.exec(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" WHERE resource = ?"), {resource});
    if (!q.ok())
        return q.error();
    if (!q.value().next())
        return std::optional<PullStatus>();
    return std::optional<PullStatus>(readRow(q.value()));
}

} // namespace fb
