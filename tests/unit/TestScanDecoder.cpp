// Decoding what scanners send: golden-file folders (tests/data/decode/<case>/) plus the settings that configure it.

#include "GoldenCases.h"
#include "app/scanner/ScanDecoder.h"
#include "app/scanner/ScannerSettings.h"
#include "app/storage/Database.h"
#include "app/storage/SettingsStore.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace fb;
using fb::test::addGoldenCases;

class TestScanDecoder : public QObject
{
    Q_OBJECT
private slots:
    void decode_data();
    void decode();
    void checkDigit_data();
    void checkDigit();
    void escapesRoundTrip();
    void settingsRoundTrip();
    void badSettingsFallBackAndAreNamed();
};

namespace {
QJsonObject readJson(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}
} // namespace

void TestScanDecoder::decode_data()
{
    addGoldenCases(QStringLiteral("decode"), 12);
}

void TestScanDecoder::decode()
{
    QFETCH(QString, folder);
    QFile input(folder + QStringLiteral("/input.bin"));
    QVERIFY2(input.open(QIODevice::ReadOnly), qPrintable(input.fileName()));
    const QByteArray raw = input.readAll();
    const QJsonObject config = readJson(folder + QStringLiteral("/config.json"));
    const QJsonObject expected = readJson(folder + QStringLiteral("/expected.json"));
    QVERIFY2(!expected.isEmpty(), "expected.json missing or empty");

    ScannerConfig c;
    c.prefix = ScanDecoder::unescape(config.value(u"prefix").toString());
    c.suffix = ScanDecoder::unescape(config.value(u"suffix").toString());
    c.stripAim = config.value(u"aim").toBool(true);
    c.gs1 = config.value(u"gs1").toBool(true);
    const Result<DecodedScan> r = ScanDecoder(c).decode(raw);

    if (expected.contains(u"error_code")) {
        QVERIFY2(!r.ok(), qPrintable(QStringLiteral("decoded to ") + (r.ok() ? r->text : QString())));
        QCOMPARE(r.error().code, expected.value(u"error_code").toString());
        QVERIFY2(r.message().contains(expected.value(u"error_contains").toString()), qPrintable(r.message()));
        return;
    }
    QVERIFY2(r.ok(), qPrintable(r.message()));
    const auto check = [&](const char *key, const QString &actual) {
        const QString k = QString::fromLatin1(key);
        if (expected.contains(k))
            QCOMPARE(actual, expected.value(k).toString());
    };
    check("text", r->text);
    check("symbology", r->symbology);
    check("aim", r->aimId);
    check("gtin", r->gtin);
    check("serial", r->serial);
    check("batch", r->batch);
    check("expiry", r->expiry);
}

void TestScanDecoder::checkDigit_data()
{
    QTest::addColumn<QString>("digits");
    QTest::addColumn<int>("expected");
    QTest::newRow("GTIN-14") << QStringLiteral("09506000134352") << 2;
    QTest::newRow("EAN-13") << QStringLiteral("4006381333931") << 1;
    QTest::newRow("EAN-8") << QStringLiteral("96385074") << 4;
    QTest::newRow("SSCC") << QStringLiteral("106141411234567897") << 7;
    QTest::newRow("not digits") << QStringLiteral("0950600A134352") << -1;
}

void TestScanDecoder::checkDigit()
{
    QFETCH(QString, digits);
    QFETCH(int, expected);
    QCOMPARE(ScanDecoder::gs1CheckDigit(digits), expected);
}

void TestScanDecoder::escapesRoundTrip()
{
    const QByteArray bytes("\x02"
                           "A\\B\r\n\t\x1d",
                           8);
    QCOMPARE(ScanDecoder::escape(bytes), QStringLiteral("\\x02A\\\\B\\r\\n\\t\\x1d"));
    QCOMPARE(ScanDecoder::unescape(ScanDecoder::escape(bytes)), bytes);
    QCOMPARE(ScanDecoder::unescape(QStringLiteral("\\xZZ")), QByteArray("\\xZZ"));
}

