// The keyboard wedge with synthetic key events: the clock moves only when the test says so, so "fast" and "slow"
// are exact and nothing sleeps. type() sends bare key clicks; keyboardTypes() sends what X delivers for a US-layout
// keyboard, Shift pressed and released on its own around every upper-case letter (TestKeyboardWedgeX11 drives the
// real window with real X key events).

#include "app/core/Clock.h"
#include "app/scanner/HidPosScanner.h"
#include "app/scanner/SerialScanner.h"
#include "ui/scanner/KeyboardWedge.h"
#include "ui/scanner/ScanSourceFactory.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QVBoxLayout>

#include <memory>

using namespace fb;

class TestKeyboardWedge : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void scannerBurstBecomesScanAndNeverReachesField();
    void personTypingReachesField();
    void scannerShiftAroundUpperCaseIsOneScan();
    void modifierKeysInsideBurst_data();
    void modifierKeysInsideBurst();
    void modifierKeyDoesNotRestartTheGap();
    void personTypingWithShiftReachesField();
    void capsLockScanArrivesAsScanned_data();
    void capsLockScanArrivesAsScanned();
    void capsLockTypingIsLeftAlone();
    void altGrCharacterJoinsTheBurst();
    void heldKeysReachTheFieldBeforeAShortcut_data();
    void heldKeysReachTheFieldBeforeAShortcut();
    void firstKeyIsHeldThenReleasedByTimer();
    void personPressingEnterStillSubmits();
    void shortFastBurstIsTyping();
    void burstWithoutTerminatorIsTyping();
    void thresholdsAreConfigurable_data();
    void thresholdsAreConfigurable();
    void tabTerminator();
    void noTerminatorBurstEndsByGap();
    void gs1BurstWithGroupSeparator();
    void refusedScanDoesNotLeakIntoField();
    void scanWhileButtonHasFocusKeepsFocus();
    void modalDialogIsNeverCaptured();
    void otherWindowIsNeverCaptured();
    void nothingIsCapturedWhileAnyModalIsUp();
    void settingsChooseTheSource();
    void inactivePageIsNotCaptured();

private:
    void type(QWidget *target, const QString &text, int gapMs);
    void press(QWidget *target, Qt::Key key, int gapMs);
    void keyboardTypes(QWidget *target, const QString &text, int gapMs, bool capsLock = false, int shiftLeadMs = -1);
    void modifierClick(QWidget *target, Qt::Key modifier, int gapMs);
    std::unique_ptr<KeyboardWedge> makeWedge(ScannerSettings::Wedge settings = {});

    FakeClock m_clock;
    std::unique_ptr<QWidget> m_window;
    QLineEdit *m_field = nullptr;
    QPushButton *m_button = nullptr;
};

void TestKeyboardWedge::initTestCase()
{
    qRegisterMetaType<fb::Scan>();
}

void TestKeyboardWedge::init()
{
    m_window = std::make_unique<QWidget>();
    m_window->setObjectName(QStringLiteral("mainWindow"));
    auto *layout = new QVBoxLayout(m_window.get());
    m_field = new QLineEdit(m_window.get());
    m_field->setObjectName(QStringLiteral("serialLineEdit"));
    m_button = new QPushButton(QStringLiteral("Pack"), m_window.get());
    m_button->setObjectName(QStringLiteral("packButton"));
    layout->addWidget(m_field);
    layout->addWidget(m_button);
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_field->setFocus();
    QTRY_VERIFY(m_field->hasFocus());
}

void TestKeyboardWedge::cleanup()
{
    m_window.reset();
    m_field = nullptr;
    m_button = nullptr;
}

void TestKeyboardWedge::type(QWidget *target, const QString &text, int gapMs)
{
    for (QChar c : text) {
        m_clock.advanceMs(gapMs);
        QTest::keyClick(target, c.toLatin1());
    }
}

void TestKeyboardWedge::press(QWidget *target, Qt::Key key, int gapMs)
{
    m_clock.advanceMs(gapMs);
    QTest::keyClick(target, key);
}

