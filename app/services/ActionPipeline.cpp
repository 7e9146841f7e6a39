#include "app/services/ActionPipeline.h"

#include "app/storage/AuditLog.h"
#include "app/storage/Database.h"

namespace fb {

ActionContext::ActionContext(Database &db, const Clock &clock, const Actor &actor)
    : m_db(db)
    , m_clock(clock)
    , m_actor(actor)
    , m_now(clock.now())
{}

Status ActionContext::audit(const QString &action, const QString &subject, const QString &details)
{
    return AuditLog(m_db).append(m_actor, m_now, action, subject, details);
}

Result<QString> ActionContext::queue(const OutboxEvent &event)
{
    auto id = OutboxWriter(m_db, m_clock).enqueue(m_actor, event);
    if (id.ok())
        ++m_events;
    return id;
}

ActionPipeline::ActionPipeline(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{}

Status ActionPipeline::run(const Actor &actor, Permission permission, const Body &body)
{
    if (Status allowed = require(actor, permission); !allowed)
        return allowed;
    return perform(actor, body);
}

Status ActionPipeline::runAllowed(const Actor &actor, const Body &body)
{
    return perform(actor, body);
}

Status ActionPipeline::perform(const Actor &actor, const Body &body)
{
    // Database::write commits (or rolls back) everything the body wrote, and calls the station's outbox listener
    // after a commit that queued events: the wake-up is part of the transaction's outcome, not of any caller.
    return m_db.write([&]() -> Status {
        ActionContext ctx(m_db, m_clock, actor);
        return body(ctx);
    });
}

} // namespace fb
