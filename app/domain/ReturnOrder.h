#pragma once
// A return order: parts and units going back from a complaint, each line naming what it returns.

#include <QList>
#include <QString>

#include <optional>

namespace fb {

enum class ReturnKind { Part, Unit };
QString returnKindName(ReturnKind kind); // "PART" / "UNIT"
std::optional<ReturnKind> returnKindFromName(const QString &name);

struct ReturnLine
{
    ReturnKind kind = ReturnKind::Part;
    QString partCode; // empty for a unit
    QString partClass;
    QString serial; // part serial (class A: mandatory) or the unit's serial
    int quantity = 1;
};

struct ReturnOrder
{
    QString number; // RO-2025-09-25-1001
    QString complaintNumber;
    QString partRequestNumber; // may be empty
    QList<ReturnLine> lines;
    QString reason;
    QString createdAt;
    QString operatorCode;
    QString stationId;
};

} // namespace fb
