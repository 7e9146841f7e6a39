// floorbridge-ctl outbox list|show|retry|discard — what is waiting for, failed at, or was delivered to each CRM.
#include "app/ctl/Context.h"
#include "app/ctl/Verbs.h"

#include "app/services/SyncAdminService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace fb::ctl {

namespace {

QJsonObject toJson(const OutboxRow &r)
{
    return QJsonObject{{QStringLiteral("id"), r.id},
                       {QStringLiteral("crm"), crmName(r.crm)},
                       {QStringLiteral("event_type"), r.eventType},
                       {QStringLiteral("event_id"), r.eventId},
                       {QStringLiteral("idempotency_key"), r.idempotencyKey},
                       {QStringLiteral("ordering_key"), r.orderingKey},
                       {QStringLiteral("state"), outboxStateName(r.state)},
                       {QStringLiteral("attempts"), r.attempts},
                       {QStringLiteral("next_attempt_ms"), r.nextAttemptMs},
                       {QStringLiteral("last_status"), r.lastStatus},
                       {QStringLiteral("last_error"), r.lastError},
                       {QStringLiteral("created_at"), r.createdAt},
                       {QStringLiteral("delivered_at"), r.deliveredAt},
                       {QStringLiteral("operator_code"), r.operatorCode},
                       {QStringLiteral("waiting_behind"), r.waitingBehind}};
}

int list(Context &ctx, Station &st)
{
    OutboxFilter filter;
    const QString crm = ctx.takeOption(QStringLiteral("crm"));
    const QString state = ctx.takeOption(QStringLiteral("state"));
    filter.eventType = ctx.takeOption(QStringLiteral("type"));
    filter.orderingKey = ctx.takeOption(QStringLiteral("key"));
    const QString limit = ctx.takeOption(QStringLiteral("limit"));
    if (!crm.isEmpty()) {
        filter.crm = crmFromName(crm);
        if (!filter.crm)
            return ctx.usage(QStringLiteral("--crm must be legacy or new"));
    }
    if (!state.isEmpty()) {
        filter.state = outboxStateFromName(state);
        if (!filter.state)
            return ctx.usage(QStringLiteral("--state must be pending, in_flight, delivered, failed or discarded"));
    }
    if (!limit.isEmpty())
        filter.limit = std::max(1, limit.toInt());
    auto rows = SyncAdminService(st.db(), st.settings(), ctx.clock()).rows(filter);
    if (!rows.ok())
        return ctx.fail(rows.error());
    if (ctx.json) {
        QJsonArray out;
        for (const OutboxRow &r : *rows)
            out.append(toJson(r));
        ctx.out << QJsonDocument(out).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    for (const OutboxRow &r : *rows) {
        ctx.out << QString::number(r.id).rightJustified(6) << "  " << crmName(r.crm).leftJustified(7)
                << outboxStateName(r.state).leftJustified(10) << r.eventType.leftJustified(20)
                << r.orderingKey.leftJustified(28) << " attempts " << r.attempts;
        if (r.state == OutboxState::Failed)
            ctx.out << "  " << Ctl::tr("holds back %1").arg(r.waitingBehind);
        if (!r.lastError.isEmpty())
            ctx.out << "  " << r.lastError.left(100);
        ctx.out << "\n";
    }
    if (rows->isEmpty())
        ctx.out << Ctl::tr("No outbox rows match.") << "\n";
    ctx.out.flush();
    return ExitOk;
}

int execute(Context &ctx)
{
    const QString sub = ctx.arg(0);
    Station *st = ctx.station();
    if (!st)
        return ExitStation;
    if (sub == u"list") {
        ctx.args.removeFirst();
        return list(ctx, *st);
    }
    bool ok = false;
    const qint64 id = ctx.arg(1).toLongLong(&ok);
    if ((sub == u"show" || sub == u"retry" || sub == u"discard") && !ok)
        return ctx.usage(QStringLiteral("Usage: floorbridge-ctl outbox %1 ID").arg(sub));
    SyncAdminService admin(st->db(), st->settings(), ctx.clock());
    if (sub == u"show") {
        auto row = admin.inspect(id);
        if (!row.ok())
            return ctx.fail(row.error());
        QJsonObject o = toJson(row->row);
        o.insert(QStringLiteral("payload"), QJsonDocument::fromJson(row->row.payload.toUtf8()).object());
        o.insert(QStringLiteral("response"), row->response);
        ctx.out << QJsonDocument(o).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    if (sub == u"retry" || sub == u"discard") {
        const QString reason = ctx.takeOption(QStringLiteral("reason"));
        if (sub == u"discard" && reason.trimmed().isEmpty())
            return ctx.usage(Ctl::tr("Discarding needs a reason: --reason \"…\" (it "
                                     "goes to the audit log)."));
        auto actor = ctx.authenticate();
        if (!actor.ok())
            return exitCodeFor(actor.error());
        // The service checks the permission and writes the audit entry with the change.
        Status s = sub == u"retry" ? admin.retryNow(*actor, id, reason) : admin.discard(*actor, id, reason);
        if (!s)
            return ctx.fail(s.error());
        ctx.out << Ctl::tr("Outbox row %1: %2.")
                       .arg(id)
                       .arg(sub == u"retry" ? Ctl::tr("will be sent again now") : Ctl::tr("discarded"))
                << Qt::endl;
        return ExitOk;
    }
    return ctx.usage(QStringLiteral("Usage: floorbridge-ctl outbox list [--crm legacy|new] [--state S] [--type T] "
                                    "[--key K] [--limit N] [--json] | show ID | retry ID | discard ID --reason R"));
}

} // namespace

Verb outboxVerb()
{
    return {QStringLiteral("outbox"), QStringLiteral("events for the CRMs: list [filters], show, retry, discard"),
            QStringLiteral("floorbridge-ctl outbox list [--crm legacy|new] [--state pending|in_flight|delivered|failed|"
                           "discarded] [--type EVENT] [--key ORDERING_KEY] [--limit N] [--json]\n"
                           "floorbridge-ctl outbox show ID\n"
                           "floorbridge-ctl --operator ADMIN outbox retry ID\n"
                           "floorbridge-ctl --operator ADMIN outbox discard ID --reason \"…\""),
            execute};
}

} // namespace fb::ctl