namespace {
void sendKey(QWidget *target, QEvent::Type type, int key, Qt::KeyboardModifiers modifiers, const QString &text = {})
{
    QKeyEvent event(type, key, modifiers, text);
    QApplication::sendEvent(target, &event);
}

bool needsShift(QChar c) // on a US layout
{
    return c.isUpper() || QStringView(u"~!@#$%^&*()_+{}|:\"<>?").contains(c);
}
} // namespace

// What a US-layout keyboard — a wedge scanner or a person — sends under X for each character, `gapMs` apart: a
// character that needs Shift is Shift down, the key (with ShiftModifier), the key up, Shift up, Shift going down
// `shiftLeadMs` before the key (default: half the gap). With Caps Lock on, X gives letters the other case: Shift+c
// arrives as 'c', a plain c as 'C'.
void TestKeyboardWedge::keyboardTypes(QWidget *target, const QString &text, int gapMs, bool capsLock, int shiftLeadMs)
{
    if (shiftLeadMs < 0)
        shiftLeadMs = gapMs / 2;
    for (QChar c : text) {
        const bool shift = needsShift(c);
        const int key = c.toUpper().unicode(); // Qt's key codes for ASCII are the upper-case characters
        const QChar delivered = capsLock && c.isLetter() ? (c.isUpper() ? c.toLower() : c.toUpper()) : c;
        if (shift) {
            m_clock.advanceMs(gapMs - shiftLeadMs);
            sendKey(target, QEvent::KeyPress, Qt::Key_Shift, Qt::NoModifier);
            m_clock.advanceMs(shiftLeadMs);
        } else {
            m_clock.advanceMs(gapMs);
        }
        const Qt::KeyboardModifiers mods = shift ? Qt::ShiftModifier : Qt::NoModifier;
        sendKey(target, QEvent::KeyPress, key, mods, QString(delivered));
        sendKey(target, QEvent::KeyRelease, key, mods, QString(delivered));
        if (shift)
            sendKey(target, QEvent::KeyRelease, Qt::Key_Shift, Qt::ShiftModifier);
    }
}

// A modifier pressed and released on its own, `gapMs` after the previous key, taking no time itself.
void TestKeyboardWedge::modifierClick(QWidget *target, Qt::Key modifier, int gapMs)
{
    m_clock.advanceMs(gapMs);
    sendKey(target, QEvent::KeyPress, modifier, Qt::NoModifier);
    sendKey(target, QEvent::KeyRelease, modifier, Qt::NoModifier);
}

std::unique_ptr<KeyboardWedge> TestKeyboardWedge::makeWedge(ScannerSettings::Wedge settings)
{
    auto wedge = std::make_unique<KeyboardWedge>(settings, ScanDecoder(), m_clock);
    wedge->setScanWindow(m_window.get());
    wedge->start();
    return wedge;
}

void TestKeyboardWedge::scannerBurstBecomesScanAndNeverReachesField()
{
    auto wedge = makeWedge();
    QCOMPARE(wedge->state(), ScanSource::State::Connected);
    QSignalSpy scans(wedge.get(), &ScanSource::scanned);

    type(m_field, QStringLiteral("PKG0001234"), 8);
    QCOMPARE(m_field->text(), QString()); // nothing leaks while the burst is under way, not even the first key
    press(m_field, Qt::Key_Return, 8);

    QCOMPARE(scans.size(), 1);
    const auto scan = scans.at(0).at(0).value<Scan>();
    QCOMPARE(scan.text, QStringLiteral("PKG0001234"));
    QCOMPARE(scan.source, QStringLiteral("wedge"));
    QCOMPARE(scan.at, m_clock.now());
    QCOMPARE(m_field->text(), QString());
    QVERIFY(m_field->hasFocus());
    QCOMPARE(wedge->pendingKeys(), 0);
}

