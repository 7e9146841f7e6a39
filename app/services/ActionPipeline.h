#pragma once
// The one way a service performs a business action. ActionPipeline::run
//   1. checks the actor's permission (refusals name the role that may),
//   2. opens one write transaction — a savepoint when the caller is already inside one,
//   3. runs the action's body, which writes through the stores and records its audit entry and its events,
//   4. commits: business rows, audit entries and outbox rows exist together or not at all,
//   5. and, when the transaction queued events, wakes delivery (the station's outbox listener, see Database).
// A service method is then: its own checks, one run() with the body, and the result. No page or verb wakes delivery,
// and a new delivery target changes the event registry (app/services/Events.h) only.

#include "app/core/Clock.h"
#include "app/core/Result.h"
#include "app/domain/Actor.h"
#include "app/storage/Outbox.h"

#include <QDateTime>
#include <QString>

#include <functional>
#include <optional>

namespace fb {

class Database;

// What an action's body works with: who acts, the one time the whole action is stamped with, and the database the
// action's stores write to (inside its transaction).
class ActionContext
{
public:
    const Actor &actor() const { return m_actor; }
    const QDateTime &now() const { return m_now; }
    Database &db() { return m_db; }

    // One entry in the audit log for this action (an action may add more, e.g. a supervisor's override).
    Status audit(const QString &action, const QString &subject, const QString &details = {});
    // Queues an event for the CRMs; build it with the registry (events::…). Returns its event id.
    Result<QString> queue(const OutboxEvent &event);
    int eventsQueued() const { return m_events; }

private:
    friend class ActionPipeline;
    ActionContext(Database &db, const Clock &clock, const Actor &actor);

    Database &m_db;
    const Clock &m_clock;
    const Actor &m_actor;
    QDateTime m_now;
    int m_events = 0;
};

class ActionPipeline
{
public:
    using Body = std::function<Status(ActionContext &)>;

    ActionPipeline(Database &db, const Clock &clock);

    // The action of an operator: refused unless their role allows `permission`.
    Status run(const Actor &actor, Permission permission, const Body &body);
    // An action whose permission is not one Permission, decided by the caller: a login, an operator changing their
    // own PIN, the first admin of a new station, a change pulled from the new CRM (recorded under its pseudo-operator).
    Status runAllowed(const Actor &actor, const Body &body);

    // run() for a body that produces a value: `T` is default-constructed and filled by the body.
    template <typename T>
    Result<T> produce(const Actor &actor, Permission permission,
                      const std::function<Status(ActionContext &, T &)> &body)
    {
        T value{};
        if (Status s = run(actor, permission, [&](ActionContext &ctx) { return body(ctx, value); }); !s)
            return s.error();
        return value;
    }

private:
    Status perform(const Actor &actor, const Body &body);

    Database &m_db;
    const Clock &m_clock;
};

} // namespace fb
