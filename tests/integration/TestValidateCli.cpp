// floorbridge-ctl validate gstin|ewaybill|vehicle|lr: the stored form on stdout and exit 0, or the form's message on
// stderr and exit 1 — the same checks as the dispatch page.
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

namespace {
QStringList args(std::initializer_list<const char *> words)
{
    QStringList out;
    for (const char *w : words)
        out << QString::fromUtf8(w);
    return out;
}
} // namespace

class TestValidateCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void validate_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("out"); // expected stdout (trimmed), when exit 0
        QTest::addColumn<QString>("err"); // expected start of stderr
        QTest::newRow("GSTIN valid") << args({"gstin", "27AAPFU0939F1ZV"}) << 0 << "27AAPFU0939F1ZV"
                                     << "";
        QTest::newRow("GSTIN Karnataka, lower case") << args({"gstin", "29aagcb7383j1z4"}) << 0 << "29AAGCB7383J1Z4"
                                                     << "";
        QTest::newRow("GSTIN seed sample") << args({"gstin", "27AAACA0000A1Z5"}) << 1 << ""
                                           << "GSTIN check character should be Y, not 5 (GSTIN 27AAACA0000A1Z5)";
        QTest::newRow("GSTIN state 00") << args({"gstin", "00AAPFU0939F1ZV"}) << 1 << ""
                                        << "GSTIN 00AAPFU0939F1ZV: state code 00 is not valid";
        QTest::newRow("GSTIN state 39") << args({"gstin", "39AAPFU0939F1ZV"}) << 1 << ""
                                        << "GSTIN 39AAPFU0939F1ZV: state code 39 is not valid";
        QTest::newRow("GSTIN short") << args({"gstin", "27AAPFU0939F1Z"}) << 1 << ""
                                     << "GSTIN 27AAPFU0939F1Z has 14 characters";
        QTest::newRow("GSTIN state warning")
            << args({"gstin", "29AAGCB7383J1Z4", "--bill-to", "MG Road, Pune, MH 411001"}) << 0 << "29AAGCB7383J1Z4"
            << "GSTIN 29AAGCB7383J1Z4 is registered in Karnataka (state code 29), but "
               "the bill-to state is Maharashtra";
        QTest::newRow("e-way grouped") << args({"ewaybill", "3210-9988-7766"}) << 0 << "321099887766"
                                       << "";
        QTest::newRow("e-way spaced") << args({"ewaybill", "3210 9988 7766"}) << 0 << "321099887766"
                                      << "";
        QTest::newRow("e-way 11 digits") << args({"ewaybill", "3210-9988-776"}) << 1 << ""
                                         << "E-way bill number 3210-9988-776 has 11 digits — it must have exactly 12";
        QTest::newRow("e-way letter") << args({"ewaybill", "3210-9988-77A6"}) << 1 << ""
                                      << "E-way bill number 3210-9988-77A6: 'A' is not allowed";
        QTest::newRow("vehicle grouped") << args({"vehicle", "mh-12 ab 1234"}) << 0 << "MH12AB1234"
                                         << "";
        QTest::newRow("vehicle BH") << args({"vehicle", "22BH1234AB"}) << 0 << "22BH1234AB"
                                    << "";
        QTest::newRow("vehicle old series") << args({"vehicle", "ABC1234"}) << 0 << "ABC1234"
                                            << "";
        QTest::newRow("vehicle 3-digit RTO") << args({"vehicle", "RJ141A1234"}) << 0 << "RJ141A1234"
                                             << "";
        QTest::newRow("vehicle bad state") << args({"vehicle", "ZZ12AB1234"}) << 1 << ""
                                           << "Vehicle number ZZ12AB1234: ZZ is not an Indian state/UT code";
        QTest::newRow("ROAD needs vehicle") << args({"vehicle", "", "--mode", "ROAD"}) << 1 << ""
                                            << "Vehicle number is required for transport mode ROAD";
        QTest::newRow("SHIP needs LR") << args({"vehicle", "MH12AB1234", "--mode", "SHIP"}) << 1 << ""
                                       << "LR number is required for transport mode SHIP";
        QTest::newRow("SHIP with both") << args({"vehicle", "MH12AB1234", "--mode", "SHIP", "--lr", "BL-1"}) << 0
                                        << "MH12AB1234"
                                        << "";
        QTest::newRow("RAIL without vehicle") << args({"vehicle", "", "--mode", "RAIL", "--lr", "RR-1"}) << 0 << ""
                                              << "";
        QTest::newRow("LR too long") << args({"lr", "LR-1234567890123"}) << 1 << ""
                                     << "LR number LR-1234567890123 has 16 characters — at most 15 are allowed";
        QTest::newRow("unknown kind") << args({"pan", "AAPFU0939F"}) << 2 << ""
                                      << "floorbridge-ctl validate";
    }

    void validate()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, out);
        QFETCH(QString, err);
        QProcess ctl;
        ctl.setProgram(qEnvironmentVariable("FB_CTL"));
        ctl.setArguments(QStringList{QStringLiteral("--data-dir"), m_dir.path(), QStringLiteral("validate")} +
                         arguments);
        ctl.start();
        QVERIFY(ctl.waitForFinished(30000));
        const QString stdoutText = QString::fromUtf8(ctl.readAllStandardOutput()).trimmed();
        const QString stderrText = QString::fromUtf8(ctl.readAllStandardError()).trimmed();
        QCOMPARE(ctl.exitCode(), exitCode);
        if (exitCode == 0)
            QCOMPARE(stdoutText, out);
        else
            QVERIFY(stdoutText.isEmpty());
        if (err.isEmpty())
            QVERIFY2(stderrText.isEmpty(), qPrintable(stderrText));
        else
            QVERIFY2(stderrText.startsWith(err), qPrintable(stderrText));
    }

    void jsonAnswerForScripts()
    {
        QProcess ctl;
        ctl.start(qEnvironmentVariable("FB_CTL"),
                  {QStringLiteral("--data-dir"), m_dir.path(), QStringLiteral("--json"), QStringLiteral("validate"),
                   QStringLiteral("gstin"), QStringLiteral("27AAACA0000A1Z5")});
        QVERIFY(ctl.waitForFinished(30000));
        QCOMPARE(ctl.exitCode(), 1);
        const QJsonObject o = QJsonDocument::fromJson(ctl.readAllStandardOutput()).object();
        QCOMPARE(o[u"ok"].toBool(), false);
        QCOMPARE(o[u"code"].toString(), QStringLiteral("gstin.check_char"));
        QCOMPARE(o[u"field"].toString(), QStringLiteral("gstin"));
    }
};

QTEST_GUILESS_MAIN(TestValidateCli)
#include "TestValidateCli.moc"
