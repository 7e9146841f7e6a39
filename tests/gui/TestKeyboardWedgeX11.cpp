// The keyboard wedge in the real window with real X key events. The test starts its own Xvfb, runs Qt's xcb platform
// on it, wires the station's scanner as main() does (ScannerHost → MainWindow::setScanSource) and types with xdotool,
// whose XTest key events go through the X server, xkb and Qt's xcb key handling like a USB scanner's: Shift pressed
// and released around every upper-case letter, Caps Lock, a modal dialog, at a scanner's pace (about 9 ms a key) and a
// person's (80 ms). Synthetic QKeyEvents cannot show what X sends; TestKeyboardWedge covers the rules in detail.
#include "StagesGui.h"

#include "app/services/SerialGenerationService.h"
#include "ui/inward/InwardModel.h"
#include "ui/inward/InwardPage.h"
#include "ui/inward/RefusedModel.h"
#include "ui/lookup/LookupDialog.h"
#include "ui/scanner/KeyboardWedge.h"
#include "ui/scanner/ScannerHost.h"
#include "ui/widgets/ResultBanner.h"

#include <QComboBox>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <string>

#include <poll.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace fb;
using namespace fb::test;

namespace {

// Our own X server on a display number it picks itself (-displayfd), so the test needs no display and runs beside
// others; it goes when the test ends, even if the test crashes.
class XvfbServer
{
public:
    XvfbServer() = default;
    XvfbServer(const XvfbServer &) = delete;
    XvfbServer &operator=(const XvfbServer &) = delete;
    ~XvfbServer()
    {
        stop();
        if (m_log)
            std::fclose(m_log);
    }

    // ":N" once the server accepts clients, or empty with *why.
    QByteArray start(QString *why)
    {
        int fds[2];
        if (::pipe(fds) != 0) {
            *why = QStringLiteral("pipe: %1").arg(QString::fromLocal8Bit(std::strerror(errno)));
            return {};
        }
        m_log = std::tmpfile();
        const pid_t pid = ::fork();
        if (pid < 0) {
            *why = QStringLiteral("fork: %1").arg(QString::fromLocal8Bit(std::strerror(errno)));
            return {};
        }
        if (pid == 0) {
            ::close(fds[0]);
            ::prctl(PR_SET_PDEATHSIG, SIGTERM);
            if (m_log) {
                ::dup2(::fileno(m_log), STDOUT_FILENO);
                ::dup2(::fileno(m_log), STDERR_FILENO);
            }
            const std::string fd = std::to_string(fds[1]);
            ::execlp("Xvfb", "Xvfb", "-displayfd", fd.c_str(), "-screen", "0", "1366x768x24", "-nolisten", "tcp",
                     static_cast<char *>(nullptr));
            std::fprintf(stderr, "cannot run Xvfb: %s\n", std::strerror(errno));
            ::_exit(127);
        }
        m_pid = pid;
        ::close(fds[1]);
        QByteArray number;
        pollfd readable{fds[0], POLLIN, 0};
        while (!number.contains('\n') && ::poll(&readable, 1, 20000) > 0) {
            char buffer[16];
            const ssize_t n = ::read(fds[0], buffer, sizeof buffer);
            if (n <= 0)
                break; // Xvfb exited
            number.append(buffer, n);
        }
        ::close(fds[0]);
        number = number.trimmed();
        if (number.isEmpty()) {
            stop();
            *why = QStringLiteral("Xvfb did not start (or not within 20 s): %1").arg(log());
            return {};
        }
        return ':' + number;
    }

    void stop()
    {
        if (m_pid > 0) {
            ::kill(m_pid, SIGTERM);
            ::waitpid(m_pid, nullptr, 0);
            m_pid = -1;
        }
    }

private:
    QString log() const
    {
        if (!m_log)
            return QStringLiteral("(no log)");
        std::rewind(m_log);
        QByteArray text;
        char buffer[4096];
        while (const size_t n = std::fread(buffer, 1, sizeof buffer, m_log))
            text.append(buffer, qsizetype(n));
        return QString::fromLocal8Bit(text.right(2000)).trimmed();
    }

