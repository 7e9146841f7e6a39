#pragma once
// Shared bits of the service-desk verbs (complaint, part-request, approve, return-order): repeatable options and the
// JSON shapes they print.

#include "app/ctl/Context.h"

#include "app/domain/Complaint.h"
#include "app/domain/PartRequest.h"
#include "app/services/ComplaintService.h" // Complaint, PartRequest and their status names

#include <QJsonArray>
#include <QJsonObject>

namespace fb::ctl {

// All values of a repeatable option, in order.
inline QStringList takeAll(Context &ctx, const QString &name)
{
    QStringList values;
    for (QString v = ctx.takeOption(name); !v.isNull() && !v.isEmpty(); v = ctx.takeOption(name))
        values << v;
    return values;
}

inline QJsonObject complaintJson(const Complaint &c)
{
    return QJsonObject{{QStringLiteral("number"), c.number},
                       {QStringLiteral("status"), complaintStatusName(c.status)},
                       {QStringLiteral("call_type"), c.callType},
                       {QStringLiteral("serial"), c.serial},
                       {QStringLiteral("product_code"), c.productCode},
                       {QStringLiteral("model"), c.model},
                       {QStringLiteral("customer_code"), c.customer.code},
                       {QStringLiteral("customer_name"), c.customer.name},
                       {QStringLiteral("city"), c.customer.city},
                       {QStringLiteral("state"), c.customer.state},
                       {QStringLiteral("pin_code"), c.customer.pinCode},
                       {QStringLiteral("technician_code"), c.technicianCode},
                       {QStringLiteral("crm_status"), c.crmStatus},
                       {QStringLiteral("serial_override_reason"), c.serialOverrideReason},
                       {QStringLiteral("created_at"), c.createdAt},
                       {QStringLiteral("updated_at"), c.updatedAt}};
}

inline QJsonObject partRequestJson(const PartRequest &r)
{
    QJsonArray lines;
    for (const PartRequestLine &l : r.lines)
        lines.append(QJsonObject{{QStringLiteral("part_code"), l.partCode},
                                 {QStringLiteral("part_name"), l.partName},
                                 {QStringLiteral("part_class"), l.partClass},
                                 {QStringLiteral("qty"), l.quantity},
                                 {QStringLiteral("part_serials"), QJsonArray::fromStringList(l.partSerials)}});
    QJsonArray docs;
    for (const PartDocument &d : r.documents)
        docs.append(QJsonObject{{QStringLiteral("action"), d.action},
                                {QStringLiteral("sha256"), d.document.sha256},
                                {QStringLiteral("mime"), d.document.mime},
                                {QStringLiteral("size"), d.document.size},
                                {QStringLiteral("file_name"), d.document.fileName}});
    return QJsonObject{{QStringLiteral("number"), r.number},
                       {QStringLiteral("complaint"), r.complaintNumber},
                       {QStringLiteral("status"), partRequestStatusName(r.status)},
                       {QStringLiteral("parts"), lines},
                       {QStringLiteral("documents"), docs},
                       {QStringLiteral("decision_reason"), r.decisionReason},
                       {QStringLiteral("decided_by"), r.decidedBy},
                       {QStringLiteral("decision_source"), r.decisionSource},
                       {QStringLiteral("created_at"), r.createdAt}};
}

} // namespace fb::ctl
