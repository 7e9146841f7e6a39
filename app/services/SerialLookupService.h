#pragma once
// Serial lookup from any page (scan or type): where a unit is now and everything that happened to it, with who and
// when. Read-only.

#include "app/core/BrandCalendar.h"
#include "app/core/Result.h"
#include "app/domain/Actor.h"
#include "app/storage/SerialRegister.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace fb {

class Database;
class Clock;

struct LookupMovement
{
    Movement movement;
    QString operatorName; // empty when the operator is not known on this station
    QString placeName;    // warehouse or party name, when known
    QString summary;      // one line for people: "Inward into WH001 (Main Warehouse) — INV-2025-09-25-1001"
};

struct SerialLookup
{
    QString query;      // what was scanned or typed
    QString serial;     // normalised
    bool found = false; // in the serial register
    std::optional<SerialRecord> record;
    QString productCode; // from the register, else from the nomenclature
    QString productName;
    QDate madeOn;
    QString placeName; // warehouse (IN_STOCK) or party (DISPATCHED) name
    QString stateText; // "In stock at WH001 (Main Warehouse)", "Dispatched to RET123 (ABC Retail) on DO-…"
    QString openDraft; // "in open inward draft 12 (W001, WH001)" when an open draft holds it
    QList<LookupMovement> movements; // oldest first
    QString message;                 // when not found: why (nomenclature problem, or valid but not registered)
};

class SerialLookupService
{
    Q_DECLARE_TR_FUNCTIONS(fb::SerialLookupService)

public:
    SerialLookupService(Database &db, const Clock &clock);
    // Refused: auth.forbidden, serial.empty. An unknown serial is not an error: found = false with a message.
    Result<SerialLookup> lookup(const Actor &actor, const QString &text) const;

private:
    Database &m_db;
    BrandClock m_clock; // the injected clock on the brand's calendar
};

} // namespace fb
