#include "app/domain/Gtin.h"

#include <QTest>

using namespace fb;
using namespace Qt::Literals::StringLiterals;

class TestGtin : public QObject
{
    Q_OBJECT

private slots:
    void expectedCheckDigit_data();
    void expectedCheckDigit();
    void accepts_data();
    void accepts();
    void refuses_data();
    void refuses();
};

void TestGtin::expectedCheckDigit_data()
{
    QTest::addColumn<QString>("gtin");
    QTest::addColumn<int>("expected"); // -1: no answer

    QTest::newRow("EAN-13 4006381333931") << u"4006381333931"_s << 1;
    QTest::newRow("EAN-13 wrong last digit, same answer") << u"4006381333932"_s << 1;
    QTest::newRow("EAN-13 India 890") << u"8901030865275"_s << 5;
    QTest::newRow("EAN-13 5901234123457") << u"5901234123457"_s << 7;
    QTest::newRow("UPC-A 036000291452") << u"036000291452"_s << 2;
    QTest::newRow("EAN-8 96385074") << u"96385074"_s << 4;
    QTest::newRow("EAN-8 40170725") << u"40170725"_s << 5;
    QTest::newRow("GTIN-14 10012345678902") << u"10012345678902"_s << 2;
    QTest::newRow("GTIN-14 leading zeros") << u"00012345600012"_s << 2;
    QTest::newRow("check digit 0") << u"0000000000000"_s << 0;
    QTest::newRow("surrounding space") << u" 96385074 "_s << 4;
    QTest::newRow("11 digits") << u"03600029145"_s << -1;
    QTest::newRow("7 digits") << u"9638507"_s << -1;
    QTest::newRow("15 digits") << u"100123456789021"_s << -1;
    QTest::newRow("letter inside") << u"40063813339A1"_s << -1;
    QTest::newRow("letter last") << u"400638133393X"_s << -1;
    QTest::newRow("empty") << QString() << -1;
}

void TestGtin::expectedCheckDigit()
{
    QFETCH(QString, gtin);
    QFETCH(int, expected);
    const std::optional<int> d = gtinExpectedCheckDigit(gtin);
    if (expected < 0) {
        QVERIFY(!d);
    } else {
        QVERIFY(d);
        QCOMPARE(*d, expected);
    }
}

void TestGtin::accepts_data()
{
    QTest::addColumn<QString>("gtin");
    QTest::newRow("EAN-13") << u"4006381333931"_s;
    QTest::newRow("EAN-13 India") << u"8901030865275"_s;
    QTest::newRow("UPC-A") << u"036000291452"_s;
    QTest::newRow("EAN-8") << u"96385074"_s;
    QTest::newRow("GTIN-14") << u"10012345678902"_s;
    QTest::newRow("GTIN-14 from EAN-13 with leading 0") << u"04006381333931"_s;
    QTest::newRow("trimmed") << u"\t5901234123457 "_s;
}

void TestGtin::accepts()
{
    QFETCH(QString, gtin);
    const Status s = validateGtin(gtin);
    QVERIFY2(s.ok(), qPrintable(s.message()));
}

void TestGtin::refuses_data()
{
    QTest::addColumn<QString>("gtin");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QStringList>("mentions");

    QTest::newRow("EAN-13 off by one") << u"4006381333932"_s << u"gtin.check_digit"_s
                                       << QStringList{u"check digit should be 1, not 2"_s, u"4006381333932"_s};
    QTest::newRow("EAN-13 transposed") << u"4006381339331"_s << u"gtin.check_digit"_s
                                       << QStringList{u"should be 9, not 1"_s};
    QTest::newRow("UPC-A") << u"036000291450"_s << u"gtin.check_digit"_s << QStringList{u"should be 2, not 0"_s};
    QTest::newRow("EAN-8") << u"96385070"_s << u"gtin.check_digit"_s << QStringList{u"should be 4, not 0"_s};
    QTest::newRow("GTIN-14") << u"10012345678909"_s << u"gtin.check_digit"_s << QStringList{u"should be 2, not 9"_s};
    QTest::newRow("empty") << QString() << u"gtin.empty"_s << QStringList{u"GTIN is empty"_s};
    QTest::newRow("letter") << u"40063813339A1"_s << u"gtin.chars"_s << QStringList{u"'A'"_s, u"digits only"_s};
    QTest::newRow("inner space") << u"400638 1333931"_s << u"gtin.chars"_s << QStringList{u"' '"_s};
    QTest::newRow("11 digits") << u"03600029145"_s << u"gtin.length"_s
                               << QStringList{u"has 11 digits"_s, u"8, 12, 13 or 14"_s};
    QTest::newRow("10 digits") << u"0360002914"_s << u"gtin.length"_s << QStringList{u"has 10 digits"_s};
    QTest::newRow("15 digits") << u"100123456789021"_s << u"gtin.length"_s << QStringList{u"has 15 digits"_s};
}

void TestGtin::refuses()
{
    QFETCH(QString, gtin);
    QFETCH(QString, code);
    QFETCH(QStringList, mentions);
    const Status s = validateGtin(gtin);
    QVERIFY(!s.ok());
    QCOMPARE(s.error().code, code);
    QCOMPARE(s.error().field, u"gtin"_s);
    for (const QString &m : mentions)
        QVERIFY2(s.message().contains(m), qPrintable(u"'%1' not in: %2"_s.arg(m, s.message())));
}

QTEST_GUILESS_MAIN(TestGtin)
#include "TestGtin.moc"
