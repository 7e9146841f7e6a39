// The action pipeline every mutating service goes through: permission, one transaction (savepoints when nested), the
// audit entry and the outbox rows from the event registry, and delivery woken only after the commit.
#include "app/domain/EventType.h"
#include "app/services/ActionPipeline.h"
#include "app/services/Events.h"
#include "app/services/Station.h"
#include "app/storage/AuditLog.h"
#include "app/storage/Database.h"
#include "app/storage/SettingsStore.h"
#include "sync/mapping/PayloadMapping.h"

#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace fb;

class TestActionPipeline : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    FakeClock m_clock;
    std::unique_ptr<Station> m_station;
    int m_wakes = 0;

    static Actor person(Role role)
    {
        return Actor{role == Role::Supervisor ? QStringLiteral("S001") : QStringLiteral("W001"), QStringLiteral("Test"),
                     role, QStringLiteral("ST01")};
    }

    qint64 count(const QString &table)
    {
        auto q = m_station->db().exec(QStringLiteral("SELECT COUNT(*) FROM ") + table);
        if (!q.ok())
            return -1;
        QSqlQuery rows = std::move(q).value();
        return rows.next() ? rows.value(0).toLongLong() : -1;
    }

    // A business change, its audit entry and one event, as a service would write them.
    static Status stockAction(ActionContext &ctx, SettingsStore &settings, const QString &value)
    {
        if (Status s = settings.setValue(QStringLiteral("test.value"), value); !s)
            return s;
        if (Status s = ctx.audit(QStringLiteral("test.action"), value); !s)
            return s;
        return statusOf(ctx.queue(events::serialsGenerated(QJsonObject{{QStringLiteral("total_sr"), 1}})));
    }

