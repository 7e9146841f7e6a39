#pragma once
// What the Stage 1/2 GUI tests share: a station in a temporary folder with the seed's master data
// (tests/support/StagesFixture.h), operators who log in by keyboard, the main window, and keys that go where a
// person's (or a wedge scanner's) keystrokes would — to the focused widget — with the fake clock deciding how fast.

#include "StagesFixture.h"

#include "app/services/OperatorService.h"
#include "app/services/Station.h"
#include "ui/generate/GeneratePage.h"
#include "ui/inward/InwardPage.h"
#include "ui/shell/MainWindow.h"
#include "ui/widgets/Feedback.h"

#include <QApplication>
#include <QLineEdit>
#include <QtTest>

namespace fb::test {

// Counts sounds instead of playing them: the tests run without audio hardware.
class CountingPlayer final : public SoundPlayer
{
public:
    explicit CountingPlayer(int *accepted, int *refused)
        : m_accepted(accepted)
        , m_refused(refused)
    {}
    void play(FeedbackSound sound, double) override { ++*(sound == FeedbackSound::Accepted ? m_accepted : m_refused); }

private:
    int *m_accepted;
    int *m_refused;
};

class StagesWindow
{
public:
    // A new station with the seed's master data, admin A001 (PIN 1234) and warehouse operator W001 Wasim (PIN 2222),
    // the clock back at seed 000's moment (2025-09-25 17:00 +05:30).
    bool openFresh(QString *why)
    {
        crash();
        for (const char *f : {"floorbridge.db", "floorbridge.db-wal", "floorbridge.db-shm"})
            QFile::remove(dir.filePath(QString::fromLatin1(f)));
        clock.setNow(QDateTime(QDate(2025, 9, 25), QTime(17, 0), Qt::OffsetFromUTC, 19800));
        seeded = false;
        return reopen(why);
    }

    // The same station again after crash(): what was committed is there.
    bool reopen(QString *why)
    {
        window.reset();
        station.reset();
        auto s = Station::open(dir.path(), clock);
        if (!s.ok()) {
            *why = s.message();
            return false;
        }
        station = std::move(s).value();
        if (!seeded) { // the first opening; later ones are restarts of the same station
            seeded = true;
            if (Status m = loadSeedMasterData(station->db()); !m) {
                *why = m.message();
                return false;
            }
            OperatorService ops(station->db(), station->settings(), clock);
            auto first = ops.createFirstAdmin(QStringLiteral("A001"), QStringLiteral("Asha"), QStringLiteral("1234"));
            if (!first.ok()) {
                *why = first.message();
                return false;
            }
            admin = *first;
            if (Status c = ops.createOperator(admin, QStringLiteral("W001"), QStringLiteral("Wasim"), Role::Warehouse,
                                              QStringLiteral("2222"));
                !c) {
                *why = c.message();
                return false;
            }
            warehouse = *ops.login(QStringLiteral("W001"), QStringLiteral("2222"));
        }
        return true;
    }

    // Closes the window and the station as a power cut would: nothing is saved on the way out.
    void crash()
    {
        window.reset();
        station.reset();
    }

    void show()
    {
        AppServices services;
        services.station = station.get();
        services.clock = &clock;
        station->setOutboxListener([this] { ++syncWakes; }); // what main() points at delivery
        window = std::make_unique<MainWindow>(services, standardPages());
        acceptedSounds = refusedSounds = 0;
        if (auto *p = qobject_cast<GeneratePage *>(window->page(QStringLiteral("generate"))))
            p->feedback().setPlayer(std::make_unique<CountingPlayer>(&acceptedSounds, &refusedSounds));
        if (auto *p = qobject_cast<InwardPage *>(window->page(QStringLiteral("inward"))))
            p->feedback().setPlayer(std::make_unique<CountingPlayer>(&acceptedSounds, &refusedSounds));
        window->show();
        window->activateWindow(); // a window manager would; a bare X server (TestKeyboardWedgeX11's Xvfb) does not
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
    }

    template <typename T = QWidget> T *find(const QString &name) const { return window->findChild<T *>(name); }

    static QString focusName()
    {
        QWidget *w = QApplication::focusWidget();
        return w ? w->objectName() : QStringLiteral("nothing");
    }

    void typeInto(const QString &objectName, const QString &text)
    {
        auto *edit = find<QLineEdit>(objectName);
        QVERIFY2(edit, qPrintable(objectName));
        QTRY_VERIFY2(edit->hasFocus(),
                     qPrintable(objectName + QStringLiteral(" should have the focus, not ") + focusName()));
        QTest::keyClicks(edit, text);
        QTest::keyClick(edit, Qt::Key_Return);
    }

    void logIn(const QString &code, const QString &pin)
    {
        typeInto(QStringLiteral("operatorCodeLineEdit"), code);
        typeInto(QStringLiteral("pinLineEdit"), pin);
        QTRY_VERIFY(!window->isLocked());
    }

    // A key a person presses, on whatever has the focus.
    void key(int k, Qt::KeyboardModifiers mods = Qt::NoModifier)
    {
        QWidget *w = QApplication::focusWidget();
        QVERIFY2(w, "nothing has the focus");
        clock.advanceMs(400);
        QTest::keyClick(w, Qt::Key(k), mods);
    }

    // A person typing: 150 ms between keys, then Enter.
    void typeSlowly(const QString &text)
    {
        for (QChar c : text) {
            QWidget *w = QApplication::focusWidget();
            QVERIFY2(w, "nothing has the focus");
            clock.advanceMs(150);
            QTest::keyClick(w, c.toLatin1());
        }
        key(Qt::Key_Return);
    }

    // A keyboard-wedge scanner: the code's keys 4 ms apart, then its Enter, all on the focused widget.
    void wedgeScan(const QString &code)
    {
        for (QChar c : code) {
            QWidget *w = QApplication::focusWidget();
            QVERIFY2(w, "nothing has the focus");
            clock.advanceMs(4);
            QTest::keyClick(w, c.toLatin1());
        }
        clock.advanceMs(4);
        QWidget *w = QApplication::focusWidget();
        QVERIFY2(w, "nothing has the focus");
        QTest::keyClick(w, Qt::Key_Return);
        clock.advanceMs(400); // the next key, a person's or the next scan's, comes well after
    }

    QTemporaryDir dir;
    FakeClock clock;
    std::unique_ptr<Station> station;
    std::unique_ptr<MainWindow> window;
    Actor admin;
    Actor warehouse;
    bool seeded = false;
    int syncWakes = 0;
    int acceptedSounds = 0; // the pages' feedback sounds, counted instead of played
    int refusedSounds = 0;
};

} // namespace fb::test
