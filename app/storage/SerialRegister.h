#pragma once
// The serial register: one row per unit with its current state and place, and the append-only movement history.
// Every state change goes through transition(), inside the caller's business transaction.

#include "app/core/Result.h"
#include "app/domain/Actor.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace fb {

class Database;

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

class SerialRegister
{
public:
    explicit SerialRegister(Database &db);

    Result<std::optional<SerialRecord>> find(const QString &serial) const;
    // Applies a change and appends its movement. Refuses (changing nothing) when the serial is not in `from`:
    // the caller validated already, this is the last guard against a race with another station or process.
    Status apply(const Actor &actor, const QDateTime &at, const SerialChange &change);
    Result<QList<Movement>> history(const QString &serial) const;
    Result<qint64> count(std::optional<SerialState> state = std::nullopt) const;

private:
    Database &m_db;
};

} // namespace fb