private slots:
    void init()
    {
        m_station.reset();
        for (const char *suffix : {"", "-wal", "-shm"})
            QFile::remove(m_dir.filePath(QStringLiteral("floorbridge.db") + QLatin1String(suffix)));
        auto s = Station::open(m_dir.path(), m_clock);
        QVERIFY2(s.ok(), qPrintable(s.message()));
        m_station = std::move(s).value();
        m_wakes = 0;
        m_station->setOutboxListener([this] { ++m_wakes; });
    }

    void anActionCommitsItsRowsAuditAndEventsTogetherThenWakesDelivery()
    {
        ActionPipeline actions(m_station->db(), m_clock);
        int wakesInside = -1;
        Status done = actions.run(person(Role::Warehouse), Permission::GenerateSerials, [&](ActionContext &ctx) {
            Status s = stockAction(ctx, m_station->settings(), QStringLiteral("one"));
            wakesInside = m_wakes;
            return s;
        });
        QVERIFY2(done.ok(), qPrintable(done.message()));
        QCOMPARE(wakesInside, 0); // never before the commit: delivery must not look for rows that are not there yet
        QCOMPARE(m_wakes, 1);
        QCOMPARE(count(QStringLiteral("outbox")), qint64(allCrms().size())); // one row per CRM
        auto audit = AuditLog(m_station->db()).recent(10);
        QVERIFY(audit.ok());
        QCOMPARE(audit->size(), 1);
        QCOMPARE(audit->first().action, QStringLiteral("test.action"));
        QCOMPARE(audit->first().operatorCode, QStringLiteral("W001"));
    }

    void aRefusedPermissionWritesNothing()
    {
        ActionPipeline actions(m_station->db(), m_clock);
        bool ran = false;
        Status done = actions.run(person(Role::Warehouse), Permission::ApproveSpares, [&](ActionContext &ctx) {
            ran = true;
            return stockAction(ctx, m_station->settings(), QStringLiteral("x"));
        });
        QVERIFY(!done.ok());
        QCOMPARE(done.error().code, QStringLiteral("auth.forbidden"));
        QVERIFY2(done.message().contains(QStringLiteral("Supervisor")), qPrintable(done.message()));
        QVERIFY(!ran);
        QCOMPARE(count(QStringLiteral("outbox")), qint64(0));
        QCOMPARE(count(QStringLiteral("audit_log")), qint64(0));
        QCOMPARE(m_wakes, 0);
    }

    void aFailingActionLeavesNoTrace()
    {
        ActionPipeline actions(m_station->db(), m_clock);
        Status done = actions.run(person(Role::Warehouse), Permission::GenerateSerials, [&](ActionContext &ctx) {
            if (Status s = stockAction(ctx, m_station->settings(), QStringLiteral("half")); !s)
                return s;
            return Status(makeError(QStringLiteral("Quantity is too large."), QStringLiteral("quantity")));
        });
        QVERIFY(!done.ok());
        QCOMPARE(done.error().field, QStringLiteral("quantity"));
        m_station->settings().invalidate();
        QCOMPARE(m_station->settings().value(QStringLiteral("test.value")), QString());
        QCOMPARE(count(QStringLiteral("outbox")), qint64(0));
        QCOMPARE(count(QStringLiteral("audit_log")), qint64(0));
        QCOMPARE(m_wakes, 0);
    }

    void aNestedActionIsASavepointOfItsCaller()
    {
        ActionPipeline actions(m_station->db(), m_clock);
        Status done = actions.run(person(Role::Supervisor), Permission::GenerateSerials, [&](ActionContext &outer) {
            if (Status s = stockAction(outer, m_station->settings(), QStringLiteral("outer")); !s)
                return s;
            // The inner action fails: its own rows go, the caller's stay, and the caller decides to carry on.
            Status inner = actions.run(person(Role::Supervisor), Permission::GenerateSerials, [&](ActionContext &ctx) {
                if (Status s = ctx.audit(QStringLiteral("test.inner"), QStringLiteral("inner")); !s)
                    return s;
                return Status(makeError(QStringLiteral("inner refused")));
            });
            if (inner.ok())
                return Status(makeError(QStringLiteral("the inner action should have failed")));
            return Status(Ok{});
        });
        QVERIFY2(done.ok(), qPrintable(done.message()));
        auto audit = AuditLog(m_station->db()).recent(10);
        QVERIFY(audit.ok());
        QCOMPARE(audit->size(), 1);
        QCOMPARE(audit->first().action, QStringLiteral("test.action"));
        QCOMPARE(count(QStringLiteral("outbox")), qint64(allCrms().size()));
        QCOMPARE(m_wakes, 1); // once, when the outermost transaction commits
    }

    void anActionWithoutEventsDoesNotWakeDelivery()
    {
        ActionPipeline actions(m_station->db(), m_clock);
        Status done = actions.run(person(Role::Warehouse), Permission::Inward, [&](ActionContext &ctx) {
            return ctx.audit(QStringLiteral("inward.open"), QStringLiteral("draft 1"));
        });
        QVERIFY(done.ok());
        QCOMPARE(m_wakes, 0);
    }

    void aChangeFromTheNewCrmGoesOnlyToTheOthers()
    {
        ActionPipeline actions(m_station->db(), m_clock);
        const Actor crm{QStringLiteral("CRM"), QStringLiteral("new CRM"), Role::Supervisor, QStringLiteral("ST01")};
        PartRequest r;
        r.number = QStringLiteral("PR-1");
        r.complaintNumber = QStringLiteral("CMP-1");
        Approval a;
        a.decision = QStringLiteral("APPROVED");
        Status done = actions.runAllowed(crm, [&](ActionContext &ctx) {
            return statusOf(ctx.queue(events::spareDecided(r, a, EventOrigin::NewCrm, m_clock.now())));
        });
        QVERIFY2(done.ok(), qPrintable(done.message()));
        auto q = m_station->db().exec(QStringLiteral("SELECT crm, event_type, ordering_key FROM outbox"));
        QVERIFY(q.ok());
        QSqlQuery rows = std::move(q).value();
        QVERIFY(rows.next());
        QCOMPARE(rows.value(0).toString(), crmName(Crm::Legacy));
        QCOMPARE(rows.value(1).toString(), QStringLiteral("spare.decided"));
        QCOMPARE(rows.value(2).toString(), QStringLiteral("part_request:PR-1")); // its label: its own document first
        QVERIFY(!rows.next());
    }

    void everyEventTypeHasOneNameAndARouteToEachCrm()
    {
        QSet<QString> names;
        for (EventType type : allEventTypes()) {
            const QString name = eventTypeName(type);
            QVERIFY2(!name.isEmpty(), "an event type without a name");
            QVERIFY2(!names.contains(name), qPrintable(name));
            names.insert(name);
            QCOMPARE(eventTypeFromName(name), std::optional<EventType>(type));
        }
        QVERIFY(!eventTypeFromName(QStringLiteral("serials.made")));
        for (Crm crm : allCrms()) {
            auto mapping = PayloadMapping::builtIn(crm);
            QVERIFY2(mapping.ok(), qPrintable(mapping.message()));
            const QStringList routed = mapping->eventTypes();
            for (const QString &name : std::as_const(names))
                QVERIFY2(routed.contains(name), qPrintable(crmName(crm) + QStringLiteral(" has no route for ") + name));
        }
    }

    void eventsAreOrderedByTheSerialsAndDocumentsTheyTouch()
    {
        const QJsonObject generated{
            {QStringLiteral("products"), QJsonArray{QJsonObject{{QStringLiteral("serial_list"),
                                                                 QJsonArray{QStringLiteral("CGSTV322509251001"),
                                                                            QStringLiteral("CGSTV322509251002")}}}}}};
        QCOMPARE(events::serialsGenerated(generated).orderingKeys,
                 (QStringList{QStringLiteral("serial:CGSTV322509251001"), QStringLiteral("serial:CGSTV322509251002")}));
        const QJsonObject inward{
            {QStringLiteral("request_id"), QStringLiteral("IN-1")},
            {QStringLiteral("products"),
             QJsonArray{
                 QJsonObject{{QStringLiteral("serials"),
                              QJsonArray{QJsonObject{{QStringLiteral("sn"), QStringLiteral("CGSTV322509251001")}}}}}}}};
        QCOMPARE(events::inwardSubmitted(inward).orderingKeys,
                 (QStringList{QStringLiteral("inward:IN-1"), QStringLiteral("serial:CGSTV322509251001")}));
        QJsonObject dispatch = inward;
        dispatch[u"request_id"] = QStringLiteral("DO-1");
        QCOMPARE(events::dispatchSubmitted(dispatch).orderingKeys,
                 (QStringList{QStringLiteral("dispatch:DO-1"), QStringLiteral("serial:CGSTV322509251001")}));
        // A cancellation shares the dispatch's document and its serials, so it can never overtake it.
        const auto cancelled = events::dispatchCancelled(QStringLiteral("DO-1"), QStringLiteral("wrong party"),
                                                         m_clock.now(), {QStringLiteral("CGSTV322509251001")});
        QCOMPARE(cancelled.orderingKeys,
                 (QStringList{QStringLiteral("dispatch:DO-1"), QStringLiteral("serial:CGSTV322509251001")}));
        QCOMPARE(cancelled.type, QStringLiteral("dispatch.cancelled"));
        QCOMPARE(cancelled.data.value(QStringLiteral("serials")).toArray().size(), 1);
        Complaint c;
        c.number = QStringLiteral("CMP-2025-09-25-1001");
        QCOMPARE(events::complaintRegistered(c, QStringLiteral("1"), m_clock.now()).orderingKeys,
                 QStringList{QStringLiteral("complaint:CMP-2025-09-25-1001")});
        QCOMPARE(events::complaintRegistered(c, QStringLiteral("1"), m_clock.now()).targets, allCrms());
        // A return order's unit rides that unit's ordering (behind its dispatch); its parts do not.
        ReturnOrder o;
        o.number = QStringLiteral("RO-1");
        o.complaintNumber = c.number;
        const QJsonObject body{{QStringLiteral("items"),
                                QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("UNIT")},
                                                       {QStringLiteral("sn"), QStringLiteral("CGSTV322509251001")}},
                                           QJsonObject{{QStringLiteral("type"), QStringLiteral("PART")},
                                                       {QStringLiteral("sn"), QString()}}}}};
        QCOMPARE(events::serialsMoved(EventType::ReturnOrderCreated, body),
                 QStringList{QStringLiteral("CGSTV322509251001")});
    }
};

QTEST_GUILESS_MAIN(TestActionPipeline)
#include "TestActionPipeline.moc"
