// floorbridge-ctl sync --once | pause | resume — deliver the outbox from the command line, or stop/start a CRM.
#include "app/ctl/Context.h"
#include "app/ctl/Verbs.h"

#include "app/core/Paths.h"
#include "app/services/SyncAdminService.h"
#include "app/services/SyncHealth.h"
#include "sync/SyncEngine.h"

namespace fb::ctl {

namespace {

int execute(Context &ctx)
{
    const QString sub = ctx.arg(0);
    Station *st = ctx.station();
    if (!st)
        return ExitStation;
    CredentialStore &credentials = ctx.credentials(*st);
    if (sub == u"pause" || sub == u"resume") {
        const auto crm = crmFromName(ctx.arg(1));
        const QString reason = ctx.takeOption(QStringLiteral("reason"));
        if (!crm)
            return ctx.usage(QStringLiteral("Usage: floorbridge-ctl sync pause|resume legacy|new [--reason R]"));
        auto actor = ctx.authenticateOrSetup(Permission::ManageSync);
        if (!actor.ok())
            return exitCodeFor(actor.error());
        // The core service checks the permission again and writes the audit entry with the pause in one transaction.
        SyncAdminService admin(st->db(), st->settings(), ctx.clock());
        Status s = sub == u"pause" ? admin.pause(*actor, *crm, reason) : admin.resume(*actor, *crm);
        if (!s)
            return ctx.fail(s.error());
        const QString why = st->settings().value(SyncHealth::pausedKey(*crm));
        ctx.out << crmTitle(*crm) << ": " << (sub == u"pause" ? why : Ctl::tr("resumed")) << Qt::endl;
        return ExitOk;
    }
    if (sub != u"--once" && sub != u"once" && !ctx.args.contains(QStringLiteral("--once")))
        return ctx.usage(QStringLiteral("Usage: floorbridge-ctl sync --once [--timeout SECONDS] | pause|resume "
                                        "legacy|new"));
    const QString timeout = ctx.takeOption(QStringLiteral("timeout"));
    const int timeoutMs = (timeout.isEmpty() ? 60 : std::max(1, timeout.toInt())) * 1000;
    SyncEngine engine(databasePath(st->dataDir()), st->settings(), credentials, ctx.clock());
    if (Status started = engine.start(); !started)
        return ctx.fail(started.error());
    const bool idle = engine.drainUntilIdle(timeoutMs);
    engine.stop();
    SyncHealth health(st->db(), st->settings());
    int failed = 0;
    int pending = 0;
    for (Crm crm : allCrms()) {
        auto h = health.health(crm);
        if (!h.ok())
            return ctx.fail(h.error());
        ctx.out << h->oneLine() << "\n";
        if (!h->lastError.isEmpty())
            ctx.out << "  " << Ctl::tr("last error: ") << h->lastError << "\n";
        if (!h->pausedReason.isEmpty())
            ctx.out << "  " << Ctl::tr("paused: ") << h->pausedReason << "\n";
        failed += h->failed;
        pending += h->pending;
    }
    ctx.out.flush();
    if (!idle)
        ctx.err << Ctl::tr("Stopped after %1 s with events still due; run again or "
                           "check 'floorbridge-ctl status'.")
                       .arg(timeoutMs / 1000)
                << Qt::endl;
    return (failed > 0 || !idle) ? ExitExternal : ExitOk;
}

} // namespace

Verb syncVerb()
{
    return {
        QStringLiteral("sync"), QStringLiteral("deliver the outbox now (--once), or pause / resume a CRM"),
        QStringLiteral("floorbridge-ctl sync --once [--timeout SECONDS]   deliver what is due to both CRMs, then exit\n"
                       "floorbridge-ctl --operator ADMIN sync pause|resume legacy|new [--reason R]\n\n"
                       "Exit 0 when everything due was delivered, 5 when something failed or is still waiting."),
        execute};
}

} // namespace fb::ctl
