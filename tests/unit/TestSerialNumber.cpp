#include "app/domain/SerialNumber.h"

#include <QTest>

using namespace fb;
using namespace Qt::Literals::StringLiterals;

namespace {

const QStringList kCodes{u"CGSTV32"_s, u"CGSTV36"_s, u"CGSTV3"_s, u"WM7KG"_s, u"AC15T"_s};
const QDate kToday(2025, 9, 25);

} // namespace

class TestSerialNumber : public QObject
{
    Q_OBJECT

private slots:
    void parses_data();
    void parses();
    void refuses_data();
    void refuses();
    void noKnownCodes();
    void unknownCodeListIsShortened();
    void invalidTodaySkipsFutureCheck();
    void formats_data();
    void formats();
};

void TestSerialNumber::parses_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("productCode");
    QTest::addColumn<QDate>("madeOn");
    QTest::addColumn<int>("runningNo");

    QTest::newRow("seed CGSTV32 1001") << u"CGSTV322509251001"_s << u"CGSTV322509251001"_s << u"CGSTV32"_s
                                       << QDate(2025, 9, 25) << 1001;
    QTest::newRow("seed CGSTV32 1002") << u"CGSTV322509251002"_s << u"CGSTV322509251002"_s << u"CGSTV32"_s
                                       << QDate(2025, 9, 25) << 1002;
    QTest::newRow("seed CGSTV36 1003") << u"CGSTV362509251003"_s << u"CGSTV362509251003"_s << u"CGSTV36"_s
                                       << QDate(2025, 9, 25) << 1003;
    QTest::newRow("lowercase, spaces trimmed")
        << u"  cgstv322509251001\n"_s << u"CGSTV322509251001"_s << u"CGSTV32"_s << QDate(2025, 9, 25) << 1001;
    QTest::newRow("made today") << u"WM7KG2509250001"_s << u"WM7KG2509250001"_s << u"WM7KG"_s << QDate(2025, 9, 25)
                                << 1;
    QTest::newRow("running number 9999") << u"AC15T2401019999"_s << u"AC15T2401019999"_s << u"AC15T"_s
                                         << QDate(2024, 1, 1) << 9999;
    QTest::newRow("leap day 2024") << u"CGSTV322402290042"_s << u"CGSTV322402290042"_s << u"CGSTV32"_s
                                   << QDate(2024, 2, 29) << 42;
    QTest::newRow("year 2000") << u"CGSTV320001010001"_s << u"CGSTV320001010001"_s << u"CGSTV32"_s << QDate(2000, 1, 1)
                               << 1;
    // CGSTV3 and CGSTV32 both prefix this serial: only the shorter one leaves a real date + running number.
    QTest::newRow("shorter code fits, longer does not")
        << u"CGSTV32509251001"_s << u"CGSTV32509251001"_s << u"CGSTV3"_s << QDate(2025, 9, 25) << 1001;
    QTest::newRow("longest of two fitting codes")
        << u"CGSTV322509251001"_s << u"CGSTV322509251001"_s << u"CGSTV32"_s << QDate(2025, 9, 25) << 1001;
}

void TestSerialNumber::parses()
{
    QFETCH(QString, input);
    QFETCH(QString, text);
    QFETCH(QString, productCode);
    QFETCH(QDate, madeOn);
    QFETCH(int, runningNo);
    const Result<SerialNumber> r = parseSerial(input, kCodes, kToday);
    QVERIFY2(r.ok(), qPrintable(r.message()));
    QCOMPARE(r->text, text);
    QCOMPARE(r->productCode, productCode);
    QCOMPARE(r->madeOn, madeOn);
    QCOMPARE(r->runningNo, runningNo);
    QCOMPARE(formatSerial(r->productCode, r->madeOn, r->runningNo), text);
}

