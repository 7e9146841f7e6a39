// The window on a 1366×768 panel (packing stations, service desks): for every role, at the default and the large text
// size, every page the role can see — the Service sub-views and the Settings panels too — fits a 1366×720 client
// area with nothing cut off, messages wrap (or elide) instead of widening the window, and the lock screen keeps a
// usable operator-code field, its whole message, and the way to switch operator.
//
// With FB_SCREENSHOTS=<dir>, every state checked is also saved as a PNG there (for looking at, not for asserting).

#include "ServiceFixture.h"
#include "StagesFixture.h"

#include "app/services/OperatorService.h"
#include "ui/preferences/Appearance.h"
#include "ui/shell/MainWindow.h"

#include <QAbstractScrollArea>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QTabBar>
#include <QTabWidget>
#include <QtTest>

using namespace fb;

namespace {

// 1366×768 less a task bar and the window's frame.
const QSize kBudget(1366, 720);
const double kLargeText = 1.5;

struct DemoOperator
{
    const char *code;
    const char *name;
    Role role;
    const char *pin;
};
// The demo station's operators (scripts/demo.sh).
const DemoOperator kOperators[] = {{"A001", "Asha", Role::Admin, "1111"},
                                   {"W001", "Wasim", Role::Warehouse, "2222"},
                                   {"T001", "Tara", Role::Technician, "3333"},
                                   {"S001", "Sunil", Role::Supervisor, "4444"}};

// One of the longest messages the services give (DispatchService), with a serial that cannot be broken.
const QString kLongMessage = QStringLiteral("✗ Serial CGSTV362509251004 is in another open dispatch draft (#1234, "
                                            "operator W001, station ST01) — remove it there or finish that dispatch "
                                            "first");

QString describe(const QWidget *w)
{
    QString name = w->objectName();
    if (name.isEmpty()) {
        if (const auto *label = qobject_cast<const QLabel *>(w))
            name = QLatin1Char('"') + label->text().left(40) + QLatin1Char('"');
    }
    return QStringLiteral("%1 %2").arg(QString::fromLatin1(w->metaObject()->className()), name);
}

QString rectText(const QRect &r)
{
    return QStringLiteral("%1,%2 %3×%4").arg(r.x()).arg(r.y()).arg(r.width()).arg(r.height());
}

// What a layout promises a widget at least (Qt's qSmartMinSize): its minimumSize where set, else its
// minimumSizeHint — or its sizeHint when its size policy does not let it shrink, nothing when it ignores the hint.
QSize promisedMinimum(const QWidget *w)
{
    const QSizePolicy sp = w->sizePolicy();
    const QSize hint = w->sizeHint();
    const QSize minHint = w->minimumSizeHint();
    QSize s(0, 0);
    if (sp.horizontalPolicy() != QSizePolicy::Ignored)
        s.setWidth(sp.horizontalPolicy() & QSizePolicy::ShrinkFlag ? minHint.width()
                                                                   : std::max(hint.width(), minHint.width()));
    if (sp.verticalPolicy() != QSizePolicy::Ignored)
        s.setHeight(sp.verticalPolicy() & QSizePolicy::ShrinkFlag ? minHint.height()
                                                                  : std::max(hint.height(), minHint.height()));
    s = s.boundedTo(w->maximumSize());
    if (w->minimumWidth() > 0)
        s.setWidth(w->minimumWidth());
    if (w->minimumHeight() > 0)
        s.setHeight(w->minimumHeight());
    return s.expandedTo(QSize(0, 0));
}

bool layoutHolds(const QLayout *layout, const QWidget *w)
{
    for (int i = 0; i < layout->count(); ++i) {
        QLayoutItem *item = layout->itemAt(i);
        if (item->widget() == w)
            return true;
        if (item->layout() && layoutHolds(item->layout(), w))
            return true;
    }
    return false;
}

// Sized by a layout or a splitter (not by its owner, as a spin box sizes its line edit or a view its header).
bool laidOut(const QWidget *w)
{
    const QWidget *parent = w->parentWidget();
    if (!parent)
        return false;
    if (qobject_cast<const QSplitter *>(parent))
        return true;
    return parent->layout() && layoutHolds(parent->layout(), w);
}

// The scroll area whose viewport shows `w`, if any: there a widget may lie below the fold (the area scrolls down to
// it) but never beside it.
const QAbstractScrollArea *scrolledBy(const QWidget *w, const QWidget *window)
{
    for (const QWidget *p = w->parentWidget(); p && p != window; p = p->parentWidget()) {
        if (auto *area = qobject_cast<const QAbstractScrollArea *>(p->parentWidget()); area && area->viewport() == p)
            return area;
    }
    return nullptr;
}

// Field and status messages, and the big banners that say what became of a scan or a submit.
bool isMessageLabel(const QLabel *label)
{
    const QString name = label->objectName();
    return name.endsWith(u"Message") || name.endsWith(u"MessageLabel") || label->inherits("fb::ResultBanner");
}

// Everything that is cut off, squashed or outside the window as it is now.
QStringList layoutProblems(QWidget *window)
{
    QStringList problems;
    const QRect inside = window->rect();
    for (QWidget *w : window->findChildren<QWidget *>()) {
        if (w->isWindow() || !w->isVisible() || qobject_cast<QScrollBar *>(w) || w->objectName().startsWith(u"qt_"))
            continue;
        const QRect r(w->mapTo(window, QPoint(0, 0)), w->size());
        if (const QAbstractScrollArea *area = scrolledBy(w, window)) {
            const QRect view(area->viewport()->mapTo(window, QPoint(0, 0)), area->viewport()->size());
            if (r.left() < view.left() || r.right() > view.right())
                problems << QStringLiteral("%1 at %2 is wider than its scroll area (%3)")
                                .arg(describe(w), rectText(r), rectText(view));
        } else if (!inside.contains(r)) {
            problems << QStringLiteral("%1 at %2 is outside the window (%3)")
                            .arg(describe(w), rectText(r), rectText(inside));
        }
        if (laidOut(w)) {
            const QSize need = promisedMinimum(w);
            if (w->width() < need.width() || (!w->hasHeightForWidth() && w->height() < need.height()))
                problems << QStringLiteral("%1 is squashed: %2×%3, needs %4×%5")
                                .arg(describe(w))
                                .arg(w->width())
                                .arg(w->height())
                                .arg(need.width())
                                .arg(need.height());
        }
        if (auto *label = qobject_cast<QLabel *>(w); label && !label->text().isEmpty()) {
            const bool elides = label->inherits("fb::ElidedLabel");
            if (!elides && label->height() < label->heightForWidth(label->width()))
                problems << QStringLiteral("%1 shows %2 px of its text's %3 px height")
                                .arg(describe(label))
                                .arg(label->height())
                                .arg(label->heightForWidth(label->width()));
            if (!elides && !label->wordWrap() && label->width() < label->sizeHint().width())
                problems << QStringLiteral("%1 shows %2 px of its text's %3 px width")
                                .arg(describe(label))
                                .arg(label->width())
                                .arg(label->sizeHint().width());
        }
        if (auto *label = qobject_cast<QLabel *>(w);
            label && isMessageLabel(label) && !label->wordWrap() && !label->inherits("fb::ElidedLabel"))
            problems << QStringLiteral("%1 shows messages but neither wraps nor elides").arg(describe(label));
        if (auto *tabs = qobject_cast<QTabBar *>(w)) {
            // Tabs that do not fit get scroll arrows: some are off to the side.
            for (const QWidget *arrow : tabs->findChildren<QWidget *>()) {
                if (arrow->isVisible())
                    problems << QStringLiteral("%1 scrolls its tabs: they do not fit in %2 px")
                                    .arg(describe(w))
                                    .arg(tabs->width());
            }
        }
        if (auto *area = qobject_cast<QScrollArea *>(w);
            area && area->widget() && area->widget()->width() > area->viewport()->width())
            problems << QStringLiteral("%1 scrolls sideways: its content is %2 px wide, it shows %3")
                            .arg(describe(area))
                            .arg(area->widget()->width())
                            .arg(area->viewport()->width());
    }
    return problems;
}

void settle()
{
    for (int i = 0; i < 4; ++i) {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QCoreApplication::processEvents();
    }
}

} // namespace

