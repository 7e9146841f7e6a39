#pragma once
// What the operator and the admin see of delivery to each CRM: backlog, failures, last success or error, pause.
// Read from the station database, so it is right whichever process does the delivering.

#include "app/core/Crm.h"
#include "app/core/Result.h"

#include <QString>

namespace fb {

class Database;
class SettingsStore;

struct CrmHealth
{
    Crm crm = Crm::Legacy;
    int pending = 0; // waiting or being sent
    int failed = 0;
    qint64 oldestPendingMs = 0;
    QString lastSuccessAt;
    QString lastError;
    QString pausedReason; // non-empty when delivery to this CRM is paused (e.g. the token was refused)
    QString url;

    enum class Level { Ok, Busy, Warning, Error };
    Level level() const;
    QString oneLine() const; // "Legacy CRM: 3 pending · 1 failed · last ok 17:02"
};

class SyncHealth
{
public:
    SyncHealth(Database &db, SettingsStore &settings);
    Result<CrmHealth> health(Crm crm);

    static QString pausedKey(Crm crm) { return QStringLiteral("sync.%1.paused").arg(crmName(crm)); }

private:
    Database &m_db;
    SettingsStore &m_settings;
};

QString crmTitle(Crm crm); // "Legacy CRM", "New CRM"

} // namespace fb
