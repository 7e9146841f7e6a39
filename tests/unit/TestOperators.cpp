// Login, lock-out, the first admin, and the permission matrix enforced by the services themselves.
#include "app/domain/Actor.h"
#include "app/services/OperatorService.h"
#include "app/services/Station.h"
#include "app/storage/AuditLog.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace fb;

class TestOperators : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    FakeClock m_clock;
    std::unique_ptr<Station> m_station;

    OperatorService service() { return OperatorService(m_station->db(), m_station->settings(), m_clock); }

private slots:
    void init()
    {
        m_station.reset();
        QFile::remove(m_dir.filePath(QStringLiteral("floorbridge.db")));
        QFile::remove(m_dir.filePath(QStringLiteral("floorbridge.db-wal")));
        QFile::remove(m_dir.filePath(QStringLiteral("floorbridge.db-shm")));
        auto s = Station::open(m_dir.path(), m_clock);
        QVERIFY2(s.ok(), qPrintable(s.message()));
        m_station = std::move(s).value();
    }

    void firstRunCreatesTheAdminOnce()
    {
        auto ops = service();
        QVERIFY(ops.needsFirstAdmin());
        auto admin = ops.createFirstAdmin(QStringLiteral("A001"), QStringLiteral("Asha Admin"), QStringLiteral("1234"));
        QVERIFY2(admin.ok(), qPrintable(admin.message()));
        QCOMPARE(admin->role, Role::Admin);
        QVERIFY(!ops.needsFirstAdmin());
        auto second = ops.createFirstAdmin(QStringLiteral("A002"), QStringLiteral("Other"), QStringLiteral("1234"));
        QVERIFY(!second.ok());
        QCOMPARE(second.error().code, QStringLiteral("auth.not_first"));
    }

    void pinIsStoredAsASaltedSlowHash()
    {
        auto ops = service();
        QVERIFY(ops.createFirstAdmin(QStringLiteral("A001"), QStringLiteral("Asha"), QStringLiteral("4321")).ok());
        auto admin = ops.login(QStringLiteral("A001"), QStringLiteral("4321"));
        QVERIFY2(admin.ok(), qPrintable(admin.message()));
        QVERIFY(ops.createOperator(*admin, QStringLiteral("W001"), QStringLiteral("Wasim"), Role::Warehouse,
                                   QStringLiteral("4321"))
                    .ok());
        auto q = m_station->db().exec(QStringLiteral("SELECT pin_hash, pin_salt, pin_iterations FROM operators"));
        QSqlQuery rows = std::move(q).value();
        QList<QByteArray> hashes;
        while (rows.next()) {
            QVERIFY(!rows.value(0).toByteArray().contains("4321"));
            QCOMPARE(rows.value(1).toByteArray().size(), 16);
            QVERIFY(rows.value(2).toInt() >= 10000);
            hashes.append(rows.value(0).toByteArray());
        }
        QCOMPARE(hashes.size(), 2);
        QVERIFY(hashes[0] != hashes[1]); // same PIN, different salt
    }

    void loginAcceptsRightPinAndBadgeCaseRefusesWrong()
    {
        auto ops = service();
        QVERIFY(ops.createFirstAdmin(QStringLiteral("A001"), QStringLiteral("Asha"), QStringLiteral("1234")).ok());
        auto ok = ops.login(QStringLiteral(" a001 "), QStringLiteral("1234"));
        QVERIFY2(ok.ok(), qPrintable(ok.message()));
        QCOMPARE(ok->operatorCode, QStringLiteral("A001"));
        QCOMPARE(ok->stationId, QStringLiteral("ST01"));
        auto wrong = ops.login(QStringLiteral("A001"), QStringLiteral("9999"));
        QVERIFY(!wrong.ok());
        QCOMPARE(wrong.error().code, QStringLiteral("auth.wrong"));
        QVERIFY(wrong.message().contains(QStringLiteral("attempt")));
        auto unknown = ops.login(QStringLiteral("ZZ99"), QStringLiteral("1234"));
        QCOMPARE(unknown.error().code, QStringLiteral("auth.wrong"));
    }

    void repeatedWrongPinsLockTheOperatorUntilTimeOrUnlock()
    {
        auto ops = service();
        QVERIFY(m_station->settings().setValue(QStringLiteral("auth.max_attempts"), QStringLiteral("3")).ok());
        QVERIFY(ops.createFirstAdmin(QStringLiteral("A001"), QStringLiteral("Asha"), QStringLiteral("1234")).ok());
        const Actor admin = *ops.login(QStringLiteral("A001"), QStringLiteral("1234"));
        QVERIFY(ops.createOperator(admin, QStringLiteral("W001"), QStringLiteral("Wasim"), Role::Warehouse,
                                   QStringLiteral("2222"))
                    .ok());
        for (int i = 0; i < 2; ++i)
            QCOMPARE(ops.login(QStringLiteral("W001"), QStringLiteral("0000")).error().code,
                     QStringLiteral("auth.wrong"));
        auto third = ops.login(QStringLiteral("W001"), QStringLiteral("0000"));
        QCOMPARE(third.error().code, QStringLiteral("auth.locked"));
        // Even the right PIN is refused while locked.
        auto locked = ops.login(QStringLiteral("W001"), QStringLiteral("2222"));
        QCOMPARE(locked.error().code, QStringLiteral("auth.locked"));
        QVERIFY(locked.message().contains(QStringLiteral("min")));
        m_clock.advanceMs(6 * 60 * 1000);
        QVERIFY(ops.login(QStringLiteral("W001"), QStringLiteral("2222")).ok());
        // Lock again, then a supervisor-or-admin unlock lets the operator in at once.
        for (int i = 0; i < 3; ++i)
            (void)ops.login(QStringLiteral("W001"), QStringLiteral("0000"));
        QCOMPARE(ops.login(QStringLiteral("W001"), QStringLiteral("2222")).error().code, QStringLiteral("auth.locked"));
        QVERIFY(ops.unlock(admin, QStringLiteral("W001")).ok());
        QVERIFY(ops.login(QStringLiteral("W001"), QStringLiteral("2222")).ok());
    }

    void servicesRefuseLowerRolesThemselves_data()
    {
        QTest::addColumn<Role>("role");
        QTest::addColumn<bool>("mayManageOperators");
        QTest::newRow("warehouse") << Role::Warehouse << false;
        QTest::newRow("technician") << Role::Technician << false;
        QTest::newRow("supervisor") << Role::Supervisor << false;
        QTest::newRow("admin") << Role::Admin << true;
    }

    void servicesRefuseLowerRolesThemselves()
    {
        QFETCH(Role, role);
        QFETCH(bool, mayManageOperators);
        auto ops = service();
        QVERIFY(ops.createFirstAdmin(QStringLiteral("A001"), QStringLiteral("Asha"), QStringLiteral("1234")).ok());
        // Called directly, as a script or a bug in the UI would: the service itself says no.
        const Actor actor{QStringLiteral("X001"), QStringLiteral("X"), role, QStringLiteral("ST01")};
        Status s = ops.createOperator(actor, QStringLiteral("N001"), QStringLiteral("New"), Role::Admin,
                                      QStringLiteral("5555"));
        QCOMPARE(s.ok(), mayManageOperators);
        if (!mayManageOperators) {
            QCOMPARE(s.error().code, QStringLiteral("auth.forbidden"));
            QVERIFY2(s.message().contains(QStringLiteral("needs the Admin role")), qPrintable(s.message()));
            QVERIFY(!ops.login(QStringLiteral("N001"), QStringLiteral("5555")).ok());
        }
    }

    void permissionMatrix_data()
    {
        QTest::addColumn<Role>("role");
        QTest::addColumn<Permission>("permission");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("warehouse inwards") << Role::Warehouse << Permission::Inward << true;
        QTest::newRow("warehouse dispatches") << Role::Warehouse << Permission::Dispatch << true;
        QTest::newRow("warehouse no complaints") << Role::Warehouse << Permission::RegisterComplaint << false;
        QTest::newRow("warehouse no approvals") << Role::Warehouse << Permission::ApproveSpares << false;
        QTest::newRow("technician complaints") << Role::Technician << Permission::RegisterComplaint << true;
        QTest::newRow("technician parts") << Role::Technician << Permission::RequestParts << true;
        QTest::newRow("technician no inward") << Role::Technician << Permission::Inward << false;
        QTest::newRow("technician no approvals") << Role::Technician << Permission::ApproveSpares << false;
        QTest::newRow("supervisor approves") << Role::Supervisor << Permission::ApproveSpares << true;
        QTest::newRow("supervisor overrides") << Role::Supervisor << Permission::OverrideSerialCheck << true;
        QTest::newRow("supervisor no credentials") << Role::Supervisor << Permission::ManageCredentials << false;
        QTest::newRow("admin credentials") << Role::Admin << Permission::ManageCredentials << true;
        QTest::newRow("admin sync") << Role::Admin << Permission::ManageSync << true;
        QTest::newRow("admin does not approve spares") << Role::Admin << Permission::ApproveSpares << false;
    }

    void permissionMatrix()
    {
        QFETCH(Role, role);
        QFETCH(Permission, permission);
        QFETCH(bool, allowed);
        QCOMPARE(roleAllows(role, permission), allowed);
        const Status s =
            require(Actor{QStringLiteral("U1"), QStringLiteral("U"), role, QStringLiteral("ST01")}, permission);
        QCOMPARE(s.ok(), allowed);
        if (!allowed)
            QVERIFY(s.message().contains(permissionTitle(permission)));
    }

    void auditLogRecordsWhoAndCannotBeRewritten()
    {
        auto ops = service();
        QVERIFY(ops.createFirstAdmin(QStringLiteral("A001"), QStringLiteral("Asha"), QStringLiteral("1234")).ok());
        QVERIFY(ops.login(QStringLiteral("A001"), QStringLiteral("1234")).ok());
        auto entries = AuditLog(m_station->db()).recent(10);
        QVERIFY(entries.ok());
        QVERIFY(entries->size() >= 2);
        QCOMPARE(entries->first().action, QStringLiteral("auth.login"));
        QCOMPARE(entries->first().operatorCode, QStringLiteral("A001"));
        QCOMPARE(entries->first().stationId, QStringLiteral("ST01"));
        QVERIFY(!m_station->db().exec(QStringLiteral("UPDATE audit_log SET operator_code='X'")).ok());
        QVERIFY(!m_station->db().exec(QStringLiteral("DELETE FROM audit_log")).ok());
        QCOMPARE(AuditLog(m_station->db()).recent(10)->size(), entries->size());
    }
};

QTEST_GUILESS_MAIN(TestOperators)
#include "TestOperators.moc"
