// The delivery side of the outbox on a real SQLite file: head-of-key claiming, answers, restart, and the
// "business change and outbox rows: both or neither" rule.
#include "app/storage/Database.h"
#include "app/storage/Outbox.h"
#include "app/storage/OutboxStore.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace fb;

class TestOutboxStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    FakeClock m_clock;
    std::unique_ptr<Database> m_db;
    Actor m_actor{QStringLiteral("W001"), QStringLiteral("Wasim"), Role::Warehouse, QStringLiteral("ST01")};

    qint64 nowMs() const { return m_clock.now().toMSecsSinceEpoch(); }

    QString enqueue(const QString &key, const QList<Crm> &targets = allCrms())
    {
        return enqueueKeys(QStringList{key}, targets);
    }

    QString enqueueKeys(const QStringList &keys, const QList<Crm> &targets = allCrms())
    {
        const QString type = QStringLiteral("inward.submitted");
        OutboxWriter writer(*m_db, m_clock);
        QString eventId;
        Status s = m_db->write([&]() -> Status {
            auto id = writer.enqueue(
                m_actor, OutboxEvent{type, keys, QJsonObject{{QStringLiteral("k"), keys.join(u',')}}, targets});
            if (!id.ok())
                return id.error();
            eventId = id.value();
            return Ok{};
        });
        if (!s.ok())
            qWarning("enqueue failed: %s", qPrintable(s.message()));
        return eventId;
    }

    int count(const QString &where = QStringLiteral("1 = 1"))
    {
        auto q = m_db->exec(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE ") + where);
        if (!q.ok() || !q.value().next())
            return -1;
        return q.value().value(0).toInt();
    }

    QStringList keysOf(const QList<OutboxRow> &rows)
    {
        QStringList keys;
        for (const auto &r : rows)
            keys << r.orderingKey;
        return keys;
    }

private slots:
    void init()
    {
        m_db.reset();
        const QString path = m_dir.filePath(QStringLiteral("floorbridge.db"));
        for (const char *suffix : {"", "-wal", "-shm"})
            QFile::remove(path + QLatin1String(suffix));
        auto db = Database::open(path);
        QVERIFY2(db.ok(), qPrintable(db.message()));
        m_db = std::move(db).value();
    }

    void claimsOnlyTheHeadOfEachOrderingKey()
    {
        enqueue(QStringLiteral("SN1"), {Crm::Legacy});
        enqueue(QStringLiteral("SN1"), {Crm::Legacy});
        enqueue(QStringLiteral("SN2"), {Crm::Legacy});
        OutboxStore store(*m_db);
        auto first = store.claimDue(Crm::Legacy, nowMs(), 10);
        QVERIFY2(first.ok(), qPrintable(first.message()));
        QCOMPARE(keysOf(first.value()), (QStringList{QStringLiteral("SN1"), QStringLiteral("SN2")}));
        QCOMPARE(first.value().at(0).state, OutboxState::InFlight);
        QCOMPARE(count(QStringLiteral("state = 'IN_FLIGHT'")), 2);
        // The second SN1 event waits while the first is in flight.
        QVERIFY(store.claimDue(Crm::Legacy, nowMs(), 10).value().isEmpty());
        QVERIFY(store.markDelivered(first.value().at(0).id, 201, QStringLiteral("{}"), m_clock.now()).ok());
        auto second = store.claimDue(Crm::Legacy, nowMs(), 10);
        QCOMPARE(keysOf(second.value()), QStringList{QStringLiteral("SN1")});
        QVERIFY(second.value().at(0).id > first.value().at(0).id);
    }

    // An event waits only for earlier open events of its CRM that share a serial or a document with it.
    void anEventWaitsOnlyForEarlierEventsSharingAKey()
    {
        const QString dispatch = enqueueKeys({QStringLiteral("dispatch:DO-1"), QStringLiteral("serial:A")}, {Crm::New});
        const QString cancel = enqueueKeys({QStringLiteral("dispatch:DO-1"), QStringLiteral("serial:A")}, {Crm::New});
        const QString inwardB = enqueueKeys({QStringLiteral("inward:IN-1"), QStringLiteral("serial:B")}, {Crm::New});
        // Shares serial:A with the dispatch only through the cancellation's chain, and serial:C with nothing.
        const QString returned = enqueueKeys(
            {QStringLiteral("return_order:RO-1"), QStringLiteral("serial:A"), QStringLiteral("serial:C")}, {Crm::New});
        const QString generated = enqueueKeys({QStringLiteral("serial:D")}, {Crm::New});
        OutboxStore store(*m_db);
        auto first = store.claimDue(Crm::New, nowMs(), 10).value();
        QStringList ids;
        for (const OutboxRow &r : first)
            ids << r.eventId;
        // Unrelated events all go at once: the concurrency is the CRM's, not one lane's.
        QCOMPARE(ids, (QStringList{dispatch, inwardB, generated}));
        QVERIFY(store.markDelivered(first.at(0).id, 201, QStringLiteral("{}"), m_clock.now()).ok());
        auto second = store.claimDue(Crm::New, nowMs(), 10).value();
        QCOMPARE(second.size(), 1);
        QCOMPARE(second.at(0).eventId, cancel); // the return order still waits behind the cancellation (serial:A)
        QVERIFY(store.markDelivered(second.at(0).id, 201, QStringLiteral("{}"), m_clock.now()).ok());
        auto third = store.claimDue(Crm::New, nowMs(), 10).value();
        QCOMPARE(third.size(), 1);
        QCOMPARE(third.at(0).eventId, returned);
    }

    // A failed event holds back only what shares a key with it (directly or in a chain), and says how many.
    void aFailedEventHoldsBackOnlyItsSharersAndCountsThem()
    {
        enqueueKeys({QStringLiteral("serial:S1")}, {Crm::Legacy});
        enqueueKeys({QStringLiteral("serial:S1")}, {Crm::Legacy});                              // behind it
        const QString free = enqueueKeys({QStringLiteral("serial:S2")}, {Crm::Legacy});         // unrelated
        enqueueKeys({QStringLiteral("serial:S1"), QStringLiteral("serial:S3")}, {Crm::Legacy}); // behind it
        enqueueKeys({QStringLiteral("serial:S3")}, {Crm::Legacy});                              // behind the one above
        OutboxStore store(*m_db);
        auto heads = store.claimDue(Crm::Legacy, nowMs(), 10).value();
        QCOMPARE(heads.size(), 2);
        QVERIFY(store.markFailed(heads.at(0).id, 422, QStringLiteral("refused"), m_clock.now()).ok());
        QVERIFY(store.markDelivered(heads.at(1).id, 201, QStringLiteral("{}"), m_clock.now()).ok());
        QCOMPARE(heads.at(1).eventId, free);
        QVERIFY(store.claimDue(Crm::Legacy, nowMs(), 10).value().isEmpty());
        QCOMPARE(store.waitingBehind(heads.at(0).id).value(), 3);
        auto failed = store.list(OutboxFilter{Crm::Legacy, OutboxState::Failed, {}, {}, 10}).value();
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.at(0).waitingBehind, 3);
        QCOMPARE(store.get(heads.at(0).id).value()->row.waitingBehind, 3);
        // Any key finds the open events of a unit.
        QCOMPARE(store.list(OutboxFilter{Crm::Legacy, std::nullopt, {}, QStringLiteral("serial:S3"), 10})->size(), 2);
        // Discarding it lets the chain go, in order.
        QVERIFY(store.discard(heads.at(0).id, QStringLiteral("wrong serial")).ok());
        auto next = store.claimDue(Crm::Legacy, nowMs(), 10).value();
        QCOMPARE(next.size(), 1);
        QCOMPARE(store.waitingBehind(next.at(0).id).value(), 2);
    }

    void theCrmsNeverWaitForEachOther()
    {
        enqueue(QStringLiteral("SN1"));
        enqueue(QStringLiteral("SN1"));
        OutboxStore store(*m_db);
        auto legacy = store.claimDue(Crm::Legacy, nowMs(), 10).value();
        QCOMPARE(legacy.size(), 1);
        QVERIFY(store.markFailed(legacy.at(0).id, 422, QStringLiteral("bad"), m_clock.now()).ok());
        // A failed legacy head blocks later legacy events for that key, never the new CRM's.
        QVERIFY(store.claimDue(Crm::Legacy, nowMs(), 10).value().isEmpty());
        auto fresh = store.claimDue(Crm::New, nowMs(), 10).value();
        QCOMPARE(fresh.size(), 1);
        QCOMPARE(fresh.at(0).crm, Crm::New);
    }

    void respectsTheLimitAndTheDueTime()
    {
        for (int i = 0; i < 5; ++i)
            enqueue(QStringLiteral("K%1").arg(i), {Crm::New});
        OutboxStore store(*m_db);
        auto two = store.claimDue(Crm::New, nowMs(), 2).value();
        QCOMPARE(two.size(), 2);
        QVERIFY(store.markRetry(two.at(0).id, 503, QStringLiteral("busy"), nowMs() + 5000).ok());
        auto rest = store.claimDue(Crm::New, nowMs(), 10).value();
        QCOMPARE(rest.size(), 3); // the retried row is not due yet
        QCOMPARE(store.nextDueMs(Crm::New).value().value_or(-1), nowMs() + 5000);
        m_clock.advanceMs(5000);
        auto retried = store.claimDue(Crm::New, nowMs(), 10).value();
        QCOMPARE(retried.size(), 1);
        QCOMPARE(retried.at(0).id, two.at(0).id);
        QCOMPARE(retried.at(0).attempts, 1);
        QCOMPARE(retried.at(0).lastError, QStringLiteral("busy"));
        QCOMPARE(retried.at(0).lastStatus, 503);
    }

    void retryDeferredHeadStillBlocksItsKey()
    {
        enqueue(QStringLiteral("SN9"), {Crm::New});
        enqueue(QStringLiteral("SN9"), {Crm::New});
        OutboxStore store(*m_db);
        auto head = store.claimDue(Crm::New, nowMs(), 10).value();
        QCOMPARE(head.size(), 1);
        QVERIFY(store.markRetry(head.at(0).id, 0, QStringLiteral("timeout"), nowMs() + 1000).ok());
        QVERIFY(store.claimDue(Crm::New, nowMs(), 10).value().isEmpty());
    }

    void answersRecordStateAndText()
    {
        enqueue(QStringLiteral("A"), {Crm::New});
        enqueue(QStringLiteral("B"), {Crm::New});
        OutboxStore store(*m_db);
        auto rows = store.claimDue(Crm::New, nowMs(), 10).value();
        QCOMPARE(rows.size(), 2);
        QVERIFY(store.markDelivered(rows.at(0).id, 201, QStringLiteral("{\"status\":\"ok\"}"), m_clock.now()).ok());
        QVERIFY(store.markFailed(rows.at(1).id, 422, QStringLiteral("data.serials: required"), m_clock.now()).ok());
        auto delivered = store.get(rows.at(0).id).value();
        QVERIFY(delivered.has_value());
        QCOMPARE(delivered->row.state, OutboxState::Delivered);
        QCOMPARE(delivered->row.attempts, 1);
        QCOMPARE(delivered->response, QStringLiteral("{\"status\":\"ok\"}"));
        QCOMPARE(delivered->row.deliveredAt, m_clock.now().toString(Qt::ISODate));
        auto failed = store.get(rows.at(1).id).value();
        QCOMPARE(failed->row.state, OutboxState::Failed);
        QCOMPARE(failed->row.lastError, QStringLiteral("data.serials: required"));
        QVERIFY(!failed->failedAt.isEmpty());
        // A second answer for a row no longer in flight is refused, not silently applied.
        QVERIFY(!store.markDelivered(rows.at(1).id, 200, {}, m_clock.now()).ok());
        QVERIFY(!store.get(999).value().has_value());

        auto sum = store.summary(Crm::New).value();
        QCOMPARE(sum.delivered, 1);
        QCOMPARE(sum.failed, 1);
        QCOMPARE(sum.pending, 0);
        QCOMPARE(sum.lastError, QStringLiteral("data.serials: required"));
        QCOMPARE(sum.lastSuccessAt, m_clock.now().toString(Qt::ISODate));
        QCOMPARE(store.summary(Crm::Legacy).value().delivered, 0);
    }

    void releaseInFlightResendsAfterACrash()
    {
        enqueue(QStringLiteral("A"));
        OutboxStore store(*m_db);
        QCOMPARE(store.claimDue(Crm::Legacy, nowMs(), 10).value().size(), 1);
        QCOMPARE(store.claimDue(Crm::New, nowMs(), 10).value().size(), 1);
        QCOMPARE(store.summary(Crm::Legacy).value().inFlight, 1);
        // "Restart": a new connection on the same file finds the rows in flight and puts them back.
        m_db.reset();
        auto db = Database::open(m_dir.filePath(QStringLiteral("floorbridge.db")));
        QVERIFY(db.ok());
        m_db = std::move(db).value();
        OutboxStore reopened(*m_db);
        QCOMPARE(reopened.releaseInFlight().value(), 2);
        auto again = reopened.claimDue(Crm::Legacy, nowMs(), 10).value();
        QCOMPARE(again.size(), 1);
        QCOMPARE(again.at(0).attempts, 0);
        QCOMPARE(again.at(0).idempotencyKey, again.at(0).eventId + QStringLiteral(":legacy"));
    }

    void adminRetryAndDiscard()
    {
        enqueue(QStringLiteral("A"), {Crm::New});
        enqueue(QStringLiteral("A"), {Crm::New});
        OutboxStore store(*m_db);
        auto head = store.claimDue(Crm::New, nowMs(), 10).value().at(0);
        QVERIFY(store.markFailed(head.id, 409, QStringLiteral("conflict"), m_clock.now()).ok());
        QVERIFY(!store.retryNow(head.id + 1000, nowMs()).ok());
        QVERIFY(store.retryNow(head.id, nowMs()).ok());
        auto again = store.claimDue(Crm::New, nowMs(), 10).value();
        QCOMPARE(again.size(), 1);
        QCOMPARE(again.at(0).id, head.id);
        QCOMPARE(again.at(0).attempts, 0);
        QVERIFY(store.markFailed(head.id, 409, QStringLiteral("conflict"), m_clock.now()).ok());
        QVERIFY(!store.discard(head.id, QStringLiteral("  ")).ok());
        QVERIFY(store.discard(head.id, QStringLiteral("sent by hand")).ok());
        // Discarding the stuck head lets the key move on.
        auto next = store.claimDue(Crm::New, nowMs(), 10).value();
        QCOMPARE(next.size(), 1);
        QVERIFY(next.at(0).id > head.id);
        QVERIFY(!store.discard(next.at(0).id, QStringLiteral("in flight")).ok());
        auto listed = store.list(OutboxFilter{Crm::New, OutboxState::Discarded, {}, {}, 10}).value();
        QCOMPARE(listed.size(), 1);
        QCOMPARE(listed.at(0).lastError, QStringLiteral("Discarded: sent by hand"));
        QCOMPARE(
            store.list(OutboxFilter{{}, {}, QStringLiteral("inward.submitted"), QStringLiteral("A"), 0}).value().size(),
            2);
    }

    void discardingAHeadHandsTheKeyToTheNextRow()
    {
        const QString first = enqueue(QStringLiteral("SN7"), {Crm::New});
        enqueue(QStringLiteral("SN7"), {Crm::New});
        OutboxStore store(*m_db);
        auto claimed = store.claimDue(Crm::New, nowMs(), 10);
        QCOMPARE(claimed.value().size(), 1);
        QVERIFY(store.markFailed(claimed.value().at(0).id, 422, QStringLiteral("bad"), m_clock.now()).ok());
        QCOMPARE(store.claimDue(Crm::New, nowMs(), 10).value().size(), 0); // a FAILED head holds its key
        QVERIFY(store.discard(claimed.value().at(0).id, QStringLiteral("duplicate of INV-9")).ok());
        auto next = store.claimDue(Crm::New, nowMs(), 10);
        QCOMPARE(next.value().size(), 1);
        QVERIFY(next.value().at(0).eventId != first);
        // Rows changed behind the store's back are repaired at start-up.
        QVERIFY(m_db->exec(QStringLiteral("UPDATE outbox SET ready = 0")).ok());
        QVERIFY(store.refreshReady().ok());
        QCOMPARE(count(QStringLiteral("ready = 1 AND state = 'IN_FLIGHT'")), 1);
    }

    void failedQueueIsRetriedOnScheduleUpToTheCap()
    {
        enqueue(QStringLiteral("SN8"), {Crm::Legacy});
        OutboxStore store(*m_db);
        const qint64 hour = 3600 * 1000;
        for (int round = 0; round < 3; ++round) {
            auto claimed = store.claimDue(Crm::Legacy, nowMs(), 10);
            QCOMPARE(claimed.value().size(), 1);
            QVERIFY(store.markFailed(claimed.value().at(0).id, 503, QStringLiteral("down"), m_clock.now()).ok());
            // Not yet an hour: stays failed.
            m_clock.advanceMs(hour - 1);
            QCOMPARE(store.requeueFailed(Crm::Legacy, nowMs(), nowMs() - hour, 2, 9).value(), 0);
            m_clock.advanceMs(1);
            const int expected = round < 2 ? 1 : 0; // the cap: two scheduled retries, then only an admin
            QCOMPARE(store.requeueFailed(Crm::Legacy, nowMs(), nowMs() - hour, 2, 9).value(), expected);
            if (expected == 0)
                break;
            QCOMPARE(count(QStringLiteral("state = 'PENDING' AND attempts = 9 AND failed_retries = %1").arg(round + 1)),
                     1);
        }
        QCOMPARE(count(QStringLiteral("state = 'FAILED'")), 1);
        QVERIFY(!store.nextFailedRetryMs(Crm::Legacy, 2).value().has_value());
    }

    void summaryQueriesUseIndexesNotScans()
    {
        for (int i = 0; i < 50; ++i)
            enqueue(QStringLiteral("K%1").arg(i % 5));
        OutboxStore store(*m_db);
        auto claimed = store.claimDue(Crm::Legacy, nowMs(), 3);
        for (const OutboxRow &r : claimed.value())
            QVERIFY(store.markDelivered(r.id, 200, QStringLiteral("{}"), m_clock.now()).ok());
        auto summary = store.summary(Crm::Legacy);
        QVERIFY2(summary.ok(), qPrintable(summary.message()));
        QCOMPARE(summary.value().delivered, 3);
        QCOMPARE(summary.value().pending, 47);
        QVERIFY(!summary.value().lastSuccessAt.isEmpty());
        QCOMPARE(store.summary(Crm::New).value().pending, 50);
        // The figures the status bar polls every second never walk the delivered rows.
        const QStringList queries{
            QStringLiteral("SELECT MIN(created_ms) FROM outbox WHERE crm = 'legacy' AND state IN "
                           "('PENDING','IN_FLIGHT')"),
            QStringLiteral("SELECT delivered_at FROM outbox WHERE crm = 'legacy' AND state = 'DELIVERED' ORDER BY "
                           "delivered_ms DESC LIMIT 1"),
            QStringLiteral("SELECT last_error FROM outbox WHERE crm = 'legacy' AND state IN "
                           "('PENDING','IN_FLIGHT','FAILED') AND last_error <> '' ORDER BY id DESC LIMIT 1"),
            QStringLiteral("SELECT MIN(o.next_attempt_at) FROM outbox o WHERE o.crm = 'legacy' AND o.ready = 1 AND "
                           "o.state = 'PENDING'"),
        };
        for (const QString &sql : queries) {
            auto plan = m_db->exec(QStringLiteral("EXPLAIN QUERY PLAN ") + sql);
            QVERIFY(plan.ok());
            QString text;
            while (plan.value().next())
                text += plan.value().value(3).toString() + QLatin1Char('\n');
            QVERIFY2(text.contains(QStringLiteral("USING INDEX")) || text.contains(QStringLiteral("USING COVERING")),
                     qPrintable(sql + QStringLiteral(" → ") + text));
            QVERIFY2(!text.contains(QStringLiteral("TEMP B-TREE")), qPrintable(sql + QStringLiteral(" → ") + text));
        }
    }

    void failedBusinessWriteLeavesNoOutboxRow()
    {
        OutboxWriter writer(*m_db, m_clock);
        Status s = m_db->write([&]() -> Status {
            auto id =
                writer.enqueue(m_actor, OutboxEvent{QStringLiteral("inward.submitted"),
                                                    QStringList{QStringLiteral("SN1")}, QJsonObject{}, allCrms()});
            if (!id.ok())
                return id.error();
            // The business change after the enqueue breaks a constraint: the whole action must vanish.
            auto bad = m_db->exec(QStringLiteral("INSERT INTO warehouses(code, name, updated_at) VALUES(?, NULL, ?)"),
                                  {QStringLiteral("WH1"), QStringLiteral("x")});
            if (!bad.ok())
                return bad.error();
            return Ok{};
        });
        QVERIFY(!s.ok());
        QCOMPARE(count(), 0);
        auto wh = m_db->exec(QStringLiteral("SELECT COUNT(*) FROM warehouses"));
        QVERIFY(wh.value().next());
        QCOMPARE(wh.value().value(0).toInt(), 0);
    }

    void committedBusinessWriteLeavesOneRowPerCrm()
    {
        OutboxWriter writer(*m_db, m_clock);
        QString eventId;
        Status s = m_db->write([&]() -> Status {
            auto ok = m_db->exec(QStringLiteral("INSERT INTO warehouses(code, name, updated_at) VALUES(?, ?, ?)"),
                                 {QStringLiteral("WH1"), QStringLiteral("Main"), QStringLiteral("x")});
            if (!ok.ok())
                return ok.error();
            auto id =
                writer.enqueue(m_actor, OutboxEvent{QStringLiteral("inward.submitted"),
                                                    QStringList{QStringLiteral("SN1")}, QJsonObject{}, allCrms()});
            if (!id.ok())
                return id.error();
            eventId = id.value();
            return Ok{};
        });
        QVERIFY2(s.ok(), qPrintable(s.message()));
        QCOMPARE(count(), 2);
        QCOMPARE(count(QStringLiteral("crm = 'legacy'")), 1);
        QCOMPARE(count(QStringLiteral("crm = 'new'")), 1);
        OutboxStore store(*m_db);
        auto rows = store.list(OutboxFilter{}).value();
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0).eventId, eventId);
        QCOMPARE(rows.at(1).eventId, eventId);
        QVERIFY(rows.at(0).idempotencyKey != rows.at(1).idempotencyKey);
    }
};

QTEST_GUILESS_MAIN(TestOutboxStore)
#include "TestOutboxStore.moc"
