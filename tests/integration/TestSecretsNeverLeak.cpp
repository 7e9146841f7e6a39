// A CRM token set through `credentials set` is used for delivery but never lands in the database, its WAL, the
// logs or the settings; with no keychain reachable it is refused, not stored elsewhere.
#include "CrmSimProcess.h"
#include "CtlProcess.h"

#include <QDirIterator>
#include <QTemporaryDir>
#include <QtTest>

using namespace fb::test;

class TestSecretsNeverLeak : public QObject
{
    Q_OBJECT

    const QByteArray m_canary = "canary-TOKEN-5f1c2e9a7b";

    // Every byte under the data folder, including the SQLite WAL and the rotated logs.
    QStringList filesContaining(const QString &dir, const QByteArray &needle)
    {
        QStringList hits;
        QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            if (f.open(QIODevice::ReadOnly) && f.readAll().contains(needle))
                hits << f.fileName();
        }
        return hits;
    }

private slots:
    void tokenIsUsedButNeverWritten()
    {
        // The simulator expects the canary as the legacy CRM's token.
        qputenv("FB_SIM_LEGACY_TOKEN", m_canary);
        qputenv("FB_SIM_NEW_TOKEN", m_canary + "-new");
        CrmSimProcess sim;
        QVERIFY2(sim.start(), qPrintable(sim.errorString()));
        QTemporaryDir dir;
        const QString station = dir.filePath(QStringLiteral("station"));
        QCOMPARE(runCtl(station, {QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("crm.legacy.url"),
                                  sim.legacyUrl().toString()})
                     .exitCode,
                 0);
        QCOMPARE(runCtl(station, {QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("crm.new.url"),
                                  sim.newUrl().toString()})
                     .exitCode,
                 0);
        auto set = runCtl(station, {QStringLiteral("credentials"), QStringLiteral("set"), QStringLiteral("legacy")},
                          m_canary + "\n");
        QVERIFY2(set.exitCode == 0, qPrintable(set.err));
        QCOMPARE(runCtl(station, {QStringLiteral("credentials"), QStringLiteral("set"), QStringLiteral("new")},
                        m_canary + "-new\n")
                     .exitCode,
                 0);
        auto check =
            runCtl(station, {QStringLiteral("credentials"), QStringLiteral("check"), QStringLiteral("legacy")});
        QVERIFY2(check.exitCode == 0, qPrintable(check.err));
        QVERIFY(!check.out.contains(QString::fromLatin1(m_canary)));
        // The token on the command line is refused outright.
        auto onArgs = runCtl(station, {QStringLiteral("credentials"), QStringLiteral("set"), QStringLiteral("legacy"),
                                       QString::fromLatin1(m_canary)});
        QCOMPARE(onArgs.exitCode, 2);
        // Use both tokens on the wire: pull master data, generate serials, deliver them.
        auto pull = runCtl(station, {QStringLiteral("pull")});
        QVERIFY2(pull.exitCode == 0, qPrintable(pull.err));
        QCOMPARE(runCtl(station,
                        {QStringLiteral("operator"), QStringLiteral("first-admin"), QStringLiteral("A001"),
                         QStringLiteral("Asha")},
                        "1111\n")
                     .exitCode,
                 0);
        auto gen = runCtl(station,
                          {QStringLiteral("generate"), QStringLiteral("--product"), QStringLiteral("CGSTV32"),
                           QStringLiteral("--count"), QStringLiteral("2")},
                          {}, operatorEnv(QStringLiteral("A001"), QStringLiteral("1111")));
        QVERIFY2(gen.exitCode == 0, qPrintable(gen.err));
        auto sync = runCtl(station, {QStringLiteral("sync"), QStringLiteral("--once"), QStringLiteral("--timeout"),
                                     QStringLiteral("20")});
        QVERIFY2(!sync.out.contains(QString::fromLatin1(m_canary)) && !sync.err.contains(QString::fromLatin1(m_canary)),
                 "token printed");
        QVERIFY2(sync.exitCode == 0, qPrintable(sync.out + sync.err));
        QCOMPARE(sim.received(CrmSimProcess::Crm::Legacy).size(), 1);
        QCOMPARE(sim.received(CrmSimProcess::Crm::New).size(), 1);
        QVERIFY(QFile::exists(station + QStringLiteral("/floorbridge.db")));
        QVERIFY(QFile::exists(station + QStringLiteral("/logs/floorbridge-ctl.log")));
        const QStringList hits = filesContaining(station, m_canary);
        QVERIFY2(hits.isEmpty(), qPrintable(hits.join(u',')));
    }

    void noKeychainMeansNoToken()
    {
        QTemporaryDir dir;
        const QString station = dir.filePath(QStringLiteral("station"));
        QProcessEnvironment noBus;
        noBus.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/bus"));
        auto set = runCtl(station, {QStringLiteral("credentials"), QStringLiteral("set"), QStringLiteral("new")},
                          m_canary + "\n", noBus);
        QCOMPARE(set.exitCode, 5);
        QVERIFY2(set.err.contains(QStringLiteral("keychain"), Qt::CaseInsensitive), qPrintable(set.err));
        QVERIFY2(filesContaining(station, m_canary).isEmpty(), "token stored somewhere without a keychain");
    }
};

QTEST_GUILESS_MAIN(TestSecretsNeverLeak)
#include "TestSecretsNeverLeak.moc"
