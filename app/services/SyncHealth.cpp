#include "app/services/SyncHealth.h"

#include "app/storage/OutboxStore.h"
#include "app/storage/SettingsStore.h"

#include <QCoreApplication>
#include <QDateTime>

namespace fb {

QString crmTitle(Crm crm)
{
    return crm == Crm::Legacy ? QCoreApplication::translate("fb::SyncHealth", "Legacy CRM")
                              : QCoreApplication::translate("fb::SyncHealth", "New CRM");
}

CrmHealth::Level CrmHealth::level() const
{
    if (!pausedReason.isEmpty() || failed > 0)
        return Level::Error;
    if (!lastError.isEmpty())
        return Level::Warning;
    if (pending > 0)
        return Level::Busy;
    return Level::Ok;
}

QString CrmHealth::oneLine() const
{
    QStringList parts;
    if (!pausedReason.isEmpty())
        parts << QCoreApplication::translate("fb::SyncHealth", "paused");
    parts << QCoreApplication::translate("fb::SyncHealth", "%1 pending").arg(pending);
    if (failed > 0)
        parts << QCoreApplication::translate("fb::SyncHealth", "%1 failed").arg(failed);
    if (!lastSuccessAt.isEmpty()) {
        const QDateTime t = QDateTime::fromString(lastSuccessAt, Qt::ISODate);
        parts << QCoreApplication::translate("fb::SyncHealth", "last ok %1")
                     .arg(t.isValid() ? t.toString(QStringLiteral("HH:mm:ss")) : lastSuccessAt);
    }
    return crmTitle(crm) + QStringLiteral(": ") + parts.join(QStringLiteral(" · "));
}

SyncHealth::SyncHealth(Database &db, SettingsStore &settings)
    : m_db(db)
    , m_settings(settings)
{}

Result<CrmHealth> SyncHealth::health(Crm crm)
{
    auto summary = OutboxStore(m_db).summary(crm);
    if (!summary.ok())
        return summary.error();
    CrmHealth h;
    h.crm = crm;
    h.pending = summary->pending + summary->inFlight;
    h.failed = summary->failed;
    h.oldestPendingMs = summary->oldestPendingMs;
    h.lastSuccessAt = summary->lastSuccessAt;
    h.lastError = summary->lastError;
    h.pausedReason = m_settings.value(pausedKey(crm));
    h.url = m_settings.value(QStringLiteral("crm.%1.url").arg(crmName(crm)));
    return h;
}

} // namespace fb
