#include "app/domain/Phone.h"
#include "app/domain/PinCode.h"
#include "app/domain/Transport.h"

#include <QRegularExpression>
#include <QTest>

using namespace fb;
using namespace Qt::Literals::StringLiterals;

Q_DECLARE_METATYPE(fb::TransportMode)

class TestTransport : public QObject
{
    Q_OBJECT

private slots:
    void modes_data();
    void modes();
    void unknownMode();
    void modeRules_data();
    void modeRules();
    void lrNumber_data();
    void lrNumber();
    void pinCode_data();
    void pinCode();
    void phone_data();
    void phone();
};

void TestTransport::modes_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<TransportMode>("mode");
    QTest::addColumn<QString>("code");
    QTest::newRow("ROAD") << u"ROAD"_s << TransportMode::Road << u"ROAD"_s;
    QTest::newRow("rail lowercase") << u"rail"_s << TransportMode::Rail << u"RAIL"_s;
    QTest::newRow("Air padded") << u" Air "_s << TransportMode::Air << u"AIR"_s;
    QTest::newRow("SHIP") << u"SHIP"_s << TransportMode::Ship << u"SHIP"_s;
    QTest::newRow("e-way code 1") << u"1"_s << TransportMode::Road << u"ROAD"_s;
    QTest::newRow("e-way code 4") << u"4"_s << TransportMode::Ship << u"SHIP"_s;
}

void TestTransport::modes()
{
    QFETCH(QString, input);
    QFETCH(TransportMode, mode);
    QFETCH(QString, code);
    const Result<TransportMode> r = parseTransportMode(input);
    QVERIFY2(r.ok(), qPrintable(r.message()));
    QCOMPARE(*r, mode);
    QCOMPARE(transportModeCode(*r), code);
}

void TestTransport::unknownMode()
{
    for (const QString &bad : {u"TRUCK"_s, u""_s, u"5"_s, u"0"_s}) {
        const Result<TransportMode> r = parseTransportMode(bad);
        QVERIFY2(!r.ok(), qPrintable(bad));
        QCOMPARE(r.error().code, u"transport.mode"_s);
        QCOMPARE(r.error().field, u"transport_mode"_s);
        QVERIFY2(r.message().contains(u"ROAD, RAIL, AIR or SHIP"_s), qPrintable(r.message()));
    }
}

void TestTransport::modeRules_data()
{
    QTest::addColumn<TransportMode>("mode");
    QTest::addColumn<QString>("vehicle");
    QTest::addColumn<QString>("lr");
    QTest::addColumn<QString>("code"); // empty: accepted
    QTest::addColumn<QString>("field");
    QTest::addColumn<QStringList>("mentions");

    const QString v = u"MH12AB1234"_s;
    const QString lr = u"LR-9827345"_s;
    QTest::newRow("seed: ROAD with vehicle and LR")
        << TransportMode::Road << v << lr << QString() << QString() << QStringList();
    QTest::newRow("ROAD, vehicle only") << TransportMode::Road << v << QString() << QString() << QString()
                                        << QStringList();
    QTest::newRow("ROAD without vehicle")
        << TransportMode::Road << QString() << lr << u"transport.vehicle_required"_s << u"vehicle_no"_s
        << QStringList{u"Vehicle number is required for transport mode ROAD"_s};
    QTest::newRow("ROAD, blank vehicle") << TransportMode::Road << u"   "_s << lr << u"transport.vehicle_required"_s
                                         << u"vehicle_no"_s << QStringList{u"ROAD"_s};
    QTest::newRow("ROAD, bad vehicle") << TransportMode::Road << u"XY12AB1234"_s << lr << u"vehicle.state_code"_s
                                       << u"vehicle_no"_s << QStringList{u"XY is not"_s};
    QTest::newRow("ROAD, bad LR given") << TransportMode::Road << v << u"LR 98#27"_s << u"lr.chars"_s << u"lr_no"_s
                                        << QStringList{u"' '"_s};
    QTest::newRow("RAIL with LR") << TransportMode::Rail << QString() << u"RR/2025/0042"_s << QString() << QString()
                                  << QStringList();
    QTest::newRow("RAIL without LR") << TransportMode::Rail << v << QString() << u"transport.lr_required"_s
                                     << u"lr_no"_s << QStringList{u"LR number is required for transport mode RAIL"_s};
    QTest::newRow("AIR with LR") << TransportMode::Air << QString() << u"AWB-12345678"_s << QString() << QString()
                                 << QStringList();
    QTest::newRow("AIR without LR") << TransportMode::Air << QString() << QString() << u"transport.lr_required"_s
                                    << u"lr_no"_s << QStringList{u"transport mode AIR"_s};
    QTest::newRow("SHIP with both") << TransportMode::Ship << v << u"BL-77881"_s << QString() << QString()
                                    << QStringList();
    QTest::newRow("SHIP without vehicle")
        << TransportMode::Ship << QString() << u"BL-77881"_s << u"transport.vehicle_required"_s << u"vehicle_no"_s
        << QStringList{u"transport mode SHIP"_s};
    QTest::newRow("SHIP without LR") << TransportMode::Ship << v << QString() << u"transport.lr_required"_s
                                     << u"lr_no"_s << QStringList{u"transport mode SHIP"_s};
    QTest::newRow("RAIL, LR 16 chars") << TransportMode::Rail << QString() << u"RR-1234567890123"_s << u"lr.length"_s
                                       << u"lr_no"_s << QStringList{u"16 characters"_s, u"at most 15"_s};
}

