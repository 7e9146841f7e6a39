#include "app/storage/ServiceStore.h"

#include "app/core/Logging.h"
#include "app/storage/Database.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace fb {

namespace {

QString toJson(const QStringList &list)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

QStringList listFromJson(const QString &text)
{
    QStringList out;
    const QJsonArray array = QJsonDocument::fromJson(text.toUtf8()).array();
    for (const auto &v : array)
        out << v.toString();
    return out;
}

// A null QString binds as SQL NULL; the service tables use '' for "none", so bind empty text instead.
Result<QSqlQuery> run(Database &db, const QString &sql, QVariantList bindings = {})
{
    for (QVariant &v : bindings) {
        if (v.typeId() == QMetaType::QString && v.toString().isNull())
            v = QStringLiteral("");
    }
    return db.exec(sql, bindings);
}

Status done(const Result<QSqlQuery> &q)
{
    if (!q.ok())
        return q.error();
    return Ok{};
}

std::optional<QSqlQuery> read(Database &db, const QString &sql, const QVariantList &bindings = {})
{
    auto q = run(db, sql, bindings);
    if (!q.ok()) {
        logger("db")->error("service read failed: {}", q.message().toStdString());
        return std::nullopt;
    }
    return std::move(q).value();
}

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

// --- names -----------------------------------------------------------------------------------------------------

QString complaintStatusName(ComplaintStatus status)
{
    switch (status) {
    case ComplaintStatus::Open:
        return QStringLiteral("OPEN");
    case ComplaintStatus::Assigned:
        return QStringLiteral("ASSIGNED");
    case ComplaintStatus::Visited:
        return QStringLiteral("VISITED");
    case ComplaintStatus::AwaitingParts:
        return QStringLiteral("AWAITING_PARTS");
    case ComplaintStatus::Resolved:
        return QStringLiteral("RESOLVED");
    case ComplaintStatus::Closed:
        return QStringLiteral("CLOSED");
    case ComplaintStatus::Cancelled:
        return QStringLiteral("CANCELLED");
    }
    return {};
}

QString complaintStatusTitle(ComplaintStatus status)
{
    switch (status) {
    case ComplaintStatus::Open:
        return QCoreApplication::translate("fb::Service", "Open");
    case ComplaintStatus::Assigned:
        return QCoreApplication::translate("fb::Service", "Assigned");
    case ComplaintStatus::Visited:
        return QCoreApplication::translate("fb::Service", "Visited");
    case ComplaintStatus::AwaitingParts:
        return QCoreApplication::translate("fb::Service", "Awaiting parts");
    case ComplaintStatus::Resolved:
        return QCoreApplication::translate("fb::Service", "Resolved");
    case ComplaintStatus::Closed:
        return QCoreApplication::translate("fb::Service", "Closed");
    case ComplaintStatus::Cancelled:
        return QCoreApplication::translate("fb::Service", "Cancelled");
    }
    return {};
}

const QList<ComplaintStatus> &allComplaintStatuses()
{
    static const QList<ComplaintStatus> all{
        ComplaintStatus::Open,     ComplaintStatus::Assigned, ComplaintStatus::Visited,  ComplaintStatus::AwaitingParts,
        ComplaintStatus::Resolved, ComplaintStatus::Closed,   ComplaintStatus::Cancelled};
    return all;
}

std::optional<ComplaintStatus> complaintStatusFromName(const QString &name)
{
    QString n = name.trimmed().toUpper();
    n.replace(u'-', u'_').replace(u' ', u'_');
    for (ComplaintStatus s : allComplaintStatuses()) {
        if (complaintStatusName(s) == n)
            return s;
    }
    return std::nullopt;
}

bool isTerminal(ComplaintStatus status)
{
    return status == ComplaintStatus::Closed || status == ComplaintStatus::Cancelled;
}

QString partRequestStatusName(PartRequestStatus status)
{
    switch (status) {
    case PartRequestStatus::Pending:
        return QStringLiteral("PENDING");
    case PartRequestStatus::Approved:
        return QStringLiteral("APPROVED");
    case PartRequestStatus::Rejected:
        return QStringLiteral("REJECTED");
    case PartRequestStatus::Issued:
        return QStringLiteral("ISSUED");
    case PartRequestStatus::Replaced:
        return QStringLiteral("REPLACED");
    case PartRequestStatus::Consumed:
        return QStringLiteral("CONSUMED");
    }
    return {};
}

QString partRequestStatusTitle(PartRequestStatus status)
{
    switch (status) {
    case PartRequestStatus::Pending:
        return QCoreApplication::translate("fb::Service", "Waiting for approval");
    case PartRequestStatus::Approved:
        return QCoreApplication::translate("fb::Service", "Approved");
    case PartRequestStatus::Rejected:
        return QCoreApplication::translate("fb::Service", "Rejected");
    case PartRequestStatus::Issued:
        return QCoreApplication::translate("fb::Service", "Issued");
    case PartRequestStatus::Replaced:
        return QCoreApplication::translate("fb::Service", "Replaced");
    case PartRequestStatus::Consumed:
        return QCoreApplication::translate("fb::Service", "Consumed");
    }
    return {};
}

std::optional<PartRequestStatus> partRequestStatusFromName(const QString &name)
{
    const QString n = name.trimmed().toUpper();
    for (PartRequestStatus s : {PartRequestStatus::Pending, PartRequestStatus::Approved, PartRequestStatus::Rejected,
                                PartRequestStatus::Issued, PartRequestStatus::Replaced, PartRequestStatus::Consumed}) {
        if (partRequestStatusName(s) == n)
            return s;
    }
    return std::nullopt;
}

bool isOpen(PartRequestStatus status)
{
    return status != PartRequestStatus::Rejected && status != PartRequestStatus::Consumed;
}

QString partActionName(PartAction action)
{
    switch (action) {
    case PartAction::Issued:
        return QStringLiteral("issued");
    case PartAction::Replaced:
        return QStringLiteral("replaced");
    case PartAction::Consumed:
        return QStringLiteral("consumed");
    }
    return {};
}

std::optional<PartAction> partActionFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    for (PartAction a : {PartAction::Issued, PartAction::Replaced, PartAction::Consumed}) {
        if (partActionName(a) == n)
            return a;
    }
    return std::nullopt;
}

