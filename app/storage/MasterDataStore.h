#pragma once
// SQL for master data pulled from the new CRM (products, warehouses, parties and distributors, technicians; the types
// are in app/domain/MasterData.h) and the pull cursors: upserts for the puller, read accessors for services and pages.
// New kinds (call types, parts, model regions) get their own struct, table (own migration) and upsert here.

#include "app/core/Result.h"
#include "app/domain/MasterData.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace fb {

class Database;

// Everything one pull brought, applied in one transaction with the cursors it advanced.
struct MasterDataBatch
{
    QList<Product> products;
    QList<Warehouse> warehouses;
    QList<Party> parties;
    QList<Technician> technicians;
    QList<std::pair<QString, QString>> cursors; // cursor name → new cursor value
};

class MasterDataStore
{
public:
    explicit MasterDataStore(Database &db);

    // All of the batch or none of it.
    Status apply(const MasterDataBatch &batch, const QDateTime &now);

    // Single upserts; call inside Database::write().
    Status upsert(const Product &product);
    Status upsert(const Warehouse &warehouse);
    Status upsert(const Party &party);
    Status upsert(const Technician &technician);
    Status setCursor(const QString &name, const QString &cursor, const QDateTime &now);
    QString cursor(const QString &name) const; // empty: never pulled

    // Reads. A failing read (damaged file) returns nothing and is logged on the "db" logger.
    QList<Product> products() const;
    std::optional<Product> productByCode(const QString &code) const;
    QStringList knownProductCodes() const; // sorted
    QList<Warehouse> warehouses() const;
    std::optional<Warehouse> warehouse(const QString &code) const;
    QList<Party> parties(std::optional<PartyKind> kind = std::nullopt) const;
    std::optional<Party> party(const QString &code) const;
    QList<Technician> technicians() const;
    std::optional<Technician> technician(const QString &code) const;

    // Rupees as the CRM sends them → paise, rounded to the nearest paisa.
    static qint64 rupeesToPaise(double rupees);

private:
    Database &m_db;
};

} // namespace fb
