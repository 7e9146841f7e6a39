#pragma once
// The append-only record of every business action: who, what, when, where. Triggers forbid rewriting it.

#include "app/core/Result.h"
#include "app/domain/Actor.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace fb {

class Database;

struct AuditEntry
{
    qint64 id = 0;
    QDateTime at;
    QString operatorCode;
    QString stationId;
    QString action;
    QString subject;
    QString details;
};

class AuditLog
{
public:
    explicit AuditLog(Database &db);
    // Call inside the business transaction so the entry exists exactly when the action does.
    Status append(const Actor &actor, const QDateTime &at, const QString &action, const QString &subject,
                  const QString &details = {});
    Result<QList<AuditEntry>> recent(int limit, const QString &subject = {}) const;

private:
    Database &m_db;
};

} // namespace fb
