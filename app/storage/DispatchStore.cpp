#include "app/storage/DispatchStore.h"

#include "app/storage/Database.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace fb {

namespace {

const QString kFormColumns = QStringLiteral(
    "warehouse_code, order_id, distributor_code, party_code, bill_to_name, bill_to_code, bill_to_gstin, "
    "bill_to_address, ship_to_name, ship_to_code, ship_to_address, transporter_name, transport_mode, vehicle_no, "
    "lr_no, eway_bill_no, dispatch_datetime, remarks, order_lines");

// A null QString binds as SQL NULL; the form's columns are NOT NULL with '' for "not filled in".
QVariant text(const QString &s)
{
    return s.isNull() ? QVariant(QStringLiteral("")) : QVariant(s);
}

QVariantList formValues(const DispatchForm &f)
{
    QVariantList out;
    for (const QString *s :
         {&f.warehouseCode, &f.orderId, &f.distributorCode, &f.partyCode, &f.billToName, &f.billToCode, &f.billToGstin,
          &f.billToAddress, &f.shipToName, &f.shipToCode, &f.shipToAddress, &f.transporterName, &f.transportMode,
          &f.vehicleNo, &f.lrNo, &f.ewayBillNo, &f.dispatchDateTime, &f.remarks})
        out << text(*s);
    out << DispatchStore::quantitiesToJson(f.orderQuantities);
    return out;
}

DispatchRecord readRecord(const QSqlQuery &q)
{
    DispatchRecord r;
    int i = 0;
    r.id = q.value(i++).toLongLong();
    r.state = dispatchStateFromName(q.value(i++).toString()).value_or(DispatchState::Draft);
    r.requestId = q.value(i++).toString();
    DispatchForm &f = r.form;
    for (QString *s :
         {&f.warehouseCode, &f.orderId, &f.distributorCode, &f.partyCode, &f.billToName, &f.billToCode, &f.billToGstin,
          &f.billToAddress, &f.shipToName, &f.shipToCode, &f.shipToAddress, &f.transporterName, &f.transportMode,
          &f.vehicleNo, &f.lrNo, &f.ewayBillNo, &f.dispatchDateTime, &f.remarks})
        *s = q.value(i++).toString();
    f.orderQuantities = DispatchStore::quantitiesFromJson(q.value(i++).toString());
    r.consignmentPaise = q.value(i++).toLongLong();
    r.eventId = q.value(i++).toString();
    r.payload = q.value(i++).toString();
    r.createdAt = q.value(i++).toString();
    r.submittedAt = q.value(i++).toString();
    r.cancelledAt = q.value(i++).toString();
    r.cancelReason = q.value(i++).toString();
    r.cancelledBy = q.value(i++).toString();
    r.operatorCode = q.value(i++).toString();
    r.stationId = q.value(i++).toString();
    r.lineCount = q.value(i++).toInt();
    return r;
}

QString recordSelect()
{
    QString formCols = kFormColumns;
    formCols.replace(QStringLiteral(", "), QStringLiteral(", d."));
    return QStringLiteral("SELECT d.id, d.state, d.request_id, d.%1, d.consignment_paise, d.event_id, d.payload, "
                          "d.created_at, d.submitted_at, d.cancelled_at, d.cancel_reason, d.cancelled_by, "
                          "d.operator_code, d.station_id, (SELECT COUNT(*) FROM dispatch_lines l WHERE l.draft_id = "
                          "d.id) FROM dispatch_orders d ")
        .arg(formCols);
}

} // namespace

DispatchStore::DispatchStore(Database &db)
    : m_db(db)
{}

