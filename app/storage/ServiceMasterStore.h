#pragma once
// SQL for the service desk's master data (call types, parts, model regions), pulled from the new CRM.

#include "app/core/Result.h"
#include "app/domain/ServiceMasterData.h"

#include <QList>
#include <QString>

#include <optional>

namespace fb {

class Database;

class ServiceMasterStore
{
public:
    explicit ServiceMasterStore(Database &db);

    // Upserts: call inside Database::write() (or MasterDataStore's batch).
    Status upsert(const CallType &callType);
    Status upsert(const Part &part);
    Status upsert(const ModelRegion &region);

    // Reads. A failing read (damaged file) returns nothing and is logged on the "db" logger.
    QList<CallType> callTypes() const;
    std::optional<CallType> callType(const QString &code) const;
    QList<Part> parts() const;
    std::optional<Part> part(const QString &code) const;
    std::optional<ModelRegion> modelRegion(const QString &model) const;

private:
    Database &m_db;
};

} // namespace fb