void TestSerialNumber::refuses_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QStringList>("mentions");

    QTest::newRow("month 13") << u"CGSTV322513011001"_s << u"serial.bad_date"_s
                              << QStringList{u"Serial CGSTV322513011001: 25-13-01 is not a real date (YYMMDD)"_s};
    QTest::newRow("31 February") << u"CGSTV322502311001"_s << u"serial.bad_date"_s
                                 << QStringList{u"25-02-31 is not a real date"_s};
    QTest::newRow("29 February 2025") << u"CGSTV322502291001"_s << u"serial.bad_date"_s << QStringList{u"25-02-29"_s};
    QTest::newRow("month 00") << u"CGSTV322500101001"_s << u"serial.bad_date"_s << QStringList{u"25-00-10"_s};
    QTest::newRow("day 00") << u"CGSTV322509001001"_s << u"serial.bad_date"_s << QStringList{u"25-09-00"_s};
    QTest::newRow("31 April") << u"CGSTV322504311001"_s << u"serial.bad_date"_s << QStringList{u"25-04-31"_s};
    QTest::newRow("tomorrow") << u"CGSTV322509261001"_s << u"serial.future_date"_s
                              << QStringList{u"made on 2025-09-26, which is in the future"_s, u"2025-09-25"_s};
    QTest::newRow("2027") << u"CGSTV322701011001"_s << u"serial.future_date"_s
                          << QStringList{u"made on 2027-01-01, which is in the future"_s};
    QTest::newRow("2099") << u"CGSTV329912311001"_s << u"serial.future_date"_s << QStringList{u"2099-12-31"_s};
    QTest::newRow("unknown product") << u"XYZ122509251001"_s << u"serial.unknown_product"_s
                                     << QStringList{u"Serial XYZ122509251001: unknown product code XYZ12"_s,
                                                    u"CGSTV32"_s, u"CGSTV36"_s};
    QTest::newRow("unknown product, odd tail")
        << u"ZZZ"_s << u"serial.unknown_product"_s << QStringList{u"Serial ZZZ: unknown product code"_s, u"AC15T"_s};
    QTest::newRow("prefix of a code only")
        << u"CGST"_s << u"serial.unknown_product"_s << QStringList{u"unknown product code"_s};
    QTest::newRow("running number 3 digits")
        << u"CGSTV32250925100"_s << u"serial.length"_s
        << QStringList{u"wrong length — expected 4-digit running number after the date"_s, u"found 3"_s};
    QTest::newRow("running number 5 digits") << u"CGSTV3225092510011"_s << u"serial.length"_s
                                             << QStringList{u"expected 4-digit running number"_s, u"found 5"_s};
    QTest::newRow("no running number") << u"CGSTV32250925"_s << u"serial.length"_s
                                       << QStringList{u"expected 4-digit running number"_s, u"found 0"_s};
    QTest::newRow("short date") << u"CGSTV322509"_s << u"serial.length"_s
                                << QStringList{u"6-digit date (YYMMDD)"_s, u"CGSTV32"_s, u"found 4"_s};
    QTest::newRow("code only") << u"CGSTV32"_s << u"serial.length"_s << QStringList{u"found 0"_s};
    QTest::newRow("running number 0000") << u"CGSTV322509250000"_s << u"serial.running_no"_s
                                         << QStringList{u"running number 0000"_s, u"0001–9999"_s};
    QTest::newRow("letter in date") << u"CGSTV3225O9251001"_s << u"serial.chars"_s
                                    << QStringList{u"'O'"_s, u"position 10"_s, u"only digits"_s};
    QTest::newRow("letter at end") << u"CGSTV32250925100I"_s << u"serial.chars"_s
                                   << QStringList{u"'I'"_s, u"position 17"_s};
    QTest::newRow("dash") << u"CGSTV32-2509251001"_s << u"serial.chars"_s << QStringList{u"'-'"_s, u"position 8"_s};
    QTest::newRow("inner space") << u"CGSTV32 2509251001"_s << u"serial.chars"_s << QStringList{u"position 8"_s};
    QTest::newRow("empty") << QString() << u"serial.length"_s << QStringList{u"Serial is empty"_s};
    QTest::newRow("blank") << u"  "_s << u"serial.length"_s << QStringList{u"empty"_s};
}

void TestSerialNumber::refuses()
{
    QFETCH(QString, input);
    QFETCH(QString, code);
    QFETCH(QStringList, mentions);
    const Result<SerialNumber> r = parseSerial(input, kCodes, kToday);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, code);
    QCOMPARE(r.error().field, u"serial"_s);
    for (const QString &m : mentions)
        QVERIFY2(r.message().contains(m), qPrintable(u"'%1' not in: %2"_s.arg(m, r.message())));
}

void TestSerialNumber::noKnownCodes()
{
    const Result<SerialNumber> r = parseSerial(u"CGSTV322509251001"_s, {}, kToday);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, u"serial.unknown_product"_s);
    QVERIFY2(r.message().contains(u"no product codes are loaded"_s), qPrintable(r.message()));
}

void TestSerialNumber::unknownCodeListIsShortened()
{
    QStringList many;
    for (int i = 10; i < 30; ++i)
        many << u"P%1"_s.arg(i);
    const Result<SerialNumber> r = parseSerial(u"Q012509251001"_s, many, kToday);
    QVERIFY(!r.ok());
    QVERIFY2(r.message().contains(u"P10, P11"_s), qPrintable(r.message()));
    QVERIFY2(r.message().endsWith(u"…"_s), qPrintable(r.message()));
    QVERIFY2(!r.message().contains(u"P29"_s), qPrintable(r.message()));
}

void TestSerialNumber::invalidTodaySkipsFutureCheck()
{
    const Result<SerialNumber> r = parseSerial(u"CGSTV322701011001"_s, kCodes, QDate());
    QVERIFY2(r.ok(), qPrintable(r.message()));
    QCOMPARE(r->madeOn, QDate(2027, 1, 1));
}

void TestSerialNumber::formats_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<int>("runningNo");
    QTest::addColumn<QString>("expected");
    QTest::newRow("seed") << u"CGSTV32"_s << QDate(2025, 9, 25) << 1001 << u"CGSTV322509251001"_s;
    QTest::newRow("padded running number") << u"CGSTV36"_s << QDate(2025, 1, 5) << 7 << u"CGSTV362501050007"_s;
    QTest::newRow("lowercase code") << u"cgstv36"_s << QDate(2025, 1, 5) << 9999 << u"CGSTV362501059999"_s;
    QTest::newRow("running number 0") << u"CGSTV32"_s << QDate(2025, 9, 25) << 0 << QString();
    QTest::newRow("running number 10000") << u"CGSTV32"_s << QDate(2025, 9, 25) << 10000 << QString();
    QTest::newRow("invalid date") << u"CGSTV32"_s << QDate() << 1 << QString();
    QTest::newRow("year 1999") << u"CGSTV32"_s << QDate(1999, 12, 31) << 1 << QString();
    QTest::newRow("empty code") << QString() << QDate(2025, 9, 25) << 1 << QString();
}

void TestSerialNumber::formats()
{
    QFETCH(QString, code);
    QFETCH(QDate, date);
    QFETCH(int, runningNo);
    QFETCH(QString, expected);
    QCOMPARE(formatSerial(code, date, runningNo), expected);
}

QTEST_GUILESS_MAIN(TestSerialNumber)
#include "TestSerialNumber.moc"