void TestScanDecoder::settingsRoundTrip()
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("station.sqlite")));
    QVERIFY2(db.ok(), qPrintable(db.message()));
    SettingsStore store(*db.value());

    const ScannerSettings defaults = ScannerSettings::load(store);
    QCOMPARE(defaults.source, ScannerSettings::Source::Wedge);
    QCOMPARE(defaults.wedge.maxInterKeyMs, 35);
    QCOMPARE(defaults.wedge.minLength, 6);

    ScannerSettings s;
    s.source = ScannerSettings::Source::Serial;
    s.serial.port = QStringLiteral("ttyUSB1");
    s.serial.baud = 115200;
    s.serial.dataBits = QSerialPort::Data7;
    s.serial.parity = QSerialPort::EvenParity;
    s.serial.stopBits = QSerialPort::TwoStop;
    s.serial.flow = QSerialPort::HardwareControl;
    s.serial.terminator = ScannerSettings::SerialTerminator::None;
    s.serial.gapMs = 80;
    s.wedge.maxInterKeyMs = 50;
    s.wedge.minLength = 8;
    s.wedge.terminator = ScannerSettings::WedgeTerminator::Tab;
    s.prefix = QStringLiteral("\\x02");
    s.suffix = QStringLiteral("\\x03");
    s.aim = false;
    s.gs1 = false;
    const Status saved = s.save(store);
    QVERIFY2(saved.ok(), qPrintable(saved.message()));
    QCOMPARE(store.value(QStringLiteral("scanner.serial.terminator")), QStringLiteral("none"));
    QCOMPARE(store.value(QStringLiteral("scanner.serial.parity")), QStringLiteral("even"));

    QStringList problems;
    const ScannerSettings back = ScannerSettings::load(store, &problems);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    QCOMPARE(back.source, s.source);
    QCOMPARE(back.serial.port, s.serial.port);
    QCOMPARE(back.serial.baud, s.serial.baud);
    QCOMPARE(back.serial.dataBits, s.serial.dataBits);
    QCOMPARE(back.serial.parity, s.serial.parity);
    QCOMPARE(back.serial.stopBits, s.serial.stopBits);
    QCOMPARE(back.serial.flow, s.serial.flow);
    QCOMPARE(back.serial.terminator, s.serial.terminator);
    QCOMPARE(back.serial.gapMs, s.serial.gapMs);
    QCOMPARE(back.wedge.maxInterKeyMs, 50);
    QCOMPARE(back.wedge.minLength, 8);
    QCOMPARE(back.wedge.terminator, ScannerSettings::WedgeTerminator::Tab);
    QCOMPARE(back.decoderConfig().prefix, QByteArray("\x02"));
    QCOMPARE(back.decoderConfig().suffix, QByteArray("\x03"));
    QCOMPARE(back.aim, false);
    QCOMPARE(back.gs1, false);
}

void TestScanDecoder::badSettingsFallBackAndAreNamed()
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("station.sqlite")));
    QVERIFY2(db.ok(), qPrintable(db.message()));
    SettingsStore store(*db.value());
    QVERIFY(store.setValue(QStringLiteral("scanner.serial.terminator"), QStringLiteral("semicolon")).ok());
    QVERIFY(store.setValue(QStringLiteral("scanner.wedge.max_interkey_ms"), QStringLiteral("fast")).ok());

    QStringList problems;
    const ScannerSettings s = ScannerSettings::load(store, &problems);
    QCOMPARE(s.serial.terminator, ScannerSettings::SerialTerminator::Cr);
    QCOMPARE(s.wedge.maxInterKeyMs, 35);
    QCOMPARE(problems.size(), 2);
    QVERIFY2(problems.join(u'\n').contains(u"scanner.serial.terminator"), qPrintable(problems.join(u'\n')));
    QVERIFY2(problems.join(u'\n').contains(u"cr, lf, crlf, none"), qPrintable(problems.join(u'\n')));
}

QTEST_GUILESS_MAIN(TestScanDecoder)
#include "TestScanDecoder.moc"
