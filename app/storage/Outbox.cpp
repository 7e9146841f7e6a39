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

QString outboxBlockedBy(const QString &rowId)
{
    return QStringLiteral("SELECT 1 FROM outbox_keys kx JOIN outbox_keys kp ON kp.crm = kx.crm AND kp.key = kx.key AND "
                          "kp.outbox_id < kx.outbox_id WHERE kx.outbox_id = %1")
        .arg(rowId);
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
    QStringList keys = event.orderingKeys;
    keys.removeAll(QString());
    keys.removeDuplicates();
    const QString label = keys.value(0);
    for (Crm crm : event.targets) {
        auto q = m_db.exec(
            QStringLiteral("INSERT INTO outbox(crm, event_type, event_id, idempotency_key, ordering_key, payload, "
                           "state, attempts, next_attempt_at, created_at, created_ms, operator_code, station_id) "
                           "VALUES(?, ?, ?, ?, ?, ?, 'PENDING', 0, ?, ?, ?, ?, ?)"),
            {crmName(crm), event.type, eventId, idempotencyKey(eventId, crm), label, payload, now.toMSecsSinceEpoch(),
             occurredAt, now.toMSecsSinceEpoch(), actor.operatorCode, actor.stationId});
        if (!q.ok())
            return q.error();
        const qint64 rowId = q.value().lastInsertId().toLongLong();
        for (const QString &key : keys) {
            auto k = m_db.exec(QStringLiteral("INSERT INTO outbox_keys(outbox_id, crm, key) VALUES(?, ?, ?)"),
                               {rowId, crmName(crm), key});
            if (!k.ok())
                return k.error();
        }
        // Ready when no earlier open row of this CRM shares a key (outbox_keys holds the keys of open rows only).
        auto ready = m_db.exec(QStringLiteral("UPDATE outbox SET ready = NOT EXISTS (%1) WHERE id = ?")
                                   .arg(outboxBlockedBy(QStringLiteral("?"))),
                               {rowId, rowId});
        if (!ready.ok())
            return ready.error();
    }
    m_db.markOutboxWritten();
    return eventId;
}

} // namespace fb
