#include "app/services/Events.h"

#include "app/services/ServicePayloads.h"

#include <QStringList>

#include <utility>

namespace fb {

namespace {

// The event's ordering keys: its documents first (the first names the event in the admin views), then every serial
// it moves.
OutboxEvent make(EventType type, QStringList documents, QJsonObject data, EventOrigin origin = EventOrigin::Station)
{
    QStringList keys = std::move(documents);
    keys.removeAll(QString());
    for (const QString &sn : events::serialsMoved(type, data))
        keys << ordering::serial(sn);
    keys.removeDuplicates();
    return OutboxEvent{eventTypeName(type), std::move(keys), std::move(data), eventTargets(origin)};
}

QString keyed(QStringView kind, const QString &value)
{
    return value.trimmed().isEmpty() ? QString() : kind.toString() + u':' + value.trimmed();
}

QString requestIdOf(const QJsonObject &body)
{
    return body.value(QStringLiteral("request_id")).toString();
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

namespace ordering {

QString serial(const QString &serial)
{
    return keyed(u"serial", serial);
}

QString dispatch(const QString &requestId)
{
    return keyed(u"dispatch", requestId);
}

QString inward(const QString &requestId)
{
    return keyed(u"inward", requestId);
}

QString complaint(const QString &number)
{
    return keyed(u"complaint", number);
}

QString partRequest(const QString &number)
{
    return keyed(u"part_request", number);
}

QString returnOrder(const QString &number)
{
    return keyed(u"return_order", number);
}

} // namespace ordering

namespace events {

QStringList serialsMoved(EventType type, const QJsonObject &data)
{
    QStringList out;
    const QJsonArray products = data.value(QStringLiteral("products")).toArray();
    switch (type) {
    case EventType::SerialsGenerated:
        for (const QJsonValue p : products) {
            for (const QJsonValue sn : p.toObject().value(QStringLiteral("serial_list")).toArray())
                out << sn.toString();
        }
        break;
    case EventType::InwardSubmitted:
    case EventType::DispatchSubmitted:
        for (const QJsonValue p : products) {
            for (const QJsonValue line : p.toObject().value(QStringLiteral("serials")).toArray())
                out << line.toObject().value(QStringLiteral("sn")).toString();
        }
        break;
    case EventType::DispatchCancelled:
        for (const QJsonValue sn : data.value(QStringLiteral("serials")).toArray())
            out << sn.toString();
        break;
    case EventType::ReturnOrderCreated:
        for (const QJsonValue item : data.value(QStringLiteral("items")).toArray()) {
            const QJsonObject o = item.toObject();
            if (o.value(QStringLiteral("type")).toString() == u"UNIT")
                out << o.value(QStringLiteral("sn")).toString();
        }
        break;
    default:
        break;
    }
    out.removeAll(QString());
    return out;
}

OutboxEvent serialsGenerated(const QJsonObject &body)
{
    return make(EventType::SerialsGenerated, {}, body);
}

OutboxEvent inwardSubmitted(const QJsonObject &body)
{
    return make(EventType::InwardSubmitted, {ordering::inward(requestIdOf(body))}, body);
}

OutboxEvent dispatchSubmitted(const QJsonObject &body)
{
    return make(EventType::DispatchSubmitted, {ordering::dispatch(requestIdOf(body))}, body);
}

OutboxEvent dispatchCancelled(const QString &requestId, const QString &reason, const QDateTime &at,
                              const QStringList &serials)
{
    return make(EventType::DispatchCancelled, {ordering::dispatch(requestId)},
                QJsonObject{{QStringLiteral("request_id"), requestId},
                            {QStringLiteral("reason"), reason},
                            {QStringLiteral("cancelled_at"), at.toString(Qt::ISODate)},
                            {QStringLiteral("serials"), QJsonArray::fromStringList(serials)}});
}

OutboxEvent complaintRegistered(const Complaint &c, const QString &productId, const QDateTime &at)
{
    return make(EventType::ComplaintRegistered, {ordering::complaint(c.number)},
                payloads::complaintRegistered(c, productId, at));
}

OutboxEvent complaintUpdated(const Complaint &c, const QString &action, const QString &previousStatus,
                             const QString &remarks, const QDateTime &at, EventOrigin origin)
{
    return make(EventType::ComplaintUpdated, {ordering::complaint(c.number)},
                payloads::complaintUpdated(c, action, previousStatus, remarks, at), origin);
}

OutboxEvent partRequestCreated(const PartRequest &r, const Complaint &c, const QDateTime &at)
{
    return make(EventType::PartRequestCreated, {ordering::partRequest(r.number), ordering::complaint(c.number)},
                payloads::partRequestCreated(r, c, at));
}

OutboxEvent partRequestUpdated(const PartRequest &r, PartAction action, const QList<StoredDocument> &documents,
                               const QString &remarks, const QDateTime &at)
{
    return make(EventType::PartRequestUpdated,
                {ordering::partRequest(r.number), ordering::complaint(r.complaintNumber)},
                payloads::partRequestUpdated(r, action, documents, remarks, at));
}

OutboxEvent spareDecided(const PartRequest &r, const Approval &a, EventOrigin origin, const QDateTime &at)
{
    const QString decidedIn = origin == EventOrigin::NewCrm ? QStringLiteral("new_crm") : QStringLiteral("floorbridge");
    return make(EventType::SpareDecided, {ordering::partRequest(r.number), ordering::complaint(r.complaintNumber)},
                payloads::spareDecided(r, a, decidedIn, at), origin);
}

OutboxEvent returnOrderCreated(const ReturnOrder &o, const QDateTime &at)
{
    return make(EventType::ReturnOrderCreated,
                {ordering::returnOrder(o.number), ordering::complaint(o.complaintNumber)},
                payloads::returnOrderCreated(o, at));
}

} // namespace events

} // namespace fb
