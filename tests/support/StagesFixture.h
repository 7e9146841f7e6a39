#pragma once
// Stage 1/2 tests and the scan benchmark: a fresh station with the seed's products and warehouses, one actor per
// role, the clock at seed 000's moment (2025-09-25 17:00 +05:30), and seed 000's Stage 1 and Stage 2 bodies.

#include "MasterData.h"

#include "app/core/Clock.h"
#include "app/domain/Actor.h"
#include "app/storage/Database.h"
#include "app/storage/SettingsStore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <memory>

namespace fb::test {

inline Actor warehouseActor(const QString &code = QStringLiteral("W001"))
{
    return Actor{code, QStringLiteral("Wasim"), Role::Warehouse, QStringLiteral("ST01")};
}
inline Actor technicianActor()
{
    return Actor{QStringLiteral("T100"), QStringLiteral("Tara"), Role::Technician, QStringLiteral("ST01")};
}
inline Actor supervisorActor()
{
    return Actor{QStringLiteral("S001"), QStringLiteral("Sunil"), Role::Supervisor, QStringLiteral("ST01")};
}

// A station database in a temporary folder that can be closed and opened again (a restart).
struct StagesStation
{
    QTemporaryDir dir;
    FakeClock clock;
    std::unique_ptr<Database> db;
    std::unique_ptr<SettingsStore> settings;

    QString path() const { return dir.filePath(QStringLiteral("floorbridge.db")); }

    Status open()
    {
        settings.reset();
        db.reset();
        auto opened = Database::open(path());
        if (!opened.ok())
            return opened.error();
        db = std::move(opened).value();
        settings = std::make_unique<SettingsStore>(*db);
        return Ok{};
    }
    void close()
    {
        settings.reset();
        db.reset();
    }
    Status openWithMasterData()
    {
        if (Status s = open(); !s)
            return s;
        return loadSeedMasterData(*db);
    }
};

// Seed 000, Stage 1: serials generated.
inline QJsonObject seedStage1()
{
    return QJsonDocument::fromJson(R"json({
  "total_sr": 5,
  "products": [
    {
      "product_id": "1",
      "product_code": "CGSTV32",
      "serial_list": [
        "CGSTV322509251001",
        "CGSTV322509251002"
      ]
    },
    {
      "product_id": "2",
      "product_code": "CGSTV36",
      "serial_list": [
        "CGSTV362509251001",
        "CGSTV362509251002",
        "CGSTV362509251003"
      ]
    }
  ]
})json")
        .object();
}

// Seed 000, Stage 2: warehouse inward. Our request id is this station's first of the day, not the seed's 0007.
inline QJsonObject seedStage2(const QString &requestId = QStringLiteral("INV-2025-09-25-0007"))
{
    QJsonObject o = QJsonDocument::fromJson(R"json({
  "request_id": "INV-2025-09-25-0007",
  "warehouse_code": "WH001",
  "total_sr": 5,
  "products": [
    {
      "product_id": "1",
      "product_code": "CGSTV32",
      "serials": [
        { "sn": "CGSTV322509251001", "status": "IN_STOCK" },
        { "sn": "CGSTV322509251002", "status": "IN_STOCK" }
      ]
    },
    {
      "product_id": "2",
      "product_code": "CGSTV36",
      "serials": [
        { "sn": "CGSTV362509251001", "status": "IN_STOCK" },
        { "sn": "CGSTV362509251002", "status": "IN_STOCK" },
        { "sn": "CGSTV362509251003", "status": "IN_STOCK" }
      ]
    }
  ],
  "source": "mobile_app",
  "timestamp": "2025-09-25T17:00:00+05:30"
})json")
                        .object();
    o.insert(QStringLiteral("request_id"), requestId);
    return o;
}

inline const QStringList &seedSerials()
{
    static const QStringList serials{QStringLiteral("CGSTV322509251001"), QStringLiteral("CGSTV322509251002"),
                                     QStringLiteral("CGSTV362509251001"), QStringLiteral("CGSTV362509251002"),
                                     QStringLiteral("CGSTV362509251003")};
    return serials;
}

} // namespace fb::test
