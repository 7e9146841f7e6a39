#pragma once
// SQL for dispatch orders: the form as typed (kept on the draft so a crash loses nothing), the scanned lines, and the
// order's life from DRAFT to SUBMITTED (DO-… number) to CANCELLED. Callers wrap writes in Database::write().

#include "app/core/Result.h"
#include "app/domain/Dispatch.h"

#include <QList>
#include <QString>

#include <optional>

namespace fb {

class Database;

// A dispatch draft (other than the one asking) that holds a serial.
struct DispatchHolding
{
    qint64 draftId = 0;
    QString operatorCode;
    QString stationId;
};

class DispatchStore
{
public:
    explicit DispatchStore(Database &db);

    Result<qint64> createDraft(const DispatchForm &form, const QString &createdAt, const QString &operatorCode,
                               const QString &stationId);
    // Only a DRAFT's form can change.
    Status saveForm(qint64 id, const DispatchForm &form);
    Result<std::optional<DispatchRecord>> record(qint64 id) const;
    Result<std::optional<DispatchRecord>> byRequestId(const QString &requestId) const;
    // The operator's open draft at this station, newest first.
    Result<std::optional<qint64>> openDraft(const QString &stationId, const QString &operatorCode) const;
    // Most recent first; all states but ABANDONED.
    Result<QList<DispatchRecord>> recent(int limit) const;

    Result<QList<DispatchLine>> lines(qint64 id) const;
    Result<DispatchLine> appendLine(qint64 id, DispatchLine line); // assigns seq = max + 1
    Result<bool> removeLine(qint64 id, const QString &serial);     // false: no such line
    // DRAFT dispatches other than `exceptId` holding the serial.
    Result<QList<DispatchHolding>> draftsHolding(const QString &serial, qint64 exceptId) const;

    Status markSubmitted(qint64 id, const QString &requestId, const QString &at, const QString &eventId,
                         const QString &payload, qint64 consignmentPaise);
    Status markCancelled(qint64 id, const QString &at, const QString &reason, const QString &by);
    Status markAbandoned(qint64 id);

    static QString quantitiesToJson(const QList<OrderQuantity> &quantities);
    static QList<OrderQuantity> quantitiesFromJson(const QString &json);

private:
    Result<std::optional<DispatchRecord>> readOne(const QString &where, const QVariant &value) const;
    Status changeState(qint64 id, const QString &sql, const QVariantList &bindings, DispatchState from);
    Database &m_db;
};

} // namespace fb
