#include "app/services/PullService.h"

#include "app/core/Logging.h"

#include <QCoreApplication>
#include <QHash>

namespace fb {

PullService::PullService(Database &db, PullControl *control)
    : m_db(db)
    , m_control(control)
{}

Result<QList<PullResourceState>> PullService::overview() const
{
    auto stored = PullStatusStore(m_db).all();
    if (!stored.ok())
        return stored.error();
    QHash<QString, PullStatus> byResource;
    for (const PullStatus &s : stored.value())
        byResource.insert(s.resource, s);
    const std::optional<PullPlan> schedule = plan();
    QList<PullResourceState> out;
    for (const QString &resource : pullResources()) {
        PullResourceState state;
        state.resource = resource;
        if (auto it = byResource.constFind(resource); it != byResource.cend())
            state.last = *it;
        if (schedule) {
            state.nextMs = schedule->nextMs(resource);
            state.running = schedule->running == resource;
        }
        out.append(state);
    }
    return out;
}

std::optional<PullPlan> PullService::plan() const
{
    if (!m_control)
        return std::nullopt;
    return m_control->plan();
}

Status PullService::pullNow(const Actor &actor)
{
    if (Status allowed = require(actor, Permission::PullMasterData); !allowed)
        return allowed;
    if (!m_control)
        return makeError(QCoreApplication::translate("fb::PullService",
                                                     "This window does not pull from the new CRM: use "
                                                     "'floorbridge-ctl pull'."),
                         {}, QStringLiteral("pull.not_running"));
    logger("sync.pull")->info("pull now asked by {}", actor.operatorCode.toStdString());
    return m_control->pullNow();
}

} // namespace fb
