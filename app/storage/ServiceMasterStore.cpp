#include "app/storage/ServiceMasterStore.h"

#include "app/storage/Database.h"
#include "app/storage/ServiceSql.h"

namespace fb {

using namespace servicesql;

namespace {

Part partFrom(const QSqlQuery &q)
{
    return Part{q.value(0).toString(),   q.value(1).toString(), q.value(2).toString(),
                q.value(3).toLongLong(), q.value(4).toString(), q.value(5).toString()};
}

} // namespace

ServiceMasterStore::ServiceMasterStore(Database &db)
    : m_db(db)
{}

Status ServiceMasterStore::upsert(const CallType &c)
{
    return done(run(m_db,
                    QStringLiteral("INSERT INTO call_types(code, name, updated_at) VALUES(?, ?, ?) ON "
                                   "CONFLICT(code) DO UPDATE SET name = excluded.name, updated_at = "
                                   "excluded.updated_at"),
                    {c.code, c.name, c.updatedAt}));
}

Status ServiceMasterStore::upsert(const Part &p)
{
    return done(run(
        m_db,
        QStringLiteral("INSERT INTO parts(code, name, class, price_paise, part_serial_pattern, updated_at) VALUES(?, "
                       "?, ?, ?, ?, ?) ON CONFLICT(code) DO UPDATE SET name = excluded.name, class = excluded.class, "
                       "price_paise = excluded.price_paise, part_serial_pattern = excluded.part_serial_pattern, "
                       "updated_at = excluded.updated_at"),
        {p.code, p.name, p.partClass, p.pricePaise, p.serialPattern, p.updatedAt}));
}

Status ServiceMasterStore::upsert(const ModelRegion &r)
{
    return done(run(m_db,
                    QStringLiteral("INSERT INTO model_regions(model, states, cities, updated_at) VALUES(?, ?, ?, "
                                   "?) ON CONFLICT(model) DO UPDATE SET states = excluded.states, cities = "
                                   "excluded.cities, updated_at = excluded.updated_at"),
                    {r.model, toJson(r.states), toJson(r.cities), r.updatedAt}));
}

QList<CallType> ServiceMasterStore::callTypes() const
{
    QList<CallType> out;
    if (auto q = read(m_db, QStringLiteral("SELECT code, name, updated_at FROM call_types ORDER BY name"))) {
        while (q.value().next())
            out.append(CallType{q->value(0).toString(), q->value(1).toString(), q->value(2).toString()});
    }
    return out;
}

std::optional<CallType> ServiceMasterStore::callType(const QString &code) const
{
    if (auto q = read(m_db, QStringLiteral("SELECT code, name, updated_at FROM call_types WHERE code = ?"), {code});
        q && q.value().next())
        return CallType{q->value(0).toString(), q->value(1).toString(), q->value(2).toString()};
    return std::nullopt;
}

QList<Part> ServiceMasterStore::parts() const
{
    QList<Part> out;
    if (auto q = read(m_db, QStringLiteral("SELECT code, name, class, price_paise, part_serial_pattern, updated_at "
                                           "FROM parts ORDER BY code"))) {
        while (q.value().next())
            out.append(partFrom(*q));
    }
    return out;
}

std::optional<Part> ServiceMasterStore::part(const QString &code) const
{
    if (auto q = read(m_db,
                      QStringLiteral("SELECT code, name, class, price_paise, part_serial_pattern, updated_at FROM "
                                     "parts WHERE code = ?"),
                      {code});
        q && q.value().next())
        return partFrom(*q);
    return std::nullopt;
}

std::optional<ModelRegion> ServiceMasterStore::modelRegion(const QString &model) const
{
    if (auto q =
            read(m_db, QStringLiteral("SELECT model, states, cities, updated_at FROM model_regions WHERE model = ?"),
                 {model});
        q && q.value().next())
        return ModelRegion{q->value(0).toString(), listFromJson(q->value(1).toString()),
                           listFromJson(q->value(2).toString()), q->value(3).toString()};
    return std::nullopt;
}

} // namespace fb
