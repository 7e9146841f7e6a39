#pragma once
// The event registry: every event a station sends to the CRMs, declared once — its type name (what each CRM's
// mapping in sync/mapping routes on), the ordering keys it touches (each serial and document it is about: an event
// reaches a CRM only after every earlier event to that CRM that shares one of its keys, and unrelated events flow
// side by side) and its payload (seed 000's bodies; app/services/ServicePayloads for the service desk). Services queue
// events only through the functions below, inside an action (ActionContext::queue).
//
// Adding an event: one EventType value and name (app/domain/EventType), one builder here, one route in each CRM's
// mapping (resources/mapping/*.json); TestEvents fails until every registered type has both routes.

#include "app/core/Crm.h"
#include "app/domain/Complaint.h"
#include "app/domain/Document.h"
#include "app/domain/EventType.h"
#include "app/domain/PartRequest.h"
#include "app/domain/ReturnOrder.h"
#include "app/storage/Outbox.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace fb {

// Who made the change: the station's own actions go to every CRM; a change the new CRM made (pulled from it) goes to
// the others only, so no CRM hears its own decision back.
enum class EventOrigin { Station, NewCrm };
QList<Crm> eventTargets(EventOrigin origin);

namespace ordering {
QString serial(const QString &serial);      // "serial:CGSTV322509251001": every movement of one unit
QString dispatch(const QString &requestId); // a dispatch and its cancellation
QString inward(const QString &requestId);   // one inward
QString complaint(const QString &number);   // a complaint and its updates
QString partRequest(const QString &number); // a part request, its updates and the spare decision
QString returnOrder(const QString &number); // a return order
} // namespace ordering

namespace events {
// The serials a stock event moves (generation, inward, dispatch, cancellation, a return order's units), read from its
// data: the ordering keys of the event, and what reconciliation compares with the CRMs.
QStringList serialsMoved(EventType type, const QJsonObject &data);
} // namespace events

namespace events {
// Stage bodies are built by their services, field for field from seed 000.
OutboxEvent serialsGenerated(const QJsonObject &body);
OutboxEvent inwardSubmitted(const QJsonObject &body);
OutboxEvent dispatchSubmitted(const QJsonObject &body);
OutboxEvent dispatchCancelled(const QString &requestId, const QString &reason, const QDateTime &at,
                              const QStringList &serials);
OutboxEvent complaintRegistered(const Complaint &c, const QString &productId, const QDateTime &at);
// action: "CALL_UPDATE", "CODES_UPDATE" or "CRM_STATUS".
OutboxEvent complaintUpdated(const Complaint &c, const QString &action, const QString &previousStatus,
                             const QString &remarks, const QDateTime &at, EventOrigin origin = EventOrigin::Station);
OutboxEvent partRequestCreated(const PartRequest &r, const Complaint &c, const QDateTime &at);
OutboxEvent partRequestUpdated(const PartRequest &r, PartAction action, const QList<StoredDocument> &documents,
                               const QString &remarks, const QDateTime &at);
OutboxEvent spareDecided(const PartRequest &r, const Approval &a, EventOrigin origin, const QDateTime &at);
OutboxEvent returnOrderCreated(const ReturnOrder &o, const QDateTime &at);
} // namespace events

} // namespace fb
