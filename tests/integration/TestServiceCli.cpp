// floorbridge-ctl's service verbs (complaint, part-request, approve, return-order): exit codes and messages, run as
// a real process against a station prepared with the demo master data.
#include "ServiceFixture.h"

#include "app/services/OperatorService.h"

#include <QProcess>
#include <QtTest>

using namespace fb;
using namespace fb::test;

class TestServiceCli : public QObject
{
    Q_OBJECT

    ServiceStation m_st;

    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
        QJsonDocument json() const { return QJsonDocument::fromJson(out.toUtf8()); }
    };

    Run ctl(const QString &operatorCode, const QStringList &args, const QString &pin = QStringLiteral("2468"))
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("FLOORBRIDGE_PIN"), pin);
        p.setProcessEnvironment(env);
        QStringList all{QStringLiteral("--data-dir"), m_st.dataDir()};
        if (!operatorCode.isEmpty())
            all << QStringLiteral("--operator") << operatorCode;
        p.start(qEnvironmentVariable("FB_CTL"), all + args);
        p.closeWriteChannel();
        if (!p.waitForFinished(60000))
            return {};
        return Run{p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                   QString::fromUtf8(p.readAllStandardError())};
    }

    QString registerOne(const QString &serial = kDispatched36)
    {
        const Run r = ctl(QStringLiteral("T100"), {QStringLiteral("--json"),
                                                   QStringLiteral("complaint"),
                                                   QStringLiteral("register"),
                                                   QStringLiteral("--customer-code"),
                                                   QStringLiteral("CUST-7"),
                                                   QStringLiteral("--name"),
                                                   QStringLiteral("Meera Joshi"),
                                                   QStringLiteral("--phone"),
                                                   QStringLiteral("9822012345"),
                                                   QStringLiteral("--city"),
                                                   QStringLiteral("Pune"),
                                                   QStringLiteral("--state"),
                                                   QStringLiteral("MH"),
                                                   QStringLiteral("--pin"),
                                                   QStringLiteral("411001"),
                                                   QStringLiteral("--serial"),
                                                   serial,
                                                   QStringLiteral("--call-type"),
                                                   QStringLiteral("Inspection"),
                                                   QStringLiteral("--technician"),
                                                   QStringLiteral("T001")});
        if (r.exitCode != 0)
            qWarning("register: %s", qPrintable(r.err));
        return r.json().object().value(u"number").toString();
    }

