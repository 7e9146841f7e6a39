#include "app/storage/MasterDataStore.h"

#include "app/core/Logging.h"
#include "app/storage/Database.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

#include <cmath>

namespace fb {

namespace {

QString toJson(const QStringList &list)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

QStringList stringListFromJson(const QString &text)
{
    QStringList out;
    const QJsonArray array = QJsonDocument::fromJson(text.toUtf8()).array();
    for (const auto &v : array)
        out << v.toString();
    return out;
}

QString shipToJson(const QList<ShipTo> &list)
{
    QJsonArray array;
    for (const ShipTo &s : list)
        array.append(QJsonObject{{QStringLiteral("code"), s.code},
                                 {QStringLiteral("name"), s.name},
                                 {QStringLiteral("address"), s.address}});
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<ShipTo> shipToFromJson(const QString &text)
{
    QList<ShipTo> out;
    const QJsonArray array = QJsonDocument::fromJson(text.toUtf8()).array();
    for (const auto &v : array) {
        const QJsonObject o = v.toObject();
        out.append(ShipTo{o.value(QStringLiteral("code")).toString(), o.value(QStringLiteral("name")).toString(),
                          o.value(QStringLiteral("address")).toString()});
    }
    return out;
}

// A null QString binds as SQL NULL; the columns are NOT NULL with '' for "none".
QString t(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

Status done(const Result<QSqlQuery> &q)
{
    if (!q.ok())
        return q.error();
    return Ok{};
}

// Runs a read; on failure logs and returns an empty query so callers show "nothing" rather than crash.
std::optional<QSqlQuery> read(Database &db, const QString &sql, const QVariantList &bindings = {})
{
    auto q = db.exec(sql, bindings);
    if (!q.ok()) {
        logger("db")->error("master data read failed: {}", q.message().toStdString());
        return std::nullopt;
    }
    return std::move(q).value();
}

const QString kProductColumns = QStringLiteral("id, code, name, models, price_paise, gtin, updated_at");
const QString kPartyColumns =
    QStringLiteral("code, kind, name, gstin, address, city, state, pin_code, distributor_code, ship_to, updated_at");

Product productFrom(const QSqlQuery &q)
{
    return Product{q.value(0).toString(),   q.value(1).toString(),
                   q.value(2).toString(),   stringListFromJson(q.value(3).toString()),
                   q.value(4).toLongLong(), q.value(5).toString(),
                   q.value(6).toString()};
}

Warehouse warehouseFrom(const QSqlQuery &q)
{
    return Warehouse{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                     q.value(4).toString()};
}

Party partyFrom(const QSqlQuery &q)
{
    Party p;
    p.code = q.value(0).toString();
    p.kind = partyKindFromName(q.value(1).toString()).value_or(PartyKind::Party);
    p.name = q.value(2).toString();
    p.gstin = q.value(3).toString();
    p.address = q.value(4).toString();
    p.city = q.value(5).toString();
    p.state = q.value(6).toString();
    p.pinCode = q.value(7).toString();
    p.distributorCode = q.value(8).toString();
    p.shipTo = shipToFromJson(q.value(9).toString());
    p.updatedAt = q.value(10).toString();
    return p;
}

Technician technicianFrom(const QSqlQuery &q)
{
    return Technician{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                      q.value(3).toString(), q.value(4).toBool(),   q.value(5).toString()};
}

} // namespace

MasterDataStore::MasterDataStore(Database &db)
    : m_db(db)
{}

qint64 MasterDataStore::rupeesToPaise(double rupees)
{
    return std::llround(rupees * 100.0);
}

Status MasterDataStore::apply(const MasterDataBatch &batch, const QDateTime &now)
{
    return m_db.write([&]() -> Status {
        for (const auto &p : batch.products)
            if (Status s = upsert(p); !s)
                return s;
        for (const auto &w : batch.warehouses)
            if (Status s = upsert(w); !s)
                return s;
        for (const auto &p : batch.parties)
            if (Status s = upsert(p); !s)
                return s;
        for (const auto &t : batch.technicians)
            if (Status s = upsert(t); !s)
                return s;
        for (const auto &[name, value] : batch.cursors)
            if (Status s = setCursor(name, value, now); !s)
                return s;
        return Ok{};
    });
}

Status MasterDataStore::upsert(const Product &p)
{
    // The code is unique too: a product re-created in the CRM under a new id replaces the old row.
    if (Status s = done(m_db.exec(QStringLiteral("DELETE FROM products WHERE code = ? AND id <> ?"), {p.code, p.id}));
        !s)
        return s;
    return done(m_db.exec(QStringLiteral("INSERT INTO products(%1) VALUES(?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO "
                                         "UPDATE SET code = excluded.code, name = excluded.name, models = "
                                         "excluded.models, price_paise = excluded.price_paise, gtin = excluded.gtin, "
                                         "updated_at = excluded.updated_at")
                              .arg(kProductColumns),
                          {t(p.id), t(p.code), t(p.name), toJson(p.models), p.pricePaise, t(p.gtin), t(p.updatedAt)}));
}

Status MasterDataStore::upsert(const Warehouse &w)
{
    return done(m_db.exec(QStringLiteral("INSERT INTO warehouses(code, name, city, state, updated_at) VALUES(?, ?, ?, "
                                         "?, ?) ON CONFLICT(code) DO UPDATE SET name = excluded.name, city = "
                                         "excluded.city, state = excluded.state, updated_at = excluded.updated_at"),
                          {t(w.code), t(w.name), t(w.city), t(w.state), t(w.updatedAt)}));
}

Status MasterDataStore::upsert(const Party &p)
{
    return done(m_db.exec(
        QStringLiteral("INSERT INTO parties(%1) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(code) DO UPDATE "
                       "SET kind = excluded.kind, name = excluded.name, gstin = excluded.gstin, address = "
                       "excluded.address, city = excluded.city, state = excluded.state, pin_code = excluded.pin_code, "
                       "distributor_code = excluded.distributor_code, ship_to = excluded.ship_to, updated_at = "
                       "excluded.updated_at")
            .arg(kPartyColumns),
        {t(p.code), partyKindName(p.kind), t(p.name), t(p.gstin), t(p.address), t(p.city), t(p.state), t(p.pinCode),
         t(p.distributorCode), shipToJson(p.shipTo), t(p.updatedAt)}));
}

Status MasterDataStore::upsert(const Technician &tech)
{
    return done(
        m_db.exec(QStringLiteral("INSERT INTO technicians(code, name, city, state, active, updated_at) "
                                 "VALUES(?, ?, ?, ?, ?, ?) ON CONFLICT(code) DO UPDATE SET name = "
                                 "excluded.name, city = excluded.city, state = excluded.state, active = "
                                 "excluded.active, updated_at = excluded.updated_at"),
                  {t(tech.code), t(tech.name), t(tech.city), t(tech.state), tech.active ? 1 : 0, t(tech.updatedAt)}));
}

Status MasterDataStore::setCursor(const QString &name, const QString &cursor, const QDateTime &now)
{
    return done(m_db.exec(QStringLiteral("INSERT INTO sync_cursors(name, cursor, pulled_at) VALUES(?, ?, ?) ON "
                                         "CONFLICT(name) DO UPDATE SET cursor = excluded.cursor, pulled_at = "
                                         "excluded.pulled_at"),
                          {t(name), t(cursor), now.toString(Qt::ISODate)}));
}

QString MasterDataStore::cursor(const QString &name) const
{
    auto q = read(m_db, QStringLiteral("SELECT cursor FROM sync_cursors WHERE name = ?"), {name});
    if (q && q->next())
        return q->value(0).toString();
    return {};
}

QList<Product> MasterDataStore::products() const
{
    QList<Product> out;
    auto q = read(m_db, QStringLiteral("SELECT %1 FROM products ORDER BY code").arg(kProductColumns));
    while (q && q->next())
        out.append(productFrom(*q));
    return out;
}

std::optional<Product> MasterDataStore::productByCode(const QString &code) const
{
    auto q = read(m_db, QStringLiteral("SELECT %1 FROM products WHERE code = ?").arg(kProductColumns), {code});
    if (q && q->next())
        return productFrom(*q);
    return std::nullopt;
}

QStringList MasterDataStore::knownProductCodes() const
{
    QStringList out;
    auto q = read(m_db, QStringLiteral("SELECT code FROM products ORDER BY code"));
    while (q && q->next())
        out << q->value(0).toString();
    return out;
}

QList<Warehouse> MasterDataStore::warehouses() const
{
    QList<Warehouse> out;
    auto q = read(m_db, QStringLiteral("SELECT code, name, city, state, updated_at FROM warehouses ORDER BY code"));
    while (q && q->next())
        out.append(warehouseFrom(*q));
    return out;
}

std::optional<Warehouse> MasterDataStore::warehouse(const QString &code) const
{
    auto q =
        read(m_db, QStringLiteral("SELECT code, name, city, state, updated_at FROM warehouses WHERE code = ?"), {code});
    if (q && q->next())
        return warehouseFrom(*q);
    return std::nullopt;
}

QList<Party> MasterDataStore::parties(std::optional<PartyKind> kind) const
{
    QList<Party> out;
    auto q = kind ? read(m_db, QStringLiteral("SELECT %1 FROM parties WHERE kind = ? ORDER BY code").arg(kPartyColumns),
                         {partyKindName(*kind)})
                  : read(m_db, QStringLiteral("SELECT %1 FROM parties ORDER BY code").arg(kPartyColumns));
    while (q && q->next())
        out.append(partyFrom(*q));
    return out;
}

std::optional<Party> MasterDataStore::party(const QString &code) const
{
    auto q = read(m_db, QStringLiteral("SELECT %1 FROM parties WHERE code = ?").arg(kPartyColumns), {code});
    if (q && q->next())
        return partyFrom(*q);
    return std::nullopt;
}

QList<Technician> MasterDataStore::technicians() const
{
    QList<Technician> out;
    auto q = read(m_db, QStringLiteral("SELECT code, name, city, state, active, updated_at FROM technicians ORDER BY "
                                       "code"));
    while (q && q->next())
        out.append(technicianFrom(*q));
    return out;
}

std::optional<Technician> MasterDataStore::technician(const QString &code) const
{
    auto q =
        read(m_db, QStringLiteral("SELECT code, name, city, state, active, updated_at FROM technicians WHERE code = ?"),
             {code});
    if (q && q->next())
        return technicianFrom(*q);
    return std::nullopt;
}

} // namespace fb
