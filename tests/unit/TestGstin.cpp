#include "app/domain/Gstin.h"

#include <QTest>

using namespace fb;
using namespace Qt::Literals::StringLiterals;

class TestGstin : public QObject
{
    Q_OBJECT

private slots:
    void checkCharAlgorithm_data();
    void checkCharAlgorithm();
    void accepts_data();
    void accepts();
    void refuses_data();
    void refuses();
    void stateNames_data();
    void stateNames();
    void stateMismatch_data();
    void stateMismatch();
};

void TestGstin::checkCharAlgorithm_data()
{
    QTest::addColumn<QString>("first14");
    QTest::addColumn<QString>("expected");
    QTest::newRow("seed sample") << u"27AAACA0000A1Z"_s << u"Y"_s;
    QTest::newRow("published sample MH") << u"27AAPFU0939F1Z"_s << u"V"_s;
    QTest::newRow("published sample KA") << u"29AAGCB7383J1Z"_s << u"4"_s;
    QTest::newRow("Delhi") << u"07AAACA1234A1Z"_s << u"M"_s;
    QTest::newRow("letter entity") << u"36AAACB0001CAZ"_s << u"K"_s;
    QTest::newRow("all high values") << u"38ZZZZZ9999Z9Z"_s << u"X"_s;
    QTest::newRow("13 chars") << u"27AAPFU0939F1"_s << QString();
    QTest::newRow("lowercase not accepted raw") << u"27aapfu0939f1z"_s << QString();
    QTest::newRow("symbol") << u"27AAPFU0939F1#"_s << QString();
}

void TestGstin::checkCharAlgorithm()
{
    QFETCH(QString, first14);
    QFETCH(QString, expected);
    const std::optional<QChar> c = gstinCheckChar(first14);
    if (expected.isEmpty()) {
        QVERIFY(!c);
    } else {
        QVERIFY(c);
        QCOMPARE(QString(*c), expected);
    }
}

void TestGstin::accepts_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("normalised");
    QTest::addColumn<int>("stateCode");
    QTest::addColumn<QString>("stateName");
    QTest::addColumn<QString>("pan");

    QTest::newRow("Maharashtra") << u"27AAPFU0939F1ZV"_s << u"27AAPFU0939F1ZV"_s << 27 << u"Maharashtra"_s
                                 << u"AAPFU0939F"_s;
    QTest::newRow("Karnataka") << u"29AAGCB7383J1Z4"_s << u"29AAGCB7383J1Z4"_s << 29 << u"Karnataka"_s
                               << u"AAGCB7383J"_s;
    QTest::newRow("seed sample corrected")
        << u"27AAACA0000A1ZY"_s << u"27AAACA0000A1ZY"_s << 27 << u"Maharashtra"_s << u"AAACA0000A"_s;
    QTest::newRow("lowercase normalised")
        << u"27aapfu0939f1zv"_s << u"27AAPFU0939F1ZV"_s << 27 << u"Maharashtra"_s << u"AAPFU0939F"_s;
    QTest::newRow("surrounding spaces") << u"  29AAGCB7383J1Z4\t"_s << u"29AAGCB7383J1Z4"_s << 29 << u"Karnataka"_s
                                        << u"AAGCB7383J"_s;
    QTest::newRow("grouped with spaces") << u"27 AAPFU0939F 1ZV"_s << u"27AAPFU0939F1ZV"_s << 27 << u"Maharashtra"_s
                                         << u"AAPFU0939F"_s;
    QTest::newRow("Delhi 07") << u"07AAACA1234A1ZM"_s << u"07AAACA1234A1ZM"_s << 7 << u"Delhi"_s << u"AAACA1234A"_s;
    QTest::newRow("Tamil Nadu, entity 2")
        << u"33ABCDE1234F2Z6"_s << u"33ABCDE1234F2Z6"_s << 33 << u"Tamil Nadu"_s << u"ABCDE1234F"_s;
    QTest::newRow("Telangana, letter entity")
        << u"36AAACB0001CAZK"_s << u"36AAACB0001CAZK"_s << 36 << u"Telangana"_s << u"AAACB0001C"_s;
    QTest::newRow("Ladakh 38, highest state")
        << u"38ZZZZZ9999Z9ZX"_s << u"38ZZZZZ9999Z9ZX"_s << 38 << u"Ladakh"_s << u"ZZZZZ9999Z"_s;
    QTest::newRow("Other Territory 97") << u"97AAACO1234B1ZX"_s << u"97AAACO1234B1ZX"_s << 97 << u"Other Territory"_s
                                        << u"AAACO1234B"_s;
    QTest::newRow("Jammu and Kashmir 01")
        << u"01AAACJ0001K1ZH"_s << u"01AAACJ0001K1ZH"_s << 1 << u"Jammu and Kashmir"_s << u"AAACJ0001K"_s;
    QTest::newRow("Chandigarh, check char O")
        << u"04AAACC1206D1ZO"_s << u"04AAACC1206D1ZO"_s << 4 << u"Chandigarh"_s << u"AAACC1206D"_s;
    QTest::newRow("Andhra Pradesh 37") << u"37AAACA1234A1ZJ"_s << u"37AAACA1234A1ZJ"_s << 37 << u"Andhra Pradesh"_s
                                       << u"AAACA1234A"_s;
}