void TestKeyboardWedge::personTypingReachesField()
{
    auto wedge = makeWedge();
    QSignalSpy scans(wedge.get(), &ScanSource::scanned);

    type(m_field, QStringLiteral("Box 12 dented"), 180);
    // Every key but the last has been let through by the next one's gap; the last waits for its own gap.
    QCOMPARE(m_field->text(), QStringLiteral("Box 12 dente"));
    m_clock.advanceMs(200);
    wedge->flushPending();
    QCOMPARE(m_field->text(), QStringLiteral("Box 12 dented"));
    QCOMPARE(scans.size(), 0);
    QVERIFY(m_field->hasFocus());
}

void TestKeyboardWedge::scannerShiftAroundUpperCaseIsOneScan()
{
    // The bug from the floor: each Shift on its own ended the burst, so "CGST" landed in the field and
    // "V322509251001" became a scan of an unknown product.
    auto wedge = makeWedge();
    QSignalSpy scans(wedge.get(), &ScanSource::scanned);
    QSignalSpy submitted(m_field, &QLineEdit::returnPressed);

    keyboardTypes(m_field, QStringLiteral("CGSTV322509251001"), 8);
    QCOMPARE(m_field->text(), QString());
    QCOMPARE(wedge->pendingKeys(), 17);
    press(m_field, Qt::Key_Return, 8);

    QCOMPARE(scans.size(), 1);
    QCOMPARE(scans.at(0).at(0).value<Scan>().text, QStringLiteral("CGSTV322509251001"));
    QCOMPARE(m_field->text(), QString());
    QCOMPARE(submitted.size(), 0);
    QCOMPARE(wedge->pendingKeys(), 0);
}

void TestKeyboardWedge::modifierKeysInsideBurst_data()
{
    QTest::addColumn<int>("modifier");
    QTest::newRow("Shift") << int(Qt::Key_Shift);
    QTest::newRow("Control") << int(Qt::Key_Control);
    QTest::newRow("Alt") << int(Qt::Key_Alt);
    QTest::newRow("AltGr") << int(Qt::Key_AltGr);
    QTest::newRow("Meta") << int(Qt::Key_Meta);
    QTest::newRow("Super") << int(Qt::Key_Super_L);
    QTest::newRow("Caps Lock") << int(Qt::Key_CapsLock);
    QTest::newRow("Num Lock") << int(Qt::Key_NumLock);
}

void TestKeyboardWedge::modifierKeysInsideBurst()
{
    QFETCH(int, modifier);
    auto wedge = makeWedge();
    QSignalSpy scans(wedge.get(), &ScanSource::scanned);

    keyboardTypes(m_field, QStringLiteral("PKG000"), 8);
    modifierClick(m_field, Qt::Key(modifier), 4);
    modifierClick(m_field, Qt::Key(modifier), 2);
    QCOMPARE(m_field->text(), QString()); // neither the modifier nor the held keys reached the field
    QCOMPARE(wedge->pendingKeys(), 6);
    keyboardTypes(m_field, QStringLiteral("1234"), 8);
    press(m_field, Qt::Key_Return, 8);

    QCOMPARE(scans.size(), 1);
    QCOMPARE(scans.at(0).at(0).value<Scan>().text, QStringLiteral("PKG0001234"));
    QCOMPARE(m_field->text(), QString());
}

void TestKeyboardWedge::modifierKeyDoesNotRestartTheGap()
{
    auto wedge = makeWedge(); // 35 ms
    keyboardTypes(m_field, QStringLiteral("x"), 500);
    QCOMPARE(wedge->pendingKeys(), 1);
    // A person reaches for Shift 30 ms after x and presses Y 30 ms later: 60 ms after x, typing. Had Shift restarted
    // the gap, Y would look 30 ms after the last key and join x in a burst.
    keyboardTypes(m_field, QStringLiteral("Y"), 60, false, 30);
    QCOMPARE(m_field->text(), QStringLiteral("x"));
    QCOMPARE(wedge->pendingKeys(), 1);
    m_clock.advanceMs(100);
    wedge->flushPending();
    QCOMPARE(m_field->text(), QStringLiteral("xY"));
}

