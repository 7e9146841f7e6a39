#include "app/services/StationSettingsService.h"

#include "app/core/Logging.h"
#include "app/storage/Database.h"
#include "app/storage/SettingsStore.h"

namespace fb {

StationSettingsService::StationSettingsService(Database &db, SettingsStore &settings, const Clock &clock)
    : m_settings(settings)
    , m_actions(db, clock)
{}

Status StationSettingsService::change(const Actor &actor, const QString &what, const QString &details,
                                      const std::function<Status(SettingsStore &)> &write)
{
    return change(actor, QStringLiteral("settings.change"), what, details, write);
}

Status StationSettingsService::change(const Actor &actor, const QString &action, const QString &what,
                                      const QString &details, const std::function<Status(SettingsStore &)> &write)
{
    Status s = m_actions.run(actor, Permission::ManageSettings, [&](ActionContext &ctx) -> Status {
        if (Status written = write(m_settings); !written)
            return written;
        return ctx.audit(action, what, details);
    });
    if (!s) {
        m_settings.invalidate(); // keys written before the failure were rolled back: forget them too
        return s;
    }
    logger("settings")
        ->info("{} changed by {}: {}", what.toStdString(), actor.operatorCode.toStdString(), details.toStdString());
    return s;
}

Status StationSettingsService::set(const Actor &actor, const QString &key, const QString &value)
{
    return change(actor, key, value, [&](SettingsStore &store) { return store.setValue(key, value); });
}

} // namespace fb
