// A serial scanner on a real (virtual) serial port: socat links two ptys, the scanner opens one end, the test writes
// the bytes a scanner would send on the other. Unplug is socat going away; replug is socat coming back.

#include "app/core/Clock.h"
#include "app/scanner/SerialScanner.h"

#include <QFileInfo>
#include <QProcess>
#include <QSerialPort>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace fb;

class TestSerialScanner : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void framesByTerminator_data();
    void framesByTerminator();
    void framesByGapWithoutTerminator();
    void splitWriteBecomesOneScan();
    void gs1OverSerialAndRefusals();
    void unplugThenReplugReconnects_data();
    void unplugThenReplugReconnects();
    void startsBeforeScannerIsPluggedIn();

private:
    bool startSocat();
    void stopSocat(bool hard = false);
    bool openHost();
    void write(const QByteArray &bytes);
    std::unique_ptr<SerialScanner> makeScanner(ScannerSettings::SerialTerminator terminator, int gapMs = 50);

    QString m_socatPath;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QProcess> m_socat;
    std::unique_ptr<QSerialPort> m_host;
    FakeClock m_clock;
    QString m_scannerLink;
    QString m_hostLink;
};

void TestSerialScanner::initTestCase()
{
    qRegisterMetaType<fb::Scan>();
    m_socatPath = QStandardPaths::findExecutable(QStringLiteral("socat"));
    QVERIFY2(!m_socatPath.isEmpty(), "socat is needed for the serial scanner tests (apt install socat)");
}

void TestSerialScanner::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_scannerLink = m_dir->filePath(QStringLiteral("scanner"));
    m_hostLink = m_dir->filePath(QStringLiteral("host"));
}

void TestSerialScanner::cleanup()
{
    if (m_host)
        m_host->close();
    m_host.reset();
    stopSocat();
    m_dir.reset();
}

bool TestSerialScanner::startSocat()
{
    m_socat = std::make_unique<QProcess>();
    m_socat->setProgram(m_socatPath);
    m_socat->setArguments({QStringLiteral("-d"), QStringLiteral("-d"),
                           QStringLiteral("pty,raw,echo=0,link=") + m_scannerLink,
                           QStringLiteral("pty,raw,echo=0,link=") + m_hostLink});
    m_socat->start();
    return m_socat->waitForStarted(5000);
}

void TestSerialScanner::stopSocat(bool hard)
{
    if (!m_socat)
        return;
    if (hard && m_socat->state() != QProcess::NotRunning) {
        m_socat->kill(); // SIGKILL: the links stay behind, pointing at ptys that are gone
        m_socat->waitForFinished(5000);
    }
    if (m_socat->state() != QProcess::NotRunning) {
        m_socat->terminate(); // socat removes its links on SIGTERM, as a device node goes away on unplug
        if (!m_socat->waitForFinished(5000)) {
            m_socat->kill();
            m_socat->waitForFinished(5000);
        }
    }
    m_socat.reset();
}

bool TestSerialScanner::openHost()
{
    m_host = std::make_unique<QSerialPort>();
    m_host->setPortName(m_hostLink);
    m_host->setBaudRate(9600);
    return m_host->open(QIODevice::WriteOnly);
}

void TestSerialScanner::write(const QByteArray &bytes)
{
    QVERIFY(m_host && m_host->isOpen());
    QCOMPARE(m_host->write(bytes), bytes.size());
    QVERIFY(m_host->waitForBytesWritten(5000) || m_host->bytesToWrite() == 0);
}

std::unique_ptr<SerialScanner> TestSerialScanner::makeScanner(ScannerSettings::SerialTerminator terminator, int gapMs)
{
    ScannerSettings::Serial s;
    s.port = m_scannerLink;
    s.terminator = terminator;
    s.gapMs = gapMs;
    s.reconnectMs = 100;
    return std::make_unique<SerialScanner>(s, ScanDecoder(), m_clock);
}

void TestSerialScanner::framesByTerminator_data()
{
    QTest::addColumn<int>("terminator");
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("CR") << int(ScannerSettings::SerialTerminator::Cr) << QByteArray("ABC123\rDEF456\r");
    QTest::newRow("LF") << int(ScannerSettings::SerialTerminator::Lf) << QByteArray("ABC123\nDEF456\n");
    QTest::newRow("CRLF") << int(ScannerSettings::SerialTerminator::CrLf) << QByteArray("ABC123\r\nDEF456\r\n");
    // A scanner sending CRLF to a station set to CR must not produce a stray empty scan or a leading LF.
    QTest::newRow("CRLF sent, CR set") << int(ScannerSettings::SerialTerminator::Cr)
                                       << QByteArray("ABC123\r\nDEF456\r\n");
}

