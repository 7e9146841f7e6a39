// Stage 1 by keyboard only: F2, pick the product, quantity, Enter → the serials are listed and what is left today
// goes down; a quantity beyond what is left is refused with the count that is left.
#include "StagesGui.h"

#include "app/storage/SerialRegister.h"
#include "ui/generate/GeneratePage.h"
#include "ui/widgets/ResultBanner.h"

#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QSpinBox>

using namespace fb;
using namespace fb::test;

class TestGeneratePage : public QObject
{
    Q_OBJECT

    StagesWindow m_w;

    GeneratePage *page() const { return qobject_cast<GeneratePage *>(m_w.window->page(QStringLiteral("generate"))); }

    // Other pages use the same object names: look on this page only.
    template <typename T> T *find(const QString &name) const { return page()->findChild<T *>(name); }

    void setQuantity(int n)
    {
        auto *quantity = find<QSpinBox>(QStringLiteral("quantitySpinBox"));
        QTRY_VERIFY2(quantity->hasFocus(), qPrintable(StagesWindow::focusName()));
        m_w.key(Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(quantity, QString::number(n));
        QCOMPARE(quantity->value(), n);
    }

private slots:
    void init()
    {
        QString why;
        QVERIFY2(m_w.openFresh(&why), qPrintable(why));
        m_w.show();
        m_w.logIn(QStringLiteral("W001"), QStringLiteral("2222"));
    }

    void cleanup() { m_w.crash(); }

    void generateByKeyboardAndRefuseBeyondWhatIsLeft()
    {
        m_w.key(Qt::Key_F2);
        QTRY_COMPARE(m_w.window->currentPage(), page());
        auto *product = find<QComboBox>(QStringLiteral("productComboBox"));
        auto *remaining = find<QLabel>(QStringLiteral("remainingLabel"));
        auto *list = find<QListWidget>(QStringLiteral("generatedList"));
        auto *banner = page()->findChild<ResultBanner *>(QStringLiteral("messageLabel"));
        QTRY_VERIFY2(product->hasFocus(), qPrintable(StagesWindow::focusName()));
        QCOMPARE(product->count(), 3);

        // Pick the product by typing its code's start, as with any list.
        QTest::keyClicks(product, QStringLiteral("CGSTV36"));
        QCOMPARE(product->currentData().toString(), QStringLiteral("CGSTV36"));
        QVERIFY2(remaining->text().contains(u"999 serial number"), qPrintable(remaining->text()));
        m_w.key(Qt::Key_Down);
        QCOMPARE(product->currentData().toString(), QStringLiteral("CGSTV43"));
        m_w.key(Qt::Key_Up);
        m_w.key(Qt::Key_Up);
        QCOMPARE(product->currentData().toString(), QStringLiteral("CGSTV32"));

        m_w.key(Qt::Key_Tab);
        setQuantity(3);
        m_w.key(Qt::Key_Return);
        QCOMPARE(banner->verdict(), QStringLiteral("accepted"));
        QCOMPARE(list->count(), 3);
        QCOMPARE(list->item(0)->text(), QStringLiteral("CGSTV322509251001"));
        QCOMPARE(list->item(2)->text(), QStringLiteral("CGSTV322509251003"));
        QVERIFY2(remaining->text().contains(u"996 serial number"), qPrintable(remaining->text()));
        QVERIFY2(remaining->text().contains(u"next 1004"), qPrintable(remaining->text()));
        QCOMPARE(m_w.acceptedSounds, 1);
        QCOMPARE(m_w.syncWakes, 1);
        auto registered = SerialRegister(m_w.station->db()).find(QStringLiteral("CGSTV322509251003"));
        QVERIFY(registered.ok() && registered->has_value());
        QCOMPARE(registered->value().state, SerialState::Generated);

        // More than is left today: refused with the count that is left, nothing generated, back in the quantity.
        setQuantity(997);
        m_w.key(Qt::Key_Return);
        QCOMPARE(banner->verdict(), QStringLiteral("refused"));
        QVERIFY2(banner->text().contains(u"Only 996 serial numbers are left for CGSTV32 today"),
                 qPrintable(banner->text()));
        QCOMPARE(m_w.refusedSounds, 1);
        QCOMPARE(list->count(), 3);
        QVERIFY(find<QSpinBox>(QStringLiteral("quantitySpinBox"))->hasFocus());
        QCOMPARE(*SerialRegister(m_w.station->db()).count(), 3);

        // Ctrl+G generates too.
        setQuantity(2);
        m_w.key(Qt::Key_G, Qt::ControlModifier);
        QCOMPARE(banner->verdict(), QStringLiteral("accepted"));
        QCOMPARE(list->count(), 2);
        QCOMPARE(list->item(0)->text(), QStringLiteral("CGSTV322509251004"));
        QVERIFY2(remaining->text().contains(u"994 serial number"), qPrintable(remaining->text()));
    }

    void noProductChosenIsRefusedByTheService()
    {
        m_w.key(Qt::Key_F2);
        QTRY_COMPARE(m_w.window->currentPage(), page());
        auto *banner = page()->findChild<ResultBanner *>(QStringLiteral("messageLabel"));
        m_w.key(Qt::Key_Return);
        QCOMPARE(banner->verdict(), QStringLiteral("refused"));
        QVERIFY2(banner->text().contains(u"Choose a product"), qPrintable(banner->text()));
        QVERIFY(find<QComboBox>(QStringLiteral("productComboBox"))->hasFocus());
    }
};

QTEST_MAIN(TestGeneratePage)
#include "TestGeneratePage.moc"
