#pragma once
// Operators: code + PIN login, roles, lock-out after wrong PINs, the first admin on a new station.

#include "app/core/Clock.h"
#include "app/core/Result.h"
#include "app/domain/Actor.h"
#include "app/services/ActionPipeline.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace fb {

class Database;
class SettingsStore;

class OperatorService
{
    Q_DECLARE_TR_FUNCTIONS(fb::OperatorService)

public:
    OperatorService(Database &db, SettingsStore &settings, const Clock &clock);

    QString stationId() const;
    bool needsFirstAdmin() const;
    // Only when the station has no operator at all: creates the admin who sets the station up.
    Result<Actor> createFirstAdmin(const QString &code, const QString &name, const QString &pin);

    // Code + PIN. A badge scan fills the code. Wrong PINs count; after `auth.max_attempts` (default 5) the operator is
    // locked for `auth.lock_minutes` (default 5). Messages never reveal whether the code or the PIN was wrong.
    Result<Actor> login(const QString &code, const QString &pin);

    Status createOperator(const Actor &by, const QString &code, const QString &name, Role role, const QString &pin);
    Status setActive(const Actor &by, const QString &code, bool active);
    Status resetPin(const Actor &by, const QString &code, const QString &newPin);
    Status unlock(const Actor &by, const QString &code);
    Result<QList<OperatorInfo>> list(const Actor &by) const;

    // Minutes of inactivity before the window locks itself (setting `auth.idle_lock_minutes`, default 5; 0 = never).
    int idleLockMinutes() const;

    static Status validatePin(const QString &pin);
    static Status validateCode(const QString &code);
    static constexpr int kPinIterations = 60000;

private:
    Status insertOperator(ActionContext &ctx, const QString &code, const QString &name, Role role, const QString &pin);
    Database &m_db;
    SettingsStore &m_settings;
    const Clock &m_clock;
    ActionPipeline m_actions;
};

// PBKDF2-HMAC-SHA256 of the PIN with a per-operator random salt.
QByteArray hashPin(const QString &pin, const QByteArray &salt, int iterations);

} // namespace fb
