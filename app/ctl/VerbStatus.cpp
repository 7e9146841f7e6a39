// floorbridge-ctl status [--json] — the station and its delivery to both CRMs at a glance.
#include "app/ctl/Context.h"
#include "app/ctl/Verbs.h"

#include "app/services/StationStatusService.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace fb::ctl {

namespace {

int execute(Context &ctx)
{
    Station *st = ctx.station();
    if (!st)
        return ExitStation;
    auto station = StationStatusService(*st, ctx.clock()).status();
    if (!station.ok())
        return ctx.fail(station.error());
    QJsonObject crms;
    for (const CrmSyncOverview &o : station->crms) {
        const CrmHealth &h = o.health;
        const SyncFigures &f = o.lastHour;
        crms.insert(crmName(h.crm), QJsonObject{{QStringLiteral("url"), h.url},
                                                {QStringLiteral("backlog"), h.pending},
                                                {QStringLiteral("failed"), h.failed},
                                                {QStringLiteral("oldest_pending_age_s"), double(o.oldestAgeMs / 1000)},
                                                {QStringLiteral("last_success_at"), h.lastSuccessAt},
                                                {QStringLiteral("last_error"), h.lastError},
                                                {QStringLiteral("paused"), h.pausedReason},
                                                {QStringLiteral("attempts_1h"), f.attempts},
                                                {QStringLiteral("error_rate_1h"), f.errorRate()},
                                                {QStringLiteral("latency_p50_ms"), double(f.p50Ms)},
                                                {QStringLiteral("latency_p95_ms"), double(f.p95Ms)}});
    }
    const QJsonObject status{
        {QStringLiteral("version"), QStringLiteral(FB_VERSION)},
        {QStringLiteral("station_id"), station->stationId},
        {QStringLiteral("data_dir"), station->dataDir},
        {QStringLiteral("db_path"), station->databasePath},
        {QStringLiteral("schema_version"), station->schemaVersion},
        {QStringLiteral("crms"), crms},
    };
    if (ctx.json) {
        ctx.out << QJsonDocument(status).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    ctx.out << "Station     " << station->stationId << "\n"
            << "Database    " << station->databasePath << " (schema " << station->schemaVersion << ")\n";
    for (Crm crm : allCrms()) {
        const QJsonObject c = crms.value(crmName(crm)).toObject();
        ctx.out << crmTitle(crm).leftJustified(12)
                << (c.value(QStringLiteral("url")).toString().isEmpty() ? QStringLiteral("(no URL set)")
                                                                        : c.value(QStringLiteral("url")).toString())
                << "\n"
                << "  backlog " << c.value(QStringLiteral("backlog")).toInt() << ", failed "
                << c.value(QStringLiteral("failed")).toInt();
        if (c.value(QStringLiteral("backlog")).toInt() > 0)
            ctx.out << ", oldest waiting " << c.value(QStringLiteral("oldest_pending_age_s")).toInt() << " s";
        ctx.out << "\n";
        if (c.value(QStringLiteral("attempts_1h")).toInt() > 0) {
            ctx.out << "  last hour    " << c.value(QStringLiteral("attempts_1h")).toInt() << " attempts, error rate "
                    << QString::number(100.0 * c.value(QStringLiteral("error_rate_1h")).toDouble(), 'f', 1) << " %";
            if (c.value(QStringLiteral("latency_p50_ms")).toInt() >= 0)
                ctx.out << ", latency p50 " << c.value(QStringLiteral("latency_p50_ms")).toInt() << " ms / p95 "
                        << c.value(QStringLiteral("latency_p95_ms")).toInt() << " ms";
            ctx.out << "\n";
        }
        if (!c.value(QStringLiteral("last_success_at")).toString().isEmpty())
            ctx.out << "  last success " << c.value(QStringLiteral("last_success_at")).toString() << "\n";
        if (!c.value(QStringLiteral("last_error")).toString().isEmpty())
            ctx.out << "  last error   " << c.value(QStringLiteral("last_error")).toString() << "\n";
        if (!c.value(QStringLiteral("paused")).toString().isEmpty())
            ctx.out << "  PAUSED       " << c.value(QStringLiteral("paused")).toString() << "\n";
    }
    ctx.out.flush();
    return ExitOk;
}

} // namespace

Verb statusVerb()
{
    return {QStringLiteral("status"), QStringLiteral("station, database and delivery backlog per CRM [--json]"),
            QStringLiteral("floorbridge-ctl status [--json]"), execute};
}

} // namespace fb::ctl
