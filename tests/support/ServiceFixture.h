#pragma once
// A fresh station with the demo master data (resources/demo/masterdata.json, as crm-sim serves it), a few units in
// the serial register and one actor per role — shared by the service-desk tests.

#include "MasterData.h"

#include "app/core/Clock.h"
#include "app/domain/Actor.h"
#include "app/services/ComplaintService.h"
#include "app/services/Events.h"
#include "app/services/Station.h"
#include "app/storage/Database.h"
#include "app/storage/SerialRegister.h"
#include "app/storage/ServiceMasterStore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <memory>

Q_DECLARE_METATYPE(fb::Role)

namespace fb::test {

inline Actor actorFor(Role role)
{
    switch (role) {
    case Role::Warehouse:
        return Actor{QStringLiteral("W001"), QStringLiteral("Wasim"), Role::Warehouse, QStringLiteral("ST01")};
    case Role::Technician:
        return Actor{QStringLiteral("T100"), QStringLiteral("Tara"), Role::Technician, QStringLiteral("ST01")};
    case Role::Supervisor:
        return Actor{QStringLiteral("S001"), QStringLiteral("Sunil"), Role::Supervisor, QStringLiteral("ST01")};
    case Role::Admin:
        return Actor{QStringLiteral("A001"), QStringLiteral("Asha"), Role::Admin, QStringLiteral("ST01")};
    }
    return {};
}

// Units in the register: dispatched (complaints welcome), in stock and merely generated (never dispatched).
inline const QString kDispatched36 = QStringLiteral("CGSTV362509251001");
inline const QString kDispatched32 = QStringLiteral("CGSTV322509251001");
inline const QString kDispatched43 = QStringLiteral("CGSTV432509251001");
inline const QString kInStock36 = QStringLiteral("CGSTV362509251002");
inline const QString kGenerated36 = QStringLiteral("CGSTV362509251003");
inline const QString kUnregistered36 = QStringLiteral("CGSTV362509251004");

inline bool registerUnit(Database &db, const Clock &clock, const QString &serial, SerialState state, QString *why)
{
    SerialChange c;
    c.serial = serial;
    c.kind = QStringLiteral("generated");
    c.to = state;
    c.productCode = serial.left(7);
    c.madeOn = QDate(2025, 9, 25);
    c.runningNo = serial.right(4).toInt();
    c.warehouseCode = QStringLiteral("WH001");
    if (state == SerialState::Dispatched)
        c.partyCode = QStringLiteral("RET123");
    Status s = db.write([&]() { return SerialRegister(db).apply(actorFor(Role::Admin), clock.now(), c); });
    if (!s)
        *why = s.message();
    return s.ok();
}

// A customer in Pune with a dispatched 36-inch TV (one model, sold in MH and KA), for a Repair call.
inline ComplaintDraft puneDraft(const QString &serial = kDispatched36)
{
    ComplaintDraft d;
    d.customerCode = QStringLiteral("CUST-001");
    d.customerName = QStringLiteral("Meera Joshi");
    d.phone = QStringLiteral("+91 98220 12345");
    d.city = QStringLiteral("Pune");
    d.state = QStringLiteral("MH");
    d.pinCode = QStringLiteral("411001");
    d.serial = serial;
    d.callType = QStringLiteral("REPAIR");
    d.technicianCode = QStringLiteral("T001");
    d.description = QStringLiteral("No picture, sound works");
    return d;
}

class ServiceStation
{
public:
    bool open(QString *why)
    {
        m_station.reset();
        clock.setNow(FakeClock().now()); // every test starts at the same moment (2025-09-25 17:00 +05:30)
        m_dir = std::make_unique<QTemporaryDir>();
        auto s = Station::open(m_dir->path(), clock);
        if (!s.ok()) {
            *why = s.message();
            return false;
        }
        m_station = std::move(s).value();
        if (!loadDemoMasterData(db(), why))
            return false;
        return registerUnit(db(), clock, kDispatched36, SerialState::Dispatched, why) &&
               registerUnit(db(), clock, kDispatched32, SerialState::Dispatched, why) &&
               registerUnit(db(), clock, kDispatched43, SerialState::Dispatched, why) &&
               registerUnit(db(), clock, kInStock36, SerialState::InStock, why) &&
               registerUnit(db(), clock, kGenerated36, SerialState::Generated, why);
    }

    Station &station() { return *m_station; }
    Database &db() { return m_station->db(); }
    SettingsStore &settings() { return m_station->settings(); }
    QString dataDir() const { return m_dir->path(); }

    int count(const QString &sql, const QVariantList &bindings = {})
    {
        auto q = db().exec(sql, bindings);
        if (!q.ok() || !q.value().next())
            return -1;
        return q.value().value(0).toInt();
    }
    // Outbox rows of a type; with a complaint number, the open ones ordered behind that complaint.
    int outboxCount(const QString &eventType, const QString &complaintNumber = {})
    {
        if (complaintNumber.isEmpty())
            return count(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE event_type = ?"), {eventType});
        return count(QStringLiteral("SELECT COUNT(*) FROM outbox o WHERE o.event_type = ? AND EXISTS (SELECT 1 FROM "
                                    "outbox_keys k WHERE k.outbox_id = o.id AND k.key = ?)"),
                     {eventType, ordering::complaint(complaintNumber)});
    }
    // The latest event of a type for one CRM, as the envelope JSON.
    QJsonObject lastEvent(const QString &eventType, const QString &crm = QStringLiteral("legacy"))
    {
        auto q =
            db().exec(QStringLiteral("SELECT payload FROM outbox WHERE event_type = ? AND crm = ? ORDER BY id DESC "
                                     "LIMIT 1"),
                      {eventType, crm});
        if (!q.ok() || !q.value().next())
            return {};
        return QJsonDocument::fromJson(q.value().value(0).toString().toUtf8()).object();
    }

    FakeClock clock;

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Station> m_station;
};

} // namespace fb::test