class TestSmallScreen : public QObject
{
    Q_OBJECT

    test::ServiceStation m_st;
    std::unique_ptr<MainWindow> m_window;
    QSize m_largest; // the largest minimum size seen in the current row

    void openWindow(double scale)
    {
        m_window.reset();
        Appearance::applyFontScale(scale); // as main() does, before any widget exists
        AppServices services;
        services.station = &m_st.station();
        services.clock = &m_st.clock;
        m_window = std::make_unique<MainWindow>(services, standardPages());
        m_window->resize(kBudget);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_largest = {};
    }

    template <typename T = QWidget> T *find(const QString &name) const { return m_window->findChild<T *>(name); }

    void logIn(const DemoOperator &op)
    {
        auto *code = find<QLineEdit>(QStringLiteral("operatorCodeLineEdit"));
        auto *pin = find<QLineEdit>(QStringLiteral("pinLineEdit"));
        QVERIFY(code && pin);
        code->setText(QString::fromLatin1(op.code));
        pin->setText(QString::fromLatin1(op.pin));
        QTest::keyClick(pin, Qt::Key_Return);
        QTRY_VERIFY(!m_window->isLocked());
    }

    // Shrinks the window to the budget and lists what does not fit; `where` names the state in the failure.
    void checkFits(const QString &where)
    {
        settle();
        const QSize minimum = m_window->minimumSizeHint().expandedTo(m_window->minimumSize());
        m_largest = m_largest.expandedTo(minimum);
        m_window->resize(kBudget);
        settle();
        if (const QString dir = qEnvironmentVariable("FB_SCREENSHOTS"); !dir.isEmpty())
            m_window->grab().save(QStringLiteral("%1/%2.png").arg(dir, QString(where).replace(u' ', u'-')));
        QVERIFY2(minimum.width() <= kBudget.width() && minimum.height() <= kBudget.height(),
                 qPrintable(QStringLiteral("%1: the window needs at least %2×%3, the screen gives %4×%5")
                                .arg(where)
                                .arg(minimum.width())
                                .arg(minimum.height())
                                .arg(kBudget.width())
                                .arg(kBudget.height())));
        QCOMPARE(m_window->size(), kBudget);
        const QStringList problems = layoutProblems(m_window.get());
        QVERIFY2(problems.isEmpty(),
                 qPrintable(QStringLiteral("%1 at %2×%3:\n  ").arg(where).arg(kBudget.width()).arg(kBudget.height()) +
                            problems.join(QStringLiteral("\n  "))));
    }

