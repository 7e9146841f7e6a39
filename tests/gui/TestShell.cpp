// The window a new operator meets: first-admin set-up, login by keyboard, the shell, lock and idle lock.
#include "app/services/OperatorService.h"
#include "app/services/Station.h"
#include "app/storage/Outbox.h"
#include "ui/shell/CrmStatusWidget.h"
#include "ui/shell/IdleWatcher.h"
#include "ui/shell/MainWindow.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTemporaryDir>
#include <QtTest>

using namespace fb;

class TestShell : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    FakeClock m_clock;
    std::unique_ptr<Station> m_station;
    std::unique_ptr<MainWindow> m_window;

    void openWindow()
    {
        AppServices services;
        services.station = m_station.get();
        services.clock = &m_clock;
        m_window = std::make_unique<MainWindow>(services, standardPages());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    void typeInto(const char *objectName, const QString &text)
    {
        auto *edit = m_window->findChild<QLineEdit *>(QString::fromLatin1(objectName));
        QVERIFY2(edit, objectName);
        QTRY_VERIFY(edit->hasFocus());
        QTest::keyClicks(edit, text);
        QTest::keyClick(edit, Qt::Key_Return);
    }

private slots:
    void init()
    {
        m_window.reset();
        m_station.reset();
        QVERIFY(m_dir.isValid());
        for (const char *f : {"floorbridge.db", "floorbridge.db-wal", "floorbridge.db-shm"})
            QFile::remove(m_dir.filePath(QString::fromLatin1(f)));
        auto s = Station::open(m_dir.path(), m_clock);
        QVERIFY2(s.ok(), qPrintable(s.message()));
        m_station = std::move(s).value();
    }

    void titleNamesTheStationAndTheApplicationOnce()
    {
        QGuiApplication::setApplicationDisplayName(QStringLiteral("Floorbridge"));
        openWindow();
        // The platform appends the display name to a window's title ("DEMO01 — Floorbridge" in the task bar).
        QCOMPARE(m_window->windowTitle(), m_station->stationId());
        QVERIFY(!m_window->windowTitle().contains(QStringLiteral("Floorbridge")));
    }

    void newStationCreatesAdminByKeyboardAndShowsTheShell()
    {
        openWindow();
        QVERIFY(m_window->isLocked());
        auto *title = m_window->findChild<QLabel *>(QStringLiteral("loginTitle"));
        QCOMPARE(title->text(), QStringLiteral("Set up this station"));
        typeInto("operatorCodeLineEdit", QStringLiteral("a001"));
        typeInto("operatorNameLineEdit", QStringLiteral("Asha Admin"));
        typeInto("pinLineEdit", QStringLiteral("1234"));
        typeInto("pinAgainLineEdit", QStringLiteral("1234"));
        QTRY_VERIFY(!m_window->isLocked());
        auto *who = m_window->findChild<QLabel *>(QStringLiteral("operatorLabel"));
        QVERIFY2(who->text().contains(QStringLiteral("A001")), qPrintable(who->text()));
        QVERIFY(who->text().contains(QStringLiteral("Admin")));
        auto *nav = m_window->findChild<QListWidget *>(QStringLiteral("navigationList"));
        QStringList visible;
        for (int i = 0; i < nav->count(); ++i) {
            if (!nav->item(i)->isHidden())
                visible << nav->item(i)->data(Qt::UserRole).toString();
        }
        // The admin administers; spare approval is a supervisor's.
        QVERIFY(visible.contains(QStringLiteral("settings")));
        QVERIFY(visible.contains(QStringLiteral("sync")));
        QVERIFY(!visible.contains(QStringLiteral("approvals")));
        // Both CRM indicators are on screen.
        QVERIFY(m_window->findChild<CrmStatusWidget *>(QStringLiteral("crmStatus_legacy"))->isVisible());
        QVERIFY(m_window->findChild<CrmStatusWidget *>(QStringLiteral("crmStatus_new"))->isVisible());
    }

    void wrongPinIsSaidAndRightPinLetsIn()
    {
        OperatorService ops(m_station->db(), m_station->settings(), m_clock);
        QVERIFY(ops.createFirstAdmin(QStringLiteral("A001"), QStringLiteral("Asha"), QStringLiteral("1234")).ok());
        auto admin = *ops.login(QStringLiteral("A001"), QStringLiteral("1234"));
        QVERIFY(ops.createOperator(admin, QStringLiteral("W001"), QStringLiteral("Wasim"), Role::Warehouse,
                                   QStringLiteral("2222"))
                    .ok());
        openWindow();
        typeInto("operatorCodeLineEdit", QStringLiteral("W001"));
        typeInto("pinLineEdit", QStringLiteral("9999"));
        auto *message = m_window->findChild<QLabel *>(QStringLiteral("loginMessage"));
        QTRY_VERIFY(message->text().contains(QStringLiteral("not recognised")));
        QVERIFY(m_window->isLocked());
        typeInto("pinLineEdit", QStringLiteral("2222"));
        QTRY_VERIFY(!m_window->isLocked());
        auto *nav = m_window->findChild<QListWidget *>(QStringLiteral("navigationList"));
        for (int i = 0; i < nav->count(); ++i) {
            const QString id = nav->item(i)->data(Qt::UserRole).toString();
            const bool hidden = nav->item(i)->isHidden();
            if (id == u"settings" || id == u"approvals" || id == u"service")
                QVERIFY2(hidden, qPrintable(id));
            if (id == u"inward" || id == u"dispatch" || id == u"generate")
                QVERIFY2(!hidden, qPrintable(id));
        }
        // F4 goes to Dispatch without the mouse.
        QTest::keyClick(m_window.get(), Qt::Key_F4);
        QTRY_COMPARE(m_window->currentPage()->objectName(), QStringLiteral("dispatchPage"));
    }

    void lockAndIdleLockAskForThePinAgain()
    {
        OperatorService ops(m_station->db(), m_station->settings(), m_clock);
        QVERIFY(ops.createFirstAdmin(QStringLiteral("A001"), QStringLiteral("Asha"), QStringLiteral("1234")).ok());
        QVERIFY(m_station->settings().setValue(QStringLiteral("auth.idle_lock_minutes"), QStringLiteral("2")).ok());
        openWindow();
        typeInto("operatorCodeLineEdit", QStringLiteral("A001"));
        typeInto("pinLineEdit", QStringLiteral("1234"));
        QTRY_VERIFY(!m_window->isLocked());
        QTest::keyClick(m_window.get(), Qt::Key_L, Qt::ControlModifier);
        QTRY_VERIFY(m_window->isLocked());
        QCOMPARE(m_window->findChild<QLineEdit *>(QStringLiteral("operatorCodeLineEdit"))->text(),
                 QStringLiteral("A001"));
        typeInto("pinLineEdit", QStringLiteral("1234"));
        QTRY_VERIFY(!m_window->isLocked());
        // Idle: a minute is not enough, two are.
        m_clock.advanceMs(60 * 1000);
        m_window->idleWatcher()->check();
        QVERIFY(!m_window->isLocked());
        m_clock.advanceMs(61 * 1000);
        m_window->idleWatcher()->check();
        QVERIFY(m_window->isLocked());
    }

    void crmIndicatorFollowsTheOutbox()
    {
        OperatorService ops(m_station->db(), m_station->settings(), m_clock);
        QVERIFY(ops.createFirstAdmin(QStringLiteral("A001"), QStringLiteral("Asha"), QStringLiteral("1234")).ok());
        openWindow();
        auto *legacy = m_window->findChild<CrmStatusWidget *>(QStringLiteral("crmStatus_legacy"));
        QTRY_VERIFY(legacy->text().contains(QStringLiteral("0 pending")));
        const Actor admin{QStringLiteral("A001"), QStringLiteral("Asha"), Role::Admin, QStringLiteral("ST01")};
        QVERIFY(m_station->db()
                    .write([&]() -> Status {
                        auto id = OutboxWriter(m_station->db(), m_clock)
                                      .enqueue(admin, {QStringLiteral("serials.generated"),
                                                       QStringList{QStringLiteral("k")}, QJsonObject{}});
                        return id.ok() ? Status(Ok{}) : Status(id.error());
                    })
                    .ok());
        QTRY_VERIFY_WITH_TIMEOUT(legacy->text().contains(QStringLiteral("1 pending")), 3000);
    }
};

QTEST_MAIN(TestShell)
#include "TestShell.moc"