void TestTransport::modeRules()
{
    QFETCH(TransportMode, mode);
    QFETCH(QString, vehicle);
    QFETCH(QString, lr);
    QFETCH(QString, code);
    QFETCH(QString, field);
    QFETCH(QStringList, mentions);
    const Status s = validateTransportModeRules(mode, vehicle, lr);
    if (code.isEmpty()) {
        QVERIFY2(s.ok(), qPrintable(s.message()));
        return;
    }
    QVERIFY(!s.ok());
    QCOMPARE(s.error().code, code);
    QCOMPARE(s.error().field, field);
    for (const QString &m : mentions)
        QVERIFY2(s.message().contains(m), qPrintable(u"'%1' not in: %2"_s.arg(m, s.message())));
}

void TestTransport::lrNumber_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected"); // normalised, or the error code
    QTest::addColumn<bool>("ok");
    QTest::newRow("seed") << u"LR-9827345"_s << u"LR-9827345"_s << true;
    QTest::newRow("lowercase, trimmed") << u" lr-9827345 "_s << u"LR-9827345"_s << true;
    QTest::newRow("slashes") << u"GC/25/001"_s << u"GC/25/001"_s << true;
    QTest::newRow("15 chars") << u"ABCDEFGHIJ12345"_s << u"ABCDEFGHIJ12345"_s << true;
    QTest::newRow("16 chars") << u"ABCDEFGHIJ123456"_s << u"lr.length"_s << false;
    QTest::newRow("empty") << QString() << u"lr.empty"_s << false;
    QTest::newRow("inner space") << u"LR 9827345"_s << u"lr.chars"_s << false;
    QTest::newRow("underscore") << u"LR_9827345"_s << u"lr.chars"_s << false;
    QTest::newRow("hash") << u"#9827345"_s << u"lr.chars"_s << false;
}

void TestTransport::lrNumber()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QFETCH(bool, ok);
    const Result<QString> r = normaliseLrNumber(input);
    QCOMPARE(r.ok(), ok);
    if (ok) {
        QCOMPARE(*r, expected);
    } else {
        QCOMPARE(r.error().code, expected);
        QCOMPARE(r.error().field, u"lr_no"_s);
        QVERIFY2(r.message().startsWith(u"LR number"_s), qPrintable(r.message()));
    }
}

