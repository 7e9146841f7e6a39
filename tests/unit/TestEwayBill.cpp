#include "app/domain/EwayBill.h"

#include <QTest>

using namespace fb;
using namespace Qt::Literals::StringLiterals;

class TestEwayBill : public QObject
{
    Q_OBJECT

private slots:
    void accepts_data();
    void accepts();
    void refuses_data();
    void refuses();
    void required_data();
    void required();
    void legacyForm_data();
    void legacyForm();
};

void TestEwayBill::accepts_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("digits");
    QTest::newRow("seed, dashes") << u"3210-9988-7766"_s << u"321099887766"_s;
    QTest::newRow("digits only") << u"321099887766"_s << u"321099887766"_s;
    QTest::newRow("spaces") << u"3210 9988 7766"_s << u"321099887766"_s;
    QTest::newRow("surrounding whitespace") << u"  3210-9988-7766\n"_s << u"321099887766"_s;
    QTest::newRow("3-digit groups") << u"321-099-887-766"_s << u"321099887766"_s;
    QTest::newRow("mixed separators") << u"3210 9988-7766"_s << u"321099887766"_s;
    QTest::newRow("two groups") << u"321099-887766"_s << u"321099887766"_s;
    QTest::newRow("leading zero kept") << u"0110-0000-0001"_s << u"011000000001"_s;
}

void TestEwayBill::accepts()
{
    QFETCH(QString, input);
    QFETCH(QString, digits);
    const Result<QString> r = normaliseEwayBillNumber(input);
    QVERIFY2(r.ok(), qPrintable(r.message()));
    QCOMPARE(*r, digits);
}

void TestEwayBill::refuses_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QStringList>("mentions");
    QTest::newRow("empty") << QString() << u"eway.empty"_s
                           << QStringList{u"E-way bill number is empty"_s, u"12-digit"_s};
    QTest::newRow("11 digits") << u"3210-9988-776"_s << u"eway.length"_s
                               << QStringList{u"E-way bill number"_s, u"has 11 digits"_s, u"exactly 12"_s};
    QTest::newRow("13 digits") << u"3210998877661"_s << u"eway.length"_s << QStringList{u"has 13 digits"_s};
    QTest::newRow("letter O for zero") << u"3210-99O8-7766"_s << u"eway.chars"_s
                                       << QStringList{u"'O' is not allowed"_s, u"3210-9988-7766"_s};
    QTest::newRow("slash") << u"3210/9988/7766"_s << u"eway.chars"_s << QStringList{u"'/'"_s};
    QTest::newRow("EWB prefix") << u"EWB321099887766"_s << u"eway.chars"_s << QStringList{u"'E'"_s};
    QTest::newRow("double dash") << u"3210--9988-7766"_s << u"eway.chars"_s << QStringList{u"single dash or space"_s};
    QTest::newRow("leading dash") << u"-321099887766"_s << u"eway.chars"_s << QStringList{u"single dash or space"_s};
    QTest::newRow("trailing dash") << u"321099887766-"_s << u"eway.chars"_s << QStringList{u"single dash or space"_s};
    QTest::newRow("dash then space") << u"3210- 9988-7766"_s << u"eway.chars"_s
                                     << QStringList{u"single dash or space"_s};
    QTest::newRow("only dashes") << u"----"_s << u"eway.chars"_s << QStringList{u"E-way bill number"_s};
}

void TestEwayBill::refuses()
{
    QFETCH(QString, input);
    QFETCH(QString, code);
    QFETCH(QStringList, mentions);
    const Result<QString> r = normaliseEwayBillNumber(input);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, code);
    QCOMPARE(r.error().field, u"eway_bill_no"_s);
    for (const QString &m : mentions)
        QVERIFY2(r.message().contains(m), qPrintable(u"'%1' not in: %2"_s.arg(m, r.message())));
}

void TestEwayBill::required_data()
{
    QTest::addColumn<qint64>("valuePaise");
    QTest::addColumn<qint64>("thresholdPaise"); // -1: the default
    QTest::addColumn<bool>("required");
    QTest::newRow("zero") << qint64(0) << qint64(-1) << false;
    QTest::newRow("₹49,999.99") << qint64(4'999'999) << qint64(-1) << false;
    QTest::newRow("exactly ₹50,000") << qint64(5'000'000) << qint64(-1) << false;
    QTest::newRow("₹50,000.01") << qint64(5'000'001) << qint64(-1) << true;
    QTest::newRow("₹10 lakh") << qint64(100'000'000) << qint64(-1) << true;
    QTest::newRow("state threshold ₹1 lakh, value ₹75,000") << qint64(7'500'000) << qint64(10'000'000) << false;
    QTest::newRow("state threshold ₹1 lakh, value ₹1,00,001") << qint64(10'000'100) << qint64(10'000'000) << true;
    QTest::newRow("threshold 0, any value") << qint64(1) << qint64(0) << true;
}

void TestEwayBill::required()
{
    QFETCH(qint64, valuePaise);
    QFETCH(qint64, thresholdPaise);
    QFETCH(bool, required);
    if (thresholdPaise < 0) {
        QCOMPARE(kDefaultEwayBillThresholdPaise, qint64(5'000'000));
        QCOMPARE(ewayBillRequired(valuePaise), required);
    } else {
        QCOMPARE(ewayBillRequired(valuePaise, thresholdPaise), required);
    }
}

void TestEwayBill::legacyForm_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("sent"); // to the legacy CRM: as seed 000 writes it
    QTest::newRow("seed, dashes") << u"3210-9988-7766"_s << u"3210-9988-7766"_s;
    QTest::newRow("digits only") << u"321099887766"_s << u"3210-9988-7766"_s;
    QTest::newRow("spaces") << u"3210 9988 7766"_s << u"3210-9988-7766"_s;
    QTest::newRow("3-digit groups") << u"321-099-887-766"_s << u"3210-9988-7766"_s;
}

void TestEwayBill::legacyForm()
{
    QFETCH(QString, typed);
    QFETCH(QString, sent);
    const Result<QString> stored = normaliseEwayBillNumber(typed);
    QVERIFY2(stored.ok(), qPrintable(stored.message()));
    QCOMPARE(legacyEwayBillNumber(*stored), sent);
    // Not 12 digits (an old draft, an empty field): passed through, never invented.
    QCOMPARE(legacyEwayBillNumber(QString()), QString());
    QCOMPARE(legacyEwayBillNumber(u"32109988776"_s), u"32109988776"_s);
}

QTEST_GUILESS_MAIN(TestEwayBill)
#include "TestEwayBill.moc"
