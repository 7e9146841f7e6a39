#include "app/storage/ReturnOrderStore.h"

#include "app/storage/Database.h"
#include "app/storage/ServiceSql.h"

namespace fb {

using namespace servicesql;

ReturnOrderStore::ReturnOrderStore(Database &db)
    : m_db(db)
{}

Status ReturnOrderStore::insertReturnOrder(const ReturnOrder &o)
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

Result<std::optional<ReturnOrder>> ReturnOrderStore::returnOrder(const QString &number) const
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
        l.kind = returnKindFromName(lines->value(0).toString()).value_or(ReturnKind::Part);
        l.partCode = lines->value(1).toString();
        l.partClass = lines->value(2).toString();
        l.serial = lines->value(3).toString();
        l.quantity = lines->value(4).toInt();
        o.lines.append(l);
    }
    return std::optional<ReturnOrder>(o);
}

Result<QList<ReturnOrder>> ReturnOrderStore::returnOrdersFor(const QString &complaintNumber) const
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

Result<QStringList> ReturnOrderStore::returnedSerials(const QStringList &serials) const
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

} // namespace fb
