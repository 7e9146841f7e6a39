#include "app/services/LabelJobService.h"

#include "app/core/Clock.h"
#include "app/core/Logging.h"
#include "app/storage/AuditLog.h"
#include "app/storage/Database.h"
#include "app/storage/SerialRegister.h"

#include <QCoreApplication>

namespace fb {

namespace {} // namespace

QString labelJobAction(LabelJobKind kind)
{
    return kind == LabelJobKind::Reprint ? QStringLiteral("label.reprint") : QStringLiteral("label.print");
}

LabelJobService::LabelJobService(Database &db, const Clock &clock)
    : m_db(db)
    , m_actions(db, clock)
{}

Status LabelJobService::check(const Actor &actor, const QStringList &serials) const
{
    // Labels go with generating: whoever may generate serial numbers may print (and reprint) their labels.
    if (Status allowed = require(actor, Permission::GenerateSerials); !allowed) {
        if (allowed.error().code != u"auth.forbidden")
            return allowed;
        return makeError(tr("%1 (%2) may not print serial labels: that needs a role that generates serial numbers "
                            "(Warehouse, Supervisor or Admin).")
                             .arg(actor.operatorCode, roleTitle(actor.role)),
                         {}, QStringLiteral("auth.forbidden"));
    }
    if (serials.isEmpty())
        return makeError(tr("Choose the serials to print labels for."), QStringLiteral("serial"),
                         QStringLiteral("label.none"));
    SerialRegister reg(m_db);
    for (const QString &serial : serials) {
        auto found = reg.find(serial.trimmed().toUpper());
        if (!found.ok())
            return found.error();
        if (!found->has_value())
            return makeError(tr("%1 is not in the serial register: only serials generated or inwarded on this "
                                "station have labels. Check the serial (look it up with Ctrl+K).")
                                 .arg(serial.trimmed()),
                             QStringLiteral("serial"), QStringLiteral("label.unknown_serial"));
    }
    return Ok{};
}

Status LabelJobService::record(const Actor &actor, const LabelJob &job)
{
    if (Status ok = check(actor, job.serials); !ok)
        return ok;
    const QString action = labelJobAction(job.kind);
    const QString details = tr("%n label(s) to %1", nullptr, int(job.serials.size())).arg(job.destination);
    Status written = m_actions.run(actor, Permission::GenerateSerials, [&](ActionContext &ctx) -> Status {
        for (const QString &serial : job.serials) {
            if (Status s = ctx.audit(action, serial.trimmed().toUpper(), details); !s)
                return s;
        }
        return Ok{};
    });
    if (written)
        logger("labels")->info("{} by {} at {}: {} label(s) to {}", action.toStdString(),
                               actor.operatorCode.toStdString(), actor.stationId.toStdString(), job.serials.size(),
                               job.destination.toStdString());
    return written;
}

Result<QList<AuditEntry>> LabelJobService::history(const Actor &actor, const QString &serial) const
{
    if (Status allowed = require(actor, Permission::Lookup); !allowed)
        return allowed.error();
    auto entries = AuditLog(m_db).recent(1000, serial.trimmed().toUpper());
    if (!entries.ok())
        return entries.error();
    QList<AuditEntry> jobs;
    for (auto it = entries->crbegin(); it != entries->crend(); ++it) {
        if (it->action.startsWith(u"label."))
            jobs.append(*it);
    }
    return jobs;
}

} // namespace fb
