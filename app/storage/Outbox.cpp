#include "app/storage/Outbox.h"

#include "app/domain/EnumNames.h"
#include "app/storage/Database.h"

#include <QJsonDocument>
#include <QUuid>

namespace fb {

namespace {
constexpr EnumName<OutboxState> kStateNames[] = {
    {OutboxState::Pending, u"PENDING"}, {OutboxState::InFlight, u"IN_FLIGHT"},  {OutboxState::Delivered, u"DELIVERED"},
    {OutboxState::Failed, u"FAILED"},   {OutboxState::Discarded, u"DISCARDED"},
};
} // namespace

QString outboxStateName(OutboxState state)
{
    return nameOf(kStateNames, state);
}

std::optional<OutboxState> outboxStateFromName(const QString &name)
{
    return valueOf(kStateNames, name, {.textCase = NameMatch::Case::Upper});
}

OutboxWriter::OutboxWriter(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{}

QString OutboxWriter::idempotencyKey(const QString &eventId, Crm crm)
{
    return eventId + u':' + crmName(crm);
}

Result<QString> OutboxWriter::enqueue(const Actor &actor, const OutboxEvent &event)
{
    const QString eventId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QDateTime now = m_clock.now();
    const QString occurredAt = now.toString(Qt::ISODate);
    QJsonObject envelope{
        {QStringLiteral("event_id"), eventId},
        {QStringLiteral("event_type"), event.type},
        {QStringLiteral("occurred_at"), occurredAt},
        {QStringLiteral("station_id"), actor.stationId},
        {QStringLiteral("operator_code"), actor.operatorCode},
        {QStringLiteral("data"), event.data},
    };
    const QString payload = QString::fromUtf8(QJsonDocument(envelope).toJson(QJsonDocument::Compact));
    for (Crm crm : event.targets) {
        auto q = m_db.exec(
            QStringLiteral("INSERT INTO outbox(crm, event_type, event_id, idempotency_key, ordering_key, payload, "
                           "state, attempts, next_attempt_at, created_at, created_ms, operator_code, station_id) "
                           "VALUES(?, ?, ?, ?, ?, ?, 'PENDING', 0, ?, ?, ?, ?, ?)"),
            {crmName(crm), event.type, eventId, idempotencyKey(eventId, crm), event.orderingKey, payload,
             now.toMSecsSinceEpoch(), occurredAt, now.toMSecsSinceEpoch(), actor.operatorCode, actor.stationId});
        if (!q.ok())
            return q.error();
    }
    m_db.markOutboxWritten();
    return eventId;
}

} // namespace fb
