// floorbridge-ctl pull — master data (and, for the service desk, decisions made in the CRM) from the new CRM.
#include "Ctl.h"

#include "credentials/KeychainCredentialStore.h"
#include "pull/ChangesPuller.h"
#include "pull/MasterDataPuller.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QUrl>

namespace fb::ctl {

namespace {

int run(Context &ctx)
{
    const bool changesOnly = ctx.takeFlag(QStringLiteral("changes"));
    const QString pageSize = ctx.takeOption(QStringLiteral("page-size"));
    auto actor = ctx.authenticateOrSetup(Permission::PullMasterData);
    if (!actor.ok())
        return ExitAuth;
    Station *st = ctx.station();
    const QUrl url(st->settings().value(QStringLiteral("crm.new.url")));
    if (!url.isValid() || url.host().isEmpty())
        return ctx.fail(makeError(QCoreApplication::translate("fb::ctl", "The new CRM's URL is not set: "
                                                                         "floorbridge-ctl config set crm.new.url URL"),
                                  QStringLiteral("crm.new.url")),
                        ExitRefused);
    KeychainCredentialStore credentials(st->credentialScope());
    auto token = credentials.token(Crm::New);
    if (!token.ok())
        return ctx.fail(token.error(), ExitExternal);
    QNetworkAccessManager nam;
    const int timeoutMs = st->settings().intValue(QStringLiteral("sync.timeout_ms"), 15000);
    if (!changesOnly) {
        PullOptions options;
        options.baseUrl = url;
        options.token = *token;
        options.timeoutMs = timeoutMs;
        if (!pageSize.isEmpty())
            options.pageSize = std::clamp(pageSize.toInt(), 1, 500);
        MasterDataPuller puller(st->db(), nam, ctx.clock(), options);
        auto report = puller.pull();
        if (!report.ok())
            return ctx.fail(report.error(), ExitExternal);
        for (auto it = report->counts.cbegin(); it != report->counts.cend(); ++it)
            ctx.out << it.key().leftJustified(14) << it.value() << QCoreApplication::translate("fb::ctl", " updated")
                    << "\n";
        ChangesPuller service(st->db(), nam, url, *token, ctx.clock(), timeoutMs);
        for (const QString &resource : ChangesPuller::serviceResources()) {
            auto r = service.pullMasterDataNow(resource);
            if (!r.ok())
                return ctx.fail(r.error(), ExitExternal);
            ctx.out << resource.leftJustified(14) << r->applied << QCoreApplication::translate("fb::ctl", " updated")
                    << "\n";
        }
    }
    ChangesPuller changes(st->db(), nam, url, *token, ctx.clock(), timeoutMs);
    auto r = changes.pullChangesNow();
    if (!r.ok())
        return ctx.fail(r.error(), ExitExternal);
    ctx.out << QStringLiteral("changes").leftJustified(14) << r->applied
            << QCoreApplication::translate("fb::ctl", " applied") << Qt::endl;
    return ExitOk;
}

const bool registered = registerVerb(
    {QStringLiteral("pull"), QStringLiteral("master data and CRM-side decisions from the new CRM"),
     QStringLiteral("floorbridge-ctl [--operator CODE] pull [--changes] [--page-size N]\n\n"
                    "Pulls products, warehouses, parties, technicians, call types, parts and model regions (each\n"
                    "applied in one transaction, with an updated_since cursor), then status changes made in the\n"
                    "new CRM (spare decisions, complaint statuses). --changes pulls only the latter."),
     run});

} // namespace

} // namespace fb::ctl
