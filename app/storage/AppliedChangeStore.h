#pragma once
// The new CRM's changes this station has applied, by the CRM's change id (migration 10), so a change pulled again is
// recognised and not applied — nor sent on to the legacy CRM — a second time. Writes run inside the caller's
// Database::write(), in the same transaction as the change itself.

#include "app/core/Result.h"

#include <QString>

namespace fb {

class Database;

class AppliedChangeStore
{
public:
    explicit AppliedChangeStore(Database &db);

    Result<bool> contains(const QString &changeId) const;
    // Fails (constraint) if the id is already there: the caller checked contains() in the same transaction.
    Status record(const QString &changeId, const QString &entity, const QString &ref, const QString &updatedAt,
                  const QString &appliedAt);

private:
    Database &m_db;
};

} // namespace fb