    pid_t m_pid = -1;
    std::FILE *m_log = nullptr;
};

QString g_noX; // why there is no X server to test on, if there is none

} // namespace

class TestKeyboardWedgeX11 : public QObject
{
    Q_OBJECT

    StagesWindow m_w;       // the station and its window; its FakeClock pins the station's day to seed 000's
    SystemClock m_keyClock; // real keys need real time: the scanner host (and so the wedge) runs on this clock
    std::unique_ptr<ScannerHost> m_scanner;

    InwardPage *page() const { return qobject_cast<InwardPage *>(m_w.window->page(QStringLiteral("inward"))); }
    QLineEdit *scanField() const { return page()->findChild<QLineEdit *>(QStringLiteral("serialLineEdit")); }
    ResultBanner *banner() const { return page()->findChild<ResultBanner *>(QStringLiteral("resultBanner")); }
    KeyboardWedge *wedge() const { return qobject_cast<KeyboardWedge *>(m_scanner->source()); }

    // xdotool sends its keys through XTest while this test's event loop keeps running (QSignalSpy::wait).
    void xdotool(const QStringList &args)
    {
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(QStringLiteral("xdotool"), args);
        QVERIFY2(
            finished.wait(60000),
            qPrintable(QStringLiteral("xdotool %1 did not finish: %2").arg(args.join(u' '), process.errorString())));
        QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0,
                 qPrintable(
                     QStringLiteral("xdotool %1: %2").arg(args.join(u' '), QString::fromLocal8Bit(process.readAll()))));
    }

    // xdotool 3.20160805 (Debian 12) presses a key every delay/2 ms: measured with xev, --delay 16 gives 8–13 ms
    // between key presses, --delay 160 gives 81–92 ms.
    //
    // A wedge scanner: about 9 ms a key and its Enter as quickly, in one burst. xdotool's type sends Shift down/up
    // around every upper-case letter, as a US-layout scanner does, and "\r" as the Return key ("\n" is the Linefeed
    // key). A separate `xdotool key Return` would come a process start later, which on a busy machine is more than
    // the 35 ms a scanner's Enter may take, and would rightly count as a person's Enter.
    void scannerTypes(const QString &code)
    {
        xdotool({QStringLiteral("type"), QStringLiteral("--delay"), QStringLiteral("16"), code + u'\r'});
    }
    // A person: about 80 ms a key.
    void personTypes(const QString &text)
    {
        xdotool({QStringLiteral("type"), QStringLiteral("--delay"), QStringLiteral("160"), text});
    }

    void scanAccepted(const QString &serial)
    {
        QSignalSpy scans(wedge(), &ScanSource::scanned);
        QSignalSpy rejected(wedge(), &ScanSource::scanRejected);
        const int rows = page()->acceptedModel()->rowCount();
        scannerTypes(serial);
        QTRY_COMPARE(scans.size(), 1);
        QCOMPARE(scans.at(0).at(0).value<Scan>().text, serial);
        QCOMPARE(rejected.size(), 0);
        QCOMPARE(page()->acceptedModel()->rowCount(), rows + 1);
        QCOMPARE(page()->acceptedModel()->line(rows).serial, serial);
        QCOMPARE(page()->acceptedModel()->line(rows).source, QStringLiteral("wedge"));
        QCOMPARE(banner()->text(), QStringLiteral("✓ %1 accepted").arg(serial));
        QCOMPARE(page()->refusedModel()->rowCount(), 0);
        QCOMPARE(scanField()->text(), QString()); // not one key of the burst reached the field
        QCOMPARE(wedge()->pendingKeys(), 0);
        QVERIFY(scanField()->hasFocus());
    }

