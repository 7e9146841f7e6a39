#include "app/storage/SerialRegister.h"

#include "app/storage/Database.h"

#include <QCoreApplication>

namespace fb {

namespace {
QVariant textOrNull(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}
} // namespace

SerialRegister::SerialRegister(Database &db)
    : m_db(db)
{}

Result<std::optional<SerialRecord>> SerialRegister::find(const QString &serial) const
{
    auto q = m_db.exec(QStringLiteral("SELECT serial, product_code, made_on, running_no, state, warehouse_code, "
                                      "party_code, ref, updated_at, operator_code, station_id FROM serials "
                                      "WHERE serial = ?"),
                       {serial});
    if (!q.ok())
        return q.error();
    QSqlQuery row = std::move(q).value();
    if (!row.next())
        return std::optional<SerialRecord>{};
    SerialRecord r;
    r.serial = row.value(0).toString();
    r.productCode = row.value(1).toString();
    r.madeOn = QDate::fromString(row.value(2).toString(), Qt::ISODate);
    r.runningNo = row.value(3).toInt();
    r.state = serialStateFromName(row.value(4).toString()).value_or(SerialState::Generated);
    r.warehouseCode = row.value(5).toString();
    r.partyCode = row.value(6).toString();
    r.ref = row.value(7).toString();
    r.updatedAt = row.value(8).toString();
    r.operatorCode = row.value(9).toString();
    r.stationId = row.value(10).toString();
    return std::optional<SerialRecord>(r);
}

Status SerialRegister::apply(const Actor &actor, const QDateTime &at, const SerialChange &c)
{
    const QString when = at.toString(Qt::ISODate);
    QString fromName;
    if (!c.from) {
        auto q = m_db.exec(QStringLiteral("INSERT OR IGNORE INTO serials(serial, product_code, made_on, running_no, "
                                          "state, warehouse_code, party_code, ref, updated_at, operator_code, "
                                          "station_id) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                           {c.serial, c.productCode, c.madeOn.toString(Qt::ISODate), c.runningNo, serialStateName(c.to),
                            textOrNull(c.warehouseCode), textOrNull(c.partyCode), textOrNull(c.ref), when,
                            actor.operatorCode, actor.stationId});
        if (!q.ok())
            return q.error();
        if (q.value().numRowsAffected() != 1)
            return makeError(
                QCoreApplication::translate("fb::SerialRegister", "Serial %1 is already registered.").arg(c.serial),
                QStringLiteral("serial"), QStringLiteral("serial.exists"));
    } else {
        fromName = serialStateName(*c.from);
        auto q = m_db.exec(QStringLiteral("UPDATE serials SET state = ?, warehouse_code = COALESCE(?, warehouse_code), "
                                          "party_code = ?, ref = ?, updated_at = ?, operator_code = ?, station_id = ? "
                                          "WHERE serial = ? AND state = ?"),
                           {serialStateName(c.to), textOrNull(c.warehouseCode), textOrNull(c.partyCode),
                            textOrNull(c.ref), when, actor.operatorCode, actor.stationId, c.serial, fromName});
        if (!q.ok())
            return q.error();
        if (q.value().numRowsAffected() != 1)
            return makeError(QCoreApplication::translate("fb::SerialRegister",
                                                         "Serial %1 is no longer %2: another station or window "
                                                         "moved it. Scan it again to see where it is.")
                                 .arg(c.serial, fromName),
                             QStringLiteral("serial"), QStringLiteral("serial.moved"));
    }
    auto m = m_db.exec(QStringLiteral("INSERT INTO movements(serial, kind, from_state, to_state, warehouse_code, "
                                      "party_code, ref, at, operator_code, station_id) "
                                      "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                       {c.serial, c.kind, textOrNull(fromName), serialStateName(c.to), textOrNull(c.warehouseCode),
                        textOrNull(c.partyCode), textOrNull(c.ref), when, actor.operatorCode, actor.stationId});
    if (!m.ok())
        return m.error();
    return Ok{};
}

Result<QList<Movement>> SerialRegister::history(const QString &serial) const
{
    auto q = m_db.exec(QStringLiteral("SELECT id, serial, kind, from_state, to_state, warehouse_code, party_code, ref, "
                                      "at, operator_code, station_id FROM movements WHERE serial = ? ORDER BY id"),
                       {serial});
    if (!q.ok())
        return q.error();
    QSqlQuery rows = std::move(q).value();
    QList<Movement> out;
    while (rows.next()) {
        Movement m;
        m.id = rows.value(0).toLongLong();
        m.serial = rows.value(1).toString();
        m.kind = rows.value(2).toString();
        m.fromState = rows.value(3).toString();
        m.toState = rows.value(4).toString();
        m.warehouseCode = rows.value(5).toString();
        m.partyCode = rows.value(6).toString();
        m.ref = rows.value(7).toString();
        m.at = rows.value(8).toString();
        m.operatorCode = rows.value(9).toString();
        m.stationId = rows.value(10).toString();
        out.append(m);
    }
    return out;
}

Result<qint64> SerialRegister::count(std::optional<SerialState> state) const
{
    auto q = state
                 ? m_db.exec(QStringLiteral("SELECT COUNT(*) FROM serials WHERE state = ?"), {serialStateName(*state)})
                 : m_db.exec(QStringLiteral("SELECT COUNT(*) FROM serials"));
    if (!q.ok())
        return q.error();
    QSqlQuery row = std::move(q).value();
    row.next();
    return row.value(0).toLongLong();
}

} // namespace fb
