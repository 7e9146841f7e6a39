#pragma once
// What `floorbridge-ctl status` shows at a glance, read only: the station, its database and delivery to each CRM.

#include "app/core/Clock.h"
#include "app/core/Result.h"
#include "app/services/SyncAdminService.h"

#include <QList>
#include <QString>

namespace fb {

class Station;

struct StationStatus
{
    QString stationId;
    QString dataDir;
    QString databasePath;
    int schemaVersion = 0;
    QList<CrmSyncOverview> crms; // in allCrms() order: backlog, failures, last hour's figures
};

class StationStatusService
{
public:
    StationStatusService(Station &station, const Clock &clock);

    Result<StationStatus> status() const;

private:
    Station &m_station;
    const Clock &m_clock;
};

} // namespace fb
