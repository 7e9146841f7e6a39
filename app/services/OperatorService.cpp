#include "app/services/OperatorService.h"

#include "app/core/Logging.h"
#include "app/storage/Database.h"
#include "app/storage/OperatorStore.h"
#include "app/storage/SettingsStore.h"

#include <QCoreApplication>
#include <QPasswordDigestor>
#include <QRandomGenerator>
#include <QRegularExpression>

namespace fb {

namespace {

QByteArray randomSalt()
{
    QByteArray salt(16, Qt::Uninitialized);
    QRandomGenerator::system()->generate(salt.begin(), salt.end());
    return salt;
}

// Constant-time comparison so a wrong PIN's timing tells nothing.
bool sameBytes(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
}

} // namespace

QByteArray hashPin(const QString &pin, const QByteArray &salt, int iterations)
{
    return QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, pin.toUtf8(), salt, iterations, 32);
}

OperatorService::OperatorService(Database &db, SettingsStore &settings, const Clock &clock)
    : m_db(db)
    , m_settings(settings)
    , m_clock(clock)
    , m_actions(db, clock)
{}

QString OperatorService::stationId() const
{
    return m_settings.value(QStringLiteral("station.id"), QStringLiteral("ST01"));
}

int OperatorService::idleLockMinutes() const
{
    return m_settings.intValue(QStringLiteral("auth.idle_lock_minutes"), 5);
}

Status OperatorService::validatePin(const QString &pin)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]{4,8}$"));
    if (!digits.match(pin).hasMatch())
        return makeError(tr("PIN must be 4 to 8 digits."), QStringLiteral("pin"), QStringLiteral("auth.pin_format"));
    return Ok{};
}

Status OperatorService::validateCode(const QString &code)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Z0-9][A-Z0-9_-]{1,19}$"));
    if (!pattern.match(code).hasMatch())
        return makeError(tr("Operator code must be 2 to 20 capital letters, digits, '-' or '_' (for example W001)."),
                         QStringLiteral("code"), QStringLiteral("auth.code_format"));
    return Ok{};
}

bool OperatorService::needsFirstAdmin() const
{
    auto empty = OperatorStore(m_db).isEmpty();
    return empty.ok() && empty.value();
}

Status OperatorService::insertOperator(ActionContext &ctx, const QString &code, const QString &name, Role role,
                                       const QString &pin)
{
    if (Status s = validateCode(code); !s)
        return s;
    if (name.trimmed().isEmpty())
        return makeError(tr("Enter the operator's name."), QStringLiteral("name"), QStringLiteral("auth.name"));
    if (Status s = validatePin(pin); !s)
        return s;
    OperatorStore store(m_db);
    auto exists = store.exists(code);
    if (!exists.ok())
        return exists.error();
    if (exists.value())
        return makeError(tr("Operator %1 already exists.").arg(code), QStringLiteral("code"),
                         QStringLiteral("auth.code_taken"));
    const QByteArray salt = randomSalt();
    if (Status s = store.insert(NewOperator{code, name.trimmed(), role, hashPin(pin, salt, kPinIterations), salt,
                                            kPinIterations, ctx.now().toString(Qt::ISODate)},
                                ctx.actor());
        !s)
        return s;
    return ctx.audit(QStringLiteral("operator.create"), code, QStringLiteral("role=%1").arg(roleName(role)));
}

Result<Actor> OperatorService::createFirstAdmin(const QString &code, const QString &name, const QString &pin)
{
    const Actor admin{code, name.trimmed(), Role::Admin, stationId()};
    Status s = m_actions.runAllowed(Actor{code, name, Role::Admin, stationId()}, [&](ActionContext &ctx) -> Status {
        if (!needsFirstAdmin())
            return makeError(tr("This station already has operators: ask an admin to add you."), {},
                             QStringLiteral("auth.not_first"));
        return insertOperator(ctx, code, name, Role::Admin, pin);
    });
    if (!s)
        return s.error();
    return admin;
}

