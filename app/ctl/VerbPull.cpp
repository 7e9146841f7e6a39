// floorbridge-ctl pull — master data (and, for the service desk, decisions made in the CRM) from the new CRM.
#include "app/ctl/Context.h"
#include "app/ctl/Verbs.h"

#include "app/core/PullControl.h"
#include "sync/pull/PullRunner.h"

#include <QNetworkAccessManager>

namespace fb::ctl {

namespace {

int execute(Context &ctx)
{
    const bool changesOnly = ctx.takeFlag(QStringLiteral("changes"));
    const QString pageSize = ctx.takeOption(QStringLiteral("page-size"));
    auto actor = ctx.authenticateOrSetup(Permission::PullMasterData);
    if (!actor.ok())
        return exitCodeFor(actor.error());
    Station *st = ctx.station();
    auto crm = ctx.reachCrm(*st, Crm::New);
    if (!crm.ok())
        return ctx.fail(crm.error());
    PullTarget target;
    target.url = crm->url;
    target.token = crm->token;
    target.timeoutMs = crm->timeoutMs;
    if (!pageSize.isEmpty())
        target.pageSize = std::clamp(pageSize.toInt(), 1, 500);
    // The same pull as the window's schedule, recorded in pull_status (the Sync page shows it).
    QNetworkAccessManager nam;
    PullRunner runner(st->db(), nam, ctx.clock());
    const PullRunReport report = runner.run(changesOnly ? PullJob::Changes : PullJob::Everything, target);
    for (const ResourcePull &r : report.resources) {
        if (!r.ok())
            continue;
        const bool changes = r.resource == changesResource();
        ctx.out << r.resource.leftJustified(14) << r.applied << (changes ? Ctl::tr(" applied") : Ctl::tr(" updated"))
                << "\n";
    }
    ctx.out.flush();
    if (auto error = report.firstError())
        return ctx.fail(*error);
    return ExitOk;
}

} // namespace

Verb pullVerb()
{
    return {
        QStringLiteral("pull"), QStringLiteral("master data and CRM-side decisions from the new CRM"),
        QStringLiteral(
            "floorbridge-ctl [--operator CODE] pull [--changes] [--page-size N]\n\n"
            "Pulls products, warehouses, parties, technicians, call types, parts and model regions (each\n"
            "applied in one transaction, with an updated_since cursor), then status changes made in the\n"
            "new CRM (spare decisions, complaint statuses). --changes pulls only the latter. Master data\n"
            "that fails to pull does not hold the changes back. Each resource's outcome is kept for the\n"
            "Sync page; the window also pulls by itself (sync.pull.changes_seconds, sync.pull.masterdata_minutes)."),
        execute};
}

} // namespace fb::ctl
