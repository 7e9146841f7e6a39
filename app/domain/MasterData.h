#pragma once
// Master data pulled from the new CRM: products, warehouses, parties and distributors (with their ship-to addresses),
// technicians. Money is integer paise.

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace fb {

struct Product
{
    QString id; // the CRM's id, a string ("1")
    QString code;
    QString name;
    QStringList models;
    qint64 pricePaise = 0;
    QString gtin;
    QString updatedAt;
};

struct Warehouse
{
    QString code;
    QString name;
    QString city;
    QString state;
    QString updatedAt;
};

enum class PartyKind { Party, Distributor };
QString partyKindName(PartyKind kind); // "party" / "distributor"
std::optional<PartyKind> partyKindFromName(const QString &name);

struct ShipTo
{
    QString code;
    QString name;
    QString address;
};

struct Party
{
    QString code;
    PartyKind kind = PartyKind::Party;
    QString name;
    QString gstin;
    QString address;
    QString city;
    QString state;
    QString pinCode;
    QString distributorCode;
    QList<ShipTo> shipTo;
    QString updatedAt;
};

struct Technician
{
    QString code;
    QString name;
    QString city;
    QString state;
    bool active = true;
    QString updatedAt;
};

} // namespace fb