void TestKeyboardWedge::personTypingWithShiftReachesField()
{
    auto wedge = makeWedge();
    QSignalSpy scans(wedge.get(), &ScanSource::scanned);
    QSignalSpy submitted(m_field, &QLineEdit::returnPressed);

    // 80 ms a key, Shift going down 10 ms before each capital, as people do.
    keyboardTypes(m_field, QStringLiteral("Box 12 Dented, CHECK (A/B)"), 80, false, 10);
    QCOMPARE(m_field->text(), QStringLiteral("Box 12 Dented, CHECK (A/B")); // the last key waits for its gap
    press(m_field, Qt::Key_Return, 80);
    QCOMPARE(m_field->text(), QStringLiteral("Box 12 Dented, CHECK (A/B)"));
    QCOMPARE(submitted.size(), 1);
    QCOMPARE(scans.size(), 0);
    QCOMPARE(wedge->pendingKeys(), 0);
}

void TestKeyboardWedge::capsLockScanArrivesAsScanned_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("capsLock");
    QTest::newRow("serial, Caps Lock on") << QStringLiteral("CGSTV322509251001") << true;
    QTest::newRow("serial, Caps Lock off") << QStringLiteral("CGSTV322509251001") << false;
    QTest::newRow("mixed case, Caps Lock on") << QStringLiteral("AbC12345xY") << true;
    QTest::newRow("mixed case, Caps Lock off") << QStringLiteral("AbC12345xY") << false;
    QTest::newRow("digits only, Caps Lock on") << QStringLiteral("4006381333931") << true;
}

void TestKeyboardWedge::capsLockScanArrivesAsScanned()
{
    QFETCH(QString, code);
    QFETCH(bool, capsLock);
    auto wedge = makeWedge();
    QSignalSpy scans(wedge.get(), &ScanSource::scanned);

    keyboardTypes(m_field, code, 8, capsLock);
    press(m_field, Qt::Key_Return, 8);
    QCOMPARE(scans.size(), 1);
    QCOMPARE(scans.at(0).at(0).value<Scan>().text, code);
    QCOMPARE(m_field->text(), QString());
}

void TestKeyboardWedge::capsLockTypingIsLeftAlone()
{
    // A person with Caps Lock on sees what Caps Lock gives, as in any other field: only scans are put right.
    auto wedge = makeWedge();
    keyboardTypes(m_field, QStringLiteral("Box 7"), 80, true, 10);
    m_clock.advanceMs(100);
    wedge->flushPending();
    QCOMPARE(m_field->text(), QStringLiteral("bOX 7"));
}

void TestKeyboardWedge::altGrCharacterJoinsTheBurst()
{
    // Layouts that type some characters with AltGr (a German '@' is AltGr+Q): the AltGr key and the character keep
    // the burst whole.
    auto wedge = makeWedge();
    QSignalSpy scans(wedge.get(), &ScanSource::scanned);

    keyboardTypes(m_field, QStringLiteral("PKG"), 8);
    m_clock.advanceMs(4);
    sendKey(m_field, QEvent::KeyPress, Qt::Key_AltGr, Qt::NoModifier);
    m_clock.advanceMs(4);
    sendKey(m_field, QEvent::KeyPress, Qt::Key_At, Qt::GroupSwitchModifier, QStringLiteral("@"));
    sendKey(m_field, QEvent::KeyRelease, Qt::Key_At, Qt::GroupSwitchModifier, QStringLiteral("@"));
    sendKey(m_field, QEvent::KeyRelease, Qt::Key_AltGr, Qt::GroupSwitchModifier);
    keyboardTypes(m_field, QStringLiteral("12345"), 8);
    press(m_field, Qt::Key_Return, 8);

    QCOMPARE(scans.size(), 1);
    QCOMPARE(scans.at(0).at(0).value<Scan>().text, QStringLiteral("PKG@12345"));
    QCOMPARE(m_field->text(), QString());
}

