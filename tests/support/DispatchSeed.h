#pragma once
// Seed 000's Stage 3 world for dispatch tests: its master data (MasterData.h, loadSeedMasterData), the seed's five
// serials IN_STOCK at WH001 (inwarded at 16:00 on 2025-09-25), and the seed's dispatch form with a valid GSTIN.
// Header-only; needs fb_core.

#include "MasterData.h"

#include "app/core/Clock.h"
#include "app/domain/Actor.h"
#include "app/services/DispatchService.h"
#include "app/storage/Database.h"
#include "app/storage/SerialRegister.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace fb::test {

inline Actor warehouseActor()
{
    return {QStringLiteral("W001"), QStringLiteral("Wasim"), Role::Warehouse, QStringLiteral("ST01")};
}
inline Actor supervisorActor()
{
    return {QStringLiteral("S001"), QStringLiteral("Sunita"), Role::Supervisor, QStringLiteral("ST01")};
}

inline QStringList seedSerials()
{
    return {QStringLiteral("CGSTV322509251001"), QStringLiteral("CGSTV322509251002"),
            QStringLiteral("CGSTV362509251001"), QStringLiteral("CGSTV362509251002"),
            QStringLiteral("CGSTV362509251003")};
}

inline QDateTime seedTime(int hour, int minute)
{
    return QDateTime(QDate(2025, 9, 25), QTime(hour, minute), Qt::OffsetFromUTC, 19800);
}

// Registers `serial` GENERATED at 09:00 and, if warehouse is given, inwards it there at `inwardAt`.
inline Status putInStock(Database &db, const QString &serial, const QString &warehouse,
                         const QDateTime &inwardAt = seedTime(16, 0))
{
    SerialRegister reg(db);
    const Actor a = warehouseActor();
    return db.write([&]() -> Status {
        SerialChange gen;
        gen.serial = serial;
        gen.kind = QStringLiteral("generated");
        gen.to = SerialState::Generated;
        gen.productCode = serial.left(7);
        gen.madeOn = QDate(2025, 9, 25);
        gen.runningNo = serial.right(4).toInt();
        if (Status s = reg.apply(a, seedTime(9, 0), gen); !s)
            return s;
        if (warehouse.isEmpty())
            return Ok{};
        SerialChange in;
        in.serial = serial;
        in.kind = QStringLiteral("inward");
        in.from = SerialState::Generated;
        in.to = SerialState::InStock;
        in.warehouseCode = warehouse;
        in.ref = QStringLiteral("INV-2025-09-25-1001");
        return reg.apply(a, inwardAt, in);
    });
}

// Seed 000's dispatch form, with the valid GSTIN (the seed's 27AAACA0000A1Z5 fails its check character).
inline DispatchForm seedForm()
{
    DispatchForm f;
    f.warehouseCode = QStringLiteral("WH001");
    f.orderId = QStringLiteral("INDI-DO-000312");
    f.distributorCode = QStringLiteral("D001");
    f.partyCode = QStringLiteral("RET123");
    f.billToName = QStringLiteral("ABC Retail Pvt Ltd");
    f.billToCode = QStringLiteral("RET123");
    f.billToGstin = QStringLiteral("27AAACA0000A1ZY");
    f.billToAddress = QStringLiteral("2nd Floor, MG Road, Pune, MH 411001");
    f.shipToName = QStringLiteral("ABC Retail Warehouse");
    f.shipToCode = QStringLiteral("RET123-WH01");
    f.shipToAddress = QStringLiteral("Plot 9, Hinjewadi Phase 2, Pune, MH 411057");
    f.transporterName = QStringLiteral("BlueDart Logistics");
    f.transportMode = QStringLiteral("ROAD");
    f.vehicleNo = QStringLiteral("MH12AB1234");
    f.lrNo = QStringLiteral("LR-9827345");
    f.ewayBillNo = QStringLiteral("3210-9988-7766");
    f.dispatchDateTime = QStringLiteral("2025-09-25T17:05:00+05:30");
    f.remarks = QStringLiteral("Handle with care");
    return f;
}