void TestGstin::accepts()
{
    QFETCH(QString, input);
    QFETCH(QString, normalised);
    QFETCH(int, stateCode);
    QFETCH(QString, stateName);
    QFETCH(QString, pan);
    const Result<Gstin> r = validateGstin(input);
    QVERIFY2(r.ok(), qPrintable(r.message()));
    QCOMPARE(r->text, normalised);
    QCOMPARE(r->stateCode, stateCode);
    QCOMPARE(r->stateName, stateName);
    QCOMPARE(r->pan, pan);
    QCOMPARE(r->checkChar, normalised.back());
}

void TestGstin::refuses_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QStringList>("mentions");

    QTest::newRow("seed sample: check char Y, not 5")
        << u"27AAACA0000A1Z5"_s << u"gstin.check_char"_s
        << QStringList{u"GSTIN check character should be Y, not 5"_s, u"27AAACA0000A1Z5"_s};
    QTest::newRow("seed sample lowercase")
        << u"27aaaca0000a1z5"_s << u"gstin.check_char"_s << QStringList{u"should be Y, not 5"_s};
    QTest::newRow("last char swapped") << u"27AAPFU0939F1ZW"_s << u"gstin.check_char"_s
                                       << QStringList{u"should be V, not W"_s};
    QTest::newRow("transposed PAN digits") << u"27AAPFU0993F1ZV"_s << u"gstin.check_char"_s << QStringList{u"not V"_s};
    QTest::newRow("wrong state digit changes check")
        << u"28AAPFU0939F1ZV"_s << u"gstin.check_char"_s << QStringList{u"should be"_s, u"not V"_s};
    QTest::newRow("empty") << QString() << u"gstin.empty"_s << QStringList{u"GSTIN is empty"_s, u"15-character"_s};
    QTest::newRow("blank") << u"   "_s << u"gstin.empty"_s << QStringList{u"empty"_s};
    QTest::newRow("14 chars") << u"27AAPFU0939F1Z"_s << u"gstin.length"_s
                              << QStringList{u"has 14 characters"_s, u"exactly 15"_s};
    QTest::newRow("16 chars") << u"27AAPFU0939F1ZVV"_s << u"gstin.length"_s
                              << QStringList{u"has 16 characters"_s, u"exactly 15"_s};
    QTest::newRow("symbol") << u"27AAPFU0939F1Z#"_s << u"gstin.chars"_s << QStringList{u"'#'"_s, u"position 15"_s};
    QTest::newRow("dash inside") << u"27-AAPFU0939F1ZV"_s << u"gstin.chars"_s << QStringList{u"'-'"_s};
    QTest::newRow("state 00") << u"00AAPFU0939F1ZV"_s << u"gstin.state_code"_s
                              << QStringList{u"state code 00"_s, u"01–38 or 97"_s};
    QTest::newRow("state 39") << u"39AAPFU0939F1ZV"_s << u"gstin.state_code"_s << QStringList{u"state code 39"_s};
    QTest::newRow("state 99") << u"99AAPFU0939F1ZV"_s << u"gstin.state_code"_s << QStringList{u"state code 99"_s};
    QTest::newRow("state 96") << u"96AAPFU0939F1ZV"_s << u"gstin.state_code"_s << QStringList{u"state code 96"_s};
    QTest::newRow("state letters") << u"MHAAPFU0939F1ZV"_s << u"gstin.state_code"_s << QStringList{u"state code MH"_s};
    QTest::newRow("PAN digit where letter")
        << u"27AAPF10939F1ZV"_s << u"gstin.pan"_s << QStringList{u"AAPF10939F"_s, u"5 letters, 4 digits, 1 letter"_s};
    QTest::newRow("PAN letter where digit") << u"27AAPFUO939F1ZV"_s << u"gstin.pan"_s << QStringList{u"AAPFUO939F"_s};
    QTest::newRow("PAN last is digit") << u"27AAPFU093901ZV"_s << u"gstin.pan"_s << QStringList{u"not a PAN"_s};
    QTest::newRow("entity 0") << u"27AAPFU0939F0ZW"_s << u"gstin.entity"_s
                              << QStringList{u"13th character"_s, u"cannot be 0"_s};
    QTest::newRow("14th not Z") << u"27AAPFU0939F1AA"_s << u"gstin.z"_s
                                << QStringList{u"14th character should be Z, not A"_s};
}

void TestGstin::refuses()
{
    QFETCH(QString, input);
    QFETCH(QString, code);
    QFETCH(QStringList, mentions);
    const Result<Gstin> r = validateGstin(input);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, code);
    QCOMPARE(r.error().field, u"gstin"_s);
    for (const QString &m : mentions)
        QVERIFY2(r.message().contains(m), qPrintable(u"'%1' not in: %2"_s.arg(m, r.message())));
}

