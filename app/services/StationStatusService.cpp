#include "app/services/StationStatusService.h"

#include "app/services/Station.h"

namespace fb {

StationStatusService::StationStatusService(Station &station, const Clock &clock)
    : m_station(station)
    , m_clock(clock)
{}

Result<StationStatus> StationStatusService::status() const
{
    StationStatus s;
    s.stationId = m_station.stationId();
    s.dataDir = m_station.dataDir();
    s.databasePath = m_station.db().path();
    s.schemaVersion = m_station.db().schemaVersion();
    const SyncAdminService sync(m_station.db(), m_station.settings(), m_clock);
    for (Crm crm : allCrms()) {
        auto overview = sync.overview(crm);
        if (!overview.ok())
            return overview.error();
        s.crms.append(overview.value());
    }
    return s;
}

} // namespace fb
