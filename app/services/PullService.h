#pragma once
// Pulls from the new CRM as the Sync page shows them: per resource what the last pull did (kept in the database, so
// it is there after a restart, whether the window or floorbridge-ctl pull did it) and when the next one is due (from
// the running schedule, when this process has one); and Pull now, which needs Permission::PullMasterData — checked
// here, as floorbridge-ctl pull checks it.

#include "app/core/PullControl.h"
#include "app/core/Result.h"
#include "app/domain/Actor.h"
#include "app/storage/PullStatusStore.h"

#include <QList>
#include <QPointer>

#include <optional>

namespace fb {

class Database;

struct PullResourceState
{
    QString resource;
    std::optional<PullStatus> last; // none: never pulled on this station
    qint64 nextMs = 0;              // epoch ms of the next scheduled pull; 0 = none (or no schedule running here)
    bool running = false;           // being pulled now
};

class PullService
{
public:
    explicit PullService(Database &db, PullControl *control = nullptr);

    // Every resource of pullResources(), in that order.
    Result<QList<PullResourceState>> overview() const;
    // The running schedule's state; none when this process runs no schedule.
    std::optional<PullPlan> plan() const;
    // Permission PullMasterData. "pull.not_running" when this process runs no schedule; the schedule's reason when
    // nothing can be pulled (no address, no token).
    Status pullNow(const Actor &actor);

private:
    Database &m_db;
    QPointer<PullControl> m_control;
};

} // namespace fb
