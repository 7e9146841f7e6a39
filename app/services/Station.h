#pragma once
// A station's open data folder: the database, its settings, the clock. Programs open one; services borrow from it.

#include "app/core/Clock.h"
#include "app/core/Result.h"
#include "app/storage/Database.h"
#include "app/storage/SettingsStore.h"

#include <QString>

#include <functional>
#include <memory>

namespace fb {

class Station
{
public:
    // Opens (and migrates) `<dataDir>/floorbridge.db`. The clock must outlive the station.
    static Result<std::unique_ptr<Station>> open(const QString &dataDir, const Clock &clock,
                                                 Database::Mode mode = Database::Mode::Migrate);

    QString dataDir() const { return m_dataDir; }
    QString stationId() const;
    // What keychain entries of this station are keyed by: its data folder, so two stations on one machine account
    // (or two with the default station id) never share tokens.
    QString credentialScope() const { return m_dataDir; }
    // For services and tests only: pages and floorbridge-ctl's verbs reach the data through services
    // (scripts/check-layers.sh).
    Database &db() { return *m_db; }
    QString databasePath() const;
    // Called after every commit that queued outbox rows (see ActionPipeline): main() wakes delivery with it.
    void setOutboxListener(std::function<void()> listener);
    SettingsStore &settings() { return *m_settings; }
    const Clock &clock() const { return m_clock; }

private:
    Station(QString dataDir, std::unique_ptr<Database> db, const Clock &clock);
    QString m_dataDir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<SettingsStore> m_settings;
    const Clock &m_clock;
};

} // namespace fb