void TestSerialScanner::framesByTerminator()
{
    QFETCH(int, terminator);
    QFETCH(QByteArray, bytes);
    QVERIFY(startSocat());
    QTRY_VERIFY(QFileInfo::exists(m_scannerLink) && QFileInfo::exists(m_hostLink));

    auto scanner = makeScanner(static_cast<ScannerSettings::SerialTerminator>(terminator));
    QSignalSpy scans(scanner.get(), &ScanSource::scanned);
    QSignalSpy rejected(scanner.get(), &ScanSource::scanRejected);
    scanner->start();
    QCOMPARE(scanner->state(), ScanSource::State::Connected);
    QVERIFY(openHost());

    write(bytes);
    QTRY_COMPARE(scans.size(), 2);
    const auto first = scans.at(0).at(0).value<Scan>();
    const auto second = scans.at(1).at(0).value<Scan>();
    QCOMPARE(first.text, QStringLiteral("ABC123"));
    QCOMPARE(second.text, QStringLiteral("DEF456"));
    QCOMPARE(first.raw, QByteArray("ABC123"));
    QCOMPARE(first.source, QStringLiteral("serial"));
    QCOMPARE(first.at, m_clock.now());
    QCOMPARE(rejected.size(), 0);
    QCOMPARE(scanner->pendingBytes(), 0);
}

void TestSerialScanner::framesByGapWithoutTerminator()
{
    QVERIFY(startSocat());
    QTRY_VERIFY(QFileInfo::exists(m_scannerLink) && QFileInfo::exists(m_hostLink));
    auto scanner = makeScanner(ScannerSettings::SerialTerminator::None, 60);
    QSignalSpy scans(scanner.get(), &ScanSource::scanned);
    scanner->start();
    QVERIFY(openHost());

    write("NOTERM1");
    QVERIFY(scans.wait(5000));
    QCOMPARE(scans.size(), 1);
    QCOMPARE(scans.at(0).at(0).value<Scan>().text, QStringLiteral("NOTERM1"));

    m_clock.advanceMs(1000);
    write("NOTERM2");
    QVERIFY(scans.wait(5000));
    QCOMPARE(scans.size(), 2);
    const auto second = scans.at(1).at(0).value<Scan>();
    QCOMPARE(second.text, QStringLiteral("NOTERM2"));
    QCOMPARE(second.at, m_clock.now()); // timestamps come from the injected clock
}

void TestSerialScanner::splitWriteBecomesOneScan()
{
    QVERIFY(startSocat());
    QTRY_VERIFY(QFileInfo::exists(m_scannerLink) && QFileInfo::exists(m_hostLink));
    auto scanner = makeScanner(ScannerSettings::SerialTerminator::Cr);
    QSignalSpy scans(scanner.get(), &ScanSource::scanned);
    scanner->start();
    QVERIFY(openHost());

    write("SPL");
    QTRY_COMPARE(scanner->pendingBytes(), 3); // the first half has arrived and is held, not delivered
    QCOMPARE(scans.size(), 0);
    write("IT99\r");
    QTRY_COMPARE(scans.size(), 1);
    QCOMPARE(scans.at(0).at(0).value<Scan>().text, QStringLiteral("SPLIT99"));
}

