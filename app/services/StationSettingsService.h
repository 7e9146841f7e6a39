#pragma once
// Station preferences in the core (language, text size, sounds, label layout…): changing them is an admin action
// (Permission ManageSettings), checked here whatever the UI shows. The keys a change writes and its audit entry are one
// transaction — all of it or nothing, and nothing stale left in the settings cache.

#include "app/core/Clock.h"
#include "app/core/Result.h"
#include "app/domain/Actor.h"
#include "app/services/ActionPipeline.h"

#include <functional>

namespace fb {

class Database;
class SettingsStore;

class StationSettingsService
{
public:
    StationSettingsService(Database &db, SettingsStore &settings, const Clock &clock);

    // Permission ManageSettings. `write` stores the new values through the SettingsStore; the audit log gets
    // "settings.change" with `what` (e.g. "language") as subject and `details` (e.g. "hi").
    Status change(const Actor &actor, const QString &what, const QString &details,
                  const std::function<Status(SettingsStore &)> &write);
    // The common case: one key, one value.
    Status set(const Actor &actor, const QString &key, const QString &value);
    // The mechanism under both, for settings that audit under an action of their own (e.g. "settings.scanner").
    Status change(const Actor &actor, const QString &action, const QString &what, const QString &details,
                  const std::function<Status(SettingsStore &)> &write);

private:
    SettingsStore &m_settings;
    ActionPipeline m_actions;
};

} // namespace fb