void TestKeyboardWedge::heldKeysReachTheFieldBeforeAShortcut_data()
{
    QTest::addColumn<int>("key");
    QTest::addColumn<int>("modifiers");
    QTest::newRow("Ctrl+S") << int(Qt::Key_S) << int(Qt::ControlModifier);
    QTest::newRow("Alt+A") << int(Qt::Key_A) << int(Qt::AltModifier);
    QTest::newRow("F5") << int(Qt::Key_F5) << int(Qt::NoModifier);
}

void TestKeyboardWedge::heldKeysReachTheFieldBeforeAShortcut()
{
    // Someone types a value and saves at once with a shortcut. A shortcut's key goes to the shortcut map and is never
    // pressed, and its modifier no longer ends the burst: the wedge still lets the held keys go first.
    QFETCH(int, key);
    QFETCH(int, modifiers);
    auto wedge = makeWedge();
    QAction save(m_window.get());
    save.setShortcut(QKeySequence(QKeyCombination(Qt::KeyboardModifiers(modifiers), Qt::Key(key))));
    m_window->addAction(&save);
    QString seen;
    connect(&save, &QAction::triggered, this, [&] { seen = m_field->text(); });

    type(m_field, QStringLiteral("1200"), 10);
    QCOMPARE(m_field->text(), QString()); // a quick typist's keys are held: they may be a scan's…
    m_clock.advanceMs(10);
    QTest::keyClick(m_field, Qt::Key(key), Qt::KeyboardModifiers(modifiers)); // …when the shortcut comes
    QCOMPARE(seen, QStringLiteral("1200"));
    QCOMPARE(wedge->pendingKeys(), 0);
}

void TestKeyboardWedge::firstKeyIsHeldThenReleasedByTimer()
{
    auto wedge = makeWedge();
    type(m_field, QStringLiteral("x"), 500);
    QCOMPARE(m_field->text(), QString()); // held: it may be the first key of a scan
    QCOMPARE(wedge->pendingKeys(), 1);
    m_clock.advanceMs(100);
    QTRY_COMPARE(m_field->text(), QStringLiteral("x")); // the wedge's own timer lets it through
}

void TestKeyboardWedge::personPressingEnterStillSubmits()
{
    auto wedge = makeWedge();
    QSignalSpy scans(wedge.get(), &ScanSource::scanned);
    QSignalSpy submitted(m_field, &QLineEdit::returnPressed);

    type(m_field, QStringLiteral("SN4471"), 150);
    press(m_field, Qt::Key_Return, 20); // a quick Enter after slow typing is still a person: no scan
    QCOMPARE(m_field->text(), QStringLiteral("SN4471"));
    QCOMPARE(submitted.size(), 1);
    QCOMPARE(scans.size(), 0);
}

void TestKeyboardWedge::shortFastBurstIsTyping()
{
    auto wedge = makeWedge(); // min_length 6
    QSignalSpy scans(wedge.get(), &ScanSource::scanned);
    QSignalSpy submitted(m_field, &QLineEdit::returnPressed);

    type(m_field, QStringLiteral("ok1"), 10);
    press(m_field, Qt::Key_Return, 10);
    QCOMPARE(scans.size(), 0);
    QCOMPARE(m_field->text(), QStringLiteral("ok1"));
    QCOMPARE(submitted.size(), 1);
}

void TestKeyboardWedge::burstWithoutTerminatorIsTyping()
{
    auto wedge = makeWedge();
    QSignalSpy scans(wedge.get(), &ScanSource::scanned);

    type(m_field, QStringLiteral("ABCDEFGH"), 10);
    QCOMPARE(m_field->text(), QString());
    m_clock.advanceMs(100);
    wedge->flushPending();
    QCOMPARE(m_field->text(), QStringLiteral("ABCDEFGH")); // held keys come back in order, none lost
    QCOMPARE(scans.size(), 0);
}