void TestTransport::pinCode_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected"); // normalised, or the error code
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("mention");
    QTest::newRow("seed Pune") << u"411001"_s << u"411001"_s << true << QString();
    QTest::newRow("seed Hinjewadi") << u"411057"_s << u"411057"_s << true << QString();
    QTest::newRow("Delhi") << u"110001"_s << u"110001"_s << true << QString();
    QTest::newRow("APS 9xxxxx") << u"999999"_s << u"999999"_s << true << QString();
    QTest::newRow("spaced 411 001") << u" 411 001 "_s << u"411001"_s << true << QString();
    QTest::newRow("empty") << QString() << u"pin.empty"_s << false << u"PIN code is empty"_s;
    QTest::newRow("starts with 0") << u"011001"_s << u"pin.first_digit"_s << false << u"cannot start with 0"_s;
    QTest::newRow("5 digits") << u"41100"_s << u"pin.format"_s << false << u"exactly 6 digits"_s;
    QTest::newRow("7 digits") << u"4110011"_s << u"pin.format"_s << false << u"4110011"_s;
    QTest::newRow("letter O") << u"4110O1"_s << u"pin.format"_s << false << u"exactly 6 digits"_s;
    QTest::newRow("dash") << u"411-001"_s << u"pin.format"_s << false << u"411-001"_s;
}

void TestTransport::pinCode()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QFETCH(bool, ok);
    QFETCH(QString, mention);
    const Result<QString> r = normalisePinCode(input);
    QCOMPARE(r.ok(), ok);
    if (ok) {
        QCOMPARE(*r, expected);
        return;
    }
    QCOMPARE(r.error().code, expected);
    QCOMPARE(r.error().field, u"pin_code"_s);
    QVERIFY2(r.message().contains(mention), qPrintable(r.message()));
}

void TestTransport::phone_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected"); // normalised, or the error code
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("mention");
    QTest::newRow("10 digits") << u"9876543210"_s << u"9876543210"_s << true << QString();
    QTest::newRow("starts with 6") << u"6123456789"_s << u"6123456789"_s << true << QString();
    QTest::newRow("+91") << u"+919876543210"_s << u"9876543210"_s << true << QString();
    QTest::newRow("+91 spaced") << u"+91 98765 43210"_s << u"9876543210"_s << true << QString();
    QTest::newRow("+91-") << u"+91-98765-43210"_s << u"9876543210"_s << true << QString();
    QTest::newRow("0 prefix") << u"09876543210"_s << u"9876543210"_s << true << QString();
    QTest::newRow("91 prefix without +") << u"919876543210"_s << u"9876543210"_s << true << QString();
    QTest::newRow("brackets") << u"(+91) 98765.43210"_s << u"9876543210"_s << true << QString();
    QTest::newRow("empty") << QString() << u"phone.empty"_s << false << u"Phone number is empty"_s;
    QTest::newRow("separators only") << u" - ( ) "_s << u"phone.empty"_s << false << u"Phone number is empty"_s;
    QTest::newRow("starts with 5") << u"5876543210"_s << u"phone.first_digit"_s << false << u"starts with 5"_s;
    QTest::newRow("landline 020") << u"02026123456"_s << u"phone.first_digit"_s << false << u"6, 7, 8 or 9"_s;
    QTest::newRow("9 digits") << u"987654321"_s << u"phone.length"_s << false << u"has 9 digits"_s;
    QTest::newRow("11 digits") << u"98765432101"_s << u"phone.length"_s << false << u"has 11 digits"_s;
    QTest::newRow("+91 and 0") << u"+9109876543210"_s << u"phone.length"_s << false << u"has 11 digits"_s;
    QTest::newRow("foreign +44") << u"+447911123456"_s << u"phone.chars"_s << false << u"+91"_s;
    QTest::newRow("letter") << u"98765O3210"_s << u"phone.chars"_s << false << u"'O'"_s;
}

void TestTransport::phone()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QFETCH(bool, ok);
    QFETCH(QString, mention);
    const Result<QString> r = normalisePhone(input);
    QCOMPARE(r.ok(), ok);
    if (ok) {
        QCOMPARE(*r, expected);
        return;
    }
    QCOMPARE(r.error().code, expected);
    QCOMPARE(r.error().field, u"phone"_s);
    QVERIFY2(r.message().contains(mention), qPrintable(r.message()));
    // Customer numbers must not reach logs through error messages.
    QString digits = input;
    digits.remove(QRegularExpression(u"\\D"_s));
    if (digits.size() >= 6)
        QVERIFY2(!r.message().contains(digits.right(6)), qPrintable(r.message()));
}

QTEST_GUILESS_MAIN(TestTransport)
#include "TestTransport.moc"
