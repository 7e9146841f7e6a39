#pragma once
// SQL for return orders and their lines. Writes run inside the caller's Database::write().

#include "app/core/Result.h"
#include "app/domain/ReturnOrder.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace fb {

class Database;

class ReturnOrderStore
{
public:
    explicit ReturnOrderStore(Database &db);

    Status insertReturnOrder(const ReturnOrder &order);
    Result<std::optional<ReturnOrder>> returnOrder(const QString &number) const;
    Result<QList<ReturnOrder>> returnOrdersFor(const QString &complaintNumber) const;
    // The serials among `serials` that a return order already returned.
    Result<QStringList> returnedSerials(const QStringList &serials) const;

private:
    Database &m_db;
};

} // namespace fb
