// Settings → Scanner, offscreen, with a real (virtual) serial port: socat links two ptys, the station's scanner opens
// one end after Apply, the test writes what a scanner would send on the other. What an admin notices: the state line,
// the test area, the message naming a wrong field, settings that are still there on the next start.

#include "app/core/Clock.h"
#include "app/scanner/SerialScanner.h"
#include "app/services/Station.h"
#include "app/storage/AuditLog.h"
#include "ui/preferences/PreferencesPage.h"
#include "ui/preferences/ScannerSettingsPanel.h"
#include "ui/scanner/KeyboardWedge.h"
#include "ui/scanner/ScannerHost.h"
#include "ui/shell/AppServices.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QSerialPort>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace fb;
using namespace Qt::Literals::StringLiterals;

class TestScannerSettingsPage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void serialScanArrivesAfterApply();
    void rememberedAfterTheSettingsPageIsBuiltAgain();
    void invalidFieldIsNamedAndNothingIsSaved();
    void onlyAnAdminMaySave();
    void switchingBackToTheWedge();
    void everyControlHasAnAccessibleNameAndIsReachableByTab();

private:
    void makePage(Role role = Role::Admin);
    void chooseSource(ScannerSettings::Source source);
    void chooseSerialPort(const QString &path);
    void apply();
    bool openHost();
    void write(const QByteArray &bytes);
    template <typename T> T *find(const char *name) const
    {
        T *w = m_page->findChild<T *>(QString::fromLatin1(name));
        if (!w)
            qFatal("no widget %s", name);
        return w;
    }
    QString label(const char *name) const { return find<QLabel>(name)->text(); }

    QString m_socatPath;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QProcess> m_socat;
    std::unique_ptr<QSerialPort> m_host;
    QString m_scannerLink;
    QString m_hostLink;
    FakeClock m_clock;
    std::unique_ptr<Station> m_station;
    std::unique_ptr<ScannerHost> m_scanner;
    AppServices m_services;
    std::unique_ptr<PreferencesPage> m_page;
};

void TestScannerSettingsPage::initTestCase()
{
    qRegisterMetaType<fb::Scan>();
    m_socatPath = QStandardPaths::findExecutable(QStringLiteral("socat"));
    QVERIFY2(!m_socatPath.isEmpty(), "socat is needed for the scanner settings tests (apt install socat)");
}

void TestScannerSettingsPage::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto s = Station::open(m_dir->filePath(u"station"_s), m_clock);
    QVERIFY2(s.ok(), qPrintable(s.message()));
    m_station = std::move(s).value();
    m_scannerLink = m_dir->filePath(u"scanner"_s);
    m_hostLink = m_dir->filePath(u"host"_s);
    m_socat = std::make_unique<QProcess>();
    m_socat->setProgram(m_socatPath);
    m_socat->setArguments(
        {u"-d"_s, u"-d"_s, u"pty,raw,echo=0,link="_s + m_scannerLink, u"pty,raw,echo=0,link="_s + m_hostLink});
    m_socat->start();
    QVERIFY(m_socat->waitForStarted(5000));
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(m_scannerLink) && QFileInfo::exists(m_hostLink), 10000);

    // As main() does: the station's scanner (the default, a keyboard wedge) is running before Settings is opened.
    m_scanner = std::make_unique<ScannerHost>(m_clock);
    QVERIFY(m_scanner->apply(ScannerSettings::load(m_station->settings())).ok());
    m_services = AppServices{};
    m_services.station = m_station.get();
    m_services.clock = &m_clock;
    m_services.scanner = m_scanner.get();
}

void TestScannerSettingsPage::cleanup()
{
    m_page.reset();
    if (m_host)
        m_host->close();
    m_host.reset();
    m_scanner.reset();
    if (m_socat && m_socat->state() != QProcess::NotRunning) {
        m_socat->terminate();
        if (!m_socat->waitForFinished(5000))
            m_socat->kill();
        m_socat->waitForFinished(5000);
    }
    m_socat.reset();
    m_station.reset();
    m_dir.reset();
}

void TestScannerSettingsPage::makePage(Role role)
{
    m_page = std::make_unique<PreferencesPage>(m_services);
    m_page->setActor(Actor{u"A001"_s, u"Asha"_s, role, u"ST01"_s});
    m_page->resize(900, 1400);
    m_page->show();
    m_page->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
    m_page->onShown();
}

void TestScannerSettingsPage::chooseSource(ScannerSettings::Source source)
{
    auto *combo = find<QComboBox>("scannerSourceCombo");
    combo->setFocus();
    const int index = combo->findData(int(source));
    QVERIFY(index >= 0);
    // The keyboard way: Home, then Down to the entry.
    QTest::keyClick(combo, Qt::Key_Home);
    for (int i = 0; i < index; ++i)
        QTest::keyClick(combo, Qt::Key_Down);
    QCOMPARE(combo->currentIndex(), index);
}

