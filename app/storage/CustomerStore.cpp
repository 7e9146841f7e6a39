#include "app/storage/CustomerStore.h"

#include "app/storage/Database.h"
#include "app/storage/ServiceSql.h"

namespace fb {

using namespace servicesql;

CustomerStore::CustomerStore(Database &db)
    : m_db(db)
{}

Status CustomerStore::upsertCustomer(const Customer &c, const QString &at)
{
    return done(run(
        m_db,
        QStringLiteral("INSERT INTO customers(code, name, phone, city, state, pin_code, updated_at) VALUES(?, ?, ?, ?, "
                       "?, ?, ?) ON CONFLICT(code) DO UPDATE SET name = excluded.name, phone = excluded.phone, city = "
                       "excluded.city, state = excluded.state, pin_code = excluded.pin_code, updated_at = "
                       "excluded.updated_at"),
        {c.code, c.name, c.phone, c.city, c.state, c.pinCode, at}));
}

std::optional<Customer> CustomerStore::customer(const QString &code) const
{
    if (auto q =
            read(m_db, QStringLiteral("SELECT code, name, phone, city, state, pin_code FROM customers WHERE code = ?"),
                 {code});
        q && q.value().next())
        return Customer{q->value(0).toString(), q->value(1).toString(), q->value(2).toString(),
                        q->value(3).toString(), q->value(4).toString(), q->value(5).toString()};
    return std::nullopt;
}

} // namespace fb