    // The page as it is, then with every message it can show at its longest (hidden field messages shown too).
    void checkPage(const QString &where)
    {
        checkFits(where);
        if (QTest::currentTestFailed())
            return;
        QList<QPair<QLabel *, QPair<QString, bool>>> saved;
        for (QLabel *label : m_window->findChildren<QLabel *>()) {
            if (!isMessageLabel(label) || !label->parentWidget()->isVisible())
                continue;
            saved.append({label, {label->text(), label->isVisibleTo(label->parentWidget())}});
            label->setText(kLongMessage);
            label->show();
        }
        checkFits(where + QStringLiteral(" long messages"));
        for (const auto &[label, state] : std::as_const(saved)) {
            label->setText(state.first);
            label->setVisible(state.second);
        }
    }

private slots:
    void initTestCase()
    {
        QString why;
        QVERIFY2(m_st.open(&why), qPrintable(why));
        // The seed's warehouses and party for Inward and Dispatch, then the demo's products again (with their models).
        QVERIFY(test::loadSeedMasterData(m_st.db()).ok());
        QVERIFY2(test::loadDemoMasterData(m_st.db(), &why), qPrintable(why));
        OperatorService ops(m_st.db(), m_st.settings(), m_st.clock);
        const DemoOperator &first = kOperators[0];
        auto admin = ops.createFirstAdmin(QString::fromLatin1(first.code), QString::fromLatin1(first.name),
                                          QString::fromLatin1(first.pin));
        QVERIFY2(admin.ok(), qPrintable(admin.message()));
        const Actor adminActor = *ops.login(QString::fromLatin1(first.code), QString::fromLatin1(first.pin));
        for (const DemoOperator &op : kOperators) {
            if (op.role == Role::Admin)
                continue;
            QVERIFY(ops.createOperator(adminActor, QString::fromLatin1(op.code), QString::fromLatin1(op.name), op.role,
                                       QString::fromLatin1(op.pin))
                        .ok());
        }
        // A complaint, so the service views have a row to show.
        ComplaintService complaints(m_st.db(), m_st.settings(), m_st.clock);
        auto c = complaints.registerComplaint(test::actorFor(Role::Supervisor), test::puneDraft());
        QVERIFY2(c.ok(), qPrintable(c.message()));
    }

