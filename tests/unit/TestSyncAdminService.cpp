// The Sync page's and floorbridge-ctl outbox's core service on a real SQLite file: the failed queue, one row in full,
// retry / discard / pause / resume refused to roles without ManageSync by the service itself, a discard without a
// reason refused naming the field, and every action in the audit log — written with the change or not at all.
#include "app/services/SyncAdminService.h"
#include "app/storage/AuditLog.h"
#include "app/storage/Database.h"
#include "app/storage/Outbox.h"
#include "app/storage/OutboxStore.h"
#include "app/storage/SettingsStore.h"
#include "app/storage/SyncMetrics.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace fb;

class TestSyncAdminService : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    FakeClock m_clock;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<SettingsStore> m_settings;
    int m_case = 0;
    const Actor m_admin{QStringLiteral("A001"), QStringLiteral("Asha"), Role::Admin, QStringLiteral("ST01")};
    const Actor m_warehouse{QStringLiteral("W001"), QStringLiteral("Wasim"), Role::Warehouse, QStringLiteral("ST01")};
    const Actor m_technician{QStringLiteral("T100"), QStringLiteral("Tara"), Role::Technician, QStringLiteral("ST01")};
    const Actor m_supervisor{QStringLiteral("S001"), QStringLiteral("Sunil"), Role::Supervisor, QStringLiteral("ST01")};

    SyncAdminService service() { return SyncAdminService(*m_db, *m_settings, m_clock); }

    // One event for the legacy CRM that the CRM refused for good: a row in the failed queue.
    qint64 failedRow(const QString &key)
    {
        Status s = m_db->write([&]() -> Status {
            auto id = OutboxWriter(*m_db, m_clock)
                          .enqueue(m_warehouse, OutboxEvent{QStringLiteral("inward.submitted"),
                                                            QStringList{key},
                                                            QJsonObject{{QStringLiteral("serial"), key}},
                                                            {Crm::Legacy}});
            return id.ok() ? Status(Ok{}) : Status(id.error());
        });
        if (!s)
            qFatal("enqueue: %s", qPrintable(s.message()));
        OutboxStore store(*m_db);
        auto claimed = store.claimDue(Crm::Legacy, m_clock.now().toMSecsSinceEpoch(), 10).value();
        for (const OutboxRow &r : claimed) {
            if (!store.markFailed(r.id, 422, QStringLiteral("HTTP 422: warehouse_code: unknown warehouse WH9"),
                                  m_clock.now()))
                qFatal("markFailed");
        }
        return claimed.isEmpty() ? 0 : claimed.constLast().id;
    }

    OutboxState state(qint64 id) { return OutboxStore(*m_db).get(id).value()->row.state; }
    QStringList auditActions()
    {
        QStringList out;
        const QList<AuditEntry> entries = AuditLog(*m_db).recent(50).value();
        for (const AuditEntry &e : entries)
            out.prepend(e.action + QLatin1Char(' ') + e.subject + QLatin1Char(' ') + e.operatorCode);
        return out;
    }

