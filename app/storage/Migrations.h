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

} // namespace fb
