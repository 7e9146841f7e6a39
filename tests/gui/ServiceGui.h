#pragma once
// What the service-desk GUI tests share: a station with the demo master data and units (tests/unit/ServiceFixture.h),
// operators who log in by keyboard, and the main window around them.

#include "ServiceFixture.h"

#include "app/services/OperatorService.h"
#include "ui/shell/MainWindow.h"

#include <QApplication>
#include <QLineEdit>
#include <QtTest>

#include <functional>

namespace fb::test {

class ServiceWindow
{
public:
    // The station plus operators T100 (technician, PIN 1111) and S001 (supervisor, PIN 2222).
    bool open(QString *why)
    {
        window.reset();
        if (!st.open(why))
            return false;
        OperatorService ops(st.db(), st.settings(), st.clock);
        if (auto a = ops.createFirstAdmin(QStringLiteral("A001"), QStringLiteral("Asha"), QStringLiteral("1234"));
            !a.ok()) {
            *why = a.message();
            return false;
        }
        const Actor admin = *ops.login(QStringLiteral("A001"), QStringLiteral("1234"));
        for (auto [code, name, role, pin] :
             {std::tuple{"T100", "Tara", Role::Technician, "1111"}, {"S001", "Sunil", Role::Supervisor, "2222"}}) {
            if (Status s = ops.createOperator(admin, QString::fromLatin1(code), QString::fromLatin1(name), role,
                                              QString::fromLatin1(pin));
                !s) {
                *why = s.message();
                return false;
            }
        }
        return true;
    }

    // `more` adds what a test's pages need beyond the station and its clock (delivery, pulls, credentials…).
    void show(const std::function<void(AppServices &)> &more = {})
    {
        scope = nullptr;
        AppServices services;
        services.station = &st.station();
        services.clock = &st.clock;
        if (more)
            more(services);
        window = std::make_unique<MainWindow>(services, standardPages());
        window->show();
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
    }

    // Within `scope` when set (other pages have fields of the same name: Inward's serialLineEdit), else the window.
    template <typename T = QWidget> T *find(const QString &name) const
    {
        QWidget *root = scope ? scope : static_cast<QWidget *>(window.get());
        return root->findChild<T *>(name);
    }

    // Types into the field that has the focus and checks it is the one expected.
    void typeInto(const QString &objectName, const QString &text, bool enter = true)
    {
        auto *edit = find<QLineEdit>(objectName);
        QVERIFY2(edit, qPrintable(objectName));
        QTRY_VERIFY2(edit->hasFocus(),
                     qPrintable(objectName + QStringLiteral(" should have the focus, ") +
                                (QApplication::focusWidget() ? QApplication::focusWidget()->objectName()
                                                             : QStringLiteral("nothing")) +
                                QStringLiteral(" has it")));
        QTest::keyClicks(edit, text);
        if (enter)
            QTest::keyClick(edit, Qt::Key_Return);
    }

    void logIn(const QString &code, const QString &pin)
    {
        scope = nullptr;
        typeInto(QStringLiteral("operatorCodeLineEdit"), code);
        typeInto(QStringLiteral("pinLineEdit"), pin);
        QTRY_VERIFY(!window->isLocked());
    }

    // Keys go where a person's keystrokes would: to the focused widget.
    static void key(int k, Qt::KeyboardModifiers mods = Qt::NoModifier)
    {
        QTRY_VERIFY(QApplication::focusWidget()); // a dialog that just closed hands the focus back
        QTest::keyClick(QApplication::focusWidget(), Qt::Key(k), mods);
    }
    static void type(const QString &text)
    {
        QTRY_VERIFY(QApplication::focusWidget());
        QTest::keyClicks(QApplication::focusWidget(), text);
    }

    // With FB_SCREENSHOTS=<dir>, saves what the window looks like now (for reviewing the pages, not for asserting).
    void snapshot(const QString &name) const
    {
        const QString dir = qEnvironmentVariable("FB_SCREENSHOTS");
        if (!dir.isEmpty() && window)
            window->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
    }

    ServiceStation st;
    std::unique_ptr<MainWindow> window;
    QWidget *scope = nullptr;
};

} // namespace fb::test
