#pragma once
// SQL for the service desk's customers (the complaint keeps its own copy of the name, phone and place).

#include "app/core/Result.h"
#include "app/domain/Complaint.h"

#include <QString>

#include <optional>

namespace fb {

class Database;

class CustomerStore
{
public:
    explicit CustomerStore(Database &db);

    // Call inside Database::write().
    Status upsertCustomer(const Customer &customer, const QString &at);
    // A failing read returns nothing and is logged on the "db" logger.
    std::optional<Customer> customer(const QString &code) const;

private:
    Database &m_db;
};

} // namespace fb