QString DispatchStore::quantitiesToJson(const QList<OrderQuantity> &quantities)
{
    QJsonArray a;
    for (const OrderQuantity &q : quantities)
        a.append(
            QJsonObject{{QStringLiteral("product_code"), q.productCode}, {QStringLiteral("quantity"), q.quantity}});
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

QList<OrderQuantity> DispatchStore::quantitiesFromJson(const QString &json)
{
    QList<OrderQuantity> out;
    const QJsonArray a = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue v : a) {
        const QJsonObject o = v.toObject();
        out.append({o.value(QStringLiteral("product_code")).toString(), o.value(QStringLiteral("quantity")).toInt()});
    }
    return out;
}

Result<qint64> DispatchStore::createDraft(const DispatchForm &form, const QString &createdAt,
                                          const QString &operatorCode, const QString &stationId)
{
    QVariantList b = formValues(form);
    b << createdAt << operatorCode << stationId;
    auto q = m_db.exec(QStringLiteral("INSERT INTO dispatch_orders(state, %1, created_at, operator_code, station_id) "
                                      "VALUES('DRAFT', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                                      "?)")
                           .arg(kFormColumns),
                       b);
    if (!q.ok())
        return q.error();
    return q.value().lastInsertId().toLongLong();
}

Status DispatchStore::saveForm(qint64 id, const DispatchForm &form)
{
    QString set = kFormColumns;
    set.replace(QStringLiteral(", "), QStringLiteral(" = ?, "));
    set += QStringLiteral(" = ?");
    QVariantList b = formValues(form);
    b << id;
    return changeState(id, QStringLiteral("UPDATE dispatch_orders SET %1 WHERE id = ? AND state = 'DRAFT'").arg(set), b,
                       DispatchState::Draft);
}

Result<std::optional<DispatchRecord>> DispatchStore::readOne(const QString &where, const QVariant &value) const
{
    auto q = m_db.exec(recordSelect() + where, {value});
    if (!q.ok())
        return q.error();
    QSqlQuery row = std::move(q).value();
    if (!row.next())
        return std::optional<DispatchRecord>{};
    return std::optional<DispatchRecord>(readRecord(row));
}

Result<std::optional<DispatchRecord>> DispatchStore::record(qint64 id) const
{
    return readOne(QStringLiteral("WHERE d.id = ?"), id);
}

Result<std::optional<DispatchRecord>> DispatchStore::byRequestId(const QString &requestId) const
{
    return readOne(QStringLiteral("WHERE d.request_id = ?"), requestId);
}

Result<std::optional<qint64>> DispatchStore::openDraft(const QString &stationId, const QString &operatorCode) const
{
    auto q = m_db.exec(QStringLiteral("SELECT id FROM dispatch_orders WHERE station_id = ? AND operator_code = ? AND "
                                      "state = 'DRAFT' ORDER BY id DESC LIMIT 1"),
                       {stationId, operatorCode});
    if (!q.ok())
        return q.error();
    QSqlQuery row = std::move(q).value();
    if (!row.next())
        return std::optional<qint64>{};
    return std::optional<qint64>(row.value(0).toLongLong());
}

Result<QList<DispatchRecord>> DispatchStore::recent(int limit) const
{
    auto q =
        m_db.exec(recordSelect() + QStringLiteral("WHERE d.state <> 'ABANDONED' ORDER BY d.id DESC LIMIT ?"), {limit});
    if (!q.ok())
        return q.error();
    QSqlQuery rows = std::move(q).value();
    QList<DispatchRecord> out;
    while (rows.next())
        out.append(readRecord(rows));
    return out;
}

Result<QList<DispatchLine>> DispatchStore::lines(qint64 id) const
{
    auto q = m_db.exec(QStringLiteral("SELECT serial, product_code, seq, scanned_at, source FROM dispatch_lines WHERE "
                                      "draft_id = ? ORDER BY seq"),
                       {id});
    if (!q.ok())
        return q.error();
    QSqlQuery rows = std::move(q).value();
    QList<DispatchLine> out;
    while (rows.next())
        out.append({rows.value(0).toString(), rows.value(1).toString(), rows.value(2).toInt(), rows.value(3).toString(),
                    rows.value(4).toString()});
    return out;
}

