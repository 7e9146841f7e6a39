#include "app/domain/VehicleNumber.h"

#include <QTest>

using namespace fb;
using namespace Qt::Literals::StringLiterals;
using Kind = VehicleRegistrationKind;

Q_DECLARE_METATYPE(fb::VehicleRegistrationKind)

namespace {
const QDate kToday(2025, 9, 25);
}

class TestVehicleNumber : public QObject
{
    Q_OBJECT

private slots:
    void accepts_data();
    void accepts();
    void refuses_data();
    void refuses();
    void withoutTodayFutureYearsPass();
};

void TestVehicleNumber::accepts_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("text");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("state");

    QTest::newRow("seed MH12AB1234") << u"MH12AB1234"_s << u"MH12AB1234"_s << Kind::State << u"MH"_s;
    QTest::newRow("spaces") << u"MH 12 AB 1234"_s << u"MH12AB1234"_s << Kind::State << u"MH"_s;
    QTest::newRow("dashes, lowercase") << u"ka-05-mn-0001"_s << u"KA05MN0001"_s << Kind::State << u"KA"_s;
    QTest::newRow("dots") << u"TN.09.BX.4455"_s << u"TN09BX4455"_s << Kind::State << u"TN"_s;
    QTest::newRow("AB121234") << u"GJ011234"_s << u"GJ011234"_s << Kind::State << u"GJ"_s;
    QTest::newRow("AB12A1234") << u"UP32A1234"_s << u"UP32A1234"_s << Kind::State << u"UP"_s;
    QTest::newRow("AB12ABC1234") << u"DL01CAB1234"_s << u"DL01CAB1234"_s << Kind::State << u"DL"_s;
    QTest::newRow("AB123A1234") << u"RJ141A1234"_s << u"RJ141A1234"_s << Kind::State << u"RJ"_s;
    QTest::newRow("Delhi 1-digit RTO padded") << u"DL 3C AB 1234"_s << u"DL03CAB1234"_s << Kind::State << u"DL"_s;
    QTest::newRow("Delhi 1-digit, no series") << u"DL12345"_s << u"DL012345"_s << Kind::State << u"DL"_s;
    QTest::newRow("trade certificate MH12TC1234") << u"MH12TC1234"_s << u"MH12TC1234"_s << Kind::State << u"MH"_s;
    QTest::newRow("Telangana TG") << u"TG09AB1234"_s << u"TG09AB1234"_s << Kind::State << u"TG"_s;
    QTest::newRow("Telangana TS") << u"TS09AB1234"_s << u"TS09AB1234"_s << Kind::State << u"TS"_s;
    QTest::newRow("Odisha OD") << u"OD02AB1234"_s << u"OD02AB1234"_s << Kind::State << u"OD"_s;
    QTest::newRow("Odisha old OR") << u"OR02AB1234"_s << u"OR02AB1234"_s << Kind::State << u"OR"_s;
    QTest::newRow("Ladakh LA") << u"LA01A1234"_s << u"LA01A1234"_s << Kind::State << u"LA"_s;
    QTest::newRow("Chhattisgarh CG") << u"CG04AB1234"_s << u"CG04AB1234"_s << Kind::State << u"CG"_s;
    QTest::newRow("old series ABC1234") << u"MRF 1234"_s << u"MRF1234"_s << Kind::OldSeries << QString();
    QTest::newRow("BH series") << u"22 BH 1234 AB"_s << u"22BH1234AB"_s << Kind::Bharat << QString();
    QTest::newRow("BH series one letter") << u"21BH0001A"_s << u"21BH0001A"_s << Kind::Bharat << QString();
    QTest::newRow("BH series this year") << u"25BH9999ZZ"_s << u"25BH9999ZZ"_s << Kind::Bharat << QString();
    QTest::newRow("temporary") << u"T0125MH1234AB"_s << u"T0125MH1234AB"_s << Kind::Temporary << u"MH"_s;
    QTest::newRow("temporary, spaced, one letter")
        << u"T 1224 KA 0123 Z"_s << u"T1224KA0123Z"_s << Kind::Temporary << u"KA"_s;
    QTest::newRow("temporary this month") << u"T0925DL0001A"_s << u"T0925DL0001A"_s << Kind::Temporary << u"DL"_s;
    QTest::newRow("defence with arrow") << u"↑ 14 A 123456 X"_s << u"14A123456X"_s << Kind::Defence << QString();
    QTest::newRow("defence 5-digit serial") << u"09B12345K"_s << u"09B12345K"_s << Kind::Defence << QString();
    QTest::newRow("portal TM temporary RC") << u"TM123456789"_s << u"TM123456789"_s << Kind::PortalSpecial << QString();
    QTest::newRow("portal DF defence") << u"DF123456"_s << u"DF123456"_s << Kind::PortalSpecial << QString();
    QTest::newRow("portal BP Bhutan") << u"BP1A2345"_s << u"BP1A2345"_s << Kind::PortalSpecial << QString();
    QTest::newRow("portal NP Nepal") << u"NP12345"_s << u"NP12345"_s << Kind::PortalSpecial << QString();
}

