// Opening a station database: fresh, upgraded, refused when newer, and clear messages for broken files.
#include "app/storage/Database.h"
#include "app/storage/Migrations.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace fb;

class TestMigrations : public QObject
{
    Q_OBJECT

private slots:
    void freshDatabaseGetsLatestSchemaAndPragmas()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("a/b/floorbridge.db")));
        QVERIFY2(db.ok(), qPrintable(db.message()));
        QCOMPARE(db.value()->schemaVersion(), Database::latestSchemaVersion());
        QSqlQuery q(db.value()->handle());
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        QVERIFY(q.exec(QStringLiteral("PRAGMA synchronous")) && q.next());
        QCOMPARE(q.value(0).toInt(), 2); // FULL
        for (const char *table : {"operators", "audit_log", "outbox", "serials", "movements", "settings"}) {
            QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table))));
        }
    }

    void serialAuditHistoryUsesAnIndex()
    {
        // The lookup dialog lists a serial's audit entries (label prints) on every lookup: never a full log scan.
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("floorbridge.db")));
        QVERIFY2(db.ok(), qPrintable(db.message()));
        QSqlQuery q(db.value()->handle());
        QVERIFY(q.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT id FROM audit_log WHERE subject = "
                                      "'CGSTV322509251001' ORDER BY id DESC LIMIT 1000")));
        QString plan;
        while (q.next())
            plan += q.value(3).toString() + u'\n';
        QVERIFY2(plan.contains(QStringLiteral("audit_log_subject")), qPrintable(plan));
        QVERIFY2(!plan.contains(QStringLiteral("TEMP B-TREE")), qPrintable(plan));
    }

    void upgradeKeepsData()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("floorbridge.db"));
        const int from = Database::latestSchemaVersion() - 1;
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            raw.setDatabaseName(path);
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            for (const Migration &m : migrations()) {
                if (m.version > from)
                    break;
                for (const QString &sql : m.statements)
                    QVERIFY2(q.exec(sql), qPrintable(q.lastError().text()));
            }
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version=%1").arg(from)));
            // Data written by the older version (a scratch table when upgrading from an empty file).
            const QString table = from >= 1 ? QStringLiteral("settings") : QStringLiteral("keepme");
            QVERIFY(
                q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS %1 (key TEXT PRIMARY KEY, value TEXT)").arg(table)));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO %1 VALUES('station.id','ST07')").arg(table)));
            q.finish();
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        auto db = Database::open(path);
        QVERIFY2(db.ok(), qPrintable(db.message()));
        QCOMPARE(db.value()->schemaVersion(), Database::latestSchemaVersion());
        auto q = db.value()->exec(QStringLiteral("SELECT value FROM %1 WHERE key='station.id'")
                                      .arg(from >= 1 ? QStringLiteral("settings") : QStringLiteral("keepme")));
        QVERIFY(q.ok());
        QSqlQuery rows = std::move(q).value();
        QVERIFY(rows.next());
        QCOMPARE(rows.value(0).toString(), QStringLiteral("ST07"));
    }

    void newerDatabaseIsRefusedAndUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("floorbridge.db"));
        {
            auto db = Database::open(path);
            QVERIFY(db.ok());
            QVERIFY(db.value()
                        ->exec(QStringLiteral("PRAGMA user_version=%1").arg(Database::latestSchemaVersion() + 5))
                        .ok());
            QVERIFY(db.value()->exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")).ok());
        }
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray before = f.readAll();
        f.close();
        auto db = Database::open(path);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().code, QStringLiteral("db.newer"));
        QVERIFY2(db.message().contains(QStringLiteral("newer Floorbridge")), qPrintable(db.message()));
        QVERIFY(db.message().contains(path));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), before);
    }

    void corruptFileGetsAMessageNamingIt()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("floorbridge.db"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(8192, 'x'));
        f.close();
        auto db = Database::open(path);
        QVERIFY(!db.ok());
        QVERIFY2(db.message().contains(path), qPrintable(db.message()));
        QVERIFY2(db.message().contains(QStringLiteral("damaged")), qPrintable(db.message()));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray(8192, 'x'));
    }

    void unwritableFolderGetsAMessage()
    {
        // A data folder that cannot be created (its parent is a file) — the same answer a permission problem gets.
        QTemporaryDir dir;
        QFile blocker(dir.filePath(QStringLiteral("not-a-folder")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        auto db = Database::open(dir.filePath(QStringLiteral("not-a-folder/station/floorbridge.db")));
        QVERIFY(!db.ok());
        QCOMPARE(db.error().field, QStringLiteral("data-dir"));
        QVERIFY2(db.message().contains(QStringLiteral("--data-dir")), qPrintable(db.message()));
    }

    void readOnlyDatabaseRefusesWritesWithMessage()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("floorbridge.db"));
        {
            auto db = Database::open(path);
            QVERIFY(db.ok());
        }
        auto ro = Database::open(path, Database::Mode::ReadOnly);
        QVERIFY2(ro.ok(), qPrintable(ro.message()));
        Status s = ro.value()->write([&] {
            auto q = ro.value()->exec(QStringLiteral("INSERT INTO settings VALUES('a','b')"));
            return q.ok() ? Status(Ok{}) : Status(q.error());
        });
        QVERIFY(!s.ok());
        QVERIFY2(s.message().contains(path), qPrintable(s.message()));
    }

    void lockedDatabaseGetsAMessage()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("floorbridge.db"));
        auto a = Database::open(path);
        QVERIFY(a.ok());
        QVERIFY(a.value()->exec(QStringLiteral("BEGIN IMMEDIATE")).ok());
        auto b = Database::open(path);
        QVERIFY(b.ok());
        QVERIFY(b.value()->exec(QStringLiteral("PRAGMA busy_timeout=50")).ok());
        Status s = b.value()->write([] { return Status(Ok{}); });
        QVERIFY(!s.ok());
        QVERIFY2(s.message().contains(QStringLiteral("locked")), qPrintable(s.message()));
        QVERIFY(a.value()->exec(QStringLiteral("ROLLBACK")).ok());
        QVERIFY(b.value()->write([] { return Status(Ok{}); }).ok());
    }

    void failedWriteRollsBackEverything()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("floorbridge.db")));
        QVERIFY(db.ok());
        Database &d = *db.value();
        Status s = d.write([&]() -> Status {
            if (!d.exec(QStringLiteral("INSERT INTO settings VALUES('x','1')")).ok())
                return makeError(QStringLiteral("unexpected"));
            return makeError(QStringLiteral("second step failed"));
        });
        QVERIFY(!s.ok());
        auto q = d.exec(QStringLiteral("SELECT COUNT(*) FROM settings WHERE key='x'"));
        QSqlQuery rows = std::move(q).value();
        QVERIFY(rows.next());
        QCOMPARE(rows.value(0).toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "TestMigrations.moc"
