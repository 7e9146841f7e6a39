#pragma once
// The service desk's event bodies, in the legacy CRM's style (snake_case, request_id, timestamp, source, like seed
// 000); the legacy CRM receives them as they are, the new CRM inside the event envelope. docs/crm-api.md ("Legacy
// CRM — service desk") documents every field; tests/crm-sim/Schemas.cpp validates them.

#include "app/domain/Complaint.h"
#include "app/domain/PartRequest.h"
#include "app/domain/ReturnOrder.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace fb::payloads {

QJsonObject complaintRegistered(const Complaint &c, const QString &productId, const QDateTime &at);
// action: "CALL_UPDATE", "CODES_UPDATE" or "CRM_STATUS".
QJsonObject complaintUpdated(const Complaint &c, const QString &action, const QString &previousStatus,
                             const QString &remarks, const QDateTime &at);
QJsonObject partRequestCreated(const PartRequest &r, const Complaint &c, const QDateTime &at);
QJsonObject partRequestUpdated(const PartRequest &r, PartAction action, const QList<StoredDocument> &documents,
                               const QString &remarks, const QDateTime &at);
// decidedIn: "floorbridge" or "new_crm".
QJsonObject spareDecided(const PartRequest &r, const Approval &a, const QString &decidedIn, const QDateTime &at);
QJsonObject returnOrderCreated(const ReturnOrder &o, const QDateTime &at);

} // namespace fb::payloads