    void cleanup()
    {
        m_window.reset();
        Appearance::applyFontScale(1.0);
    }

    void everyPageFits_data()
    {
        QTest::addColumn<int>("operatorIndex");
        QTest::addColumn<double>("scale");
        for (int i = 0; i < int(std::size(kOperators)); ++i) {
            for (double scale : {1.0, kLargeText})
                QTest::addRow("%s %d%%", kOperators[i].code, qRound(scale * 100)) << i << scale;
        }
    }

    void everyPageFits()
    {
        QFETCH(int, operatorIndex);
        QFETCH(double, scale);
        const DemoOperator &op = kOperators[operatorIndex];
        const QString who = QStringLiteral("%1 %2%").arg(QString::fromLatin1(op.code)).arg(qRound(scale * 100));
        openWindow(scale);
        checkPage(who + QStringLiteral(" login"));
        if (QTest::currentTestFailed())
            return;
        logIn(op);

        auto *nav = find<QListWidget>(QStringLiteral("navigationList"));
        QVERIFY(nav);
        int pages = 0;
        for (int row = 0; row < nav->count(); ++row) {
            if (nav->item(row)->isHidden())
                continue;
            const QString id = nav->item(row)->data(Qt::UserRole).toString();
            QVERIFY(m_window->showPage(id));
            ++pages;
            if (id == u"service") {
                auto *tabs = find<QTabWidget>(QStringLiteral("serviceTabs"));
                QVERIFY(tabs);
                for (int tab = 0; tab < tabs->count(); ++tab) {
                    tabs->setCurrentIndex(tab);
                    checkPage(QStringLiteral("%1 %2 tab %3").arg(who, id).arg(tab + 1));
                    if (QTest::currentTestFailed())
                        return;
                }
            } else if (id == u"settings") {
                // The scanner panel shows the fields of the chosen source.
                auto *source = find<QComboBox>(QStringLiteral("scannerSourceCombo"));
                QVERIFY(source);
                const int saved = source->currentIndex();
                for (int i = 0; i < source->count(); ++i) {
                    source->setCurrentIndex(i);
                    checkPage(QStringLiteral("%1 %2 scanner %3").arg(who, id).arg(i + 1));
                    if (QTest::currentTestFailed())
                        return;
                }
                source->setCurrentIndex(saved);
            } else {
                checkPage(who + QLatin1Char(' ') + id);
            }
            if (QTest::currentTestFailed())
                return;
        }
        QVERIFY(pages >= 2);

        // A long line in the status bar beside both CRMs' indicators.
        emit m_window->currentPage()->notify(kLongMessage, true);
        checkFits(who + QStringLiteral(" status line"));
        if (QTest::currentTestFailed())
            return;

        // Locked, with a wrong PIN's message.
        QTest::keyClick(m_window.get(), Qt::Key_L, Qt::ControlModifier);
        QTRY_VERIFY(m_window->isLocked());
        auto *pin = find<QLineEdit>(QStringLiteral("pinLineEdit"));
        QTRY_VERIFY(pin->hasFocus());
        QTest::keyClicks(pin, QStringLiteral("0000"));
        QTest::keyClick(pin, Qt::Key_Return);
        QTRY_VERIFY(!find<QLabel>(QStringLiteral("loginMessage"))->text().isEmpty());
        checkFits(who + QStringLiteral(" locked"));
        qInfo("%s: minimum window size %d×%d", qPrintable(who), m_largest.width(), m_largest.height());
    }

