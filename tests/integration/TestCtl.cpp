// floorbridge-ctl as an admin and a script use it: version, config, operators and permissions, status, outbox.
#include "CrmSimProcess.h"
#include "CtlProcess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace fb::test;

class TestCtl : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString station() const { return m_dir.filePath(QStringLiteral("station")); }

private slots:
    void initTestCase()
    {
        QVERIFY(!qEnvironmentVariableIsEmpty("FB_CTL"));
        QVERIFY(m_dir.isValid());
    }

    void versionIsTheProjectVersion()
    {
        auto r = runCtl(station(), {QStringLiteral("--version")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith(QStringLiteral("floorbridge-ctl ")), qPrintable(r.out));
        QVERIFY(r.out.contains(QRegularExpression(QStringLiteral("\\d+\\.\\d+\\.\\d+"))));
    }

    void configSetGetAndRefusals()
    {
        auto set = runCtl(station(), {QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("station.id"),
                                      QStringLiteral("ST07")});
        QCOMPARE(set.exitCode, 0);
        auto get = runCtl(station(), {QStringLiteral("config"), QStringLiteral("get"), QStringLiteral("station.id")});
        QCOMPARE(get.exitCode, 0);
        QCOMPARE(get.out.trimmed(), QStringLiteral("ST07"));
        auto badUrl = runCtl(station(), {QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("crm.new.url"),
                                         QStringLiteral("not a url")});
        QCOMPARE(badUrl.exitCode, 1);
        QVERIFY2(badUrl.err.contains(QStringLiteral("crm.new.url")), qPrintable(badUrl.err));
        auto secret = runCtl(station(), {QStringLiteral("config"), QStringLiteral("set"),
                                         QStringLiteral("crm.legacy.token"), QStringLiteral("abc")});
        QCOMPARE(secret.exitCode, 1);
        QVERIFY2(secret.err.contains(QStringLiteral("keychain")), qPrintable(secret.err));
        auto unset =
            runCtl(station(), {QStringLiteral("config"), QStringLiteral("get"), QStringLiteral("crm.legacy.token")});
        QCOMPARE(unset.exitCode, 1);
    }

    void operatorsAndPermissionsAreEnforcedByTheServices()
    {
        auto first = runCtl(
            station(),
            {QStringLiteral("operator"), QStringLiteral("first-admin"), QStringLiteral("A001"), QStringLiteral("Asha")},
            "1111\n");
        QCOMPARE(first.exitCode, 0);
        auto add = runCtl(station(),
                          {QStringLiteral("operator"), QStringLiteral("add"), QStringLiteral("W001"),
                           QStringLiteral("warehouse"), QStringLiteral("Wasim")},
                          "2222\n", operatorEnv(QStringLiteral("A001"), QStringLiteral("1111")));
        QCOMPARE(add.exitCode, 0);
        // Once a station has operators, configuration needs an admin's login.
        auto anonymous = runCtl(station(), {QStringLiteral("config"), QStringLiteral("set"),
                                            QStringLiteral("station.id"), QStringLiteral("ST08")});
        QCOMPARE(anonymous.exitCode, 4);
        auto warehouse = runCtl(
            station(),
            {QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("station.id"), QStringLiteral("ST08")}, {},
            operatorEnv(QStringLiteral("W001"), QStringLiteral("2222")));
        QCOMPARE(warehouse.exitCode, 4);
        QVERIFY2(warehouse.err.contains(QStringLiteral("needs the Admin role")), qPrintable(warehouse.err));
        auto wrongPin = runCtl(station(), {QStringLiteral("operator"), QStringLiteral("list")}, {},
                               operatorEnv(QStringLiteral("A001"), QStringLiteral("9999")));
        QCOMPARE(wrongPin.exitCode, 4);
        QVERIFY(wrongPin.err.contains(QStringLiteral("not recognised")));
        auto list = runCtl(station(), {QStringLiteral("--json"), QStringLiteral("operator"), QStringLiteral("list")},
                           {}, operatorEnv(QStringLiteral("A001"), QStringLiteral("1111")));
        QCOMPARE(list.exitCode, 0);
        const QJsonArray ops = QJsonDocument::fromJson(list.out.toUtf8()).array();
        QCOMPARE(ops.size(), 2);
        QCOMPARE(ops.at(1).toObject().value(QStringLiteral("role")).toString(), QStringLiteral("warehouse"));
    }

    void statusReportsStationAndBothCrms()
    {
        auto r = runCtl(station(), {QStringLiteral("status"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject s = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(s.value(QStringLiteral("station_id")).toString(), QStringLiteral("ST07"));
        QVERIFY(s.value(QStringLiteral("db_path")).toString().endsWith(QStringLiteral("floorbridge.db")));
        QVERIFY(s.value(QStringLiteral("schema_version")).toInt() >= 1);
        for (const char *crm : {"legacy", "new"}) {
            const QJsonObject c = s.value(QStringLiteral("crms")).toObject().value(QLatin1String(crm)).toObject();
            QVERIFY2(c.contains(QStringLiteral("backlog")) && c.contains(QStringLiteral("failed")) &&
                         c.contains(QStringLiteral("last_error")),
                     crm);
        }
        auto text = runCtl(station(), {QStringLiteral("status")});
        QVERIFY(text.out.contains(QStringLiteral("Legacy CRM")));
        QVERIFY(text.out.contains(QStringLiteral("backlog 0, failed 0")));
    }

    void corruptDatabaseGetsAMessageNotACrash()
    {
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("floorbridge.db")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'z'));
        f.close();
        auto r = runCtl(dir.path(), {QStringLiteral("status")});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(QStringLiteral("damaged")), qPrintable(r.err));
    }

    void everyVerbsHelpSucceeds_data()
    {
        QTest::addColumn<QString>("verb");
        QTest::addColumn<QString>("flag");
        // The verbs as the tool lists them, so a verb added later is covered too.
        auto list = runCtl(station(), {QStringLiteral("--help")});
        QCOMPARE(list.exitCode, 0);
        const QStringList lines = list.out.split(u'\n');
        const qsizetype start = lines.indexOf(QStringLiteral("Verbs:"));
        QVERIFY2(start >= 0, qPrintable(list.out));
        int verbs = 0;
        for (qsizetype i = start + 1; i < lines.size() && lines[i].startsWith(QStringLiteral("  ")); ++i) {
            const QString verb = lines[i].trimmed().section(u' ', 0, 0);
            QTest::newRow(qPrintable(verb + QStringLiteral(" --help"))) << verb << QStringLiteral("--help");
            QTest::newRow(qPrintable(verb + QStringLiteral(" -h"))) << verb << QStringLiteral("-h");
            ++verbs;
        }
        QVERIFY2(verbs >= 15, qPrintable(list.out));
    }

    void everyVerbsHelpSucceeds()
    {
        QFETCH(QString, verb);
        QFETCH(QString, flag);
        auto r = runCtl(station(), {verb, flag});
        QVERIFY2(r.exitCode == 0, qPrintable(QStringLiteral("exit %1: %2").arg(r.exitCode).arg(r.err)));
        QVERIFY2(r.out.contains(QStringLiteral("floorbridge-ctl")), qPrintable(r.out));
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
    }

    void unknownVerbIsAUsageError()
    {
        auto r = runCtl(station(), {QStringLiteral("frobnicate")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("--help")));
    }
};

QTEST_GUILESS_MAIN(TestCtl)
#include "TestCtl.moc"