void TestKeyboardWedge::thresholdsAreConfigurable_data()
{
    QTest::addColumn<int>("maxInterKeyMs");
    QTest::addColumn<int>("minLength");
    QTest::addColumn<int>("gapMs");
    QTest::addColumn<bool>("isScan");
    QTest::newRow("default, 50 ms gaps: typing") << 35 << 6 << 50 << false;
    QTest::newRow("slow scanner allowed 80 ms") << 80 << 6 << 50 << true;
    QTest::newRow("default, 20 ms gaps: scan") << 35 << 6 << 20 << true;
    QTest::newRow("min length 12: too short") << 35 << 12 << 20 << false;
}

void TestKeyboardWedge::thresholdsAreConfigurable()
{
    QFETCH(int, maxInterKeyMs);
    QFETCH(int, minLength);
    QFETCH(int, gapMs);
    QFETCH(bool, isScan);
    ScannerSettings::Wedge settings;
    settings.maxInterKeyMs = maxInterKeyMs;
    settings.minLength = minLength;
    auto wedge = makeWedge(settings);
    QSignalSpy scans(wedge.get(), &ScanSource::scanned);

    type(m_field, QStringLiteral("ITEM55501"), gapMs);
    press(m_field, Qt::Key_Return, gapMs);
    m_clock.advanceMs(500);
    wedge->flushPending();
    QCOMPARE(scans.size(), isScan ? 1 : 0);
    QCOMPARE(m_field->text(), isScan ? QString() : QStringLiteral("ITEM55501"));
}

void TestKeyboardWedge::tabTerminator()
{
    ScannerSettings::Wedge settings;
    settings.terminator = ScannerSettings::WedgeTerminator::Tab;
    auto wedge = makeWedge(settings);
    QSignalSpy scans(wedge.get(), &ScanSource::scanned);

    type(m_field, QStringLiteral("TAB12345"), 5);
    press(m_field, Qt::Key_Tab, 5);
    QCOMPARE(scans.size(), 1);
    QCOMPARE(scans.at(0).at(0).value<Scan>().text, QStringLiteral("TAB12345"));
    QVERIFY(m_field->hasFocus()); // the scanner's Tab did not move focus to the button
}

void TestKeyboardWedge::noTerminatorBurstEndsByGap()
{
    ScannerSettings::Wedge settings;
    settings.terminator = ScannerSettings::WedgeTerminator::None;
    auto wedge = makeWedge(settings);
    QSignalSpy scans(wedge.get(), &ScanSource::scanned);

    type(m_field, QStringLiteral("GAP99887"), 5);
    QCOMPARE(scans.size(), 0);
    type(m_field, QStringLiteral("n"), 400); // a person's key after the burst ends it, and is typing itself
    QCOMPARE(scans.size(), 1);
    QCOMPARE(scans.at(0).at(0).value<Scan>().text, QStringLiteral("GAP99887"));
    m_clock.advanceMs(400);
    wedge->flushPending();
    QCOMPARE(m_field->text(), QStringLiteral("n"));
    QCOMPARE(scans.size(), 1);
}

void TestKeyboardWedge::gs1BurstWithGroupSeparator()
{
    auto wedge = makeWedge();
    QSignalSpy scans(wedge.get(), &ScanSource::scanned);

    keyboardTypes(m_field, QStringLiteral("]d20109506000134352") + QStringLiteral("21SN77"), 5);
    // Scanners type GS1's separator as Ctrl+]: Ctrl down on its own, ] with Ctrl (text 0x1D), ] up, Ctrl up.
    m_clock.advanceMs(3);
    sendKey(m_field, QEvent::KeyPress, Qt::Key_Control, Qt::NoModifier);
    m_clock.advanceMs(3);
    sendKey(m_field, QEvent::KeyPress, Qt::Key_BracketRight, Qt::ControlModifier, QString(QChar(0x1D)));
    sendKey(m_field, QEvent::KeyRelease, Qt::Key_BracketRight, Qt::ControlModifier, QString(QChar(0x1D)));
    sendKey(m_field, QEvent::KeyRelease, Qt::Key_Control, Qt::ControlModifier);
    keyboardTypes(m_field, QStringLiteral("10LOT5"), 5);
    press(m_field, Qt::Key_Return, 5);

    QCOMPARE(scans.size(), 1);
    const auto scan = scans.at(0).at(0).value<Scan>();
    QCOMPARE(scan.text, QStringLiteral("SN77"));
    QCOMPARE(scan.gtin, QStringLiteral("09506000134352"));
    QCOMPARE(scan.symbology, QStringLiteral("GS1 DataMatrix"));
    QCOMPARE(m_field->text(), QString());
}