QString spareDecisionName(SpareDecision decision)
{
    return decision == SpareDecision::Approve ? QStringLiteral("APPROVED") : QStringLiteral("REJECTED");
}

QString returnKindName(ReturnKind kind)
{
    return kind == ReturnKind::Unit ? QStringLiteral("UNIT") : QStringLiteral("PART");
}

// --- store -----------------------------------------------------------------------------------------------------

ServiceStore::ServiceStore(Database &db)
    : m_db(db)
{}

Status ServiceStore::upsert(const CallType &c)
{
    return done(run(m_db,
                    QStringLiteral("INSERT INTO call_types(code, name, updated_at) VALUES(?, ?, ?) ON "
                                   "CONFLICT(code) DO UPDATE SET name = excluded.name, updated_at = "
                                   "excluded.updated_at"),
                    {c.code, c.name, c.updatedAt}));
}

Status ServiceStore::upsert(const Part &p)
{
    return done(run(
        m_db,
        QStringLiteral("INSERT INTO parts(code, name, class, price_paise, part_serial_pattern, updated_at) VALUES(?, "
                       "?, ?, ?, ?, ?) ON CONFLICT(code) DO UPDATE SET name = excluded.name, class = excluded.class, "
                       "price_paise = excluded.price_paise, part_serial_pattern = excluded.part_serial_pattern, "
                       "updated_at = excluded.updated_at"),
        {p.code, p.name, p.partClass, p.pricePaise, p.serialPattern, p.updatedAt}));
}

Status ServiceStore::upsert(const ModelRegion &r)
{
    return done(run(m_db,
                    QStringLiteral("INSERT INTO model_regions(model, states, cities, updated_at) VALUES(?, ?, ?, "
                                   "?) ON CONFLICT(model) DO UPDATE SET states = excluded.states, cities = "
                                   "excluded.cities, updated_at = excluded.updated_at"),
                    {r.model, toJson(r.states), toJson(r.cities), r.updatedAt}));
}

QList<CallType> ServiceStore::callTypes() const
{
    QList<CallType> out;
    if (auto q = read(m_db, QStringLiteral("SELECT code, name, updated_at FROM call_types ORDER BY name"))) {
        while (q.value().next())
            out.append(CallType{q->value(0).toString(), q->value(1).toString(), q->value(2).toString()});
    }
    return out;
}

