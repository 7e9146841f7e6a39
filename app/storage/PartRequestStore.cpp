#include "app/storage/PartRequestStore.h"

#include "app/storage/Database.h"
#include "app/storage/ServiceSql.h"

namespace fb {

using namespace servicesql;

namespace {

const QString kPartRequestColumns =
    QStringLiteral("number, complaint_number, status, notes, decision_reason, decided_by, decision_source, "
                   "created_at, updated_at, operator_code, station_id");

PartRequest partRequestFrom(const QSqlQuery &q)
{
    PartRequest r;
    r.number = q.value(0).toString();
    r.complaintNumber = q.value(1).toString();
    r.status = partRequestStatusFromName(q.value(2).toString()).value_or(PartRequestStatus::Pending);
    r.notes = q.value(3).toString();
    r.decisionReason = q.value(4).toString();
    r.decidedBy = q.value(5).toString();
    r.decisionSource = q.value(6).toString();
    r.createdAt = q.value(7).toString();
    r.updatedAt = q.value(8).toString();
    r.operatorCode = q.value(9).toString();
    r.stationId = q.value(10).toString();
    return r;
}

} // namespace

PartRequestStore::PartRequestStore(Database &db)
    : m_db(db)
{}

Status PartRequestStore::insertPartRequest(const PartRequest &r)
{
    auto q = run(m_db,
                 QStringLiteral("INSERT INTO part_requests(%1) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                     .arg(kPartRequestColumns),
                 {r.number, r.complaintNumber, partRequestStatusName(r.status), r.notes, r.decisionReason, r.decidedBy,
                  r.decisionSource, r.createdAt, r.updatedAt, r.operatorCode, r.stationId});
    if (!q.ok())
        return q.error();
    int seq = 0;
    for (const PartRequestLine &l : r.lines) {
        ++seq;
        auto line = run(m_db,
                        QStringLiteral("INSERT INTO part_request_lines(request_number, seq, part_code, "
                                       "part_name, part_class, quantity, part_serials) VALUES(?, ?, ?, ?, ?, ?, ?)"),
                        {r.number, seq, l.partCode, l.partName, l.partClass, l.quantity, toJson(l.partSerials)});
        if (!line.ok())
            return line.error();
        for (const QString &serial : l.partSerials) {
            auto s = run(m_db,
                         QStringLiteral("INSERT INTO part_serials(serial, request_number, part_code) VALUES(?, "
                                        "?, ?)"),
                         {serial, r.number, l.partCode});
            if (!s.ok())
                return s.error();
        }
    }
    return Ok{};
}

Result<bool> PartRequestStore::updatePartRequestStatus(const QString &number, PartRequestStatus expected,
                                                       PartRequestStatus status, const QString &at)
{
    auto q =
        run(m_db, QStringLiteral("UPDATE part_requests SET status = ?, updated_at = ? WHERE number = ? AND status = ?"),
            {partRequestStatusName(status), at, number, partRequestStatusName(expected)});
    if (!q.ok())
        return q.error();
    return q.value().numRowsAffected() == 1;
}

Result<bool> PartRequestStore::setPartRequestDecision(const QString &number, PartRequestStatus expected,
                                                      PartRequestStatus status, const QString &reason,
                                                      const QString &by, const QString &source, const QString &at)
{
    auto q = run(m_db,
                 QStringLiteral("UPDATE part_requests SET status = ?, decision_reason = ?, decided_by = ?, "
                                "decision_source = ?, updated_at = ? WHERE number = ? AND status = ?"),
                 {partRequestStatusName(status), reason, by, source, at, number, partRequestStatusName(expected)});
    if (!q.ok())
        return q.error();
    return q.value().numRowsAffected() == 1;
}

Result<QList<PartRequestLine>> PartRequestStore::linesOf(const QString &number) const
{
    auto q = run(m_db,
                 QStringLiteral("SELECT part_code, part_name, part_class, quantity, part_serials FROM "
                                "part_request_lines WHERE request_number = ? ORDER BY seq"),
                 {number});
    if (!q.ok())
        return q.error();
    QList<PartRequestLine> out;
    while (q.value().next())
        out.append(PartRequestLine{q->value(0).toString(), q->value(1).toString(), q->value(2).toString(),
                                   q->value(3).toInt(), listFromJson(q->value(4).toString())});
    return out;
}

Result<std::optional<PartRequest>> PartRequestStore::partRequest(const QString &number) const
{
    auto q =
        run(m_db, QStringLiteral("SELECT %1 FROM part_requests WHERE number = ?").arg(kPartRequestColumns), {number});
    if (!q.ok())
        return q.error();
    if (!q.value().next())
        return std::optional<PartRequest>();
    PartRequest r = partRequestFrom(q.value());
    auto lines = linesOf(r.number);
    if (!lines.ok())
        return lines.error();
    r.lines = lines.value();
    auto docs = run(m_db,
                    QStringLiteral("SELECT l.action, d.sha256, d.mime, d.size, l.file_name, d.created_at, l.at, "
                                   "l.operator_code FROM part_request_documents l JOIN documents d ON d.sha256 = "
                                   "l.sha256 WHERE l.request_number = ? ORDER BY l.id"),
                    {r.number});
    if (!docs.ok())
        return docs.error();
    while (docs.value().next()) {
        PartDocument d;
        d.partRequestNumber = r.number;
        d.action = docs->value(0).toString();
        d.document = StoredDocument{docs->value(1).toString(), docs->value(2).toString(), docs->value(3).toLongLong(),
                                    docs->value(4).toString(), docs->value(5).toString()};
        d.at = docs->value(6).toString();
        d.operatorCode = docs->value(7).toString();
        r.documents.append(d);
    }
    return std::optional<PartRequest>(r);
}

Result<QList<PartRequest>> PartRequestStore::partRequestsFor(const QString &complaintNumber) const
{
    auto q = run(m_db,
                 QStringLiteral("SELECT number FROM part_requests WHERE complaint_number = ? ORDER BY "
                                "created_at, number"),
                 {complaintNumber});
    if (!q.ok())
        return q.error();
    QStringList numbers;
    while (q.value().next())
        numbers << q->value(0).toString();
    QList<PartRequest> out;
    for (const QString &n : numbers) {
        auto r = partRequest(n);
        if (!r.ok())
            return r.error();
        if (r.value())
            out.append(*r.value());
    }
    return out;
}

Result<QList<PartRequest>> PartRequestStore::partRequestsIn(PartRequestStatus status, int limit) const
{
    auto q = run(m_db,
                 QStringLiteral("SELECT number FROM part_requests WHERE status = ? ORDER BY created_at, number "
                                "LIMIT ?"),
                 {partRequestStatusName(status), limit});
    if (!q.ok())
        return q.error();
    QStringList numbers;
    while (q.value().next())
        numbers << q->value(0).toString();
    QList<PartRequest> out;
    for (const QString &n : numbers) {
        auto r = partRequest(n);
        if (!r.ok())
            return r.error();
        if (r.value())
            out.append(*r.value());
    }
    return out;
}

Result<int> PartRequestStore::openPartRequestCount(const QString &complaintNumber) const
{
    auto q = run(m_db,
                 QStringLiteral("SELECT COUNT(*) FROM part_requests WHERE complaint_number = ? AND status NOT IN "
                                "('REJECTED','CONSUMED')"),
                 {complaintNumber});
    if (!q.ok())
        return q.error();
    return q.value().next() ? q->value(0).toInt() : 0;
}

Result<QStringList> PartRequestStore::partSerialsInUse(const QStringList &serials, const QString &exceptRequest) const
{
    QStringList used;
    for (const QString &serial : serials) {
        auto q = run(m_db,
                     QStringLiteral("SELECT s.request_number FROM part_serials s JOIN part_requests r ON "
                                    "r.number = s.request_number WHERE s.serial = ? AND s.request_number <> ? "
                                    "AND r.status <> 'REJECTED' LIMIT 1"),
                     {serial, exceptRequest});
        if (!q.ok())
            return q.error();
        if (q.value().next())
            used << serial;
    }
    return used;
}

Status PartRequestStore::insertApproval(const Approval &a)
{
    return done(
        run(m_db,
            QStringLiteral("INSERT INTO approvals(request_number, decision, reason, decided_by, source, "
                           "at, operator_code, station_id) VALUES(?, ?, ?, ?, ?, ?, ?, ?)"),
            {a.partRequestNumber, a.decision, a.reason, a.decidedBy, a.source, a.at, a.operatorCode, a.stationId}));
}

Result<QList<Approval>> PartRequestStore::approvals(const QString &partRequestNumber) const
{
    auto q = run(m_db,
                 QStringLiteral("SELECT id, request_number, decision, reason, decided_by, source, at, "
                                "operator_code, station_id FROM approvals WHERE request_number = ? ORDER BY id"),
                 {partRequestNumber});
    if (!q.ok())
        return q.error();
    QList<Approval> out;
    while (q.value().next())
        out.append(Approval{q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toString(),
                            q->value(3).toString(), q->value(4).toString(), q->value(5).toString(),
                            q->value(6).toString(), q->value(7).toString(), q->value(8).toString()});
    return out;
}

Status PartRequestStore::linkDocument(const PartDocument &l)
{
    return done(run(
        m_db,
        QStringLiteral("INSERT INTO part_request_documents(request_number, action, sha256, "
                       "file_name, at, operator_code, station_id) VALUES(?, ?, ?, ?, ?, ?, ?)"),
        {l.partRequestNumber, l.action, l.document.sha256, l.document.fileName, l.at, l.operatorCode, l.stationId}));
}

} // namespace fb
