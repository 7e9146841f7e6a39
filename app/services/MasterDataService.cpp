#include "app/services/MasterDataService.h"

namespace fb {

MasterDataService::MasterDataService(Database &db)
    : m_db(db)
{}

QList<Product> MasterDataService::products() const
{
    return MasterDataStore(m_db).products();
}

QList<Technician> MasterDataService::technicians() const
{
    return MasterDataStore(m_db).technicians();
}

} // namespace fb
