// floorbridge-ctl pull — master data (and, for the service desk, decisions made in the CRM) from the new CRM.
#include "app/ctl/Context.h"
#include "app/ctl/Verbs.h"

#include "app/core/PullControl.h"
#include "sync/pull/PullRunner.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QUrl>

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
    const QUrl url(st->settings().value(QStringLiteral("crm.new.url")));
    if (!url.isValid() || url.host().isEmpty())
        return ctx.fail(makeError(QCoreApplication::translate("fb::ctl", "The new CRM's URL is not set: "
                                                                         "floorbridge-ctl config set crm.new.url URL"),
                                  QStringLiteral("crm.new.url"), QStringLiteral("crm.no_url")));
    auto token = ctx.credentials(*st).token(Crm::New);
    if (!token.ok())
        return ctx.fail(token.error());
    PullTarget target;
    target.url = url;
    target.token = *token;
    target.timeoutMs = st->settings().intValue(QStringLiteral("sync.timeout_ms"), 15000);
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
        ctx.out << r.resource.leftJustified(14) << r.applied
                << (changes ? QCoreApplication::translate("fb::ctl", " applied")
                            : QCoreApplication::translate("fb::ctl", " updated"))
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
