#include "app/services/SyncAdminService.h"

#include "app/core/SyncControl.h"
#include "app/storage/Database.h"
#include "app/storage/SettingsStore.h"

#include <QCoreApplication>

namespace fb {

SyncAdminService::SyncAdminService(Database &db, SettingsStore &settings, const Clock &clock, SyncControl *control)
    : m_db(db)
    , m_settings(settings)
    , m_clock(clock)
    , m_actions(db, clock)
    , m_control(control)
{}

Result<CrmSyncOverview> SyncAdminService::overview(Crm crm) const
{
    auto health = SyncHealth(m_db, m_settings).health(crm);
    if (!health.ok())
        return health.error();
    const qint64 nowMs = m_clock.now().toMSecsSinceEpoch();
    auto figures = SyncMetrics(m_db).figures(crm, nowMs - SyncMetrics::kWindowMs);
    if (!figures.ok())
        return figures.error();
    CrmSyncOverview o;
    o.health = health.value();
    o.lastHour = figures.value();
    if (o.health.oldestPendingMs > 0)
        o.oldestAgeMs = std::max<qint64>(0, nowMs - o.health.oldestPendingMs);
    if (!o.health.lastSuccessAt.isEmpty()) {
        const QDateTime at = QDateTime::fromString(o.health.lastSuccessAt, Qt::ISODateWithMs);
        o.lastSuccessMs = at.isValid() ? at.toMSecsSinceEpoch() : 0;
    }
    if (m_control)
        o.blockedReason = m_control->blockedReason(crm);
    return o;
}

Result<QList<OutboxRow>> SyncAdminService::rows(const OutboxFilter &filter) const
{
    return OutboxStore(m_db).list(filter);
}

Result<QList<OutboxDetail>> SyncAdminService::list(const OutboxFilter &filter) const
{
    OutboxStore store(m_db);
    auto rows = store.list(filter);
    if (!rows.ok())
        return rows.error();
    QList<OutboxDetail> out;
    out.reserve(rows->size());
    for (const OutboxRow &r : rows.value()) {
        // The list query has no failed_at / response; the primary-key look-up per row is cheap for a page's worth.
        auto detail = store.get(r.id);
        if (!detail.ok())
            return detail.error();
        if (detail->has_value())
            out.append(**detail);
    }
    return out;
}

Result<QList<OutboxDetail>> SyncAdminService::failedQueue(std::optional<Crm> crm, int limit) const
{
    OutboxFilter filter;
    filter.crm = crm;
    filter.state = OutboxState::Failed;
    filter.limit = limit;
    return list(filter);
}

Result<OutboxDetail> SyncAdminService::inspect(qint64 id) const
{
    auto detail = OutboxStore(m_db).get(id);
    if (!detail.ok())
        return detail.error();
    if (!detail->has_value())
        return makeError(tr("There is no outbox row %1: check the number.").arg(id), QStringLiteral("id"),
                         QStringLiteral("outbox.unknown"));
    return **detail;
}

Status SyncAdminService::retryNow(const Actor &actor, qint64 id, const QString &note)
{
    Status s = m_actions.run(actor, Permission::ManageSync, [&](ActionContext &ctx) -> Status {
        if (auto found = inspect(id); !found.ok())
            return found.error();
        const QDateTime now = ctx.now();
        if (Status done = OutboxStore(m_db).retryNow(id, now.toMSecsSinceEpoch()); !done)
            return done;
        return ctx.audit(QStringLiteral("outbox.retry"), QString::number(id), note.simplified());
    });
    if (s && m_control)
        m_control->wake();
    return s;
}

Status SyncAdminService::discard(const Actor &actor, qint64 id, const QString &reason)
{
    return m_actions.run(actor, Permission::ManageSync, [&](ActionContext &ctx) -> Status {
        const QString why = reason.simplified();
        if (why.isEmpty())
            return makeError(tr("Give a reason for discarding outbox row %1: it goes to the audit log.").arg(id),
                             QStringLiteral("reason"), QStringLiteral("outbox.reason"));
        if (auto found = inspect(id); !found.ok())
            return found.error();
        const QDateTime now = ctx.now();
        if (Status done = OutboxStore(m_db).discard(id, why); !done)
            return done;
        return ctx.audit(QStringLiteral("outbox.discard"), QString::number(id), why);
    });
}

Status SyncAdminService::pause(const Actor &actor, Crm crm, const QString &reason)
{
    Status s = m_actions.run(actor, Permission::ManageSync, [&](ActionContext &ctx) -> Status {
        const QDateTime now = ctx.now();
        const QString why =
            reason.simplified().isEmpty()
                ? tr("Paused by %1 at %2.").arg(actor.operatorCode, now.toString(QStringLiteral("HH:mm")))
                : reason.simplified();
        if (Status set = m_settings.setValue(SyncHealth::pausedKey(crm), why); !set)
            return set;
        return ctx.audit(QStringLiteral("sync.pause"), crmName(crm), why);
    });
    if (!s)
        m_settings.invalidate(); // the settings write was rolled back with the audit entry
    else if (m_control)
        m_control->reloadNow();
    return s;
}

Status SyncAdminService::resume(const Actor &actor, Crm crm)
{
    Status s = m_actions.run(actor, Permission::ManageSync, [&](ActionContext &ctx) -> Status {
        const QDateTime now = ctx.now();
        const QString was = m_settings.value(SyncHealth::pausedKey(crm));
        if (Status removed = m_settings.remove(SyncHealth::pausedKey(crm)); !removed)
            return removed;
        return ctx.audit(QStringLiteral("sync.resume"), crmName(crm),
                         was.isEmpty() ? QString() : tr("was paused: %1").arg(was));
    });
    if (!s)
        m_settings.invalidate();
    else if (m_control)
        m_control->reloadNow();
    return s;
}

} // namespace fb
