#pragma once
// The master data tests start from, written into a station by MasterDataStore as a pull would. Two worlds, each
// defined once:
// - seed 000's (seedMasterData / loadSeedMasterData): the three TVs, warehouses WH001 and WH002, distributor D001 and
//   its retailer RET123 with one ship-to, with the ids, codes and prices of resources/demo/masterdata.json;
// - the demo file itself (loadDemoMasterData), as crm-sim serves it: products, technicians, call types, parts and
//   model regions for the service desk.
// Header-only; needs fb_core.

#include "TestData.h"

#include "app/storage/Database.h"
#include "app/storage/MasterDataStore.h"
#include "app/storage/ServiceMasterStore.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace fb::test {

inline MasterDataBatch seedMasterData()
{
    MasterDataBatch b;
    const QString at = QStringLiteral("2025-09-01T09:00:00+05:30");
    b.products = {
        Product{QStringLiteral("1"),
                QStringLiteral("CGSTV32"),
                QStringLiteral("32-inch HD Smart LED TV"),
                {},
                1399000,
                QStringLiteral("08901234000014"),
                at},
        Product{QStringLiteral("2"),
                QStringLiteral("CGSTV36"),
                QStringLiteral("36-inch Full HD Smart LED TV"),
                {},
                1849000,
                QStringLiteral("08901234000021"),
                at},
        Product{QStringLiteral("3"),
                QStringLiteral("CGSTV43"),
                QStringLiteral("43-inch 4K Smart LED TV"),
                {},
                2699000,
                QStringLiteral("08901234000038"),
                at},
    };
    b.warehouses = {
        Warehouse{QStringLiteral("WH001"), QStringLiteral("Pune Central Warehouse"), QStringLiteral("Pune"),
                  QStringLiteral("MH"), at},
        Warehouse{QStringLiteral("WH002"), QStringLiteral("Bengaluru South Warehouse"), QStringLiteral("Bengaluru"),
                  QStringLiteral("KA"), at},
    };
    Party d001;
    d001.code = QStringLiteral("D001");
    d001.kind = PartyKind::Distributor;
    d001.name = QStringLiteral("Western Electronics Distributors");
    d001.gstin = QStringLiteral("27AAPFU0939F1ZV");
    d001.address = QStringLiteral("Unit 4, Bhosari MIDC, Pune, MH 411026");
    d001.city = QStringLiteral("Pune");
    d001.state = QStringLiteral("MH");
    d001.pinCode = QStringLiteral("411026");
    d001.distributorCode = QStringLiteral("");
    d001.updatedAt = at;
    Party ret;
    ret.code = QStringLiteral("RET123");
    ret.kind = PartyKind::Party;
    ret.name = QStringLiteral("ABC Retail Pvt Ltd");
    ret.gstin = QStringLiteral("27AAACA0000A1ZY");
    ret.address = QStringLiteral("2nd Floor, MG Road, Pune, MH 411001");
    ret.city = QStringLiteral("Pune");
    ret.state = QStringLiteral("MH");
    ret.pinCode = QStringLiteral("411001");
    ret.distributorCode = QStringLiteral("D001");
    ret.shipTo = {ShipTo{QStringLiteral("RET123-WH01"), QStringLiteral("ABC Retail Warehouse"),
                         QStringLiteral("Plot 9, Hinjewadi Phase 2, Pune, MH 411057")}};
    ret.updatedAt = at;
    b.parties = {d001, ret};
    return b;
}

// Writes seedMasterData() into the station (no cursors, so no time is recorded).
inline Status loadSeedMasterData(Database &db)
{
    return MasterDataStore(db).apply(seedMasterData(), QDateTime());
}

// Loads resources/demo/masterdata.json into the station; false (with the reason in *why) if it cannot.
inline bool loadDemoMasterData(Database &db, QString *why)
{
    QFile file(sourcePath(QStringLiteral("resources/demo/masterdata.json")));
    if (!file.open(QIODevice::ReadOnly)) {
        *why = QStringLiteral("cannot read %1 (FB_SOURCE_DIR set?)").arg(file.fileName());
        return false;
    }
    const QJsonObject all = QJsonDocument::fromJson(file.readAll()).object();
    MasterDataStore master(db);
    ServiceMasterStore service(db);
    Status s = db.write([&]() -> Status {
        for (const auto &v : all.value(QStringLiteral("products")).toArray()) {
            const QJsonObject o = v.toObject();
            QStringList models;
            for (const auto &m : o.value(QStringLiteral("models")).toArray())
                models << m.toString();
            if (Status r = master.upsert(Product{
                    o.value(QStringLiteral("id")).toString(), o.value(QStringLiteral("code")).toString(),
                    o.value(QStringLiteral("name")).toString(), models,
                    MasterDataStore::rupeesToPaise(o.value(QStringLiteral("price")).toDouble()),
                    o.value(QStringLiteral("gtin")).toString(), o.value(QStringLiteral("updated_at")).toString()});
                !r)
                return r;
        }
        for (const auto &v : all.value(QStringLiteral("technicians")).toArray()) {
            const QJsonObject o = v.toObject();
            if (Status r = master.upsert(Technician{
                    o.value(QStringLiteral("code")).toString(), o.value(QStringLiteral("name")).toString(),
                    o.value(QStringLiteral("city")).toString(), o.value(QStringLiteral("state")).toString(),
                    o.value(QStringLiteral("active")).toBool(), o.value(QStringLiteral("updated_at")).toString()});
                !r)
                return r;
        }
        for (const auto &v : all.value(QStringLiteral("call-types")).toArray()) {
            const QJsonObject o = v.toObject();
            if (Status r = service.upsert(CallType{o.value(QStringLiteral("code")).toString(),
                                                   o.value(QStringLiteral("name")).toString(),
                                                   o.value(QStringLiteral("updated_at")).toString()});
                !r)
                return r;
        }
        for (const auto &v : all.value(QStringLiteral("parts")).toArray()) {
            const QJsonObject o = v.toObject();
            if (Status r = service.upsert(
                    Part{o.value(QStringLiteral("code")).toString(), o.value(QStringLiteral("name")).toString(),
                         o.value(QStringLiteral("class")).toString(),
                         MasterDataStore::rupeesToPaise(o.value(QStringLiteral("price")).toDouble()), QString(),
                         o.value(QStringLiteral("updated_at")).toString()});
                !r)
                return r;
        }
        for (const auto &v : all.value(QStringLiteral("model-regions")).toArray()) {
            const QJsonObject o = v.toObject();
            QStringList states, cities;
            for (const auto &x : o.value(QStringLiteral("states")).toArray())
                states << x.toString();
            for (const auto &x : o.value(QStringLiteral("cities")).toArray())
                cities << x.toString();
            if (Status r = service.upsert(ModelRegion{o.value(QStringLiteral("model")).toString(), states, cities,
                                                      o.value(QStringLiteral("updated_at")).toString()});
                !r)
                return r;
        }
        return Ok{};
    });
    if (!s) {
        *why = s.message();
        return false;
    }
    return true;
}

} // namespace fb::test
