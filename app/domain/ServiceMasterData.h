#pragma once
// The service desk's master data, pulled from the new CRM: call types, parts (and how their serials look) and where
// each model is serviced.

#include <QString>
#include <QStringList>

namespace fb {

struct CallType
{
    QString code; // "INSTALLATION", "REPAIR", "PRE_SALE", "INSPECTION"
    QString name; // "Pre-sale"
    QString updatedAt;
};

struct Part
{
    QString code;      // "P-TV-PANEL32"
    QString name;      // "32-inch LED panel"
    QString partClass; // "A", "B" or "C"; class A parts carry serial numbers
    qint64 pricePaise = 0;
    QString serialPattern; // regular expression for part serial numbers; empty = kDefaultPartSerialPattern
    QString updatedAt;
    bool isClassA() const { return partClass == u"A"; }
};
inline constexpr const char *kDefaultPartSerialPattern = "^[A-Z0-9-]{6,20}$";

struct ModelRegion
{
    QString model;      // "CGSTV32-HDX"
    QStringList states; // two-letter state codes; empty = any state
    QStringList cities; // empty = any city in those states
    QString updatedAt;
};

} // namespace fb