void TestScannerSettingsPage::chooseSerialPort(const QString &path)
{
    auto *port = find<QComboBox>("serialPortCombo");
    QVERIFY(port->isVisible());
    port->setFocus();
    port->lineEdit()->selectAll();
    QTest::keyClick(port->lineEdit(), Qt::Key_Delete);
    QTest::keyClicks(port->lineEdit(), path);
    QCOMPARE(port->currentText(), path);
}

void TestScannerSettingsPage::apply()
{
    // Ctrl+S, as the button's tooltip says; focus stays where it was, like a keyboard user's.
    QWidget *focus = QApplication::focusWidget();
    QVERIFY(focus);
    QTest::keyClick(focus, Qt::Key_S, Qt::ControlModifier);
}

bool TestScannerSettingsPage::openHost()
{
    m_host = std::make_unique<QSerialPort>();
    m_host->setPortName(m_hostLink);
    m_host->setBaudRate(9600);
    return m_host->open(QIODevice::WriteOnly);
}

void TestScannerSettingsPage::write(const QByteArray &bytes)
{
    QVERIFY(m_host && m_host->isOpen());
    QCOMPARE(m_host->write(bytes), bytes.size());
    QVERIFY(m_host->waitForBytesWritten(5000) || m_host->bytesToWrite() == 0);
}

void TestScannerSettingsPage::serialScanArrivesAfterApply()
{
    makePage();
    QVERIFY2(label("scannerStateLabel").startsWith(u"Connected — Keyboard scanner ready"_s),
             qPrintable(label("scannerStateLabel")));
    chooseSource(ScannerSettings::Source::Serial);
    chooseSerialPort(m_scannerLink);
    QSignalSpy notes(m_page.get(), &Page::notify);
    QSignalSpy switched(m_scanner.get(), &ScannerHost::sourceChanged);
    apply();

    QCOMPARE(switched.size(), 1);
    QVERIFY(qobject_cast<SerialScanner *>(m_scanner->source()));
    QTRY_VERIFY2(label("scannerStateLabel").startsWith(u"Connected — "_s), qPrintable(label("scannerStateLabel")));
    QVERIFY(label("scannerStateLabel").contains(m_scannerLink));
    QVERIFY(!notes.isEmpty());
    QCOMPARE(notes.last().at(1).toBool(), false);
    QVERIFY2(notes.last().at(0).toString().contains(u"Serial port"_s), qPrintable(notes.last().at(0).toString()));
    QCOMPARE(m_station->settings().value(u"scanner.source"_s), u"serial"_s);
    QCOMPARE(m_station->settings().value(u"scanner.serial.port"_s), m_scannerLink);

    // A scanner sends a code with its AIM identifier and CR: the test area shows it decoded, with what was sent.
    QVERIFY(openHost());
    write("]C0ABC123\r");
    QTRY_VERIFY2(label("lastScanLabel").startsWith(u"ABC123 ("_s), qPrintable(label("lastScanLabel")));
    QVERIFY2(label("lastScanLabel").contains(u"as sent: ]C0ABC123"_s), qPrintable(label("lastScanLabel")));

    // A code the decoder refuses shows why.
    write("]C1010950600013435321X1\r"); // GTIN check digit 3, should be 2
    QTRY_VERIFY2(label("lastScanLabel").startsWith(u"Refused: "_s), qPrintable(label("lastScanLabel")));
    QVERIFY2(label("lastScanLabel").contains(u"check digit"_s), qPrintable(label("lastScanLabel")));

    // Unplugged: the state line says it is waiting for the port.
    m_host->close();
    m_socat->terminate();
    QVERIFY(m_socat->waitForFinished(5000));
    QTRY_VERIFY2_WITH_TIMEOUT(label("scannerStateLabel").startsWith(u"Not connected — "_s),
                              qPrintable(label("scannerStateLabel")), 10000);
    QVERIFY2(label("scannerStateLabel").contains(m_scannerLink), qPrintable(label("scannerStateLabel")));
}

