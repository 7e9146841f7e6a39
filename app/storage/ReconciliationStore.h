#pragma once
// The reads reconciliation needs, in pages so a station with 100,000 serials and their outbox history is compared
// without holding it all in memory: stock events per CRM by outbox id, the register by serial, existence checks.

#include "app/core/Crm.h"
#include "app/core/Result.h"
#include "app/storage/Outbox.h"
#include "app/storage/SerialRegister.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace fb {

class Database;

struct StockEventRow
{
    qint64 id = 0;
    Crm crm = Crm::Legacy;
    QString eventType;
    QString eventId;
    OutboxState state = OutboxState::Pending;
    QString payload;  // the canonical envelope
    QString response; // the CRM's answer (delivered rows)
    QString lastError;
    int lastStatus = 0;
    int attempts = 0;
    QString createdAt;
};

class ReconciliationStore
{
public:
    explicit ReconciliationStore(Database &db);

    // Event types that move serials: generation, inward, dispatch, its cancellation, a unit's return.
    static const QStringList &stockEventTypes();

    // Outbox rows of `crm` with a stock event type and id > afterId, oldest first, at most `limit`.
    Result<QList<StockEventRow>> stockEvents(Crm crm, qint64 afterId, int limit) const;
    // Register rows with serial > afterSerial, in serial order, at most `limit`.
    Result<QList<SerialRecord>> serialsAfter(const QString &afterSerial, int limit) const;
    // Which of `serials` the register holds.
    Result<QSet<QString>> existing(const QStringList &serials) const;
    // Whether `serial` has a movement of `kind` with document `ref` (e.g. a dispatch cancelled later).
    Result<bool> hasMovement(const QString &serial, const QString &kind, const QString &ref) const;

private:
    Database &m_db;
};

} // namespace fb