private slots:
    void init()
    {
        m_settings.reset();
        m_db.reset();
        auto db = Database::open(m_dir.filePath(QStringLiteral("case%1.db").arg(++m_case)));
        QVERIFY2(db.ok(), qPrintable(db.message()));
        m_db = std::move(db).value();
        m_settings = std::make_unique<SettingsStore>(*m_db);
    }

    void failedQueueAndInspectShowWhatTheCrmSaid()
    {
        const qint64 id = failedRow(QStringLiteral("SN1"));
        auto failed = service().failedQueue();
        QVERIFY2(failed.ok(), qPrintable(failed.message()));
        QCOMPARE(failed->size(), 1);
        QCOMPARE(failed->first().row.id, id);
        QVERIFY(!failed->first().failedAt.isEmpty());
        auto row = service().inspect(id);
        QVERIFY(row.ok());
        QVERIFY(row->row.payload.contains(QStringLiteral("SN1")));
        QCOMPARE(row->row.lastStatus, 422);
        QVERIFY(row->row.lastError.contains(QStringLiteral("unknown warehouse")));
        QCOMPARE(row->row.attempts, 1);
        auto missing = service().inspect(id + 100);
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().code, QStringLiteral("outbox.unknown"));
    }

    void lowerRolesAreRefusedByTheServiceItself()
    {
        const qint64 id = failedRow(QStringLiteral("SN1"));
        for (const Actor &who : {m_warehouse, m_technician, m_supervisor}) {
            Status retry = service().retryNow(who, id);
            QVERIFY(!retry.ok());
            QCOMPARE(retry.error().code, QStringLiteral("auth.forbidden"));
            QVERIFY2(retry.message().contains(who.operatorCode), qPrintable(retry.message()));
            Status discard = service().discard(who, id, QStringLiteral("duplicate"));
            QCOMPARE(discard.error().code, QStringLiteral("auth.forbidden"));
            QCOMPARE(service().pause(who, Crm::Legacy, QStringLiteral("maintenance")).error().code,
                     QStringLiteral("auth.forbidden"));
            QCOMPARE(service().resume(who, Crm::Legacy).error().code, QStringLiteral("auth.forbidden"));
        }
        QCOMPARE(service().retryNow(Actor{}, id).error().code, QStringLiteral("auth.not_logged_in"));
        // Nothing changed, nothing audited.
        QCOMPARE(state(id), OutboxState::Failed);
        QVERIFY(m_settings->value(SyncHealth::pausedKey(Crm::Legacy)).isEmpty());
        QVERIFY(auditActions().isEmpty());
    }

    void discardNeedsAReasonNamingTheField()
    {
        const qint64 id = failedRow(QStringLiteral("SN1"));
        for (const QString &blank : {QString(), QStringLiteral("   ")}) {
            Status s = service().discard(m_admin, id, blank);
            QVERIFY(!s.ok());
            QCOMPARE(s.error().field, QStringLiteral("reason"));
            QVERIFY2(s.message().contains(QStringLiteral("reason")), qPrintable(s.message()));
        }
        QCOMPARE(state(id), OutboxState::Failed);
        QVERIFY(auditActions().isEmpty());
    }

    void actionsAreAuditedWithTheChange()
    {
        const qint64 retried = failedRow(QStringLiteral("SN1"));
        const qint64 dropped = failedRow(QStringLiteral("SN2"));
        QVERIFY(service().retryNow(m_admin, retried).ok());
        QCOMPARE(state(retried), OutboxState::Pending);
        QCOMPARE(OutboxStore(*m_db).get(retried).value()->row.attempts, 0);
        QVERIFY(service().discard(m_admin, dropped, QStringLiteral("  sent by hand in the CRM  ")).ok());
        QCOMPARE(state(dropped), OutboxState::Discarded);
        QVERIFY(service().pause(m_admin, Crm::New, QStringLiteral("CRM upgrade tonight")).ok());
        QCOMPARE(m_settings->value(SyncHealth::pausedKey(Crm::New)), QStringLiteral("CRM upgrade tonight"));
        QVERIFY(service().resume(m_admin, Crm::New).ok());
        QVERIFY(m_settings->value(SyncHealth::pausedKey(Crm::New)).isEmpty());
        QCOMPARE(auditActions(),
                 (QStringList{QStringLiteral("outbox.retry %1 A001").arg(retried),
                              QStringLiteral("outbox.discard %1 A001").arg(dropped),
                              QStringLiteral("sync.pause new A001"), QStringLiteral("sync.resume new A001")}));
        const AuditEntry discard = AuditLog(*m_db).recent(1, QString::number(dropped)).value().first();
        QCOMPARE(discard.details, QStringLiteral("sent by hand in the CRM"));
        // A row no longer in the failed queue cannot be discarded again: refused, not audited twice.
        Status again = service().discard(m_admin, dropped, QStringLiteral("again"));
        QCOMPARE(again.error().code, QStringLiteral("outbox.state"));
        QCOMPARE(auditActions().size(), 4);
        QVERIFY(service().failedQueue()->isEmpty());
    }

    void overviewFiguresAreSyncMetricsOfTheLastHour()
    {
        SyncMetrics metrics(*m_db);
        const qint64 now = m_clock.now().toMSecsSinceEpoch();
        QVERIFY(metrics.record(Crm::New, 1, 500, QStringLiteral("transient"), 900, now - 2 * 3600 * 1000).ok());
        for (int i = 1; i <= 10; ++i)
            QVERIFY(metrics.record(Crm::New, i, 201, QStringLiteral("delivered"), i * 10, now - 60000).ok());
        QVERIFY(metrics.record(Crm::New, 11, 503, QStringLiteral("transient"), 5, now - 1000).ok());
        auto o = service().overview(Crm::New);
        QVERIFY2(o.ok(), qPrintable(o.message()));
        const SyncFigures expected = metrics.figures(Crm::New, now - SyncMetrics::kWindowMs).value();
        QCOMPARE(o->lastHour.attempts, 11);
        QCOMPARE(o->lastHour.attempts, expected.attempts);
        QCOMPARE(o->lastHour.errors, 1);
        QCOMPARE(o->lastHour.p50Ms, expected.p50Ms);
        QCOMPARE(o->lastHour.p95Ms, expected.p95Ms);
        QCOMPARE(o->health.crm, Crm::New);
    }
};

QTEST_GUILESS_MAIN(TestSyncAdminService)
#include "TestSyncAdminService.moc"
