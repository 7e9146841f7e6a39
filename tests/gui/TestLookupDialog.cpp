// Serial lookup from any page: Ctrl+K, type (or scan) the serial, Enter → where the unit is and its history, with
// who and when; Esc goes back to the page with the focus where it was.
#include "StagesGui.h"

#include "app/services/InwardService.h"
#include "app/services/SerialGenerationService.h"
#include "ui/lookup/LookupDialog.h"

#include <QLabel>
#include <QTableWidget>

using namespace fb;
using namespace fb::test;

class TestLookupDialog : public QObject
{
    Q_OBJECT

    StagesWindow m_w;

private slots:
    void init()
    {
        QString why;
        QVERIFY2(m_w.openFresh(&why), qPrintable(why));
        // CGSTV322509251001 generated, then inwarded into WH001 by Wasim.
        SerialGenerationService gen(m_w.station->db(), m_w.station->settings(), m_w.clock);
        QVERIFY(gen.generate(m_w.warehouse, QStringLiteral("CGSTV32"), 2).ok());
        InwardService inward(m_w.station->db(), m_w.station->settings(), m_w.clock);
        auto draft = inward.openDraft(m_w.warehouse, QStringLiteral("WH001"));
        QVERIFY2(draft.ok(), qPrintable(draft.message()));
        m_w.clock.advanceMs(60 * 1000);
        QVERIFY(
            inward.scan(m_w.warehouse, draft->info.id, QStringLiteral("CGSTV322509251001"), QStringLiteral("wedge"))
                ->accepted());
        QVERIFY(inward.submit(m_w.warehouse, draft->info.id).ok());
        m_w.show();
    }

    void cleanup() { m_w.crash(); }

    void lookupFromAnyPageShowsStateAndHistory()
    {
        // Locked: no lookup for someone who has not logged in.
        m_w.key(Qt::Key_K, Qt::ControlModifier);
        QVERIFY(!m_w.window->lookupDialog() || !m_w.window->lookupDialog()->isVisible());

        m_w.logIn(QStringLiteral("W001"), QStringLiteral("2222"));
        m_w.key(Qt::Key_F2); // serial generation: not a scanning page, lookup still there
        QTRY_COMPARE(m_w.window->currentPage()->objectName(), QStringLiteral("generatePage"));
        QWidget *before = QApplication::focusWidget();
        QVERIFY(before);

        m_w.key(Qt::Key_K, Qt::ControlModifier);
        LookupDialog *dialog = m_w.window->lookupDialog();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        m_w.typeInto(QStringLiteral("lookupLineEdit"), QStringLiteral("cgstv322509251001"));

        auto *state = dialog->findChild<QLabel *>(QStringLiteral("lookupStateLabel"));
        QVERIFY2(state->text().contains(u"In stock at WH001"), qPrintable(state->text()));
        QVERIFY2(state->text().contains(u"INV-2025-09-25-1001"), qPrintable(state->text()));
        auto *product = dialog->findChild<QLabel *>(QStringLiteral("lookupProductLabel"));
        QVERIFY2(product->text().contains(u"32-inch HD Smart LED TV"), qPrintable(product->text()));
        auto *history = dialog->findChild<QTableWidget *>(QStringLiteral("historyTable"));
        QCOMPARE(history->rowCount(), 2);
        QCOMPARE(history->item(0, 1)->text(), QStringLiteral("Serial generated"));
        QVERIFY2(history->item(1, 1)->text().startsWith(u"Inward into WH001"), qPrintable(history->item(1, 1)->text()));
        QCOMPARE(history->item(1, 2)->text(), QStringLiteral("Wasim (W001)"));
        QCOMPARE(history->item(1, 3)->text(), QStringLiteral("INV-2025-09-25-1001"));
        QCOMPARE(history->item(0, 0)->text(), QStringLiteral("2025-09-25 17:00:00"));
        QCOMPARE(history->item(1, 0)->text(), QStringLiteral("2025-09-25 17:01:00"));

        // The next serial replaces the last one as it is typed; a registered but never moved unit.
        m_w.typeInto(QStringLiteral("lookupLineEdit"), QStringLiteral("CGSTV322509251002"));
        QVERIFY2(state->text().contains(u"Generated"), qPrintable(state->text()));
        QCOMPARE(history->rowCount(), 1);

        // Not a serial at all: the nomenclature says what is wrong, no history.
        m_w.typeInto(QStringLiteral("lookupLineEdit"), QStringLiteral("XYZ"));
        QCOMPARE(history->rowCount(), 0);
        QVERIFY(!dialog->findChild<QLabel *>(QStringLiteral("lookupMessage"))->text().isEmpty());

        m_w.key(Qt::Key_Escape);
        QTRY_VERIFY(!dialog->isVisible());
        QTRY_COMPARE(QApplication::focusWidget(), before);
    }
};

QTEST_MAIN(TestLookupDialog)
#include "TestLookupDialog.moc"
