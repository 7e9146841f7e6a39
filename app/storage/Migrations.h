#pragma once
// The schema as an ordered list of migrations; PRAGMA user_version records how many have been applied.

#include <QList>
#include <QString>
#include <QStringList>

namespace fb {

struct Migration
{
    int version;
    QString description;
    QStringList statements;
};

const QList<Migration> &migrations();

// Each feature keeps its migration in storage/migrations/ so features can grow their schema independently.
Migration migration002Dispatch();
Migration migration003Service();
Migration migration004Inward();
Migration migration005Sync();
Migration migration006AuditSubject();
Migration migration007SyncHistory();
Migration migration008PullStatus();
Migration migration009OrderingKeys();
Migration migration010AppliedChanges();

} // namespace fb