private slots:
    void init()
    {
        QVERIFY(!qEnvironmentVariableIsEmpty("FB_CTL"));
        QString why;
        QVERIFY2(m_st.open(&why), qPrintable(why));
        OperatorService ops(m_st.db(), m_st.settings(), m_st.clock);
        auto admin = ops.createFirstAdmin(QStringLiteral("A001"), QStringLiteral("Asha"), QStringLiteral("2468"));
        QVERIFY2(admin.ok(), qPrintable(admin.message()));
        QVERIFY(ops.createOperator(*admin, QStringLiteral("T100"), QStringLiteral("Tara"), Role::Technician,
                                   QStringLiteral("2468"))
                    .ok());
        QVERIFY(ops.createOperator(*admin, QStringLiteral("S001"), QStringLiteral("Sunil"), Role::Supervisor,
                                   QStringLiteral("2468"))
                    .ok());
    }

    void complaintVerbs()
    {
        const QString number = registerOne();
        QVERIFY(number.startsWith(u"CMP-"));

        const Run badSerial =
            ctl(QStringLiteral("T100"),
                {QStringLiteral("complaint"), QStringLiteral("register"), QStringLiteral("--customer-code"),
                 QStringLiteral("CUST-7"), QStringLiteral("--name"), QStringLiteral("M"), QStringLiteral("--phone"),
                 QStringLiteral("9822012345"), QStringLiteral("--city"), QStringLiteral("Pune"),
                 QStringLiteral("--state"), QStringLiteral("MH"), QStringLiteral("--pin"), QStringLiteral("411001"),
                 QStringLiteral("--serial"), kInStock36, QStringLiteral("--call-type"), QStringLiteral("REPAIR")});
        QCOMPARE(badSerial.exitCode, 1);
        QVERIFY2(badSerial.err.contains(u"complaint.serial_not_dispatched"), qPrintable(badSerial.err));
        QVERIFY(badSerial.err.startsWith(u"serial: "));

        const QStringList overrideArgs{QStringLiteral("complaint"),
                                       QStringLiteral("register"),
                                       QStringLiteral("--customer-code"),
                                       QStringLiteral("CUST-8"),
                                       QStringLiteral("--name"),
                                       QStringLiteral("Ravi"),
                                       QStringLiteral("--phone"),
                                       QStringLiteral("9822012345"),
                                       QStringLiteral("--city"),
                                       QStringLiteral("Pune"),
                                       QStringLiteral("--state"),
                                       QStringLiteral("MH"),
                                       QStringLiteral("--pin"),
                                       QStringLiteral("411001"),
                                       QStringLiteral("--serial"),
                                       kInStock36,
                                       QStringLiteral("--call-type"),
                                       QStringLiteral("PRE_SALE"),
                                       QStringLiteral("--override-reason"),
                                       QStringLiteral("Floor demo unit sold")};
        QCOMPARE(ctl(QStringLiteral("T100"), overrideArgs).exitCode, 4); // technicians may not override
        const Run overridden = ctl(QStringLiteral("S001"), overrideArgs);
        QCOMPARE(overridden.exitCode, 0);
        QVERIFY(overridden.out.contains(u"registered"));

        const Run list =
            ctl(QStringLiteral("T100"), {QStringLiteral("--json"), QStringLiteral("complaint"), QStringLiteral("list"),
                                         QStringLiteral("--call-type"), QStringLiteral("inspection")});
        QCOMPARE(list.exitCode, 0);
        QCOMPARE(list.json().array().size(), 1);
        QCOMPARE(list.json().array().first().toObject().value(u"number").toString(), number);

        const Run wrong =
            ctl(QStringLiteral("T100"), {QStringLiteral("complaint"), QStringLiteral("track"), number, kDispatched32});
        QCOMPARE(wrong.exitCode, 1);
        QVERIFY(wrong.err.contains(u"No complaint matches"));
        QVERIFY(wrong.out.isEmpty());
        const Run right =
            ctl(QStringLiteral("T100"), {QStringLiteral("complaint"), QStringLiteral("track"), number, kDispatched36});
        QCOMPARE(right.exitCode, 0);
        QVERIFY(right.out.contains(number));

        const Run close = ctl(QStringLiteral("T100"), {QStringLiteral("complaint"), QStringLiteral("update"), number,
                                                       QStringLiteral("--status"), QStringLiteral("CLOSED"),
                                                       QStringLiteral("--notes"), QStringLiteral("done")});
        QCOMPARE(close.exitCode, 1);
        QVERIFY(close.err.contains(u"complaint.transition"));
        const Run codes = ctl(QStringLiteral("T100"), {QStringLiteral("complaint"), QStringLiteral("codes"), number,
                                                       QStringLiteral("--technician"), QStringLiteral("T002")});
        QCOMPARE(codes.exitCode, 4);
        QCOMPARE(ctl(QStringLiteral("S001"), {QStringLiteral("complaint"), QStringLiteral("codes"), number,
                                              QStringLiteral("--technician"), QStringLiteral("T002")})
                     .exitCode,
                 0);
        QCOMPARE(ctl(QStringLiteral("T100"), {QStringLiteral("complaint"), QStringLiteral("frobnicate")}).exitCode, 2);
        QCOMPARE(
            ctl(QStringLiteral("T100"), {QStringLiteral("complaint"), QStringLiteral("list")}, QStringLiteral("0000"))
                .exitCode,
            4);
    }

    void partRequestApprovalAndReturnVerbs()
    {
        const QString number = registerOne();
        QVERIFY(!number.isEmpty());
        const Run noSerial =
            ctl(QStringLiteral("T100"), {QStringLiteral("part-request"), QStringLiteral("create"), number,
                                         QStringLiteral("--part"), QStringLiteral("P-TV-PANEL32")});
        QCOMPARE(noSerial.exitCode, 1);
        QVERIFY(noSerial.err.contains(u"part_request.serial_required"));
        const Run created = ctl(QStringLiteral("T100"),
                                {QStringLiteral("--json"), QStringLiteral("part-request"), QStringLiteral("create"),
                                 number, QStringLiteral("--part"), QStringLiteral("P-TV-PANEL32:1:PNL-32-0009"),
                                 QStringLiteral("--part"), QStringLiteral("P-TV-REMOTE:2")});
        QCOMPARE(created.exitCode, 0);
        const QString pr = created.json().object().value(u"number").toString();
        QVERIFY(pr.startsWith(u"PR-"));

        // Approval: supervisors only.
        for (const QString &who : {QStringLiteral("T100"), QStringLiteral("A001")}) {
            const Run refused = ctl(who, {QStringLiteral("approve"), pr, QStringLiteral("--approve"),
                                          QStringLiteral("--reason"), QStringLiteral("ok")});
            QCOMPARE(refused.exitCode, 4);
            QVERIFY(refused.err.contains(u"Supervisor"));
        }
        const Run queue = ctl(QStringLiteral("S001"), {QStringLiteral("approve"), QStringLiteral("list")});
        QCOMPARE(queue.exitCode, 0);
        QVERIFY(queue.out.contains(pr) && queue.out.contains(number));
        QCOMPARE(ctl(QStringLiteral("S001"), {QStringLiteral("approve"), pr, QStringLiteral("--approve")}).exitCode,
                 1); // reason
        QCOMPARE(ctl(QStringLiteral("S001"), {QStringLiteral("approve"), pr}).exitCode, 2);
        const Run approved = ctl(QStringLiteral("S001"), {QStringLiteral("approve"), pr, QStringLiteral("--approve"),
                                                          QStringLiteral("--reason"), QStringLiteral("Panel cracked")});
        QCOMPARE(approved.exitCode, 0);
        QVERIFY(approved.out.contains(u"APPROVED"));

        // Part update: a document is required; a text file is not one.
        QCOMPARE(ctl(QStringLiteral("T100"), {QStringLiteral("part-request"), QStringLiteral("update"), pr,
                                              QStringLiteral("--action"), QStringLiteral("issued")})
                     .exitCode,
                 1);
        const QString pdf = m_st.dataDir() + QStringLiteral("/challan.pdf");
        const QString txt = m_st.dataDir() + QStringLiteral("/notes.txt");
        for (const auto &[path, bytes] :
             {std::pair{pdf, QByteArray("%PDF-1.4 challan")}, std::pair{txt, QByteArray("notes")}}) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(bytes);
        }
        const Run notPdf = ctl(QStringLiteral("T100"), {QStringLiteral("part-request"), QStringLiteral("update"), pr,
                                                        QStringLiteral("--action"), QStringLiteral("issued"),
                                                        QStringLiteral("--document"), txt});
        QCOMPARE(notPdf.exitCode, 1);
        QVERIFY(notPdf.err.contains(u"document.type"));
        const Run issued = ctl(QStringLiteral("T100"), {QStringLiteral("part-request"), QStringLiteral("update"), pr,
                                                        QStringLiteral("--action"), QStringLiteral("issued"),
                                                        QStringLiteral("--document"), pdf});
        QCOMPARE(issued.exitCode, 0);
        QVERIFY(issued.out.contains(u"ISSUED"));

        // Return order: class A part needs its serial.
        const Run noPartSerial =
            ctl(QStringLiteral("T100"),
                {QStringLiteral("return-order"), QStringLiteral("create"), number, QStringLiteral("--part-request"), pr,
                 QStringLiteral("--part"), QStringLiteral("P-TV-PANEL32")});
        QCOMPARE(noPartSerial.exitCode, 1);
        QVERIFY(noPartSerial.err.contains(u"return_order.serial_required"));
        const Run ro = ctl(QStringLiteral("T100"), {QStringLiteral("return-order"), QStringLiteral("create"), number,
                                                    QStringLiteral("--part-request"), pr, QStringLiteral("--part"),
                                                    QStringLiteral("P-TV-PANEL32:PNL-OLD-0001"),
                                                    QStringLiteral("--reason"), QStringLiteral("Cracked")});
        QCOMPARE(ro.exitCode, 0);
        QVERIFY(ro.out.contains(u"RO-"));
        QCOMPARE(ctl(QStringLiteral("W001"), {QStringLiteral("return-order"), QStringLiteral("list"), number}).exitCode,
                 4);
    }
};

QTEST_GUILESS_MAIN(TestServiceCli)
#include "TestServiceCli.moc"
