#include "app/storage/AppliedChangeStore.h"

#include "app/storage/Database.h"

#include <QSqlQuery>

namespace fb {

AppliedChangeStore::AppliedChangeStore(Database &db)
    : m_db(db)
{}

Result<bool> AppliedChangeStore::contains(const QString &changeId) const
{
    auto q = m_db.exec(QStringLiteral("SELECT 1 FROM applied_changes WHERE change_id = ?"), {changeId});
    if (!q.ok())
        return q.error();
    return q.value().next();
}

Status AppliedChangeStore::record(const QString &changeId, const QString &entity, const QString &ref,
                                  const QString &updatedAt, const QString &appliedAt)
{
    auto q = m_db.exec(QStringLiteral("INSERT INTO applied_changes(change_id, entity, ref, updated_at, applied_at) "
                                      "VALUES(?, ?, ?, ?, ?)"),
                       {changeId, entity, ref, updatedAt, appliedAt});
    if (!q.ok())
        return q.error();
    return Ok{};
}

} // namespace fb
