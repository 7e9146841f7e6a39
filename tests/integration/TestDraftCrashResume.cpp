// A crash or power cut loses no accepted scan: floorbridge-ctl scans serials one per standard-input line into an inward
// draft and acknowledges each after its commit; the test kills it with SIGKILL (between scans, or right after
// handing it a line), starts it again, and every acknowledged scan is in the resumed draft, the file passes
// integrity_check, and the finished draft submits with every unit.
#include "StagesFixture.h"

#include "app/services/InwardService.h"
#include "app/services/OperatorService.h"
#include "app/services/SerialGenerationService.h"
#include "app/storage/SerialRegister.h"

#include <QProcess>
#include <QSqlQuery>
#include <QtTest>

using namespace fb;
using namespace fb::test;

namespace {
const QString kPin = QStringLiteral("2580");
}

class TestDraftCrashResume : public QObject
{
    Q_OBJECT

    std::unique_ptr<StagesStation> m_station;
    QStringList m_serials;

    std::unique_ptr<QProcess> startCtl(const QStringList &extra = {})
    {
        auto p = std::make_unique<QProcess>();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("FLOORBRIDGE_DATA_DIR"), m_station->dir.path());
        env.insert(QStringLiteral("FLOORBRIDGE_PIN"), kPin);
        p->setProcessEnvironment(env);
        p->setProcessChannelMode(QProcess::SeparateChannels);
        p->start(qEnvironmentVariable("FB_CTL"),
                 QStringList{QStringLiteral("--operator"), QStringLiteral("W001"), QStringLiteral("inward"),
                             QStringLiteral("--warehouse"), QStringLiteral("WH001"), QStringLiteral("--file"),
                             QStringLiteral("-")} +
                     extra);
        return p;
    }

    // Hands the process one serial and waits for its "accepted" line (the commit is done when it is printed).
    bool scanAndWait(QProcess &p, const QString &serial, QByteArray &stdoutSoFar)
    {
        p.write(serial.toLatin1() + '\n');
        const QByteArray expected = "accepted " + serial.toLatin1() + '\n';
        QDeadlineTimer deadline(20000);
        while (!stdoutSoFar.contains(expected) && !deadline.hasExpired()) {
            if (!p.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime()))))
                break;
            stdoutSoFar += p.readAllStandardOutput();
        }
        if (!stdoutSoFar.contains(expected))
            qWarning("no acknowledgement for %s; stdout: %s stderr: %s", qPrintable(serial), stdoutSoFar.constData(),
                     p.readAllStandardError().constData());
        return stdoutSoFar.contains(expected);
    }

    void kill(QProcess &p)
    {
        p.kill(); // SIGKILL: no destructor, no rollback, no flush
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitStatus(), QProcess::CrashExit);
    }

    QStringList committedLines()
    {
        if (!m_station->open())
            return {QStringLiteral("(cannot open)")};
        InwardService inward(*m_station->db, *m_station->settings, m_station->clock);
        auto d = inward.openDraft(warehouseActor(), QStringLiteral("WH001"));
        QStringList out;
        if (d.ok()) {
            for (const InwardLine &l : d->lines)
                out << l.serial;
        }
        m_station->close();
        return out;
    }

    QString integrity()
    {
        if (!m_station->open())
            return QStringLiteral("(cannot open)");
        auto q = m_station->db->exec(QStringLiteral("PRAGMA integrity_check"));
        QString result = QStringLiteral("(no answer)");
        if (q.ok()) {
            QSqlQuery rows = std::move(q).value();
            if (rows.next())
                result = rows.value(0).toString();
        }
        m_station->close();
        return result;
    }

