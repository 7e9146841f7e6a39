#pragma once
// A dispatch order: the form as the clerk typed it, the serials scanned onto it, and its life from DRAFT to SUBMITTED
// (DO-… number) to CANCELLED.

#include <QList>
#include <QString>

#include <optional>

namespace fb {

enum class DispatchState { Draft, Submitted, Cancelled, Abandoned };
QString dispatchStateName(DispatchState state); // "DRAFT", "SUBMITTED", "CANCELLED", "ABANDONED"
std::optional<DispatchState> dispatchStateFromName(const QString &name);

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

} // namespace fb