std::optional<CallType> ServiceStore::callType(const QString &code) const
{
    if (auto q = read(m_db, QStringLiteral("SELECT code, name, updated_at FROM call_types WHERE code = ?"), {code});
        q && q.value().next())
        return CallType{q->value(0).toString(), q->value(1).toString(), q->value(2).toString()};
    return std::nullopt;
}

namespace {
Part partFrom(const QSqlQuery &q)
{
    return Part{q.value(0).toString(),   q.value(1).toString(), q.value(2).toString(),
                q.value(3).toLongLong(), q.value(4).toString(), q.value(5).toString()};
}
} // namespace

QList<Part> ServiceStore::parts() const
{
    QList<Part> out;
    if (auto q = read(m_db, QStringLiteral("SELECT code, name, class, price_paise, part_serial_pattern, updated_at "
                                           "FROM parts ORDER BY code"))) {
        while (q.value().next())
            out.append(partFrom(*q));
    }
    return out;
}

std::optional<Part> ServiceStore::part(const QString &code) const
{
    if (auto q = read(m_db,
                      QStringLiteral("SELECT code, name, class, price_paise, part_serial_pattern, updated_at FROM "
                                     "parts WHERE code = ?"),
                      {code});
        q && q.value().next())
        return partFrom(*q);
    return std::nullopt;
}

std::optional<ModelRegion> ServiceStore::modelRegion(const QString &model) const
{
    if (auto q =
            read(m_db, QStringLiteral("SELECT model, states, cities, updated_at FROM model_regions WHERE model = ?"),
                 {model});
        q && q.value().next())
        return ModelRegion{q->value(0).toString(), listFromJson(q->value(1).toString()),
                           listFromJson(q->value(2).toString()), q->value(3).toString()};
    return std::nullopt;
}

Status ServiceStore::upsertCustomer(const Customer &c, const QString &at)
{
    return done(run(
        m_db,
        QStringLiteral("INSERT INTO customers(code, name, phone, city, state, pin_code, updated_at) VALUES(?, ?, ?, ?, "
                       "?, ?, ?) ON CONFLICT(code) DO UPDATE SET name = excluded.name, phone = excluded.phone, city = "
                       "excluded.city, state = excluded.state, pin_code = excluded.pin_code, updated_at = "
                       "excluded.updated_at"),
        {c.code, c.name, c.phone, c.city, c.state, c.pinCode, at}));
}

std::optional<Customer> ServiceStore::customer(const QString &code) const
{
    if (auto q =
            read(m_db, QStringLiteral("SELECT code, name, phone, city, state, pin_code FROM customers WHERE code = ?"),
                 {code});
        q && q.value().next())
        return Customer{q->value(0).toString(), q->value(1).toString(), q->value(2).toString(),
                        q->value(3).toString(), q->value(4).toString(), q->value(5).toString()};
    return std::nullopt;
}

Status ServiceStore::insertComplaint(const Complaint &c)
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

Status ServiceStore::updateComplaintStatus(const QString &number, ComplaintStatus status, const QString &at)
{
    return done(run(m_db, QStringLiteral("UPDATE complaints SET status = ?, updated_at = ? WHERE number = ?"),
                    {complaintStatusName(status), at, number}));
}

Status ServiceStore::updateComplaintCodes(const QString &number, const QString &technicianCode,
                                          const Customer &customer, const QString &at)
{
    return done(run(m_db,
                    QStringLiteral("UPDATE complaints SET technician_code = ?, customer_code = ?, customer_name "
                                   "= ?, customer_phone = ?, updated_at = ? WHERE number = ?"),
                    {technicianCode, customer.code, customer.name, customer.phone, at, number}));
}

Status ServiceStore::setComplaintCrmStatus(const QString &number, const QString &crmStatus, const QString &at)
{
    return done(run(m_db, QStringLiteral("UPDATE complaints SET crm_status = ?, updated_at = ? WHERE number = ?"),
                    {crmStatus, at, number}));
}

Result<std::optional<Complaint>> ServiceStore::complaint(const QString &number) const
{
    auto q = run(m_db, QStringLiteral("SELECT %1 FROM complaints WHERE number = ?").arg(kComplaintColumns), {number});
    if (!q.ok())
        return q.error();
    if (!q.value().next())
        return std::optional<Complaint>();
    return std::optional<Complaint>(complaintFrom(q.value()));
}