void TestScannerSettingsPage::rememberedAfterTheSettingsPageIsBuiltAgain()
{
    makePage();
    chooseSource(ScannerSettings::Source::Serial);
    chooseSerialPort(m_scannerLink);
    auto *baud = find<QComboBox>("serialBaudCombo");
    baud->setFocus();
    baud->lineEdit()->selectAll();
    QTest::keyClicks(baud->lineEdit(), u"19200"_s);
    auto *parity = find<QComboBox>("serialParityCombo");
    parity->setCurrentIndex(parity->findData(int(QSerialPort::EvenParity)));
    auto *terminator = find<QComboBox>("serialTerminatorCombo");
    terminator->setCurrentIndex(terminator->findData(int(ScannerSettings::SerialTerminator::None)));
    auto *gap = find<QSpinBox>("serialGapSpin");
    QVERIFY(gap->isEnabled()); // the gap only matters without a terminator
    gap->setValue(120);
    auto *prefix = find<QLineEdit>("scannerPrefixEdit");
    prefix->setFocus();
    QTest::keyClicks(prefix, u"\\x02"_s);
    find<QAbstractButton>("scannerAimCheck")->setChecked(false);
    apply();
    QTRY_VERIFY(qobject_cast<SerialScanner *>(m_scanner->source()));

    // Settings closed and the station restarted: a new page on the same data folder shows the same settings.
    m_page.reset();
    m_scanner.reset();
    m_station.reset();
    auto reopened = Station::open(m_dir->filePath(u"station"_s), m_clock);
    QVERIFY(reopened.ok());
    m_station = std::move(reopened).value();
    m_scanner = std::make_unique<ScannerHost>(m_clock);
    m_services.station = m_station.get();
    m_services.scanner = m_scanner.get();
    makePage();
    QCOMPARE(find<QComboBox>("scannerSourceCombo")->currentData().toInt(), int(ScannerSettings::Source::Serial));
    QVERIFY(find<QComboBox>("serialPortCombo")->isVisible());
    QCOMPARE(find<QComboBox>("serialPortCombo")->currentText(), m_scannerLink);
    QCOMPARE(find<QComboBox>("serialBaudCombo")->currentText(), u"19200"_s);
    QCOMPARE(find<QComboBox>("serialParityCombo")->currentData().toInt(), int(QSerialPort::EvenParity));
    QCOMPARE(find<QComboBox>("serialTerminatorCombo")->currentData().toInt(),
             int(ScannerSettings::SerialTerminator::None));
    QCOMPARE(find<QSpinBox>("serialGapSpin")->value(), 120);
    QCOMPARE(find<QLineEdit>("scannerPrefixEdit")->text(), u"\\x02"_s);
    QVERIFY(!find<QAbstractButton>("scannerAimCheck")->isChecked());
    QVERIFY(find<QLabel>("scannerErrorLabel")->isHidden());
}

void TestScannerSettingsPage::invalidFieldIsNamedAndNothingIsSaved()
{
    makePage();
    QSignalSpy switched(m_scanner.get(), &ScannerHost::sourceChanged);
    auto *error = find<QLabel>("scannerErrorLabel");

    // Serial without a port.
    chooseSource(ScannerSettings::Source::Serial);
    chooseSerialPort(QString());
    find<QLineEdit>("scannerPrefixEdit")->setText(u"STX"_s); // must not be saved either
    apply();
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().startsWith(u"Serial port is empty"_s), qPrintable(error->text()));
    auto *port = find<QComboBox>("serialPortCombo"); // the cursor is where the fix goes
    QVERIFY(QApplication::focusWidget() == port || QApplication::focusWidget() == port->lineEdit());

    // A gap typed out of range, applied before leaving the field.
    chooseSerialPort(m_scannerLink);
    auto *terminator = find<QComboBox>("serialTerminatorCombo");
    terminator->setCurrentIndex(terminator->findData(int(ScannerSettings::SerialTerminator::None)));
    auto *gap = find<QSpinBox>("serialGapSpin");
    gap->setFocus();
    gap->selectAll();
    QTest::keyClicks(gap, u"2"_s);
    apply();
    QVERIFY2(error->text().startsWith(u"Inter-byte gap '2' is not a number from 5 to 5000 ms"_s),
             qPrintable(error->text()));

    // HID POS with a vendor id that is not hex.
    chooseSource(ScannerSettings::Source::Hid);
    auto *vendor = find<QLineEdit>("hidVendorIdEdit");
    QVERIFY(vendor->isVisible());
    vendor->setFocus();
    QTest::keyClicks(vendor, u"12G4"_s);
    apply();
    QVERIFY2(error->text().startsWith(u"Vendor id '12G4' is not a USB id"_s), qPrintable(error->text()));
    QCOMPARE(QApplication::focusWidget(), vendor);

    // Nothing was saved and the running scanner is still the wedge.
    QVERIFY(m_station->settings().value(u"scanner.source"_s).isEmpty());
    QVERIFY(m_station->settings().value(u"scanner.prefix"_s).isEmpty());
    QVERIFY(m_station->settings().value(u"scanner.serial.port"_s).isEmpty());
    QCOMPARE(switched.size(), 0);
    QVERIFY(qobject_cast<KeyboardWedge *>(m_scanner->source()));

    // Fixed: saved, and the message goes away.
    vendor->selectAll();
    QTest::keyClicks(vendor, u"0x0C2E"_s);
    apply();
    QVERIFY2(error->isHidden(), qPrintable(error->text()));
    QCOMPARE(m_station->settings().value(u"scanner.source"_s), u"hid"_s);
    QCOMPARE(m_station->settings().value(u"scanner.hid.vendor_id"_s), u"0c2e"_s);
}

