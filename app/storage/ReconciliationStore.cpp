#include "app/storage/ReconciliationStore.h"

#include "app/domain/EventType.h"

#include "app/storage/Database.h"

namespace fb {

ReconciliationStore::ReconciliationStore(Database &db)
    : m_db(db)
{}

const QStringList &ReconciliationStore::stockEventTypes()
{
    static const QStringList types = [] {
        QStringList names;
        for (EventType type : allEventTypes()) {
            if (movesStock(type))
                names << eventTypeName(type);
        }
        return names;
    }();
    return types;
}

Result<QList<StockEventRow>> ReconciliationStore::stockEvents(Crm crm, qint64 afterId, int limit) const
{
    // Walk the primary key in id order: the unary + keeps SQLite off the (crm, ordering_key) index, which would
    // read every row of the CRM and sort them for each batch (0.19 s per batch at 200,000 rows, 0.014 s this way).
    // The type filter is a bound list, never spliced text.
    const QStringList &types = stockEventTypes();
    QVariantList bindings{crmName(crm), afterId};
    for (const QString &t : types)
        bindings.append(t);
    bindings.append(limit);
    auto q = m_db.exec(QStringLiteral("SELECT id, event_type, event_id, state, payload, response, last_error, "
                                      "last_status, attempts, created_at FROM outbox WHERE +crm = ? AND id > ? AND "
                                      "+event_type IN (?, ?, ?, ?, ?) ORDER BY id LIMIT ?"),
                       bindings);
    if (!q.ok())
        return q.error();
    QSqlQuery rows = std::move(q).value();
    QList<StockEventRow> out;
    while (rows.next()) {
        StockEventRow r;
        r.id = rows.value(0).toLongLong();
        r.crm = crm;
        r.eventType = rows.value(1).toString();
        r.eventId = rows.value(2).toString();
        r.state = outboxStateFromName(rows.value(3).toString()).value_or(OutboxState::Pending);
        r.payload = rows.value(4).toString();
        r.response = rows.value(5).toString();
        r.lastError = rows.value(6).toString();
        r.lastStatus = rows.value(7).toInt();
        r.attempts = rows.value(8).toInt();
        r.createdAt = rows.value(9).toString();
        out.append(r);
    }
    return out;
}

Result<QList<SerialRecord>> ReconciliationStore::serialsAfter(const QString &afterSerial, int limit) const
{
    auto q = m_db.exec(QStringLiteral("SELECT serial, product_code, state, warehouse_code, party_code, ref, "
                                      "updated_at FROM serials WHERE serial > ? ORDER BY serial LIMIT ?"),
                       {afterSerial, limit});
    if (!q.ok())
        return q.error();
    QSqlQuery rows = std::move(q).value();
    QList<SerialRecord> out;
    while (rows.next()) {
        SerialRecord r;
        r.serial = rows.value(0).toString();
        r.productCode = rows.value(1).toString();
        r.state = serialStateFromName(rows.value(2).toString()).value_or(SerialState::Generated);
        r.warehouseCode = rows.value(3).toString();
        r.partyCode = rows.value(4).toString();
        r.ref = rows.value(5).toString();
        r.updatedAt = rows.value(6).toString();
        out.append(r);
    }
    return out;
}

Result<QSet<QString>> ReconciliationStore::existing(const QStringList &serials) const
{
    QSet<QString> out;
    // SQLite's default limit is 32,766 bound values; 500 per statement keeps each query small.
    constexpr qsizetype kChunk = 500;
    for (qsizetype start = 0; start < serials.size(); start += kChunk) {
        const QStringList chunk = serials.mid(start, kChunk);
        QStringList marks;
        QVariantList bindings;
        for (const QString &s : chunk) {
            marks << QStringLiteral("?");
            bindings.append(s);
        }
        auto q = m_db.exec(
            QStringLiteral("SELECT serial FROM serials WHERE serial IN (%1)").arg(marks.join(QLatin1Char(','))),
            bindings);
        if (!q.ok())
            return q.error();
        QSqlQuery rows = std::move(q).value();
        while (rows.next())
            out.insert(rows.value(0).toString());
    }
    return out;
}

Result<bool> ReconciliationStore::hasMovement(const QString &serial, const QString &kind, const QString &ref) const
{
    auto q = m_db.exec(QStringLiteral("SELECT 1 FROM movements WHERE serial = ? AND kind = ? AND ref = ? LIMIT 1"),
                       {serial, kind, ref});
    if (!q.ok())
        return q.error();
    return q.value().next();
}

} // namespace fb
