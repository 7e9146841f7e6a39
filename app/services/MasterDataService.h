#pragma once
// What the pages read of the master data pulled from the new CRM (products, technicians) for their choosers.
// Master data is not secret and is the same for every role, so these reads need no permission. Pulling it is
// PullService's job.

#include "app/storage/MasterDataStore.h"

#include <QList>

namespace fb {

class Database;

class MasterDataService
{
public:
    explicit MasterDataService(Database &db);

    QList<Product> products() const;
    QList<Technician> technicians() const;

private:
    Database &m_db;
};

} // namespace fb
