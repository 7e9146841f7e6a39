// Settings → Scanner in the core: what the station may save (each refusal names the field and its fix), that only an
// admin may save, and that a save is all or nothing with its audit entry.

#include "app/core/Clock.h"
#include "app/scanner/ScannerSettings.h"
#include "app/services/ScannerSettingsService.h"
#include "app/services/Station.h"
#include "app/storage/AuditLog.h"

#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace fb;
using namespace Qt::StringLiterals;

class TestScannerSettingsService : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void refusesWhatTheStationCannotUse_data();
    void refusesWhatTheStationCannotUse();
    void usbIds_data();
    void usbIds();
    void adminSavesAllWithAudit();
    void onlyAnAdminMaySave();
    void invalidValuesSaveNothing();
    void aFailureHalfwaySavesNothing();

private:
    Actor actor(Role role) const { return Actor{QStringLiteral("U001"), QStringLiteral("Uma"), role, u"ST01"_s}; }

    std::unique_ptr<QTemporaryDir> m_dir;
    FakeClock m_clock;
    std::unique_ptr<Station> m_station;
};

void TestScannerSettingsService::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto s = Station::open(m_dir->path(), m_clock);
    QVERIFY2(s.ok(), qPrintable(s.message()));
    m_station = std::move(s).value();
}

void TestScannerSettingsService::cleanup()
{
    m_station.reset();
    m_dir.reset();
}

using Change = std::function<void(ScannerSettings &)>;

void TestScannerSettingsService::refusesWhatTheStationCannotUse_data()
{
    QTest::addColumn<Change>("change");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("words"); // what the message must say: the field as Settings labels it, and the fix

    QTest::newRow("serial without a port") << Change([](ScannerSettings &s) {
        s.source = ScannerSettings::Source::Serial;
        s.serial.port = QStringLiteral("  ");
    }) << u"scanner.serial.port"_s << u"Serial port is empty"_s;
    QTest::newRow("gap too short") << Change([](ScannerSettings &s) { s.serial.gapMs = 2; })
                                   << u"scanner.serial.gap_ms"_s
                                   << u"Inter-byte gap is 2; it should be from 5 to 5000 ms"_s;
    QTest::newRow("gap too long") << Change([](ScannerSettings &s) { s.serial.gapMs = 6000; })
                                  << u"scanner.serial.gap_ms"_s << u"Inter-byte gap is 6000"_s;
    QTest::newRow("baud") << Change([](ScannerSettings &s) { s.serial.baud = 10; }) << u"scanner.serial.baud"_s
                          << u"Baud rate is 10"_s;
    QTest::newRow("wedge min length") << Change([](ScannerSettings &s) { s.wedge.minLength = 0; })
                                      << u"scanner.wedge.min_length"_s << u"Minimum length is 0"_s;
    QTest::newRow("prefix escape") << Change([](ScannerSettings &s) { s.prefix = QStringLiteral("\\x2"); })
                                   << u"scanner.prefix"_s << u"\\x02"_s;
    QTest::newRow("suffix escape") << Change([](ScannerSettings &s) { s.suffix = QStringLiteral("A\\xZZ"); })
                                   << u"scanner.suffix"_s << u"Suffix"_s;
}

void TestScannerSettingsService::refusesWhatTheStationCannotUse()
{
    QFETCH(Change, change);
    QFETCH(QString, field);
    QFETCH(QString, words);
    ScannerSettings s;
    QVERIFY(s.validate().ok()); // the defaults are usable
    change(s);
    const Status v = s.validate();
    QVERIFY(!v.ok());
    QCOMPARE(v.error().field, field);
    QVERIFY2(v.message().contains(words), qPrintable(v.message()));
}

void TestScannerSettingsService::usbIds_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("id");
    QTest::newRow("lsusb") << u"0c2e"_s << true << 0x0c2e;
    QTest::newRow("0x upper") << u"0x0B8F"_s << true << 0x0b8f;
    QTest::newRow("empty is any") << u" "_s << true << 0;
    QTest::newRow("not hex") << u"12G4"_s << false << 0;
    QTest::newRow("too long") << u"10c2e"_s << false << 0;
    QTest::newRow("bare 0x") << u"0x"_s << false << 0;
}

void TestScannerSettingsService::usbIds()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(int, id);
    auto parsed = ScannerSettings::parseUsbId(text, u"Vendor id"_s, u"scanner.hid.vendor_id"_s);
    QCOMPARE(parsed.ok(), ok);
    if (ok) {
        QCOMPARE(int(*parsed), id);
    } else {
        QCOMPARE(parsed.error().field, u"scanner.hid.vendor_id"_s);
        QVERIFY2(parsed.message().startsWith(u"Vendor id '"_s), qPrintable(parsed.message()));
        QVERIFY2(parsed.message().contains(u"hex digits"_s), qPrintable(parsed.message()));
    }
}

