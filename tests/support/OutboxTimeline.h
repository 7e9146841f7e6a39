#pragma once
// Outbox rows with a past: events created at given moments and answered later, written through OutboxWriter and
// OutboxStore as delivery writes them, with a FakeClock set to each moment. For the Sync page's history tests.

#include "app/core/Clock.h"
#include "app/domain/Actor.h"
#include "app/storage/Database.h"
#include "app/storage/Outbox.h"
#include "app/storage/OutboxStore.h"

#include <functional>

namespace fb::test {

class OutboxTimeline
{
public:
    OutboxTimeline(Database &db, FakeClock &clock, int offsetSeconds = 19800)
        : m_db(db)
        , m_clock(clock)
        , m_offset(offsetSeconds)
    {}

    void at(qint64 ms) { m_clock.setNow(QDateTime::fromMSecsSinceEpoch(ms, Qt::OffsetFromUTC, m_offset)); }

    // One event for `crm` alone, on its own ordering key, created at `createdMs`; returns the row id (0 on failure).
    qint64 enqueue(Crm crm, qint64 createdMs)
    {
        at(createdMs);
        const QString key = QStringLiteral("TL%1").arg(++m_events);
        qint64 id = 0;
        Status s = m_db.write([&]() -> Status {
            const Actor actor{QStringLiteral("W001"), QStringLiteral("Wasim"), Role::Warehouse, QStringLiteral("ST01")};
            auto event = OutboxWriter(m_db, m_clock)
                             .enqueue(actor, OutboxEvent{QStringLiteral("inward.submitted"),
                                                         QStringList{key},
                                                         QJsonObject{{QStringLiteral("serial"), key}},
                                                         {crm}});
            if (!event.ok())
                return event.error();
            auto q = m_db.exec(QStringLiteral("SELECT MAX(id) FROM outbox"));
            if (!q.ok())
                return q.error();
            id = q.value().next() ? q.value().value(0).toLongLong() : 0;
            return Ok{};
        });
        return s.ok() ? id : 0;
    }

    Status deliver(Crm crm, qint64 id, qint64 atMs)
    {
        return answer(crm, id, atMs,
                      [&](OutboxStore &s) { return s.markDelivered(id, 200, QString(), m_clock.now()); });
    }
    Status fail(Crm crm, qint64 id, qint64 atMs)
    {
        return answer(crm, id, atMs, [&](OutboxStore &s) {
            return s.markFailed(id, 422, QStringLiteral("HTTP 422: refused"), m_clock.now());
        });
    }

private:
    // Claims what is due at `atMs` as the delivery loop would, answers row `id`, puts the others back.
    Status answer(Crm crm, qint64 id, qint64 atMs, const std::function<Status(OutboxStore &)> &how)
    {
        at(atMs);
        OutboxStore store(m_db);
        auto claimed = store.claimDue(crm, atMs, 1000000);
        if (!claimed.ok())
            return claimed.error();
        Status result = makeError(QStringLiteral("row %1 was not due at %2").arg(id).arg(atMs));
        for (const OutboxRow &r : claimed.value()) {
            Status s = r.id == id ? how(store) : store.release(r.id, 0, QString());
            if (r.id == id || !s.ok())
                result = s;
        }
        return result;
    }

    Database &m_db;
    FakeClock &m_clock;
    int m_offset;
    int m_events = 0;
};

} // namespace fb::test
