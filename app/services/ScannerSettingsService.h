#pragma once
// Settings → Scanner in the core: which scanner this station uses and how, read from and saved to the station's
// settings (scanner.*). Saving is an admin action (Permission ManageSettings), checked here whatever the UI shows:
// the values are validated first, then every key and the audit entry are one transaction — all of it or nothing.

#include "app/core/Clock.h"
#include "app/core/Result.h"
#include "app/domain/Actor.h"
#include "app/scanner/ScannerSettings.h"

#include <QStringList>

namespace fb {

class Database;
class SettingsStore;

class ScannerSettingsService
{
public:
    ScannerSettingsService(Database &db, SettingsStore &settings, const Clock &clock);

    // What the station uses now; values it cannot use are described in `problems` (the defaults stand in).
    ScannerSettings load(QStringList *problems = nullptr) const;
    // Permission ManageSettings; ScannerSettings::validate() must pass. Audit action "settings.scanner".
    Status save(const Actor &actor, const ScannerSettings &settings);

    // One line for the audit log and the log file: "serial /dev/ttyUSB0 9600 8N1 cr".
    static QString summary(const ScannerSettings &settings);

private:
    Database &m_db;
    SettingsStore &m_settings;
    const Clock &m_clock;
};

} // namespace fb
