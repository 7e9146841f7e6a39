// floorbridge-ctl reconcile — what this station moved against what each CRM acknowledged and holds (docs/reconcile.md).
#include "app/ctl/Context.h"
#include "app/ctl/Verbs.h"

#include "app/services/Reconciliation.h"
#include "app/services/ReconciliationCsv.h"
#include "sync/reconcile/NewCrmSerials.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>

namespace fb::ctl {

namespace {

QJsonObject toJson(const Mismatch &m)
{
    return QJsonObject{{QStringLiteral("serial"), m.serial},
                       {QStringLiteral("crm"), crmName(m.crm)},
                       {QStringLiteral("kind"), mismatchKindName(m.kind)},
                       {QStringLiteral("local_value"), m.localValue},
                       {QStringLiteral("crm_value"), m.crmValue},
                       {QStringLiteral("outbox_id"), m.outboxId},
                       {QStringLiteral("hint"), m.hint}};
}

int execute(Context &ctx)
{
    const QString crmOption = ctx.takeOption(QStringLiteral("crm"));
    const QString csvPath = ctx.takeOption(QStringLiteral("csv"));
    const QString limitOption = ctx.takeOption(QStringLiteral("limit"));
    const QString batchOption = ctx.takeOption(QStringLiteral("batch"));
    if (!ctx.args.isEmpty())
        return ctx.usage(
            Ctl::tr("Unexpected argument '%1'. Run 'floorbridge-ctl help reconcile'.").arg(ctx.args.first()));
    ReconcileOptions options;
    if (crmOption == u"legacy")
        options.crms = {Crm::Legacy};
    else if (crmOption == u"new")
        options.crms = {Crm::New};
    else if (!crmOption.isEmpty() && crmOption != u"both")
        return ctx.usage(Ctl::tr("--crm must be legacy, new or both (default both), not '%1'.").arg(crmOption));
    bool limitOk = true;
    const int limit = limitOption.isEmpty() ? 200 : limitOption.toInt(&limitOk);
    if (!limitOk || limit < 0)
        return ctx.usage(Ctl::tr("--limit must be a number of lines (0 for none), not '%1'.").arg(limitOption));
    if (!batchOption.isEmpty()) {
        bool ok = false;
        options.batchSize = batchOption.toInt(&ok);
        if (!ok || options.batchSize < 1 || options.batchSize > 500)
            return ctx.usage(Ctl::tr("--batch must be between 1 and 500, not '%1'.").arg(batchOption));
    }

    auto actor = ctx.authenticate();
    if (!actor.ok())
        return exitCodeFor(actor.error());
    if (Status allowed = require(*actor, Permission::ViewAudit); !allowed)
        return ctx.fail(allowed.error());
    Station *st = ctx.station();

    // A bad path is found before the CRM is asked anything.
    std::unique_ptr<ReconciliationCsv> csv;
    if (!csvPath.isEmpty()) {
        auto created = ReconciliationCsv::create(csvPath);
        if (!created.ok())
            return ctx.fail(created.error());
        csv = std::move(created).value();
    }

    QNetworkAccessManager nam;
    std::unique_ptr<NewCrmSerials> source;
    if (options.crms.contains(Crm::New)) {
        auto crm = ctx.reachCrm(*st, Crm::New);
        if (!crm.ok()) {
            const int exit = ctx.fail(crm.error());
            ctx.err << Ctl::tr("Or reconcile what the legacy CRM acknowledged only: --crm legacy.") << Qt::endl;
            return exit;
        }
        source = std::make_unique<NewCrmSerials>(nam, crm->url, crm->token, crm->timeoutMs);
    }

    QList<Mismatch> found;
    ReconciliationService service(st->db(), ctx.clock());
    auto report = service.run(*actor, options, source.get(), [&](const Mismatch &m) {
        if (csv)
            csv->add(m);
        if (ctx.json || found.size() < limit)
            found.append(m);
    });
    if (!report.ok())
        return ctx.fail(report.error()); // the CSV is dropped unwritten
    if (csv) {
        if (Status saved = csv->commit(); !saved)
            return ctx.fail(saved.error());
    }
    const int total = report->mismatchCount();

    if (ctx.json) {
        QJsonObject crms;
        for (auto it = report->crms.cbegin(); it != report->crms.cend(); ++it) {
            QJsonObject kinds;
            for (MismatchKind k : allMismatchKinds())
                kinds.insert(mismatchKindName(k), it->mismatches.value(k));
            crms.insert(crmName(it.key()), QJsonObject{{QStringLiteral("events_checked"), it->eventsChecked},
                                                       {QStringLiteral("serials_checked"), it->serialsChecked},
                                                       {QStringLiteral("crm_serials_checked"), it->crmSerialsChecked},
                                                       {QStringLiteral("state_compared"), it->stateCompared},
                                                       {QStringLiteral("mismatches"), it->total()},
                                                       {QStringLiteral("by_kind"), kinds}});
        }
        QJsonArray list;
        for (const Mismatch &m : found)
            list.append(toJson(m));
        QJsonObject out{{QStringLiteral("station_id"), report->stationId},
                        {QStringLiteral("at"), report->startedAt},
                        {QStringLiteral("mismatches"), total},
                        {QStringLiteral("crms"), crms},
                        {QStringLiteral("items"), list}};
        if (csv)
            out.insert(QStringLiteral("csv"), QDir::toNativeSeparators(csvPath));
        ctx.out << QJsonDocument(out).toJson(QJsonDocument::Indented);
        ctx.out.flush();
        return total > 0 ? ExitMismatch : ExitOk;
    }

    ctx.out << Ctl::tr("Reconciliation of station %1 at %2").arg(report->stationId, report->startedAt) << "\n";
    for (auto it = report->crms.cbegin(); it != report->crms.cend(); ++it) {
        ctx.out << (crmName(it.key()) + Ctl::tr(" CRM")).leftJustified(12)
                << Ctl::tr("%1 events checked").arg(it->eventsChecked);
        if (it->stateCompared)
            ctx.out << Ctl::tr(", %1 serials compared with its state, %2 serials it holds from this station")
                           .arg(it->serialsChecked)
                           .arg(it->crmSerialsChecked);
        ctx.out << Ctl::tr(": %1 mismatch(es)").arg(it->total());
        QStringList kinds;
        for (auto k = it->mismatches.cbegin(); k != it->mismatches.cend(); ++k)
            kinds << QStringLiteral("%1 %2").arg(mismatchKindName(k.key())).arg(k.value());
        if (!kinds.isEmpty())
            ctx.out << " (" << kinds.join(QStringLiteral(", ")) << ")";
        ctx.out << "\n";
    }
    for (const Mismatch &m : found) {
        ctx.out << "  " << m.serial.leftJustified(18) << " " << crmName(m.crm).leftJustified(6) << " "
                << mismatchKindName(m.kind).leftJustified(16) << " " << Ctl::tr("here: ") << m.localValue << " | "
                << Ctl::tr("CRM: ") << (m.crmValue.isEmpty() ? QStringLiteral("-") : m.crmValue);
        if (m.outboxId > 0)
            ctx.out << " | " << Ctl::tr("outbox #%1").arg(m.outboxId);
        ctx.out << "\n      " << m.hint << "\n";
    }
    if (total > found.size())
        ctx.out << Ctl::tr("… %1 more not shown: --limit N, or --csv FILE for all of them.").arg(total - found.size())
                << "\n";
    if (csv)
        ctx.out << Ctl::tr("CSV report: %1 (%2 rows)").arg(QDir::toNativeSeparators(csvPath)).arg(csv->rows()) << "\n";
    if (total == 0)
        ctx.out << Ctl::tr("No mismatches: both sides agree.") << "\n";
    ctx.out.flush();
    return total > 0 ? ExitMismatch : ExitOk;
}

} // namespace

Verb reconcileVerb()
{
    return {QStringLiteral("reconcile"), QStringLiteral("compare the register and outbox with what the CRMs hold"),
            QStringLiteral(
                "floorbridge-ctl [--operator CODE] reconcile [--crm legacy|new|both] [--csv FILE] [--json]\n"
                "                [--limit N] [--batch N]\n\n"
                "Compares every stock movement's events with what each CRM acknowledged (pending, failed,\n"
                "discarded, answer_mismatch) and, for the new CRM, the register with the state the CRM reports\n"
                "per serial (missing_at_crm, state_differs, location_differs, unknown_locally). Prints a summary\n"
                "and up to --limit mismatches (default 200); --csv writes all of them (RFC 4180) to FILE.\n"
                "Needs a supervisor or admin. Exit codes: 0 no mismatch, 6 mismatches found, 5 the new CRM has\n"
                "no address or token or could not be read (nothing written), 4 login/permission, 2 usage,\n"
                "1 a bad CSV path."),
            execute};
}

} // namespace fb::ctl
