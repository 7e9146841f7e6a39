#pragma once
// The admin side of delivery, for the Sync page and floorbridge-ctl outbox: per-CRM figures, the outbox by state
// (the failed queue first of all), one row in full, and the actions — retry now, discard with a reason, pause and
// resume a CRM. Every action needs Permission::ManageSync, checked here, and writes its audit entry in the same
// transaction as the change; looking is open to every operator (like `floorbridge-ctl outbox list`).

#include "app/core/Clock.h"
#include "app/core/Crm.h"
#include "app/core/Result.h"
#include "app/domain/Actor.h"
#include "app/services/ActionPipeline.h"
#include "app/services/SyncHealth.h"
#include "app/storage/OutboxStore.h"
#include "app/storage/SyncMetrics.h"

#include <QCoreApplication>
#include <QList>
#include <QPointer>
#include <QString>

#include <optional>

namespace fb {

class Database;
class SettingsStore;
class SyncControl;

// One CRM's panel: what is waiting, what failed, how the last hour went.
struct CrmSyncOverview
{
    CrmHealth health;         // pending, failed, oldest, last success / error, paused and why, URL
    SyncFigures lastHour;     // attempts, error rate, p50 / p95 request latency (SyncMetrics, last hour)
    qint64 oldestAgeMs = 0;   // how long the oldest undelivered event has waited; 0 when none waits
    QString blockedReason;    // from the running delivery: no token, no address…; empty when it can send
    qint64 lastSuccessMs = 0; // epoch ms of the last delivery; 0 when none
};

class SyncAdminService
{
    Q_DECLARE_TR_FUNCTIONS(fb::SyncAdminService)

public:
    // `control` is the running delivery, if this process has one: told to re-read a pause at once and woken after a
    // retry. Without it the change still reaches a delivery running elsewhere (it re-reads the settings).
    SyncAdminService(Database &db, SettingsStore &settings, const Clock &clock, SyncControl *control = nullptr);

    Result<CrmSyncOverview> overview(Crm crm) const;
    // Rows matching the filter, oldest first; `list` adds each row's failed_at and last answer.
    Result<QList<OutboxRow>> rows(const OutboxFilter &filter) const;
    Result<QList<OutboxDetail>> list(const OutboxFilter &filter) const;
    // The failed queue of both CRMs (or one), oldest first.
    Result<QList<OutboxDetail>> failedQueue(std::optional<Crm> crm = std::nullopt, int limit = 500) const;
    // One row with its payload, last error, attempts and the CRM's last answer; "outbox.unknown" when there is none.
    Result<OutboxDetail> inspect(qint64 id) const;

    // Permission ManageSync. A FAILED or PENDING row is due now with its attempts reset ("outbox.state" otherwise).
    Status retryNow(const Actor &actor, qint64 id, const QString &note = {});
    // Permission ManageSync. A FAILED or PENDING row is dropped for good; the reason is required ("reason").
    Status discard(const Actor &actor, qint64 id, const QString &reason);
    // Permission ManageSync. Nothing is sent to `crm` until resumed; an empty reason says who paused it and when.
    Status pause(const Actor &actor, Crm crm, const QString &reason);
    Status resume(const Actor &actor, Crm crm);

private:
    Database &m_db;
    SettingsStore &m_settings;
    const Clock &m_clock;
    ActionPipeline m_actions;
    QPointer<SyncControl> m_control;
};

} // namespace fb
