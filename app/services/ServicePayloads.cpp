#include "app/services/ServicePayloads.h"

#include <QJsonArray>

namespace fb::payloads {

namespace {

QJsonObject header(const QString &requestId, const QString &action, const QDateTime &at)
{
    return QJsonObject{{QStringLiteral("request_id"), requestId},
                       {QStringLiteral("timestamp"), at.toString(Qt::ISODate)},
                       {QStringLiteral("source"), QStringLiteral("mobile_app")},
                       {QStringLiteral("action"), action}};
}

QJsonArray partsOf(const PartRequest &r)
{
    QJsonArray parts;
    for (const PartRequestLine &l : r.lines)
        parts.append(QJsonObject{{QStringLiteral("part_code"), l.partCode},
                                 {QStringLiteral("part_class"), l.partClass},
                                 {QStringLiteral("qty"), l.quantity},
                                 {QStringLiteral("part_serials"), QJsonArray::fromStringList(l.partSerials)}});
    return parts;
}

int totalQty(const PartRequest &r)
{
    int total = 0;
    for (const PartRequestLine &l : r.lines)
        total += l.quantity;
    return total;
}

} // namespace

QJsonObject complaintRegistered(const Complaint &c, const QString &productId, const QDateTime &at)
{
    QJsonObject o = header(c.number, QStringLiteral("REGISTER"), at);
    o.insert(QStringLiteral("complaint"),
             QJsonObject{
                 {QStringLiteral("complaint_no"), c.number},
                 {QStringLiteral("call_type"), c.callType},
                 {QStringLiteral("status"), complaintStatusName(c.status)},
                 {QStringLiteral("registered_at"), c.createdAt},
                 {QStringLiteral("customer"), QJsonObject{{QStringLiteral("code"), c.customer.code},
                                                          {QStringLiteral("name"), c.customer.name},
                                                          {QStringLiteral("phone"), c.customer.phone},
                                                          {QStringLiteral("city"), c.customer.city},
                                                          {QStringLiteral("state"), c.customer.state},
                                                          {QStringLiteral("pin_code"), c.customer.pinCode}}},
                 {QStringLiteral("product"), QJsonObject{{QStringLiteral("product_id"), productId},
                                                         {QStringLiteral("product_code"), c.productCode},
                                                         {QStringLiteral("model"), c.model},
                                                         {QStringLiteral("sn"), c.serial}}},
                 {QStringLiteral("technician_code"), c.technicianCode},
                 {QStringLiteral("description"), c.description},
                 {QStringLiteral("serial_override_reason"), c.serialOverrideReason},
             });
    return o;
}

QJsonObject complaintUpdated(const Complaint &c, const QString &action, const QString &previousStatus,
                             const QString &remarks, const QDateTime &at)
{
    QJsonObject o = header(c.number, action, at);
    o.insert(QStringLiteral("complaint_no"), c.number);
    o.insert(QStringLiteral("status"), complaintStatusName(c.status));
    o.insert(QStringLiteral("previous_status"), previousStatus);
    o.insert(QStringLiteral("technician_code"), c.technicianCode);
    o.insert(QStringLiteral("customer_code"), c.customer.code);
    o.insert(QStringLiteral("remarks"), remarks);
    return o;
}

QJsonObject partRequestCreated(const PartRequest &r, const Complaint &c, const QDateTime &at)
{
    QJsonObject o = header(r.number, QStringLiteral("PART_REQUEST"), at);
    o.insert(QStringLiteral("complaint_no"), r.complaintNumber);
    o.insert(QStringLiteral("sn"), c.serial);
    o.insert(QStringLiteral("technician_code"), c.technicianCode);
    o.insert(QStringLiteral("status"), partRequestStatusName(r.status));
    o.insert(QStringLiteral("total_qty"), totalQty(r));
    o.insert(QStringLiteral("parts"), partsOf(r));
    o.insert(QStringLiteral("remarks"), r.notes);
    return o;
}

QJsonObject partRequestUpdated(const PartRequest &r, PartAction action, const QList<StoredDocument> &documents,
                               const QString &remarks, const QDateTime &at)
{
    QJsonObject o = header(r.number, partActionName(action).toUpper(), at);
    o.insert(QStringLiteral("complaint_no"), r.complaintNumber);
    o.insert(QStringLiteral("status"), partRequestStatusName(r.status));
    o.insert(QStringLiteral("total_qty"), totalQty(r));
    o.insert(QStringLiteral("parts"), partsOf(r));
    QJsonArray docs;
    for (const StoredDocument &d : documents)
        docs.append(QJsonObject{{QStringLiteral("sha256"), d.sha256},
                                {QStringLiteral("mime"), d.mime},
                                {QStringLiteral("size"), d.size},
                                {QStringLiteral("file_name"), d.fileName}});
    o.insert(QStringLiteral("documents"), docs);
    o.insert(QStringLiteral("remarks"), remarks);
    return o;
}

QJsonObject spareDecided(const PartRequest &r, const Approval &a, const QString &decidedIn, const QDateTime &at)
{
    QJsonObject o = header(r.number, QStringLiteral("SPARE_DECISION"), at);
    o.insert(QStringLiteral("complaint_no"), r.complaintNumber);
    o.insert(QStringLiteral("decision"), a.decision);
    o.insert(QStringLiteral("reason"), a.reason);
    o.insert(QStringLiteral("decided_by"), a.decidedBy);
    o.insert(QStringLiteral("decided_in"), decidedIn);
    o.insert(QStringLiteral("decided_at"), a.at);
    return o;
}

QJsonObject returnOrderCreated(const ReturnOrder &o, const QDateTime &at)
{
    QJsonObject body = header(o.number, QStringLiteral("RETURN"), at);
    body.insert(QStringLiteral("complaint_no"), o.complaintNumber);
    body.insert(QStringLiteral("part_request_no"), o.partRequestNumber);
    body.insert(QStringLiteral("total_items"), int(o.lines.size()));
    QJsonArray items;
    for (const ReturnLine &l : o.lines)
        items.append(QJsonObject{{QStringLiteral("type"), returnKindName(l.kind)},
                                 {QStringLiteral("part_code"), l.partCode},
                                 {QStringLiteral("part_class"), l.partClass},
                                 {QStringLiteral("sn"), l.serial},
                                 {QStringLiteral("qty"), l.quantity}});
    body.insert(QStringLiteral("items"), items);
    body.insert(QStringLiteral("remarks"), o.reason);
    return body;
}

} // namespace fb::payloads