Result<Actor> OperatorService::login(const QString &rawCode, const QString &pin)
{
    const QString code = rawCode.trimmed().toUpper();
    const Error wrong = makeError(tr("Operator code or PIN not recognised. Check both and try again."),
                                  QStringLiteral("pin"), QStringLiteral("auth.wrong"));
    if (code.isEmpty())
        return makeError(tr("Scan your badge or type your operator code."), QStringLiteral("code"),
                         QStringLiteral("auth.code_missing"));
    OperatorStore store(m_db);
    auto found = store.credentials(code);
    if (!found.ok())
        return found.error();
    if (!found.value()) {
        hashPin(pin, randomSalt(),
                kPinIterations); // same cost as a real check: no timing hint that the code is unknown
        logger("auth")->info("login refused: unknown operator code");
        return wrong;
    }
    const OperatorCredentials row = *found.value();
    const QString name = row.name;
    const QByteArray storedHash = row.pinHash;
    const QByteArray salt = row.pinSalt;
    const int iterations = row.pinIterations;
    const int failed = row.failedAttempts;
    const QDateTime lockedUntil = QDateTime::fromString(row.lockedUntil, Qt::ISODate);
    const bool active = row.active;
    const QDateTime now = m_clock.now();
    const Actor actor{code, name, row.role, stationId()};

    if (!active)
        return makeError(tr("Operator %1 is disabled. Ask an admin.").arg(code), QStringLiteral("code"),
                         QStringLiteral("auth.disabled"));
    if (lockedUntil.isValid() && lockedUntil > now) {
        const qint64 minutes = std::max<qint64>(1, (now.secsTo(lockedUntil) + 59) / 60);
        return makeError(tr("Operator %1 is locked after too many wrong PINs. Try again in %2 min or ask a "
                            "supervisor or admin to unlock.")
                             .arg(code)
                             .arg(minutes),
                         QStringLiteral("pin"), QStringLiteral("auth.locked"));
    }
    const bool match = sameBytes(hashPin(pin, salt, iterations), storedHash);
    const int maxAttempts = std::max(1, m_settings.intValue(QStringLiteral("auth.max_attempts"), 5));
    const int lockMinutes = std::max(1, m_settings.intValue(QStringLiteral("auth.lock_minutes"), 5));
    Error outcome = wrong;
    // Not a permission but the PIN decides: the attempt is recorded either way.
    Status s = m_actions.runAllowed(actor, [&](ActionContext &ctx) -> Status {
        if (match) {
            auto u = store.clearFailedAttempts(code);
            if (!u.ok())
                return u.error();
            return ctx.audit(QStringLiteral("auth.login"), code);
        }
        const int attempts = failed + 1;
        const bool lock = attempts >= maxAttempts;
        if (Status u =
                store.setFailedAttempts(code, lock ? 0 : attempts,
                                        lock ? now.addSecs(qint64(lockMinutes) * 60).toString(Qt::ISODate) : QString());
            !u)
            return u;
        if (lock)
            outcome = makeError(tr("Too many wrong PINs: operator %1 is locked for %2 min. A supervisor or admin can "
                                   "unlock it sooner.")
                                    .arg(code)
                                    .arg(lockMinutes),
                                QStringLiteral("pin"), QStringLiteral("auth.locked"));
        else
            outcome = makeError(tr("Operator code or PIN not recognised. %n attempt(s) left before the operator is "
                                   "locked.",
                                   nullptr, maxAttempts - attempts),
                                QStringLiteral("pin"), QStringLiteral("auth.wrong"));
        return ctx.audit(lock ? QStringLiteral("auth.locked") : QStringLiteral("auth.wrong_pin"), code);
    });
    if (!s)
        return s.error();
    if (!match)
        return outcome;
    logger("auth")->info("operator {} logged in", code.toStdString());
    return actor;
}

Status OperatorService::createOperator(const Actor &by, const QString &code, const QString &name, Role role,
                                       const QString &pin)
{
    return m_actions.run(by, Permission::ManageOperators, [&](ActionContext &ctx) {
        return insertOperator(ctx, code.trimmed().toUpper(), name, role, pin);
    });
}

Status OperatorService::setActive(const Actor &by, const QString &code, bool active)
{
    return m_actions.run(by, Permission::ManageOperators, [&](ActionContext &ctx) -> Status {
        if (!active && code == by.operatorCode)
            return makeError(tr("You cannot disable yourself."), QStringLiteral("code"));
        auto u = OperatorStore(m_db).setActive(code, active);
        if (!u.ok())
            return u.error();
        if (!u.value())
            return makeError(tr("There is no operator %1.").arg(code), QStringLiteral("code"));
        return ctx.audit(active ? QStringLiteral("operator.enable") : QStringLiteral("operator.disable"), code);
    });
}

Status OperatorService::resetPin(const Actor &by, const QString &code, const QString &newPin)
{
    const auto body = [&](ActionContext &ctx) -> Status {
        if (Status s = validatePin(newPin); !s)
            return s;
        const QByteArray salt = randomSalt();
        auto u = OperatorStore(m_db).setPin(code, hashPin(newPin, salt, kPinIterations), salt, kPinIterations);
        if (!u.ok())
            return u.error();
        if (!u.value())
            return makeError(tr("There is no operator %1.").arg(code), QStringLiteral("code"));
        return ctx.audit(QStringLiteral("operator.pin_reset"), code);
    };
    // Anyone may change their own PIN; someone else's needs ManageOperators.
    if (code == by.operatorCode)
        return m_actions.runAllowed(by, body);
    return m_actions.run(by, Permission::ManageOperators, body);
}

Status OperatorService::unlock(const Actor &by, const QString &code)
{
    const auto body = [&](ActionContext &ctx) -> Status {
        auto u = OperatorStore(m_db).clearFailedAttempts(code);
        if (!u.ok())
            return u.error();
        if (!u.value())
            return makeError(tr("There is no operator %1.").arg(code), QStringLiteral("code"));
        return ctx.audit(QStringLiteral("operator.unlock"), code);
    };
    // Supervisors unlock their team without managing operators.
    if (by.role == Role::Supervisor || by.role == Role::Admin)
        return m_actions.runAllowed(by, body);
    return m_actions.run(by, Permission::ManageOperators, body);
}

Result<QList<OperatorInfo>> OperatorService::list(const Actor &by) const
{
    if (Status s = require(by, Permission::ManageOperators); !s)
        return s.error();
    return OperatorStore(m_db).list();
}

} // namespace fb
