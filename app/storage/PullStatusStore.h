#pragma once
// What the last pull of each resource from the new CRM did (when, what it brought, why it failed), kept so the Sync
// page shows it after a restart and the pull schedule knows how old the station's master data is.

#include "app/core/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace fb {

class Database;

struct PullStatus
{
    QString resource;     // "changes", "products", … (PullControl.h: pullResources())
    QString attemptedAt;  // ISO 8601 with offset: the last attempt, successful or not
    QString succeededAt;  // the last successful pull; empty when none ever succeeded
    int applied = 0;      // items the last successful pull brought (0: nothing new)
    QString error;        // why the last attempt failed; empty when it succeeded
    int failures = 0;     // failed attempts in a row
    qint64 elapsedMs = 0; // how long the last successful pull took

    bool failed() const { return !error.isEmpty(); }
};

class PullStatusStore
{
public:
    explicit PullStatusStore(Database &db);

    Status recordSuccess(const QString &resource, const QDateTime &at, int applied, qint64 elapsedMs);
    // Keeps the last success (time and count) and counts the failure.
    Status recordFailure(const QString &resource, const QDateTime &at, const QString &error);
    // Every resource pulled at least once, by name.
    Result<QList<PullStatus>> all() const;
    Result<std::optional<PullStatus>> get(const QString &resource) const;

private:
    Database &m_db;
};

} // namespace fb