    // A real validation message, long enough to wrap, on the Dispatch form at 1366×720.
    void dispatchMessageWrapsInFull()
    {
        openWindow(1.0);
        logIn(kOperators[1]);
        QVERIFY(m_window->showPage(QStringLiteral("dispatch")));
        auto *party = find<QLineEdit>(QStringLiteral("partyCodeLineEdit"));
        QVERIFY(party);
        party->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(party->hasFocus());
        QTest::keyClicks(party, QStringLiteral("NOPARTY42"));
        QTest::keyClick(party, Qt::Key_Tab); // the message shows once the field is left
        auto *message = find<QLabel>(QStringLiteral("partyCodeMessageLabel"));
        QVERIFY(message);
        QTRY_VERIFY2(message->text().contains(QStringLiteral("NOPARTY42")), qPrintable(message->text()));
        checkFits(QStringLiteral("W001 dispatch party message"));
        QVERIFY(message->isVisible());
        // It wrapped: one line of it is wider than the label, and the label is tall enough for all its lines.
        const int oneLine = message->fontMetrics().horizontalAdvance(message->text());
        QVERIFY2(oneLine > message->contentsRect().width(),
                 qPrintable(QStringLiteral("%1 px of text in %2 px").arg(oneLine).arg(message->width())));
        QVERIFY(message->height() >= message->heightForWidth(message->width()));
        const QRect r(message->mapTo(m_window.get(), QPoint(0, 0)), message->size());
        QVERIFY2(m_window->rect().contains(r), qPrintable(rectText(r)));
    }

