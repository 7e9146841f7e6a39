#pragma once
// Writing events to the outbox, inside the caller's business transaction: one row per target CRM.
// Delivery (claiming due rows, recording answers) is OutboxStore's job; both share this table.

#include "app/core/Clock.h"
#include "app/core/Crm.h"
#include "app/core/Result.h"
#include "app/domain/Actor.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace fb {

class Database;

enum class OutboxState { Pending, InFlight, Delivered, Failed, Discarded };
QString outboxStateName(OutboxState state);
std::optional<OutboxState> outboxStateFromName(const QString &name);

struct OutboxRow
{
    qint64 id = 0;
    Crm crm = Crm::Legacy;
    QString eventType;
    QString eventId;
    QString idempotencyKey;
    QString orderingKey;
    QString payload; // canonical event JSON (envelope with data)
    OutboxState state = OutboxState::Pending;
    int attempts = 0;
    qint64 nextAttemptMs = 0;
    QString lastError;
    int lastStatus = 0;
    QString createdAt;
    qint64 createdMs = 0;
    QString deliveredAt;
    QString operatorCode;
    QString stationId;
};

struct OutboxEvent
{
    QString type;        // "serials.generated", "inward.submitted", …
    QString orderingKey; // the record it is about: events with the same key reach each CRM in order
    QJsonObject data;    // the business payload (for the legacy CRM's warehouse events: seed 000's body)
    QList<Crm> targets = allCrms();
};

class OutboxWriter
{
public:
    OutboxWriter(Database &db, const Clock &clock);
    // Must run inside Database::write(): the rows exist exactly when the business change does.
    // Returns the event id (shared by the per-CRM rows; the idempotency key is "<event id>:<crm>").
    Result<QString> enqueue(const Actor &actor, const OutboxEvent &event);

    static QString idempotencyKey(const QString &eventId, Crm crm);

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace fb
