#include "app/storage/ComplaintStore.h"

#include "app/storage/Database.h"
#include "app/storage/ServiceSql.h"

namespace fb {

using namespace servicesql;

namespace {

const QString kComplaintColumns = QStringLiteral(
    "number, customer_code, customer_name, customer_phone, city, state, pin_code, serial, product_code, model, "
    "call_type, technician_code, status, description, serial_override_reason, crm_status, created_at, updated_at, "
    "created_ms, operator_code, station_id");

Complaint complaintFrom(const QSqlQuery &q)
{
    Complaint c;
    c.number = q.value(0).toString();
    c.customer.code = q.value(1).toString();
    c.customer.name = q.value(2).toString();
    c.customer.phone = q.value(3).toString();
    c.customer.city = q.value(4).toString();
    c.customer.state = q.value(5).toString();
    c.customer.pinCode = q.value(6).toString();
    c.serial = q.value(7).toString();
    c.productCode = q.value(8).toString();
    c.model = q.value(9).toString();
    c.callType = q.value(10).toString();
    c.technicianCode = q.value(11).toString();
    c.status = complaintStatusFromName(q.value(12).toString()).value_or(ComplaintStatus::Open);
    c.description = q.value(13).toString();
    c.serialOverrideReason = q.value(14).toString();
    c.crmStatus = q.value(15).toString();
    c.createdAt = q.value(16).toString();
    c.updatedAt = q.value(17).toString();
    c.createdMs = q.value(18).toLongLong();
    c.operatorCode = q.value(19).toString();
    c.stationId = q.value(20).toString();
    return c;
}

// The WHERE clause and bindings for a complaint filter (without paging).
void whereFor(const ComplaintFilter &f, QStringList &where, QVariantList &bind)
{
    if (f.status) {
        where << QStringLiteral("status = ?");
        bind << complaintStatusName(*f.status);
    } else if (f.openOnly) {
        where << QStringLiteral("status NOT IN ('CLOSED','CANCELLED')");
    }
    if (!f.callType.isEmpty()) {
        where << QStringLiteral("call_type = ?");
        bind << f.callType;
    }
    if (!f.technicianCode.isEmpty()) {
        where << QStringLiteral("technician_code = ?");
        bind << f.technicianCode;
    }
    if (!f.customerCode.isEmpty()) {
        where << QStringLiteral("customer_code = ?");
        bind << f.customerCode;
    }
    // Prefix searches as ranges, so they use the primary key / serial index whatever LIKE's case rules are.
    if (!f.serial.isEmpty()) {
        where << QStringLiteral("serial >= ? AND serial < ?");
        bind << f.serial << (f.serial + QChar(0xFFFF));
    }
    if (!f.numberPrefix.isEmpty()) {
        where << QStringLiteral("number >= ? AND number < ?");
        bind << f.numberPrefix << (f.numberPrefix + QChar(0xFFFF));
    }
    if (f.from.isValid()) {
        where << QStringLiteral("created_ms >= ?");
        bind << f.from.startOfDay().toMSecsSinceEpoch();
    }
    if (f.to.isValid()) {
        where << QStringLiteral("created_ms < ?");
        bind << f.to.addDays(1).startOfDay().toMSecsSinceEpoch();
    }
}

} // namespace

ComplaintStore::ComplaintStore(Database &db)
    : m_db(db)
{}

Status ComplaintStore::insertComplaint(const Complaint &c)
{
    return done(run(m_db,
                    QStringLiteral("INSERT INTO complaints(%1) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                                   "?, ?, ?, ?, ?, ?, ?)")
                        .arg(kComplaintColumns),
                    {c.number,
                     c.customer.code,
                     c.customer.name,
                     c.customer.phone,
                     c.customer.city,
                     c.customer.state,
                     c.customer.pinCode,
                     c.serial,
                     c.productCode,
                     c.model,
                     c.callType,
                     c.technicianCode,
                     complaintStatusName(c.status),
                     c.description,
                     c.serialOverrideReason,
                     c.crmStatus,
                     c.createdAt,
                     c.updatedAt,
                     c.createdMs,
                     c.operatorCode,
                     c.stationId}));
}

Result<bool> ComplaintStore::updateComplaintStatus(const QString &number, ComplaintStatus expected,
                                                   ComplaintStatus status, const QString &at)
{
    auto q =
        run(m_db, QStringLiteral("UPDATE complaints SET status = ?, updated_at = ? WHERE number = ? AND status = ?"),
            {complaintStatusName(status), at, number, complaintStatusName(expected)});
    if (!q.ok())
        return q.error();
    return q.value().numRowsAffected() == 1;
}

Status ComplaintStore::updateComplaintCodes(const QString &number, const QString &technicianCode,
                                            const Customer &customer, const QString &at)
{
    return done(run(m_db,
                    QStringLiteral("UPDATE complaints SET technician_code = ?, customer_code = ?, customer_name "
                                   "= ?, customer_phone = ?, updated_at = ? WHERE number = ?"),
                    {technicianCode, customer.code, customer.name, customer.phone, at, number}));
}

Status ComplaintStore::setComplaintCrmStatus(const QString &number, const QString &crmStatus, const QString &at)
{
    return done(run(m_db, QStringLiteral("UPDATE complaints SET crm_status = ?, updated_at = ? WHERE number = ?"),
                    {crmStatus, at, number}));
}

Result<std::optional<Complaint>> ComplaintStore::complaint(const QString &number) const
{
    auto q = run(m_db, QStringLiteral("SELECT %1 FROM complaints WHERE number = ?").arg(kComplaintColumns), {number});
    if (!q.ok())
        return q.error();
    if (!q.value().next())
        return std::optional<Complaint>();
    return std::optional<Complaint>(complaintFrom(q.value()));
}

Result<ComplaintPage> ComplaintStore::complaints(const ComplaintFilter &f) const
{
    QStringList where;
    QVariantList bind;
    whereFor(f, where, bind);
    if (f.beforeCreatedMs > 0) {
        // A row value, so SQLite seeks the (…, created_ms, number) index instead of scanning from the top.
        where << QStringLiteral("(created_ms, number) < (?, ?)");
        bind << f.beforeCreatedMs << f.beforeNumber;
    }
    const int limit = qBound(1, f.limit, 1000);
    QString sql = QStringLiteral("SELECT %1 FROM complaints").arg(kComplaintColumns);
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY created_ms DESC, number DESC LIMIT ?");
    bind << limit + 1;
    auto q = run(m_db, sql, bind);
    if (!q.ok())
        return q.error();
    ComplaintPage page;
    while (q.value().next()) {
        if (page.rows.size() == limit) {
            page.hasMore = true;
            break;
        }
        page.rows.append(complaintFrom(q.value()));
    }
    if (page.hasMore) {
        page.nextBeforeCreatedMs = page.rows.last().createdMs;
        page.nextBeforeNumber = page.rows.last().number;
    }
    return page;
}

Result<qint64> ComplaintStore::countComplaints(const ComplaintFilter &f) const
{
    QStringList where;
    QVariantList bind;
    whereFor(f, where, bind);
    QString sql = QStringLiteral("SELECT COUNT(*) FROM complaints");
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    auto q = run(m_db, sql, bind);
    if (!q.ok())
        return q.error();
    return q.value().next() ? q->value(0).toLongLong() : 0;
}

Status ComplaintStore::insertCallUpdate(const CallUpdate &u)
{
    return done(run(m_db,
                    QStringLiteral("INSERT INTO call_updates(complaint_number, from_status, to_status, notes, "
                                   "source, at, operator_code, station_id) VALUES(?, ?, ?, ?, ?, ?, ?, ?)"),
                    {u.complaintNumber, u.fromStatus, u.toStatus, u.notes,
                     u.source.isEmpty() ? QStringLiteral("local") : u.source, u.at, u.operatorCode, u.stationId}));
}

Result<QList<CallUpdate>> ComplaintStore::callUpdates(const QString &complaintNumber) const
{
    auto q = run(m_db,
                 QStringLiteral("SELECT id, complaint_number, from_status, to_status, notes, source, at, "
                                "operator_code, station_id FROM call_updates WHERE complaint_number = ? ORDER "
                                "BY id"),
                 {complaintNumber});
    if (!q.ok())
        return q.error();
    QList<CallUpdate> out;
    while (q.value().next()) {
        out.append(CallUpdate{q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toString(),
                              q->value(3).toString(), q->value(4).toString(), q->value(5).toString(),
                              q->value(6).toString(), q->value(7).toString(), q->value(8).toString()});
    }
    return out;
}

Result<ServiceCounts> ComplaintStore::counts(const QDateTime &now) const
{
    // Open statuses listed (not "NOT IN closed") so each query is a range scan of complaints_open.
    static const QString open = QStringLiteral("status IN ('OPEN','ASSIGNED','VISITED','AWAITING_PARTS','RESOLVED')");
    ServiceCounts c;
    auto groups = run(m_db, QStringLiteral("SELECT status, call_type, COUNT(*) FROM complaints WHERE %1 GROUP BY "
                                           "status, call_type")
                                .arg(open));
    if (!groups.ok())
        return groups.error();
    int total = 0;
    while (groups.value().next()) {
        const int n = groups->value(2).toInt();
        c.openByStatus[groups->value(0).toString()] += n;
        c.openByCallType[groups->value(1).toString()] += n;
        total += n;
    }
    auto pending = run(m_db, QStringLiteral("SELECT COUNT(*) FROM part_requests WHERE status = 'PENDING'"));
    if (!pending.ok())
        return pending.error();
    c.pendingApprovals = pending.value().next() ? pending->value(0).toInt() : 0;
    // Whole days since registration: "0–2 days" is registered less than 3 days ago, "3–7" less than 8.
    const qint64 dayMs = 24LL * 3600 * 1000;
    const qint64 nowMs = now.toMSecsSinceEpoch();
    auto newer = [&](qint64 sinceMs) -> Result<int> {
        auto q = run(m_db, QStringLiteral("SELECT COUNT(*) FROM complaints WHERE %1 AND created_ms > ?").arg(open),
                     {sinceMs});
        if (!q.ok())
            return q.error();
        return q.value().next() ? q->value(0).toInt() : 0;
    };
    auto under3 = newer(nowMs - 3 * dayMs);
    if (!under3.ok())
        return under3.error();
    auto under8 = newer(nowMs - 8 * dayMs);
    if (!under8.ok())
        return under8.error();
    c.ageing0to2 = under3.value();
    c.ageing3to7 = under8.value() - under3.value();
    c.ageingOver7 = total - under8.value();
    return c;
}

} // namespace fb
