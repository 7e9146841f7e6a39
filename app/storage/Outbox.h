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

// SQL selecting a row when the outbox row `rowId` (an SQL expression: "?" or a column) is held back by an earlier open
// row of its CRM that shares one of its ordering keys. outbox_keys holds the keys of open (PENDING, IN_FLIGHT,
// FAILED) rows only: a row's keys go when it is delivered or discarded (trigger outbox_keys_close, migration 9), which
// is what lets the rows it held back go.
QString outboxBlockedBy(const QString &rowId);

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
    QString orderingKey; // the first of the event's ordering keys (its document, else its first serial): a label
    QString payload;     // canonical event JSON (envelope with data)
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
    qint64 sentMs = 0;     // when the row was first handed to the CRM (claimed); 0: it has certainly never left
    int waitingBehind = 0; // open rows of the same CRM held back by this one (directly or in a chain); FAILED rows
};

struct OutboxEvent
{
    QString type; // "serials.generated", "inward.submitted", …
    // What the event touches ("serial:…", "dispatch:…", "complaint:…"; events::/ordering:: build them): it reaches
    // a CRM only after every earlier open event to that CRM sharing one of these keys. No keys: it waits for nothing.
    QStringList orderingKeys;
    QJsonObject data; // the business payload (for the legacy CRM's warehouse events: seed 000's body)
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
