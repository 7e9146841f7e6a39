// Accessibility sweep: every control on the login screen and on every page of the main window has a name a screen
// reader can say — its own text, an accessible name, or a label whose buddy it is. Run as admin and as supervisor, so
// every page is built and shown.

#include "app/core/Clock.h"
#include "app/services/OperatorService.h"
#include "app/services/Station.h"
#include "ui/shell/MainWindow.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>

using namespace fb;

namespace {

// Parts of a composite widget (a spin box's line edit, a view's header and corner button, a line edit's clear button,
// scroll bars) are named through their owner.
bool isInternalPart(const QWidget *w)
{
    if (qobject_cast<const QScrollBar *>(w) || w->objectName().startsWith(u"qt_"))
        return true;
    for (const QWidget *p = w->parentWidget(); p; p = p->parentWidget()) {
        if (qobject_cast<const QAbstractSpinBox *>(p) || qobject_cast<const QComboBox *>(p) ||
            qobject_cast<const QAbstractItemView *>(p) || qobject_cast<const QLineEdit *>(p))
            return true;
    }
    return false;
}

bool needsName(const QWidget *w)
{
    return qobject_cast<const QLineEdit *>(w) || qobject_cast<const QComboBox *>(w) ||
           qobject_cast<const QAbstractSpinBox *>(w) || qobject_cast<const QAbstractSlider *>(w) ||
           qobject_cast<const QAbstractItemView *>(w) || qobject_cast<const QTextEdit *>(w) ||
           qobject_cast<const QPlainTextEdit *>(w) || qobject_cast<const QAbstractButton *>(w);
}

QStringList unnamedControls(const QWidget *root)
{
    QSet<const QWidget *> labelled;
    for (const QLabel *label : root->findChildren<QLabel *>()) {
        if (label->buddy())
            labelled << label->buddy();
    }
    QStringList missing;
    for (const QWidget *w : root->findChildren<QWidget *>()) {
        if (!needsName(w) || isInternalPart(w))
            continue;
        if (!w->accessibleName().isEmpty() || labelled.contains(w))
            continue;
        if (const auto *b = qobject_cast<const QAbstractButton *>(w); b && !b->text().remove(u'&').trimmed().isEmpty())
            continue;
        QString where;
        for (const QWidget *p = w->parentWidget(); p; p = p->parentWidget()) {
            if (p->objectName().endsWith(u"Page")) {
                where = p->objectName();
                break;
            }
        }
        missing << QStringLiteral("%1 %2 (%3)")
                       .arg(where.isEmpty() ? QStringLiteral("window") : where,
                            w->objectName().isEmpty() ? QStringLiteral("<no object name>") : w->objectName(),
                            QString::fromLatin1(w->metaObject()->className()));
    }
    missing.sort();
    return missing;
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT
private slots:
    void everyControlIsNamed_data();
    void everyControlIsNamed();
};

void TestAccessibility::everyControlIsNamed_data()
{
    QTest::addColumn<int>("role");
    QTest::newRow("admin") << int(Role::Admin);
    QTest::newRow("supervisor") << int(Role::Supervisor);
}

void TestAccessibility::everyControlIsNamed()
{
    QFETCH(int, role);
    QTemporaryDir dir;
    FakeClock clock;
    auto station = Station::open(dir.path(), clock);
    QVERIFY2(station.ok(), qPrintable(station.message()));
    Station &st = *station.value();
    OperatorService ops(st.db(), st.settings(), clock);
    auto admin = ops.createFirstAdmin(QStringLiteral("A001"), QStringLiteral("Asha"), QStringLiteral("1234"));
    QVERIFY(admin.ok());
    if (Role(role) != Role::Admin)
        QVERIFY(ops.createOperator(*admin, QStringLiteral("S001"), QStringLiteral("Sunil"), Role(role),
                                   QStringLiteral("5678"))
                    .ok());

    AppServices services;
    services.station = &st;
    services.clock = &clock;
    MainWindow window(services, standardPages());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QStringList missing = unnamedControls(&window);

    auto *code = window.findChild<QLineEdit *>(QStringLiteral("operatorCodeLineEdit"));
    auto *pin = window.findChild<QLineEdit *>(QStringLiteral("pinLineEdit"));
    QVERIFY(code && pin);
    code->setText(Role(role) == Role::Admin ? QStringLiteral("A001") : QStringLiteral("S001"));
    pin->setText(Role(role) == Role::Admin ? QStringLiteral("1234") : QStringLiteral("5678"));
    QTest::keyClick(pin, Qt::Key_Return);
    QTRY_VERIFY(!window.isLocked());
    auto *nav = window.findChild<QListWidget *>(QStringLiteral("navigationList"));
    for (int row = 0; row < nav->count(); ++row) {
        if (nav->item(row)->isHidden())
            continue;
        QVERIFY(window.showPage(nav->item(row)->data(Qt::UserRole).toString()));
        missing += unnamedControls(&window);
    }
    missing.removeDuplicates();
    QVERIFY2(missing.isEmpty(),
             qPrintable(QStringLiteral("%1 control(s) without an accessible name:\n").arg(missing.size()) +
                        missing.join(u'\n')));
}

QTEST_MAIN(TestAccessibility)
#include "TestAccessibility.moc"
