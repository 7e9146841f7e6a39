#include "app/services/Events.h"

#include "app/services/ServicePayloads.h"

#include <QStringList>

#include <utility>

namespace fb {

namespace {

OutboxEvent make(EventType type, QString orderingKey, QJsonObject data, EventOrigin origin = EventOrigin::Station)
{
    return OutboxEvent{eventTypeName(type), std::move(orderingKey), std::move(data), eventTargets(origin)};
}

} // namespace

QList<Crm> eventTargets(EventOrigin origin)
{
    switch (origin) {
    case EventOrigin::Station:
        return allCrms();
    case EventOrigin::NewCrm:
        return {Crm::Legacy};
    }
    return allCrms();
}

namespace orderingKeys {

QString stock()
{
    return QStringLiteral("stock");
}

QString complaint(const QString &number)
{
    return number;
}

} // namespace orderingKeys

namespace events {

OutboxEvent serialsGenerated(const QJsonObject &body)
{
    return make(EventType::SerialsGenerated, orderingKeys::stock(), body);
}

OutboxEvent inwardSubmitted(const QJsonObject &body)
{
    return make(EventType::InwardSubmitted, orderingKeys::stock(), body);
}

OutboxEvent dispatchSubmitted(const QJsonObject &body)
{
    return make(EventType::DispatchSubmitted, orderingKeys::stock(), body);
}

OutboxEvent dispatchCancelled(const QString &requestId, const QString &reason, const QDateTime &at,
                              const QStringList &serials)
{
    return make(EventType::DispatchCancelled, orderingKeys::stock(),
                QJsonObject{{QStringLiteral("request_id"), requestId},
                            {QStringLiteral("reason"), reason},
                            {QStringLiteral("cancelled_at"), at.toString(Qt::ISODate)},
                            {QStringLiteral("serials"), QJsonArray::fromStringList(serials)}});
}

OutboxEvent complaintRegistered(const Complaint &c, const QString &productId, const QDateTime &at)
{
    return make(EventType::ComplaintRegistered, orderingKeys::complaint(c.number),
                payloads::complaintRegistered(c, productId, at));
}

OutboxEvent complaintUpdated(const Complaint &c, const QString &action, const QString &previousStatus,
                             const QString &remarks, const QDateTime &at, EventOrigin origin)
{
    return make(EventType::ComplaintUpdated, orderingKeys::complaint(c.number),
                payloads::complaintUpdated(c, action, previousStatus, remarks, at), origin);
}

OutboxEvent partRequestCreated(const PartRequest &r, const Complaint &c, const QDateTime &at)
{
    return make(EventType::PartRequestCreated, orderingKeys::complaint(c.number),
                payloads::partRequestCreated(r, c, at));
}

OutboxEvent partRequestUpdated(const PartRequest &r, PartAction action, const QList<StoredDocument> &documents,
                               const QString &remarks, const QDateTime &at)
{
    return make(EventType::PartRequestUpdated, orderingKeys::complaint(r.complaintNumber),
                payloads::partRequestUpdated(r, action, documents, remarks, at));
}

OutboxEvent spareDecided(const PartRequest &r, const Approval &a, EventOrigin origin, const QDateTime &at)
{
    const QString decidedIn = origin == EventOrigin::NewCrm ? QStringLiteral("new_crm") : QStringLiteral("floorbridge");
    return make(EventType::SpareDecided, orderingKeys::complaint(r.complaintNumber),
                payloads::spareDecided(r, a, decidedIn, at), origin);
}

OutboxEvent returnOrderCreated(const ReturnOrder &o, const QDateTime &at)
{
    return make(EventType::ReturnOrderCreated, orderingKeys::complaint(o.complaintNumber),
                payloads::returnOrderCreated(o, at));
}

} // namespace events

} // namespace fb