Result<ComplaintPage> ServiceStore::complaints(const ComplaintFilter &f) const
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

Result<qint64> ServiceStore::countComplaints(const ComplaintFilter &f) const
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

Status ServiceStore::insertCallUpdate(const CallUpdate &u)
{
    return done(run(m_db,
                    QStringLiteral("INSERT INTO call_updates(complaint_number, from_status, to_status, notes, "
                                   "source, at, operator_code, station_id) VALUES(?, ?, ?, ?, ?, ?, ?, ?)"),
                    {u.complaintNumber, u.fromStatus, u.toStatus, u.notes,
                     u.source.isEmpty() ? QStringLiteral("local") : u.source, u.at, u.operatorCode, u.stationId}));
}

Result<QList<CallUpdate>> ServiceStore::callUpdates(const QString &complaintNumber) const
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

Status ServiceStore::insertPartRequest(const PartRequest &r)
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

Status ServiceStore::updatePartRequestStatus(const QString &number, PartRequestStatus status, const QString &at)
{
    return done(run(m_db, QStringLiteral("UPDATE part_requests SET status = ?, updated_at = ? WHERE number = ?"),
                    {partRequestStatusName(status), at, number}));
}

Status ServiceStore::setPartRequestDecision(const QString &number, PartRequestStatus status, const QString &reason,
                                            const QString &by, const QString &source, const QString &at)
{
    return done(run(m_db,
                    QStringLiteral("UPDATE part_requests SET status = ?, decision_reason = ?, decided_by = ?, "
                                   "decision_source = ?, updated_at = ? WHERE number = ?"),
                    {partRequestStatusName(status), reason, by, source, at, number}));
}

Result<QList<PartRequestLine>> ServiceStore::linesOf(const QString &number) const
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

Result<std::optional<PartRequest>> ServiceStore::partRequest(const QString &number) const
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

Result<QList<PartRequest>> ServiceStore::partRequestsFor(const QString &complaintNumber) const
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

Result<QList<PartRequest>> ServiceStore::partRequestsIn(PartRequestStatus status, int limit) const
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

Result<int> ServiceStore::openPartRequestCount(const QString &complaintNumber) const
{
    auto q = run(m_db,
                 QStringLiteral("SELECT COUNT(*) FROM part_requests WHERE complaint_number = ? AND status NOT IN "
                                "('REJECTED','CONSUMED')"),
                 {complaintNumber});
    if (!q.ok())
        return q.error();
    return q.value().next() ? q->value(0).toInt() : 0;
}

Result<QStringList> ServiceStore::partSerialsInUse(const QStringList &serials, const QString &exceptRequest) const
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

Status ServiceStore::insertApproval(const Approval &a)
{
    return done(
        run(m_db,
            QStringLiteral("INSERT INTO approvals(request_number, decision, reason, decided_by, source, "
                           "at, operator_code, station_id) VALUES(?, ?, ?, ?, ?, ?, ?, ?)"),
            {a.partRequestNumber, a.decision, a.reason, a.decidedBy, a.source, a.at, a.operatorCode, a.stationId}));
}

Result<QList<Approval>> ServiceStore::approvals(const QString &partRequestNumber) const
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

Status ServiceStore::insertDocument(const StoredDocument &d, const QString &path)
{
    return done(run(m_db,
                    QStringLiteral("INSERT INTO documents(sha256, mime, size, file_name, path, created_at) "
                                   "VALUES(?, ?, ?, ?, ?, ?) ON CONFLICT(sha256) DO NOTHING"),
                    {d.sha256, d.mime, d.size, d.fileName, path, d.createdAt}));
}

Result<std::optional<StoredDocument>> ServiceStore::document(const QString &sha256) const
{
    auto q = run(m_db,
                 QStringLiteral("SELECT sha256, mime, size, file_name, created_at FROM documents WHERE sha256 = "
                                "?"),
                 {sha256});
    if (!q.ok())
        return q.error();
    if (!q.value().next())
        return std::optional<StoredDocument>();
    return std::optional<StoredDocument>(StoredDocument{q->value(0).toString(), q->value(1).toString(),
                                                        q->value(2).toLongLong(), q->value(3).toString(),
                                                        q->value(4).toString()});
}