void TestScannerSettingsPage::onlyAnAdminMaySave()
{
    makePage(Role::Supervisor);
    chooseSource(ScannerSettings::Source::Serial);
    chooseSerialPort(m_scannerLink);
    apply();
    const QString message = label("scannerErrorLabel");
    QVERIFY2(message.contains(u"needs the Admin role"_s), qPrintable(message));
    QVERIFY(m_station->settings().value(u"scanner.source"_s).isEmpty());
    QVERIFY(qobject_cast<KeyboardWedge *>(m_scanner->source()));
    QVERIFY(AuditLog(m_station->db()).recent(5)->isEmpty());
}

void TestScannerSettingsPage::switchingBackToTheWedge()
{
    makePage();
    chooseSource(ScannerSettings::Source::Serial);
    chooseSerialPort(m_scannerLink);
    apply();
    QTRY_VERIFY2(label("scannerStateLabel").startsWith(u"Connected — "_s), qPrintable(label("scannerStateLabel")));

    chooseSource(ScannerSettings::Source::Wedge);
    find<QSpinBox>("wedgeMinLengthSpin")->setValue(4);
    apply();
    QCOMPARE(m_station->settings().value(u"scanner.source"_s), u"wedge"_s);
    QVERIFY(qobject_cast<KeyboardWedge *>(m_scanner->source()));
    QVERIFY2(label("scannerStateLabel").startsWith(u"Connected — Keyboard scanner ready"_s),
             qPrintable(label("scannerStateLabel")));

    // The serial port was let go: another program (here, the test) can open it now.
    QSerialPort port;
    port.setPortName(m_scannerLink);
    QVERIFY2(port.open(QIODevice::ReadOnly), qPrintable(port.errorString()));
    port.close();

    // A wedge scan in the test field: a fast burst with Enter (the fake clock does not move, so 0 ms between keys).
    auto *field = find<QLineEdit>("testScanEdit");
    field->setFocus();
    QTRY_VERIFY(field->hasFocus());
    QTest::keyClicks(field, u"WX99"_s);
    QTest::keyClick(field, Qt::Key_Return);
    QTRY_VERIFY2(label("lastScanLabel").startsWith(u"WX99 ("_s), qPrintable(label("lastScanLabel")));
    QVERIFY(field->text().isEmpty()); // the scanner's keys did not land as text
}

void TestScannerSettingsPage::everyControlHasAnAccessibleNameAndIsReachableByTab()
{
    makePage();
    auto *panel = m_page->scannerPanel();
    QStringList missing;
    for (QWidget *w : panel->findChildren<QWidget *>()) {
        const bool control = qobject_cast<QAbstractButton *>(w) || qobject_cast<QComboBox *>(w) ||
                             qobject_cast<QAbstractSpinBox *>(w) || qobject_cast<QLineEdit *>(w);
        if (!control || qobject_cast<QAbstractSpinBox *>(w->parentWidget()) ||
            qobject_cast<QComboBox *>(w->parentWidget()))
            continue; // the line edit inside a spin box or combo box is named through its owner
        if (w->accessibleName().isEmpty())
            missing << w->objectName();
    }
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u", ")));

    // Tab from the source choice walks the serial fields, decoding, Apply and the test field.
    chooseSource(ScannerSettings::Source::Serial);
    auto *source = find<QComboBox>("scannerSourceCombo");
    source->setFocus();
    QStringList reached;
    for (int i = 0; i < 40 && QApplication::focusWidget(); ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget *f = QApplication::focusWidget();
        if (f && panel->isAncestorOf(f))
            reached << (f->objectName().isEmpty() && f->parentWidget() ? f->parentWidget()->objectName()
                                                                       : f->objectName());
    }
    for (const char *name :
         {"serialPortCombo", "refreshSerialPortsButton", "serialBaudCombo", "serialDataBitsCombo", "serialParityCombo",
          "serialStopBitsCombo", "serialFlowCombo", "serialTerminatorCombo", "serialReconnectSpin", "scannerPrefixEdit",
          "scannerSuffixEdit", "scannerAimCheck", "scannerGs1Check", "applyScannerButton", "testScanEdit"})
        QVERIFY2(reached.contains(QString::fromLatin1(name)), name);
}

QTEST_MAIN(TestScannerSettingsPage)
#include "TestScannerSettingsPage.moc"