private slots:
    void initTestCase()
    {
        const bool ci = qEnvironmentVariable("CI") == u"true";
        if (g_noX.isEmpty() && QStandardPaths::findExecutable(QStringLiteral("xdotool")).isEmpty())
            g_noX = QStringLiteral("xdotool is not installed (installer/install-deps.sh installs it)");
        if (!g_noX.isEmpty()) {
            const QString message = QStringLiteral("cannot drive real X key events: ") + g_noX;
            if (ci)
                QFAIL(qPrintable(message));
            QSKIP(qPrintable(message));
        }
        QCOMPARE(QGuiApplication::platformName(), QStringLiteral("xcb"));
        qRegisterMetaType<fb::Scan>();
    }

    void init()
    {
        QString why;
        QVERIFY2(m_w.openFresh(&why), qPrintable(why));
        SerialGenerationService gen(m_w.station->db(), m_w.station->settings(), m_w.clock);
        QVERIFY(gen.generate(m_w.warehouse, QStringLiteral("CGSTV32"), 3).ok()); // CGSTV322509251001…1003
        QVERIFY(gen.generate(m_w.warehouse, QStringLiteral("CGSTV36"), 2).ok());

        m_w.show();
        QVERIFY(!QTest::currentTestFailed());
        // As main() does: the scanner the station's settings choose (the default: a keyboard wedge, 35 ms, Enter),
        // capturing keys headed for the main window, its scans going to the current page.
        m_scanner = std::make_unique<ScannerHost>(m_keyClock);
        m_scanner->setScanWindow(m_w.window.get());
        connect(m_scanner.get(), &ScannerHost::sourceChanged, m_w.window.get(), &MainWindow::setScanSource);
        QStringList problems;
        const ScannerSettings settings = ScannerSettings::load(m_w.station->settings(), &problems);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        const Status applied = m_scanner->apply(settings);
        QVERIFY2(applied.ok(), qPrintable(applied.message()));
        QVERIFY(wedge());

        // Log in, F3 to Inward, choose the first warehouse — keys through X as well.
        xdotool({QStringLiteral("type"), QStringLiteral("--delay"), QStringLiteral("30"), QStringLiteral("W001\r")});
        QTRY_VERIFY2(m_w.find<QLineEdit>(QStringLiteral("pinLineEdit"))->hasFocus(),
                     qPrintable(StagesWindow::focusName()));
        xdotool({QStringLiteral("type"), QStringLiteral("--delay"), QStringLiteral("30"), QStringLiteral("2222\r")});
        QTRY_VERIFY(!m_w.window->isLocked());
        xdotool({QStringLiteral("key"), QStringLiteral("F3")});
        QTRY_COMPARE(m_w.window->currentPage(), page());
        QTRY_VERIFY2(scanField()->hasFocus(), qPrintable(StagesWindow::focusName()));
        xdotool({QStringLiteral("key"), QStringLiteral("--delay"), QStringLiteral("100"), QStringLiteral("alt+w"),
                 QStringLiteral("Down"), QStringLiteral("Return")});
        auto *warehouse = page()->findChild<QComboBox *>(QStringLiteral("warehouseComboBox"));
        QTRY_COMPARE(warehouse->currentData().toString(), QStringLiteral("WH001"));
        QTRY_VERIFY2(scanField()->hasFocus(), qPrintable(StagesWindow::focusName()));
        QVERIFY(wedge()->isActive());
    }

    void cleanup()
    {
        if (m_scanner)
            m_scanner->stop();
        m_scanner.reset();
        m_w.crash();
    }

    void scannerBurstWithShiftIsOneScan()
    {
        scanAccepted(QStringLiteral("CGSTV322509251001"));
        scanAccepted(QStringLiteral("CGSTV362509251002"));
        QCOMPARE(page()->acceptedModel()->rowCount(), 2);
    }

    void personTypingReachesTheField()
    {
        QSignalSpy scans(wedge(), &ScanSource::scanned);
        personTypes(QStringLiteral("Box 12 Dented"));
        QTRY_COMPARE(scanField()->text(), QStringLiteral("Box 12 Dented")); // in order, with its case
        QCOMPARE(scans.size(), 0);

        // A serial typed by hand, Enter 80 ms after its last key: a person's serial, which the page takes as typed.
        scanField()->clear();
        personTypes(QStringLiteral("CGSTV322509251002\r"));
        QTRY_COMPARE(page()->acceptedModel()->rowCount(), 1);
        QCOMPARE(page()->acceptedModel()->line(0).serial, QStringLiteral("CGSTV322509251002"));
        QCOMPARE(page()->acceptedModel()->line(0).source, QStringLiteral("typed"));
        QCOMPARE(scanField()->text(), QString());
        QCOMPARE(scans.size(), 0);
    }

    void modalDialogCapturesNothing()
    {
        QSignalSpy scans(wedge(), &ScanSource::scanned);
        xdotool({QStringLiteral("key"), QStringLiteral("ctrl+k")});
        QTRY_VERIFY(m_w.window->lookupDialog() && m_w.window->lookupDialog()->isVisible());
        LookupDialog *lookup = m_w.window->lookupDialog();
        lookup->activateWindow(); // as a window manager would give the new window the keyboard
        QTRY_COMPARE(QApplication::activeModalWidget(), lookup);
        auto *lookupField = lookup->findChild<QLineEdit *>(QStringLiteral("lookupLineEdit"));
        QTRY_VERIFY2(lookupField->hasFocus(), qPrintable(StagesWindow::focusName()));

        // A scanner burst (or a very fast supervisor) in the dialog is typing into its field.
        xdotool({QStringLiteral("type"), QStringLiteral("--delay"), QStringLiteral("16"),
                 QStringLiteral("CGSTV322509251001")});
        QTRY_COMPARE(lookupField->text(), QStringLiteral("CGSTV322509251001"));
        QCOMPARE(wedge()->pendingKeys(), 0);
        xdotool({QStringLiteral("key"), QStringLiteral("Escape")});
        QTRY_VERIFY(!lookup->isVisible());
        QCOMPARE(scans.size(), 0);
        QCOMPARE(page()->acceptedModel()->rowCount(), 0);
        QCOMPARE(scanField()->text(), QString());

        // Back on the page the wedge captures again.
        QTRY_VERIFY2(scanField()->hasFocus(), qPrintable(StagesWindow::focusName()));
        scanAccepted(QStringLiteral("CGSTV322509251001"));
    }

    // Last: Caps Lock is the X server's state, shared by the tests that come after.
    void capsLockScanStillArrivesAsTheSerial()
    {
        xdotool({QStringLiteral("key"), QStringLiteral("Caps_Lock")});
        // Caps Lock is really on: what a person types comes out inverted, and is left so.
        personTypes(QStringLiteral("Box"));
        QTRY_COMPARE(scanField()->text(), QStringLiteral("bOX"));
        scanField()->clear();

        scanAccepted(QStringLiteral("CGSTV322509251003"));
        xdotool({QStringLiteral("key"), QStringLiteral("Caps_Lock")});
        personTypes(QStringLiteral("Box"));
        QTRY_COMPARE(scanField()->text(), QStringLiteral("Box"));
    }
};

int main(int argc, char **argv)
{
    XvfbServer xvfb; // declared first, so the application closes its X connection before the server goes
    const QByteArray display = xvfb.start(&g_noX);
    if (display.isEmpty()) {
        qputenv("QT_QPA_PLATFORM", "offscreen"); // enough to report why in initTestCase
    } else {
        qputenv("DISPLAY", display);
        qputenv("QT_QPA_PLATFORM", "xcb"); // ctest's environment says offscreen, as for every other gui test
    }
    QApplication app(argc, argv);
    TestKeyboardWedgeX11 test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "TestKeyboardWedgeX11.moc"