void TestVehicleNumber::accepts()
{
    QFETCH(QString, input);
    QFETCH(QString, text);
    QFETCH(Kind, kind);
    QFETCH(QString, state);
    const Result<VehicleNumber> r = validateVehicleNumber(input, kToday);
    QVERIFY2(r.ok(), qPrintable(r.message()));
    QCOMPARE(r->text, text);
    QCOMPARE(r->kind, kind);
    QCOMPARE(r->stateCode, state);
}

void TestVehicleNumber::refuses_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QStringList>("mentions");

    const QString forms = u"MH12AB1234, MH12A1234, MH121234, MH12ABC1234, DL123A1234"_s;
    QTest::newRow("empty") << QString() << u"vehicle.empty"_s << QStringList{u"Vehicle number is empty"_s};
    QTest::newRow("only separators") << u" - - "_s << u"vehicle.empty"_s << QStringList{u"e.g. MH12AB1234"_s};
    QTest::newRow("symbol") << u"MH12AB#234"_s << u"vehicle.chars"_s << QStringList{u"'#' is not allowed"_s};
    QTest::newRow("slash") << u"MH12/AB/1234"_s << u"vehicle.chars"_s << QStringList{u"'/'"_s};
    QTest::newRow("unknown state XY") << u"XY12AB1234"_s << u"vehicle.state_code"_s
                                      << QStringList{u"XY is not an Indian state/UT code"_s, u"MH, KA, DL"_s};
    QTest::newRow("unknown state ZZ lowercase")
        << u"zz 01 a 1234"_s << u"vehicle.state_code"_s << QStringList{u"ZZ01A1234"_s, u"ZZ is not"_s};
    QTest::newRow("postal CT is not a plate code")
        << u"CT04AB1234"_s << u"vehicle.state_code"_s << QStringList{u"CT is not"_s};
    QTest::newRow("3-digit number") << u"MH12AB123"_s << u"vehicle.number"_s
                                    << QStringList{u"4 digits"_s, u"MH12AB0123"_s};
    QTest::newRow("1-digit number") << u"DL1AB1"_s << u"vehicle.number"_s << QStringList{u"DL1AB0001"_s};
    QTest::newRow("number 0000") << u"MH12AB0000"_s << u"vehicle.number"_s << QStringList{u"0000"_s};
    QTest::newRow("RTO 00") << u"MH00AB1234"_s << u"vehicle.rto"_s << QStringList{u"RTO number 00"_s};
    QTest::newRow("5-digit number") << u"MH12AB12345"_s << u"vehicle.format"_s
                                    << QStringList{u"MH12AB12345 is not in a recognised form"_s, forms};
    QTest::newRow("4 series letters") << u"MH12ABCD1234"_s << u"vehicle.format"_s << QStringList{forms};
    QTest::newRow("3-digit RTO, 2 letters")
        << u"RJ141AB1234"_s << u"vehicle.format"_s << QStringList{u"exactly one letter"_s, u"DL123A1234"_s};
    QTest::newRow("letters only") << u"MHABCD"_s << u"vehicle.format"_s << QStringList{forms, u"22BH1234AB"_s};
    QTest::newRow("digits only") << u"12341234"_s << u"vehicle.format"_s << QStringList{u"T0125MH1234AB"_s};
    QTest::newRow("BH year 20") << u"20BH1234AB"_s << u"vehicle.bh_year"_s
                                << QStringList{u"BH-series year 20"_s, u"2021"_s};
    QTest::newRow("BH year in future") << u"26BH1234AB"_s << u"vehicle.bh_year"_s << QStringList{u"year 26"_s};
    QTest::newRow("BH letter I") << u"22BH1234AI"_s << u"vehicle.bh_letters"_s << QStringList{u"I or O"_s};
    QTest::newRow("BH letter O") << u"22BH1234OB"_s << u"vehicle.bh_letters"_s << QStringList{u"I or O"_s};
    QTest::newRow("BH 3 digits") << u"22BH123AB"_s << u"vehicle.format"_s
                                 << QStringList{u"year, BH, 4 digits, 1–2 letters"_s, u"22BH1234AB"_s};
    QTest::newRow("BH 3 letters") << u"22BH1234ABC"_s << u"vehicle.format"_s << QStringList{u"22BH1234AB"_s};
    QTest::newRow("temporary month 13") << u"T1325MH1234AB"_s << u"vehicle.temp_date"_s
                                        << QStringList{u"13/25"_s, u"01–12"_s, u"T0125MH1234AB"_s};
    QTest::newRow("temporary month 00") << u"T0025MH1234AB"_s << u"vehicle.temp_date"_s << QStringList{u"00/25"_s};
    QTest::newRow("temporary next month") << u"T1025MH1234AB"_s << u"vehicle.temp_date"_s << QStringList{u"10/25"_s};
    QTest::newRow("temporary unknown state")
        << u"T0125XX1234AB"_s << u"vehicle.state_code"_s << QStringList{u"XX is not an Indian state/UT code"_s};
    QTest::newRow("portal TM too short") << u"TM1234"_s << u"vehicle.format"_s
                                         << QStringList{u"TM… form has 7 to 15"_s, forms};
    QTest::newRow("portal DF too long") << u"DF12345678901234"_s << u"vehicle.format"_s
                                        << QStringList{u"DF… form has 7 to 15"_s};
    QTest::newRow("too long") << u"MH12AB1234567890"_s << u"vehicle.format"_s << QStringList{forms};
}

void TestVehicleNumber::refuses()
{
    QFETCH(QString, input);
    QFETCH(QString, code);
    QFETCH(QStringList, mentions);
    const Result<VehicleNumber> r = validateVehicleNumber(input, kToday);
    QVERIFY2(!r.ok(), qPrintable(r.ok() ? r->text : QString()));
    QCOMPARE(r.error().code, code);
    QCOMPARE(r.error().field, u"vehicle_no"_s);
    for (const QString &m : mentions)
        QVERIFY2(r.message().contains(m), qPrintable(u"'%1' not in: %2"_s.arg(m, r.message())));
}

void TestVehicleNumber::withoutTodayFutureYearsPass()
{
    QVERIFY(validateVehicleNumber(u"26BH1234AB"_s).ok());
    QVERIFY(validateVehicleNumber(u"T1025MH1234AB"_s).ok());
    QVERIFY(!validateVehicleNumber(u"20BH1234AB"_s).ok());
}

QTEST_GUILESS_MAIN(TestVehicleNumber)
#include "TestVehicleNumber.moc"