void TestGstin::stateNames_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("name");
    QTest::newRow("27") << u"27"_s << u"Maharashtra"_s;
    QTest::newRow("29") << u"29"_s << u"Karnataka"_s;
    QTest::newRow("07") << u"07"_s << u"Delhi"_s;
    QTest::newRow("36") << u"36"_s << u"Telangana"_s;
    QTest::newRow("38") << u"38"_s << u"Ladakh"_s;
    QTest::newRow("97") << u"97"_s << u"Other Territory"_s;
    QTest::newRow("00") << u"00"_s << QString();
    QTest::newRow("39") << u"39"_s << QString();
    QTest::newRow("99") << u"99"_s << QString();
    QTest::newRow("7 (one digit)") << u"7"_s << QString();
}

void TestGstin::stateNames()
{
    QFETCH(QString, code);
    QFETCH(QString, name);
    QCOMPARE(gstinStateName(code), name);
    if (code.size() == 2)
        QCOMPARE(gstinStateName(code.toInt()), name);
}

void TestGstin::stateMismatch_data()
{
    QTest::addColumn<QString>("gstin");
    QTest::addColumn<QString>("billTo");
    QTest::addColumn<QStringList>("mentions"); // empty: no warning

    const QString mh = u"27AAPFU0939F1ZV"_s;
    const QString ka = u"29AAGCB7383J1Z4"_s;
    QTest::newRow("seed address, MH GSTIN") << mh << u"2nd Floor, MG Road, Pune, MH 411001"_s << QStringList();
    QTest::newRow("seed address, KA GSTIN")
        << ka << u"2nd Floor, MG Road, Pune, MH 411001"_s
        << QStringList{u"Karnataka"_s, u"Maharashtra"_s, u"29AAGCB7383J1Z4"_s, u"state code 29"_s};
    QTest::newRow("state abbreviation alone") << ka << u"MH"_s << QStringList{u"Maharashtra"_s};
    QTest::newRow("lowercase abbreviation") << mh << u"ka"_s << QStringList{u"Karnataka"_s};
    QTest::newRow("state name") << mh << u"Karnataka"_s << QStringList{u"Karnataka"_s};
    QTest::newRow("state name agrees") << mh << u"maharashtra"_s << QStringList();
    QTest::newRow("GST code") << mh << u"29"_s << QStringList{u"Karnataka"_s};
    QTest::newRow("name before PIN") << mh << u"12 Brigade Road, Bengaluru, Karnataka 560001"_s
                                     << QStringList{u"Karnataka"_s};
    QTest::newRow("abbreviation without comma")
        << ka << u"Plot 9, Hinjewadi Pune MH 411057"_s << QStringList{u"Maharashtra"_s};
    QTest::newRow("PIN with space") << ka << u"Pune, MH 411 057"_s << QStringList{u"Maharashtra"_s};
    QTest::newRow("state name mid-address")
        << ka << u"Maharashtra Bhavan, Fort, Mumbai 400001"_s << QStringList{u"Maharashtra"_s};
    QTest::newRow("no state in address") << ka << u"2nd Floor, MG Road, Pune 411001"_s << QStringList();
    QTest::newRow("empty") << ka << QString() << QStringList();
    QTest::newRow("MG is not a state") << ka << u"MG Road"_s << QStringList();
    QTest::newRow("Goalpara is not Goa") << ka << u"Goalpara"_s << QStringList();
    QTest::newRow("Telangana TG") << u"36AAACB0001CAZK"_s << u"Hyderabad, TG 500001"_s << QStringList();
    QTest::newRow("Telangana TS") << u"36AAACB0001CAZK"_s << u"Hyderabad, TS 500001"_s << QStringList();
    QTest::newRow("Odisha as Orissa") << mh << u"Cuttack, Orissa"_s << QStringList{u"Odisha"_s};
    QTest::newRow("Andhra Pradesh for 37") << u"37AAACA1234A1ZJ"_s << u"Vijayawada, AP 520001"_s << QStringList();
    QTest::newRow("Andhra Pradesh for old 28") << u"28AAACA1234A1ZI"_s << u"Andhra Pradesh"_s << QStringList();
    QTest::newRow("New Delhi") << mh << u"Connaught Place, New Delhi 110001"_s << QStringList{u"Delhi"_s};
}

void TestGstin::stateMismatch()
{
    QFETCH(QString, gstin);
    QFETCH(QString, billTo);
    QFETCH(QStringList, mentions);
    const Result<Gstin> g = validateGstin(gstin);
    QVERIFY2(g.ok(), qPrintable(g.message()));
    const std::optional<QString> w = gstinStateMismatchWarning(*g, billTo);
    QCOMPARE(gstinStateMismatchWarning(gstin, billTo), w);
    if (mentions.isEmpty()) {
        QVERIFY2(!w, qPrintable(w.value_or(QString())));
        return;
    }
    QVERIFY(w);
    for (const QString &m : mentions)
        QVERIFY2(w->contains(m), qPrintable(u"'%1' not in: %2"_s.arg(m, *w)));
}

QTEST_GUILESS_MAIN(TestGstin)
#include "TestGstin.moc"