void TestScannerSettingsService::adminSavesAllWithAudit()
{
    ScannerSettingsService service(m_station->db(), m_station->settings(), m_clock);
    ScannerSettings s;
    s.source = ScannerSettings::Source::Serial;
    s.serial.port = QStringLiteral("/dev/ttyACM0");
    s.serial.baud = 115200;
    s.serial.parity = QSerialPort::EvenParity;
    s.serial.dataBits = QSerialPort::Data7;
    s.serial.terminator = ScannerSettings::SerialTerminator::None;
    s.serial.gapMs = 80;
    s.hid.vendorId = 0x0c2e;
    s.prefix = QStringLiteral("\\x02");
    s.aim = false;
    const Status saved = service.save(actor(Role::Admin), s);
    QVERIFY2(saved.ok(), qPrintable(saved.message()));

    // Another station object on the same folder (a restart) reads the same settings.
    auto again = Station::open(m_dir->path(), m_clock);
    QVERIFY(again.ok());
    const ScannerSettings read = ScannerSettingsService(again.value()->db(), again.value()->settings(), m_clock).load();
    QCOMPARE(read.source, ScannerSettings::Source::Serial);
    QCOMPARE(read.serial.port, QStringLiteral("/dev/ttyACM0"));
    QCOMPARE(read.serial.baud, 115200);
    QCOMPARE(read.serial.parity, QSerialPort::EvenParity);
    QCOMPARE(read.serial.dataBits, QSerialPort::Data7);
    QCOMPARE(read.serial.terminator, ScannerSettings::SerialTerminator::None);
    QCOMPARE(read.serial.gapMs, 80);
    QCOMPARE(read.hid.vendorId, quint16(0x0c2e));
    QCOMPARE(read.prefix, QStringLiteral("\\x02"));
    QCOMPARE(read.aim, false);

    auto audit = AuditLog(m_station->db()).recent(5);
    QVERIFY(audit.ok());
    QVERIFY(!audit->isEmpty());
    QCOMPARE(audit->first().action, u"settings.scanner"_s);
    QCOMPARE(audit->first().operatorCode, u"U001"_s);
    QCOMPARE(audit->first().details, u"serial /dev/ttyACM0 115200 7E1 none"_s);
}

void TestScannerSettingsService::onlyAnAdminMaySave()
{
    ScannerSettingsService service(m_station->db(), m_station->settings(), m_clock);
    ScannerSettings s;
    s.source = ScannerSettings::Source::Hid;
    for (Role role : {Role::Warehouse, Role::Technician, Role::Supervisor}) {
        const Status refused = service.save(actor(role), s);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.message().contains(u"Admin"_s), qPrintable(refused.message()));
    }
    QVERIFY(m_station->settings().value(u"scanner.source"_s).isEmpty());
    QVERIFY(AuditLog(m_station->db()).recent(5)->isEmpty());
}

void TestScannerSettingsService::invalidValuesSaveNothing()
{
    ScannerSettingsService service(m_station->db(), m_station->settings(), m_clock);
    ScannerSettings good;
    good.source = ScannerSettings::Source::Serial;
    good.serial.port = QStringLiteral("ttyUSB0");
    QVERIFY(service.save(actor(Role::Admin), good).ok());
    const QStringList keysBefore = m_station->settings().keys();
    const qsizetype auditBefore = AuditLog(m_station->db()).recent(50)->size();

    ScannerSettings bad = good;
    bad.serial.baud = 19200;
    bad.serial.gapMs = 1; // refused, so the baud rate above must not be saved either
    const Status refused = service.save(actor(Role::Admin), bad);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().field, u"scanner.serial.gap_ms"_s);
    QCOMPARE(service.load().serial.baud, 9600);
    QCOMPARE(m_station->settings().keys(), keysBefore);
    QCOMPARE(AuditLog(m_station->db()).recent(50)->size(), auditBefore);
}

void TestScannerSettingsService::aFailureHalfwaySavesNothing()
{
    // The database refuses the last key (as a full disk would): the keys written before it must not stay, neither
    // in the file nor in what the station reads.
    auto trigger =
        m_station->db().exec(u"CREATE TRIGGER refuse_gs1 BEFORE INSERT ON settings WHEN NEW.key = 'scanner.gs1' "
                             "BEGIN SELECT RAISE(ABORT, 'disk full'); END"_s);
    QVERIFY2(trigger.ok(), qPrintable(trigger.message()));
    ScannerSettingsService service(m_station->db(), m_station->settings(), m_clock);
    ScannerSettings s;
    s.source = ScannerSettings::Source::Serial;
    s.serial.port = QStringLiteral("ttyUSB0");
    QVERIFY(!service.save(actor(Role::Admin), s).ok());
    QVERIFY(m_station->settings().value(u"scanner.source"_s).isEmpty());
    QVERIFY(m_station->settings().value(u"scanner.serial.port"_s).isEmpty());
    QCOMPARE(service.load().source, ScannerSettings::Source::Wedge);
    QVERIFY(AuditLog(m_station->db()).recent(5)->isEmpty());
}

QTEST_GUILESS_MAIN(TestScannerSettingsService)
#include "TestScannerSettingsService.moc"