void TestKeyboardWedge::refusedScanDoesNotLeakIntoField()
{
    auto wedge = makeWedge();
    QSignalSpy scans(wedge.get(), &ScanSource::scanned);
    QSignalSpy rejected(wedge.get(), &ScanSource::scanRejected);

    type(m_field, QStringLiteral("]C10109506000134353") + QStringLiteral("21SN1"), 5);
    press(m_field, Qt::Key_Return, 5);
    QCOMPARE(scans.size(), 0);
    QCOMPARE(rejected.size(), 1);
    QVERIFY2(rejected.at(0).at(0).toString().contains(u"should be 2"), qPrintable(rejected.at(0).at(0).toString()));
    QCOMPARE(m_field->text(), QString());
}

void TestKeyboardWedge::scanWhileButtonHasFocusKeepsFocus()
{
    auto wedge = makeWedge();
    QSignalSpy scans(wedge.get(), &ScanSource::scanned);
    QSignalSpy clicked(m_button, &QPushButton::clicked);
    m_button->setFocus();
    QTRY_VERIFY(m_button->hasFocus());

    type(m_button, QStringLiteral("BTN000111"), 5);
    press(m_button, Qt::Key_Return, 5);
    QCOMPARE(scans.size(), 1);
    QCOMPARE(scans.at(0).at(0).value<Scan>().text, QStringLiteral("BTN000111"));
    QVERIFY(m_button->hasFocus());
    QCOMPARE(clicked.size(), 0); // the scanner's Enter did not press the focused button
}

void TestKeyboardWedge::modalDialogIsNeverCaptured()
{
    auto wedge = makeWedge();
    QSignalSpy scans(wedge.get(), &ScanSource::scanned);

    QDialog dialog(m_window.get());
    dialog.setObjectName(QStringLiteral("supervisorOverrideDialog"));
    auto *note = new QLineEdit(&dialog);
    note->setObjectName(QStringLiteral("overrideReasonLineEdit"));
    (new QVBoxLayout(&dialog))->addWidget(note);
    dialog.setModal(true);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QCOMPARE(QApplication::activeModalWidget(), &dialog);
    note->setFocus();
    QTRY_VERIFY(note->hasFocus());

    // A supervisor who types very fast (or pastes with a macro pad) looks like a scanner: still typing here.
    keyboardTypes(note, QStringLiteral("DAMAGED42"), 5);
    QCOMPARE(note->text(), QStringLiteral("DAMAGED42"));
    press(note, Qt::Key_Return, 5);
    QCOMPARE(scans.size(), 0);
    QCOMPARE(m_field->text(), QString());
}

void TestKeyboardWedge::otherWindowIsNeverCaptured()
{
    auto wedge = makeWedge();
    QSignalSpy scans(wedge.get(), &ScanSource::scanned);

    QWidget other;
    auto *search = new QLineEdit(&other);
    search->setObjectName(QStringLiteral("searchLineEdit"));
    other.show();
    other.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&other));
    search->setFocus();
    QTRY_VERIFY(search->hasFocus());

    type(search, QStringLiteral("QUICK12345"), 5);
    press(search, Qt::Key_Return, 5);
    QCOMPARE(search->text(), QStringLiteral("QUICK12345"));
    QCOMPARE(scans.size(), 0);
}