private slots:
    void init()
    {
        QVERIFY2(!qEnvironmentVariable("FB_CTL").isEmpty(), "FB_CTL is set by fb_add_test");
        m_station = std::make_unique<StagesStation>();
        QVERIFY(m_station->openWithMasterData().ok());
        // The station ctl will open: operators with PINs and units generated on 2025-09-25 (the past for ctl's clock).
        OperatorService ops(*m_station->db, *m_station->settings, m_station->clock);
        auto admin = ops.createFirstAdmin(QStringLiteral("A001"), QStringLiteral("Asha"), kPin);
        QVERIFY2(admin.ok(), qPrintable(admin.message()));
        const Status added =
            ops.createOperator(*admin, QStringLiteral("W001"), QStringLiteral("Wasim"), Role::Warehouse, kPin);
        QVERIFY2(added.ok(), qPrintable(added.message()));
        SerialGenerationService gen(*m_station->db, *m_station->settings, m_station->clock);
        auto batch = gen.generate(warehouseActor(), QList<GenerationRequest>{{QStringLiteral("CGSTV32"), 12},
                                                                             {QStringLiteral("CGSTV36"), 8}});
        QVERIFY(batch.ok());
        m_serials.clear();
        for (const GeneratedProduct &p : batch->products)
            m_serials += p.serials;
        m_station->close(); // the ctl owns the file from here
    }
    void cleanup() { m_station.reset(); }

    void killedBetweenScansLosesNothing_data()
    {
        QTest::addColumn<QList<int>>("killAfter"); // kill once this many scans are acknowledged in total
        QTest::newRow("once") << QList<int>{7};
        QTest::newRow("three times") << QList<int>{3, 9, 15};
        QTest::newRow("before the first scan") << QList<int>{0, 5};
    }
    void killedBetweenScansLosesNothing()
    {
        QFETCH(QList<int>, killAfter);
        int next = 0;
        for (int stop : killAfter) {
            auto ctl = startCtl();
            QVERIFY2(ctl->waitForStarted(10000), qPrintable(ctl->errorString()));
            QByteArray out;
            for (; next < stop; ++next)
                QVERIFY(scanAndWait(*ctl, m_serials.at(next), out));
            kill(*ctl);
            QCOMPARE(integrity(), QStringLiteral("ok"));
            QCOMPARE(committedLines(), m_serials.mid(0, next));
        }
        // The rest, then submit: the resumed draft goes out whole.
        auto ctl = startCtl({QStringLiteral("--submit")});
        QVERIFY(ctl->waitForStarted(10000));
        QByteArray out;
        for (; next < m_serials.size(); ++next)
            QVERIFY(scanAndWait(*ctl, m_serials.at(next), out));
        ctl->closeWriteChannel();
        QVERIFY(ctl->waitForFinished(20000));
        out += ctl->readAllStandardOutput();
        QVERIFY2(ctl->exitCode() == 0, ctl->readAllStandardError().constData());
        QVERIFY2(out.contains("INV-"), out.constData());

        QVERIFY(m_station->open().ok());
        SerialRegister reg(*m_station->db);
        for (const QString &serial : std::as_const(m_serials))
            QCOMPARE(reg.find(serial)->value().state, SerialState::InStock);
        auto q = m_station->db->exec(QStringLiteral("SELECT COUNT(*) FROM inward_drafts"));
        QSqlQuery rows = std::move(q).value();
        QVERIFY(rows.next());
        QCOMPARE(rows.value(0).toInt(), 1); // one draft, resumed every time
        m_station->close();
    }

    void killedRightAfterALineKeepsEveryAcknowledgedScan()
    {
        // The kill lands while the line is being validated or committed: it is either wholly there or absent, and
        // nothing acknowledged before it is lost.
        for (int round = 0; round < 4; ++round) {
            const int before = int(committedLines().size());
            auto ctl = startCtl();
            QVERIFY(ctl->waitForStarted(10000));
            QByteArray out;
            for (int i = before; i < before + 3; ++i)
                QVERIFY(scanAndWait(*ctl, m_serials.at(i), out));
            ctl->write(m_serials.at(before + 3).toLatin1() + '\n');
            ctl->waitForBytesWritten(1000);
            kill(*ctl);
            QCOMPARE(integrity(), QStringLiteral("ok"));
            const QStringList lines = committedLines();
            QVERIFY2(lines == m_serials.mid(0, before + 3) || lines == m_serials.mid(0, before + 4),
                     qPrintable(lines.join(u' ')));
        }
    }
};

QTEST_GUILESS_MAIN(TestDraftCrashResume)
#include "TestDraftCrashResume.moc"
