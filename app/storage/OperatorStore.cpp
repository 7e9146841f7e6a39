#include "app/storage/OperatorStore.h"

#include "app/storage/Database.h"

#include <QSqlQuery>

namespace fb {

namespace {
// One row changed, or none (no such operator).
Result<bool> changedOne(Result<QSqlQuery> q)
{
    if (!q.ok())
        return q.error();
    return q.value().numRowsAffected() == 1;
}
} // namespace

OperatorStore::OperatorStore(Database &db)
    : m_db(db)
{}

Result<bool> OperatorStore::isEmpty() const
{
    auto q = m_db.exec(QStringLiteral("SELECT COUNT(*) FROM operators"));
    if (!q.ok())
        return q.error();
    QSqlQuery query = std::move(q).value();
    return query.next() && query.value(0).toInt() == 0;
}

Result<bool> OperatorStore::exists(const QString &code) const
{
    auto q = m_db.exec(QStringLiteral("SELECT 1 FROM operators WHERE code = ?"), {code});
    if (!q.ok())
        return q.error();
    return q.value().next();
}

Result<std::optional<OperatorCredentials>> OperatorStore::credentials(const QString &code) const
{
    auto q = m_db.exec(QStringLiteral("SELECT name, role, pin_hash, pin_salt, pin_iterations, failed_attempts, "
                                      "locked_until, active FROM operators WHERE code = ?"),
                       {code});
    if (!q.ok())
        return q.error();
    QSqlQuery row = std::move(q).value();
    if (!row.next())
        return std::optional<OperatorCredentials>();
    OperatorCredentials c;
    c.name = row.value(0).toString();
    c.role = roleFromName(row.value(1).toString()).value_or(Role::Warehouse);
    c.pinHash = row.value(2).toByteArray();
    c.pinSalt = row.value(3).toByteArray();
    c.pinIterations = row.value(4).toInt();
    c.failedAttempts = row.value(5).toInt();
    c.lockedUntil = row.value(6).toString();
    c.active = row.value(7).toBool();
    return std::optional<OperatorCredentials>(c);
}

Result<QList<OperatorInfo>> OperatorStore::list() const
{
    auto q = m_db.exec(QStringLiteral("SELECT code, name, role, active, locked_until FROM operators ORDER BY code"));
    if (!q.ok())
        return q.error();
    QSqlQuery rows = std::move(q).value();
    QList<OperatorInfo> out;
    while (rows.next())
        out.append({rows.value(0).toString(), rows.value(1).toString(),
                    roleFromName(rows.value(2).toString()).value_or(Role::Warehouse), rows.value(3).toBool(),
                    rows.value(4).toString()});
    return out;
}

Status OperatorStore::insert(const NewOperator &op, const Actor &by)
{
    auto q = m_db.exec(QStringLiteral("INSERT INTO operators(code, name, role, pin_hash, pin_salt, pin_iterations, "
                                      "created_at, operator_code, station_id) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                       {op.code, op.name, roleName(op.role), op.pinHash, op.pinSalt, op.pinIterations, op.createdAt,
                        by.operatorCode, by.stationId});
    if (!q.ok())
        return q.error();
    return Ok{};
}

Result<bool> OperatorStore::clearFailedAttempts(const QString &code)
{
    return changedOne(m_db.exec(
        QStringLiteral("UPDATE operators SET failed_attempts = 0, locked_until = NULL WHERE code = ?"), {code}));
}

Status OperatorStore::setFailedAttempts(const QString &code, int attempts, const QString &lockedUntil)
{
    auto q = m_db.exec(
        QStringLiteral("UPDATE operators SET failed_attempts = ?, locked_until = ? WHERE code = ?"),
        {attempts, lockedUntil.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(lockedUntil), code});
    if (!q.ok())
        return q.error();
    return Ok{};
}

Result<bool> OperatorStore::setActive(const QString &code, bool active)
{
    return changedOne(
        m_db.exec(QStringLiteral("UPDATE operators SET active = ? WHERE code = ?"), {active ? 1 : 0, code}));
}

Result<bool> OperatorStore::setPin(const QString &code, const QByteArray &hash, const QByteArray &salt, int iterations)
{
    return changedOne(m_db.exec(QStringLiteral("UPDATE operators SET pin_hash = ?, pin_salt = ?, pin_iterations = ?, "
                                               "failed_attempts = 0, locked_until = NULL WHERE code = ?"),
                                {hash, salt, iterations, code}));
}

} // namespace fb
