#pragma once
// SQL for dispatch orders: the form as typed (kept on the draft so a crash loses nothing), the scanned lines, and the
// order's life from DRAFT to SUBMITTED (DO-… number) to CANCELLED. Callers wrap writes in Database::write().

#include "app/core/Result.h"

#include <QList>
#include <QString>

#include <optional>

namespace fb {

class Database;

enum class DispatchState { Draft, Submitted, Cancelled, Abandoned };
QString dispatchStateName(DispatchState state); // "DRAFT", "SUBMITTED", "CANCELLED", "ABANDONED"

// A product and how many units of it the order asks for.
struct OrderQuantity
{
    QString productCode;
    int quantity = 0;
};

// Everything the dispatch form holds, as the clerk typed it (the service checks and normalises it).
struct DispatchForm
{
    QString warehouseCode;
    QString orderId;
    QString distributorCode;
    QString partyCode;
    QString billToName;
    QString billToCode;
    QString billToGstin;
    QString billToAddress;
    QString shipToName;
    QString shipToCode;
    QString shipToAddress;
    QString transporterName;
    QString transportMode; // ROAD / RAIL / AIR / SHIP
    QString vehicleNo;
    QString lrNo;
    QString ewayBillNo;
    QString dispatchDateTime; // ISO 8601, with offset once normalised
    QString remarks;
    QList<OrderQuantity> orderQuantities; // empty: the order lists no quantities
};

struct DispatchLine
{
    QString serial;
    QString productCode;
    int seq = 0;       // scan order within the dispatch
    QString scannedAt; // ISO 8601 with offset
    QString source;    // "wedge", "serial", "typed", "file" …
};

struct DispatchRecord
{
    qint64 id = 0;
    DispatchState state = DispatchState::Draft;
    QString requestId; // DO-… once submitted
    DispatchForm form;
    qint64 consignmentPaise = 0;
    QString eventId; // the dispatch.submitted event's id (its outbox rows)
    QString payload; // the dispatch.submitted body as sent
    QString createdAt;
    QString submittedAt;
    QString cancelledAt;
    QString cancelReason;
    QString cancelledBy;
    QString operatorCode;
    QString stationId;
    int lineCount = 0;
};

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