void TestSerialScanner::gs1OverSerialAndRefusals()
{
    QVERIFY(startSocat());
    QTRY_VERIFY(QFileInfo::exists(m_scannerLink) && QFileInfo::exists(m_hostLink));
    auto scanner = makeScanner(ScannerSettings::SerialTerminator::CrLf);
    scanner->setStaleMs(200);
    QSignalSpy scans(scanner.get(), &ScanSource::scanned);
    QSignalSpy rejected(scanner.get(), &ScanSource::scanRejected);
    scanner->start();
    QVERIFY(openHost());

    write(QByteArray("]d20109506000134352") + "21SN-0042\x1d"
                                              "10LOT7\r\n");
    QTRY_COMPARE(scans.size(), 1);
    const auto scan = scans.at(0).at(0).value<Scan>();
    QCOMPARE(scan.text, QStringLiteral("SN-0042"));
    QCOMPARE(scan.gtin, QStringLiteral("09506000134352"));
    QCOMPARE(scan.symbology, QStringLiteral("GS1 DataMatrix"));

    write("]C10109506000134353"
          "21SN-0043\r\n");
    QTRY_COMPARE(rejected.size(), 1);
    QVERIFY2(rejected.at(0).at(0).toString().contains(u"should be 2"), qPrintable(rejected.at(0).at(0).toString()));
    QCOMPARE(rejected.at(0).at(1).toByteArray(), QByteArray("]C10109506000134353"
                                                            "21SN-0043"));

    // A code without the configured ending is dropped with a reason, not glued to the next scan.
    write("HALFCODE");
    QTRY_COMPARE(rejected.size(), 2);
    QVERIFY2(rejected.at(1).at(0).toString().contains(u"CRLF"), qPrintable(rejected.at(1).at(0).toString()));
    write("WHOLE1\r\n");
    QTRY_COMPARE(scans.size(), 2);
    QCOMPARE(scans.at(1).at(0).value<Scan>().text, QStringLiteral("WHOLE1"));
}

void TestSerialScanner::unplugThenReplugReconnects_data()
{
    QTest::addColumn<bool>("hard");
    QTest::newRow("socat ends (links removed)") << false;
    QTest::newRow("socat killed (stale links)") << true;
}

void TestSerialScanner::unplugThenReplugReconnects()
{
    QFETCH(bool, hard);
    QVERIFY(startSocat());
    QTRY_VERIFY(QFileInfo::exists(m_scannerLink) && QFileInfo::exists(m_hostLink));
    auto scanner = makeScanner(ScannerSettings::SerialTerminator::Cr);
    QSignalSpy scans(scanner.get(), &ScanSource::scanned);
    QSignalSpy states(scanner.get(), &ScanSource::stateChanged);
    scanner->start();
    QCOMPARE(scanner->state(), ScanSource::State::Connected);
    QVERIFY(openHost());
    write("BEFORE1\r");
    QTRY_COMPARE(scans.size(), 1);

    // Unplug: the pty goes away under the open port.
    m_host->close();
    stopSocat(hard);
    QTRY_COMPARE(scanner->state(), ScanSource::State::Disconnected);
    QVERIFY2(scanner->stateMessage().contains(u"unplugged"), qPrintable(scanner->stateMessage()));
    QVERIFY2(scanner->stateMessage().contains(m_scannerLink), qPrintable(scanner->stateMessage()));
    QCOMPARE(states.last().at(0).value<ScanSource::State>(), ScanSource::State::Disconnected);

    // Replug: the same link names come back (a new pty behind them); the scanner finds it by itself.
    QVERIFY(startSocat());
    QTRY_VERIFY(QFileInfo::exists(m_scannerLink) && QFileInfo::exists(m_hostLink));
    QTRY_COMPARE(scanner->state(), ScanSource::State::Connected);
    QCOMPARE(states.last().at(0).value<ScanSource::State>(), ScanSource::State::Connected);
    QVERIFY(openHost());
    write("AFTER2\r");
    QTRY_COMPARE(scans.size(), 2);
    QCOMPARE(scans.at(1).at(0).value<Scan>().text, QStringLiteral("AFTER2"));
}

void TestSerialScanner::startsBeforeScannerIsPluggedIn()
{
    auto scanner = makeScanner(ScannerSettings::SerialTerminator::Cr);
    QSignalSpy scans(scanner.get(), &ScanSource::scanned);
    scanner->start();
    QCOMPARE(scanner->state(), ScanSource::State::Disconnected);
    QVERIFY2(scanner->stateMessage().contains(u"plug it in"), qPrintable(scanner->stateMessage()));

    QVERIFY(startSocat());
    QTRY_VERIFY(QFileInfo::exists(m_scannerLink) && QFileInfo::exists(m_hostLink));
    QTRY_COMPARE(scanner->state(), ScanSource::State::Connected);
    QVERIFY(openHost());
    write("LATE01\r");
    QTRY_COMPARE(scans.size(), 1);

    scanner->stop();
    QCOMPARE(scanner->state(), ScanSource::State::Disconnected);
    write("IGNORED\r");
    QVERIFY(!scans.wait(300)); // nothing may arrive after stop()
    QCOMPARE(scans.size(), 1);
}

QTEST_GUILESS_MAIN(TestSerialScanner)
#include "TestSerialScanner.moc"