    // The register-complaint form at 150 % text: a long message beside the serial wraps in full, in view, and the
    // messages a refused submit shows leave the form inside the window.
    void registerComplaintMessageWrapsInFull()
    {
        openWindow(kLargeText);
        logIn(kOperators[2]);
        QVERIFY(m_window->showPage(QStringLiteral("service")));
        auto *tabs = find<QTabWidget>(QStringLiteral("serviceTabs"));
        auto *form = find<QWidget>(QStringLiteral("registerComplaintForm"));
        QVERIFY(tabs && form);
        tabs->setCurrentIndex(tabs->indexOf(form->parentWidget()->parentWidget())); // the form's scroll area
        QVERIFY(form->isVisible());
        auto *serial = form->findChild<QLineEdit *>(QStringLiteral("serialLineEdit"));
        QVERIFY(serial);
        QTRY_VERIFY(serial->hasFocus());
        QTest::keyClicks(serial, test::kUnregistered36);
        QTest::keyClick(serial, Qt::Key_Tab); // the serial is checked once the field is left
        auto *message = form->findChild<QLabel *>(QStringLiteral("serialMessage"));
        QVERIFY(message);
        QTRY_VERIFY2(message->isVisible() && message->text().contains(test::kUnregistered36),
                     qPrintable(message->text()));
        checkFits(QStringLiteral("T001 150% register serial message"));
        const int oneLine = message->fontMetrics().horizontalAdvance(message->text());
        QVERIFY2(oneLine > message->contentsRect().width(),
                 qPrintable(QStringLiteral("%1 px of text in %2 px").arg(oneLine).arg(message->width())));
        QVERIFY(message->height() >= message->heightForWidth(message->width()));
        const QWidget *viewport = form->parentWidget();
        const QRect inView(message->mapTo(viewport, QPoint(0, 0)), message->size());
        QVERIFY2(viewport->rect().contains(inView),
                 qPrintable(rectText(inView) + QStringLiteral(" in ") + rectText(viewport->rect())));

        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier); // submit: refused
        QTRY_VERIFY(!find<QLabel>(QStringLiteral("registerResultBanner"))->text().isEmpty());
        checkFits(QStringLiteral("T001 150% register refused"));
    }

    // Ctrl+L: the code field keeps a normal width, a wrong PIN's message is there in full, and another operator is
    // one Shift+Tab away from the PIN.
    void lockScreenKeepsTheCodeFieldAndTheWholeMessage_data()
    {
        QTest::addColumn<double>("scale");
        QTest::newRow("100%") << 1.0;
        QTest::newRow("150%") << kLargeText;
    }

    void lockScreenKeepsTheCodeFieldAndTheWholeMessage()
    {
        QFETCH(double, scale);
        openWindow(scale);
        logIn(kOperators[1]);
        QTest::keyClick(m_window.get(), Qt::Key_L, Qt::ControlModifier);
        QTRY_VERIFY(m_window->isLocked());
        auto *code = find<QLineEdit>(QStringLiteral("operatorCodeLineEdit"));
        auto *pin = find<QLineEdit>(QStringLiteral("pinLineEdit"));
        auto *message = find<QLabel>(QStringLiteral("loginMessage"));
        QVERIFY(code && pin && message);
        QTRY_VERIFY(pin->hasFocus());
        QCOMPARE(code->text(), QStringLiteral("W001"));

        QTest::keyClicks(pin, QStringLiteral("0000"));
        QTest::keyClick(pin, Qt::Key_Return);
        QTRY_VERIFY(message->text().contains(QStringLiteral("attempt")));
        settle();
        QVERIFY2(message->text().endsWith(QStringLiteral("locked.")), qPrintable(message->text()));
        // The whole message is on screen: the label is as tall as its wrapped text, and inside the window.
        QVERIFY2(message->height() >= message->heightForWidth(message->width()),
                 qPrintable(QStringLiteral("%1 px high, the text needs %2 at %3 px wide")
                                .arg(message->height())
                                .arg(message->heightForWidth(message->width()))
                                .arg(message->width())));
        const QRect r(message->mapTo(m_window.get(), QPoint(0, 0)), message->size());
        QVERIFY2(m_window->rect().contains(r), qPrintable(rectText(r)));
        // The code field is a normal field: its placeholder fits in it, and it is as wide as the PIN field.
        const int placeholder = code->fontMetrics().horizontalAdvance(code->placeholderText());
        QVERIFY2(code->width() > placeholder,
                 qPrintable(QStringLiteral("code field %1 px, placeholder %2 px").arg(code->width()).arg(placeholder)));
        QCOMPARE(code->width(), pin->width());
        QVERIFY(code->isEnabled() && !code->isReadOnly());

        // The way to another operator is said on screen, and is one Shift+Tab away.
        auto *hint = find<QLabel>(QStringLiteral("switchOperatorHint"));
        QVERIFY(hint);
        QVERIFY(hint->isVisible());
        QVERIFY2(hint->text().contains(QStringLiteral("Shift+Tab")), qPrintable(hint->text()));
        QTRY_VERIFY(pin->hasFocus());
        QTest::keyClick(pin, Qt::Key_Tab, Qt::ShiftModifier);
        QTRY_VERIFY(code->hasFocus());
        QCOMPARE(code->selectedText(), QStringLiteral("W001")); // typing replaces the locked operator's code
        QTest::keyClicks(code, QStringLiteral("S001"));
        QTest::keyClick(code, Qt::Key_Return);
        QTRY_VERIFY(pin->hasFocus());
        QTest::keyClicks(pin, QStringLiteral("4444"));
        QTest::keyClick(pin, Qt::Key_Return);
        QTRY_VERIFY(!m_window->isLocked());
        QCOMPARE(m_window->actor().operatorCode, QStringLiteral("S001"));
    }
};

QTEST_MAIN(TestSmallScreen)
#include "TestSmallScreen.moc"
