#pragma once
// The serial register: one row per unit with its current state and place, and the append-only movement history.
// Every state change goes through transition(), inside the caller's business transaction.

#include "app/core/Result.h"
#include "app/domain/Actor.h"
#include "app/domain/Serial.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace fb {

class Database;

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
