#pragma once
// A unit's serial as the register knows it: its state and place, the movements that brought it there, and the change
// a business action asks the register to make.

#include <QDate>
#include <QString>

#include <optional>

namespace fb {

enum class SerialState { Generated, InStock, Dispatched, Returned };
QString serialStateName(SerialState state); // "GENERATED", "IN_STOCK", …
std::optional<SerialState> serialStateFromName(const QString &name);

struct SerialRecord
{
    QString serial;
    QString productCode;
    QDate madeOn;
    int runningNo = 0;
    SerialState state = SerialState::Generated;
    QString warehouseCode; // where it is (IN_STOCK) or was dispatched from
    QString partyCode;     // who it went to (DISPATCHED)
    QString ref;           // the document that last moved it: INV-…, DO-…, RO-…
    QString updatedAt;
    QString operatorCode;
    QString stationId;
};

struct Movement
{
    qint64 id = 0;
    QString serial;
    QString kind; // "generated", "inward", "dispatch", "dispatch.cancelled", "return"
    QString fromState;
    QString toState;
    QString warehouseCode;
    QString partyCode;
    QString ref;
    QString at;
    QString operatorCode;
    QString stationId;
};

struct SerialChange
{
    QString serial;
    QString kind;
    std::optional<SerialState> from; // nullopt: the serial must not exist yet (it is being registered)
    SerialState to;
    QString warehouseCode;
    QString partyCode;
    QString ref;
    // For a new serial:
    QString productCode;
    QDate madeOn;
    int runningNo = 0;
};

} // namespace fb
