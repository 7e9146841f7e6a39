// floorbridge-ctl status [--json] — the station and its delivery to both CRMs at a glance.
#include "app/ctl/Context.h"
#include "app/ctl/Verbs.h"

#include "app/core/Paths.h"
#include "app/services/SyncHealth.h"
#include "app/storage/Database.h"
#include "app/storage/SyncMetrics.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

namespace fb::ctl {

namespace {

int execute(Context &ctx)
{
    Station *st = ctx.station();
    if (!st)
        return ExitStation;
    SyncHealth health(st->db(), st->settings());
    SyncMetrics metrics(st->db());
    const qint64 nowMs = ctx.clock().now().toMSecsSinceEpoch();
    QJsonObject crms;
    for (Crm crm : allCrms()) {
        auto h = health.health(crm);
        if (!h.ok())
            return ctx.fail(h.error());
        auto f = metrics.figures(crm, nowMs - SyncMetrics::kWindowMs);
        if (!f.ok())
            return ctx.fail(f.error());
        crms.insert(crmName(crm),
                    QJsonObject{{QStringLiteral("url"), h->url},
                                {QStringLiteral("backlog"), h->pending},
                                {QStringLiteral("failed"), h->failed},
                                {QStringLiteral("oldest_pending_age_s"),
                                 h->oldestPendingMs > 0 ? double((nowMs - h->oldestPendingMs) / 1000) : 0.0},
                                {QStringLiteral("last_success_at"), h->lastSuccessAt},
                                {QStringLiteral("last_error"), h->lastError},
                                {QStringLiteral("paused"), h->pausedReason},
                                {QStringLiteral("attempts_1h"), f->attempts},
                                {QStringLiteral("error_rate_1h"), f->errorRate()},
                                {QStringLiteral("latency_p50_ms"), double(f->p50Ms)},
                                {QStringLiteral("latency_p95_ms"), double(f->p95Ms)}});
    }
    const QJsonObject status{
        {QStringLiteral("version"), QStringLiteral(FB_VERSION)},
        {QStringLiteral("station_id"), st->stationId()},
        {QStringLiteral("data_dir"), st->dataDir()},
        {QStringLiteral("db_path"), st->db().path()},
        {QStringLiteral("schema_version"), st->db().schemaVersion()},
        {QStringLiteral("crms"), crms},
    };
    if (ctx.json) {
        ctx.out << QJsonDocument(status).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    ctx.out << "Station     " << st->stationId() << "\n"
            << "Database    " << st->db().path() << " (schema " << st->db().schemaVersion() << ")\n";
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