void TestKeyboardWedge::nothingIsCapturedWhileAnyModalIsUp()
{
    ScannerSettings::Wedge settings;
    auto wedge = std::make_unique<KeyboardWedge>(settings, ScanDecoder(), m_clock); // no scan window set
    wedge->start();
    QSignalSpy scans(wedge.get(), &ScanSource::scanned);

    QWidget prompt; // any application-modal window, not only a QDialog
    prompt.setWindowModality(Qt::ApplicationModal);
    prompt.show();
    QTRY_COMPARE(QApplication::activeModalWidget(), &prompt);

    type(m_field, QStringLiteral("MODAL0001"), 5);
    press(m_field, Qt::Key_Return, 5);
    QCOMPARE(scans.size(), 0);
    QCOMPARE(m_field->text(), QStringLiteral("MODAL0001"));

    prompt.close();
    QTRY_VERIFY(!QApplication::activeModalWidget());
    m_field->clear();
    type(m_field, QStringLiteral("MODAL0002"), 5);
    press(m_field, Qt::Key_Return, 5);
    QCOMPARE(scans.size(), 1);
    QCOMPARE(m_field->text(), QString());
}

void TestKeyboardWedge::settingsChooseTheSource()
{
    ScannerSettings settings;
    settings.source = ScannerSettings::Source::Wedge;
    settings.wedge.minLength = 9;
    auto wedge = makeScanSource(settings, m_clock, m_window.get());
    QVERIFY2(wedge.ok(), qPrintable(wedge.message()));
    QVERIFY(qobject_cast<KeyboardWedge *>(wedge.value().get()));
    QCOMPARE(qobject_cast<KeyboardWedge *>(wedge.value().get())->settings().minLength, 9);

    settings.source = ScannerSettings::Source::Serial;
    settings.serial.port = QStringLiteral("ttyUSB7");
    auto serial = makeScanSource(settings, m_clock);
    QVERIFY2(serial.ok(), qPrintable(serial.message()));
    auto *port = qobject_cast<SerialScanner *>(serial.value().get());
    QVERIFY(port);
    QCOMPARE(port->portPath(), QStringLiteral("/dev/ttyUSB7"));

    settings.source = ScannerSettings::Source::Hid;
    settings.hid.vendorId = 0x0c2e;
    auto hid = makeScanSource(settings, m_clock);
    QVERIFY2(hid.ok(), qPrintable(hid.message()));
    QVERIFY(qobject_cast<HidPosScanner *>(hid.value().get()));
    QCOMPARE(hid.value()->sourceName(), QStringLiteral("hid"));
}

void TestKeyboardWedge::inactivePageIsNotCaptured()
{
    auto wedge = makeWedge();
    QSignalSpy scans(wedge.get(), &ScanSource::scanned);
    bool onScanningPage = false;
    wedge->setActivePredicate([&onScanningPage] { return onScanningPage; });

    type(m_field, QStringLiteral("NOTSCAN01"), 5);
    press(m_field, Qt::Key_Return, 5);
    QCOMPARE(m_field->text(), QStringLiteral("NOTSCAN01"));
    QCOMPARE(scans.size(), 0);

    m_field->clear();
    onScanningPage = true;
    type(m_field, QStringLiteral("ISSCAN002"), 5);
    press(m_field, Qt::Key_Return, 5);
    QCOMPARE(scans.size(), 1);
    QCOMPARE(m_field->text(), QString());

    // Leaving the page mid-burst hands the held keys back rather than losing them.
    type(m_field, QStringLiteral("HALF"), 5);
    wedge->setActive(false);
    QCOMPARE(m_field->text(), QStringLiteral("HALF"));

    wedge->setActive(true);
    m_field->clear();
    wedge->stop();
    type(m_field, QStringLiteral("STOPPED99"), 5);
    QCOMPARE(m_field->text(), QStringLiteral("STOPPED99"));
    QCOMPARE(wedge->state(), ScanSource::State::Disconnected);
}

QTEST_MAIN(TestKeyboardWedge)
#include "TestKeyboardWedge.moc"
