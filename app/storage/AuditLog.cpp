#include "app/storage/AuditLog.h"

#include "app/storage/Database.h"

namespace fb {

namespace {
// A null QString binds as SQL NULL; the audit columns are NOT NULL text.
QString nonNull(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}
} // namespace

AuditLog::AuditLog(Database &db)
    : m_db(db)
{}

Status AuditLog::append(const Actor &actor, const QDateTime &at, const QString &action, const QString &subject,
                        const QString &details)
{
    auto q = m_db.exec(QStringLiteral("INSERT INTO audit_log(at, operator_code, station_id, action, subject, details) "
                                      "VALUES(?, ?, ?, ?, ?, ?)"),
                       {at.toString(Qt::ISODateWithMs), actor.operatorCode, actor.stationId, action, nonNull(subject),
                        nonNull(details)});
    if (!q.ok())
        return q.error();
    return Ok{};
}

Result<QList<AuditEntry>> AuditLog::recent(int limit, const QString &subject) const
{
    auto q = subject.isEmpty()
                 ? m_db.exec(QStringLiteral("SELECT id, at, operator_code, station_id, action, subject, details FROM "
                                            "audit_log ORDER BY id DESC LIMIT ?"),
                             {limit})
                 : m_db.exec(QStringLiteral("SELECT id, at, operator_code, station_id, action, subject, details FROM "
                                            "audit_log WHERE subject = ? ORDER BY id DESC LIMIT ?"),
                             {subject, limit});
    if (!q.ok())
        return q.error();
    QSqlQuery query = std::move(q).value();
    QList<AuditEntry> out;
    while (query.next()) {
        out.append({query.value(0).toLongLong(), QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs),
                    query.value(2).toString(), query.value(3).toString(), query.value(4).toString(),
                    query.value(5).toString(), query.value(6).toString()});
    }
    return out;
}

} // namespace fb