Result<DispatchLine> DispatchStore::appendLine(qint64 id, DispatchLine line)
{
    auto seq =
        m_db.exec(QStringLiteral("SELECT COALESCE(MAX(seq), 0) + 1 FROM dispatch_lines WHERE draft_id = ?"), {id});
    if (!seq.ok())
        return seq.error();
    QSqlQuery s = std::move(seq).value();
    s.next();
    line.seq = s.value(0).toInt();
    auto q = m_db.exec(QStringLiteral("INSERT INTO dispatch_lines(draft_id, serial, product_code, seq, scanned_at, "
                                      "source) VALUES(?, ?, ?, ?, ?, ?)"),
                       {id, line.serial, line.productCode, line.seq, line.scannedAt, text(line.source)});
    if (!q.ok())
        return q.error();
    return line;
}

Result<bool> DispatchStore::removeLine(qint64 id, const QString &serial)
{
    auto q = m_db.exec(QStringLiteral("DELETE FROM dispatch_lines WHERE draft_id = ? AND serial = ?"), {id, serial});
    if (!q.ok())
        return q.error();
    return q.value().numRowsAffected() > 0;
}

Result<QList<DispatchHolding>> DispatchStore::draftsHolding(const QString &serial, qint64 exceptId) const
{
    auto q = m_db.exec(QStringLiteral("SELECT d.id, d.operator_code, d.station_id FROM dispatch_lines l JOIN "
                                      "dispatch_orders d ON d.id = l.draft_id WHERE l.serial = ? AND d.state = "
                                      "'DRAFT' AND d.id <> ? ORDER BY d.id"),
                       {serial, exceptId});
    if (!q.ok())
        return q.error();
    QSqlQuery rows = std::move(q).value();
    QList<DispatchHolding> out;
    while (rows.next())
        out.append({rows.value(0).toLongLong(), rows.value(1).toString(), rows.value(2).toString()});
    return out;
}

Status DispatchStore::changeState(qint64 id, const QString &sql, const QVariantList &bindings, DispatchState from)
{
    auto q = m_db.exec(sql, bindings);
    if (!q.ok())
        return q.error();
    if (q.value().numRowsAffected() != 1)
        return makeError(QCoreApplication::translate("fb::DispatchStore",
                                                     "Dispatch #%1 is no longer %2 — another window changed it; "
                                                     "reopen it to see where it stands.")
                             .arg(id)
                             .arg(dispatchStateName(from)),
                         {}, QStringLiteral("dispatch.state"));
    return Ok{};
}

Status DispatchStore::markSubmitted(qint64 id, const QString &requestId, const QString &at, const QString &eventId,
                                    const QString &payload, qint64 consignmentPaise)
{
    return changeState(id,
                       QStringLiteral("UPDATE dispatch_orders SET state = 'SUBMITTED', request_id = ?, submitted_at = "
                                      "?, event_id = ?, payload = ?, consignment_paise = ? WHERE id = ? AND state = "
                                      "'DRAFT'"),
                       {requestId, at, eventId, payload, consignmentPaise, id}, DispatchState::Draft);
}

Status DispatchStore::markCancelled(qint64 id, const QString &at, const QString &reason, const QString &by)
{
    return changeState(id,
                       QStringLiteral("UPDATE dispatch_orders SET state = 'CANCELLED', cancelled_at = ?, cancel_reason "
                                      "= ?, cancelled_by = ? WHERE id = ? AND state = 'SUBMITTED'"),
                       {at, text(reason), text(by), id}, DispatchState::Submitted);
}

Status DispatchStore::markAbandoned(qint64 id)
{
    return changeState(id,
                       QStringLiteral("UPDATE dispatch_orders SET state = 'ABANDONED' WHERE id = ? AND state = "
                                      "'DRAFT'"),
                       {id}, DispatchState::Draft);
}

} // namespace fb