QString ServiceStore::documentPath(const QString &sha256) const
{
    if (auto q = read(m_db, QStringLiteral("SELECT path FROM documents WHERE sha256 = ?"), {sha256});
        q && q.value().next())
        return q->value(0).toString();
    return {};
}

Status ServiceStore::linkDocument(const PartDocument &l)
{
    return done(run(
        m_db,
        QStringLiteral("INSERT INTO part_request_documents(request_number, action, sha256, "
                       "file_name, at, operator_code, station_id) VALUES(?, ?, ?, ?, ?, ?, ?)"),
        {l.partRequestNumber, l.action, l.document.sha256, l.document.fileName, l.at, l.operatorCode, l.stationId}));
}

Status ServiceStore::insertReturnOrder(const ReturnOrder &o)
{
    auto q =
        run(m_db,
            QStringLiteral("INSERT INTO return_orders(number, complaint_number, part_request_number, "
                           "reason, created_at, operator_code, station_id) VALUES(?, ?, ?, ?, ?, ?, ?)"),
            {o.number, o.complaintNumber, o.partRequestNumber, o.reason, o.createdAt, o.operatorCode, o.stationId});
    if (!q.ok())
        return q.error();
    int seq = 0;
    for (const ReturnLine &l : o.lines) {
        auto line = run(m_db,
                        QStringLiteral("INSERT INTO return_order_lines(order_number, seq, kind, part_code, "
                                       "part_class, serial, quantity) VALUES(?, ?, ?, ?, ?, ?, ?)"),
                        {o.number, ++seq, returnKindName(l.kind), l.partCode, l.partClass, l.serial, l.quantity});
        if (!line.ok())
            return line.error();
    }
    return Ok{};
}

Result<std::optional<ReturnOrder>> ServiceStore::returnOrder(const QString &number) const
{
    auto q = run(m_db,
                 QStringLiteral("SELECT number, complaint_number, part_request_number, reason, created_at, "
                                "operator_code, station_id FROM return_orders WHERE number = ?"),
                 {number});
    if (!q.ok())
        return q.error();
    if (!q.value().next())
        return std::optional<ReturnOrder>();
    ReturnOrder o;
    o.number = q->value(0).toString();
    o.complaintNumber = q->value(1).toString();
    o.partRequestNumber = q->value(2).toString();
    o.reason = q->value(3).toString();
    o.createdAt = q->value(4).toString();
    o.operatorCode = q->value(5).toString();
    o.stationId = q->value(6).toString();
    auto lines = run(m_db,
                     QStringLiteral("SELECT kind, part_code, part_class, serial, quantity FROM "
                                    "return_order_lines WHERE order_number = ? ORDER BY seq"),
                     {o.number});
    if (!lines.ok())
        return lines.error();
    while (lines.value().next()) {
        ReturnLine l;
        l.kind = lines->value(0).toString() == u"UNIT" ? ReturnKind::Unit : ReturnKind::Part;
        l.partCode = lines->value(1).toString();
        l.partClass = lines->value(2).toString();
        l.serial = lines->value(3).toString();
        l.quantity = lines->value(4).toInt();
        o.lines.append(l);
    }
    return std::optional<ReturnOrder>(o);
}

Result<QList<ReturnOrder>> ServiceStore::returnOrdersFor(const QString &complaintNumber) const
{
    auto q = run(m_db,
                 QStringLiteral("SELECT number FROM return_orders WHERE complaint_number = ? ORDER BY "
                                "created_at, number"),
                 {complaintNumber});
    if (!q.ok())
        return q.error();
    QStringList numbers;
    while (q.value().next())
        numbers << q->value(0).toString();
    QList<ReturnOrder> out;
    for (const QString &n : numbers) {
        auto o = returnOrder(n);
        if (!o.ok())
            return o.error();
        if (o.value())
            out.append(*o.value());
    }
    return out;
}

Result<QStringList> ServiceStore::returnedSerials(const QStringList &serials) const
{
    QStringList out;
    for (const QString &serial : serials) {
        if (serial.isEmpty())
            continue;
        auto q = run(m_db, QStringLiteral("SELECT 1 FROM return_order_lines WHERE serial = ? LIMIT 1"), {serial});
        if (!q.ok())
            return q.error();
        if (q.value().next())
            out << serial;
    }
    return out;
}

Result<ServiceCounts> ServiceStore::counts(const QDateTime &now) const
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