// Seed 000's Stage 3 payload, verbatim.
inline QJsonObject seedStage3Payload()
{
    static const char *json = R"json({
  "request_id": "DO-2025-09-25-0012",
  "timestamp": "2025-09-25T17:20:00+05:30",
  "source": "mobile_app",
  "action": "DISPATCH",
  "dispatch_order": {
    "order_id": "INDI-DO-000312",
    "distributor_code": "D001",
    "party_code": "RET123",
    "bill_to": {
      "name": "ABC Retail Pvt Ltd",
      "code": "RET123",
      "gstin": "27AAACA0000A1Z5",
      "address": "2nd Floor, MG Road, Pune, MH 411001"
    },
    "ship_to": {
      "name": "ABC Retail Warehouse",
      "code": "RET123-WH01",
      "address": "Plot 9, Hinjewadi Phase 2, Pune, MH 411057"
    },
    "transport": {
      "transporter_name": "BlueDart Logistics",
      "mode": "ROAD",
      "vehicle_no": "MH12AB1234",
      "lr_no": "LR-9827345",
      "eway_bill_no": "3210-9988-7766",
      "dispatch_datetime": "2025-09-25T17:05:00+05:30",
      "remarks": "Handle with care"
    }
  },
  "total_sr": 5,
  "products": [
    {
      "product_id": "1",
      "product_code": "CGSTV32",
      "warehouse_code": "WH001",
      "serials": [
        { "sn": "CGSTV322509251001", "status": "DISPATCHED" },
        { "sn": "CGSTV322509251002", "status": "DISPATCHED" }
      ]
    },
    {
      "product_id": "2",
      "product_code": "CGSTV36",
      "warehouse_code": "WH001",
      "serials": [
        { "sn": "CGSTV362509251001", "status": "DISPATCHED" },
        { "sn": "CGSTV362509251002", "status": "DISPATCHED" },
        { "sn": "CGSTV362509251003", "status": "DISPATCHED" }
      ]
    }
  ]
})json";
    return QJsonDocument::fromJson(json).object();
}

// Every leaf where `actual` differs from `expected` ("dispatch_order.bill_to.gstin: … ≠ …"), missing and extra keys
// included. Field by field, so a failure names the field.
inline QStringList jsonDifferences(const QJsonValue &expected, const QJsonValue &actual, const QString &path = {})
{
    QStringList out;
    if (expected.isObject() && actual.isObject()) {
        const QJsonObject e = expected.toObject();
        const QJsonObject a = actual.toObject();
        for (auto it = e.begin(); it != e.end(); ++it) {
            const QString p = path.isEmpty() ? it.key() : path + u'.' + it.key();
            if (!a.contains(it.key()))
                out << p + QStringLiteral(": missing");
            else
                out << jsonDifferences(it.value(), a.value(it.key()), p);
        }
        for (auto it = a.begin(); it != a.end(); ++it) {
            if (!e.contains(it.key()))
                out << (path.isEmpty() ? it.key() : path + u'.' + it.key()) + QStringLiteral(": unexpected");
        }
        return out;
    }
    if (expected.isArray() && actual.isArray()) {
        const QJsonArray e = expected.toArray();
        const QJsonArray a = actual.toArray();
        if (e.size() != a.size())
            out << QStringLiteral("%1: %2 elements ≠ %3").arg(path).arg(e.size()).arg(a.size());
        for (qsizetype i = 0; i < qMin(e.size(), a.size()); ++i)
            out << jsonDifferences(e.at(i), a.at(i), QStringLiteral("%1[%2]").arg(path).arg(i));
        return out;
    }
    if (expected != actual)
        out << QStringLiteral("%1: expected %2, got %3")
                   .arg(path, QString::fromUtf8(QJsonDocument(QJsonArray{expected}).toJson(QJsonDocument::Compact)),
                        QString::fromUtf8(QJsonDocument(QJsonArray{actual}).toJson(QJsonDocument::Compact)));
    return out;
}

} // namespace fb::test
