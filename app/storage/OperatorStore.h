#pragma once
// SQL for operators: their accounts, PIN hashes, failed attempts and lock-outs. OperatorService owns the rules (PIN
// format, lock-out, who may change whom) and runs the writes inside its Database::write().

#include "app/core/Result.h"
#include "app/domain/Actor.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace fb {

class Database;

// What a login checks, read in one row.
struct OperatorCredentials
{
    QString name;
    Role role = Role::Warehouse; // a role the station does not know reads as Warehouse
    QByteArray pinHash;
    QByteArray pinSalt;
    int pinIterations = 0;
    int failedAttempts = 0;
    QString lockedUntil; // ISO time, empty when not locked
    bool active = true;
};

struct NewOperator
{
    QString code;
    QString name;
    Role role = Role::Warehouse;
    QByteArray pinHash;
    QByteArray pinSalt;
    int pinIterations = 0;
    QString createdAt;
};

class OperatorStore
{
public:
    explicit OperatorStore(Database &db);

    Result<bool> isEmpty() const; // no operator at all: the station needs its first admin
    Result<bool> exists(const QString &code) const;
    Result<std::optional<OperatorCredentials>> credentials(const QString &code) const;
    Result<QList<OperatorInfo>> list() const; // by code

    // `by` is who created the operator.
    Status insert(const NewOperator &op, const Actor &by);
    // The writes below return false when there is no operator `code`.
    Result<bool> clearFailedAttempts(const QString &code); // and unlocks
    // `lockedUntil` ISO time, empty: not locked.
    Status setFailedAttempts(const QString &code, int attempts, const QString &lockedUntil);
    Result<bool> setActive(const QString &code, bool active);
    // A new PIN also clears failed attempts and unlocks.
    Result<bool> setPin(const QString &code, const QByteArray &hash, const QByteArray &salt, int iterations);

private:
    Database &m_db;
};

} // namespace fb
