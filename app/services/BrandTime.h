#pragma once
// Where services read the brand's zone (BrandCalendar::kSettingKey) for their BrandClock: the station's settings.

#include "app/core/BrandCalendar.h"
#include "app/storage/SettingsStore.h"

#include <functional>

namespace fb {

// The shared settings store (kept current by whoever owns it, see SettingsStore::reloadIfChanged).
inline std::function<QString()> brandZoneSetting(const SettingsStore &settings)
{
    return [&settings] { return settings.value(QString::fromLatin1(BrandCalendar::kSettingKey)); };
}

// For a service that has only the database: reads the setting when asked, so a change is seen at once.
inline std::function<QString()> brandZoneSetting(Database &db)
{
    return [&db] { return SettingsStore(db).value(QString::fromLatin1(BrandCalendar::kSettingKey)); };
}

} // namespace fb
