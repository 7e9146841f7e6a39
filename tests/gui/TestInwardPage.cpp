// A whole inward at the packing station, offscreen, by keyboard-wedge key events alone: log in, F3, pick the
// warehouse, scan (accepted, refused, typed), undo, look a serial up in a modal dialog, submit; resume after a power
// cut; import a file. The fake clock sets the pace of the keys, so the wedge tells scanner from person exactly.
#include "StagesGui.h"

#include "app/services/SerialGenerationService.h"
#include "app/storage/SerialRegister.h"
#include "ui/inward/InwardModel.h"
#include "ui/inward/InwardPage.h"
#include "ui/inward/ProductCountsModel.h"
#include "ui/inward/RefusedModel.h"
#include "ui/lookup/LookupDialog.h"
#include "ui/scanner/KeyboardWedge.h"
#include "ui/widgets/ResultBanner.h"

#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QListWidget>
#include <QTableView>
#include <QTableWidget>

using namespace fb;
using namespace fb::test;

class TestInwardPage : public QObject
{
    Q_OBJECT

    StagesWindow m_w;
    std::unique_ptr<KeyboardWedge> m_wedge;

    InwardPage *page() const { return qobject_cast<InwardPage *>(m_w.window->page(QStringLiteral("inward"))); }
    // Other pages use the same object names (a dispatch page has its serialLineEdit too): look on this page only.
    template <typename T> T *find(const QString &name) const { return page()->findChild<T *>(name); }
    QLineEdit *scanField() const { return find<QLineEdit>(QStringLiteral("serialLineEdit")); }
    ResultBanner *banner() const { return page()->findChild<ResultBanner *>(QStringLiteral("resultBanner")); }

    // The window with the station's wedge scanner wired as main() wires it, sounds counted.
    void showWindow()
    {
        m_w.show();
        m_wedge = std::make_unique<KeyboardWedge>(ScannerSettings::Wedge{}, ScanDecoder(), m_w.clock);
        m_w.window->setScanSource(m_wedge.get());
        m_wedge->start();
    }

    void goToInward()
    {
        m_w.logIn(QStringLiteral("W001"), QStringLiteral("2222"));
        m_w.key(Qt::Key_F3);
        QTRY_COMPARE(m_w.window->currentPage(), page());
        QTRY_VERIFY2(scanField()->hasFocus(), qPrintable(StagesWindow::focusName()));
    }

    void chooseFirstWarehouse()
    {
        m_w.key(Qt::Key_W, Qt::AltModifier);
        auto *combo = find<QComboBox>(QStringLiteral("warehouseComboBox"));
        QTRY_VERIFY(combo->hasFocus());
        m_w.key(Qt::Key_Down);
        QCOMPARE(combo->currentData().toString(), QStringLiteral("WH001"));
        m_w.key(Qt::Key_Return);
        QTRY_VERIFY2(scanField()->hasFocus(), qPrintable(StagesWindow::focusName()));
    }

    // A scan that must be accepted: green banner, one more row, the ok sound, the focus still in an empty field.
    void scanAccepted(const QString &serial)
    {
        const int rows = page()->acceptedModel()->rowCount();
        const int sounds = m_w.acceptedSounds;
        m_w.wedgeScan(serial);
        QCOMPARE(banner()->verdict(), QStringLiteral("accepted"));
        QCOMPARE(banner()->text(), QStringLiteral("✓ %1 accepted").arg(serial));
        QCOMPARE(page()->acceptedModel()->rowCount(), rows + 1);
        QCOMPARE(page()->acceptedModel()->line(rows).serial, serial);
        QCOMPARE(page()->acceptedModel()->line(rows).source, QStringLiteral("wedge"));
        QCOMPARE(m_w.acceptedSounds, sounds + 1);
        QVERIFY2(scanField()->hasFocus(), qPrintable(StagesWindow::focusName()));
        QCOMPARE(scanField()->text(), QString()); // the burst never reached the field
    }

    std::optional<SerialRecord> record(const QString &serial)
    {
        auto found = SerialRegister(m_w.station->db()).find(serial);
        return found.ok() ? *found : std::nullopt;
    }

private slots:
    void init()
    {
        m_wedge.reset();
        QString why;
        QVERIFY2(m_w.openFresh(&why), qPrintable(why));
        // Stage 1 first: these units exist as GENERATED.
        SerialGenerationService gen(m_w.station->db(), m_w.station->settings(), m_w.clock);
        QVERIFY(gen.generate(m_w.warehouse, QStringLiteral("CGSTV32"), 3).ok());
        QVERIFY(gen.generate(m_w.warehouse, QStringLiteral("CGSTV36"), 2).ok());
    }

    void cleanup()
    {
        m_wedge.reset();
        m_w.crash();
    }

    void wholeInwardByWedgeKeysAlone()
    {
        showWindow();
        goToInward();
        auto *table = find<QTableView>(QStringLiteral("acceptedTable"));
        auto *refusedList = find<QTableView>(QStringLiteral("refusedList"));
        QVERIFY(table && refusedList);

        // No warehouse chosen yet on this station: the scan is refused with what to do, nothing is lost.
        m_w.wedgeScan(QStringLiteral("CGSTV322509251001"));
        QCOMPARE(banner()->verdict(), QStringLiteral("refused"));
        QVERIFY2(banner()->text().contains(u"Choose the warehouse"), qPrintable(banner()->text()));
        QCOMPARE(m_w.refusedSounds, 1);
        QVERIFY(scanField()->hasFocus());
        QCOMPARE(scanField()->text(), QString());

        chooseFirstWarehouse();
        scanAccepted(QStringLiteral("CGSTV322509251001"));
        scanAccepted(QStringLiteral("CGSTV362509251001"));
        QCOMPARE(page()->countsModel()->rowCount(), 2);
        QCOMPARE(page()->countsModel()->total(), 2);
        QVERIFY2(find<QLabel>(QStringLiteral("totalLabel"))->text().contains(u"Total: 2 unit"),
                 qPrintable(find<QLabel>(QStringLiteral("totalLabel"))->text()));

        // A duplicate: red, the reason, the error sound, and it stays in the refused list.
        m_w.wedgeScan(QStringLiteral("CGSTV322509251001"));
        QCOMPARE(banner()->verdict(), QStringLiteral("refused"));
        QVERIFY2(banner()->text().startsWith(u"✗ CGSTV322509251001 is already in this inward"),
                 qPrintable(banner()->text()));
        QCOMPARE(m_w.refusedSounds, 2);
        QCOMPARE(page()->acceptedModel()->rowCount(), 2);
        QCOMPARE(refusedList->model()->rowCount(), 1);
        QCOMPARE(refusedList->model()->index(0, RefusedModel::ScannedColumn).data().toString(),
                 QStringLiteral("CGSTV322509251001"));
        QVERIFY(refusedList->model()->index(0, RefusedModel::ReasonColumn).data().toString().contains(u"already in"));
        QVERIFY(refusedList->isVisible());
        QVERIFY(scanField()->hasFocus());

        // A person types a serial and presses Enter: typing reaches the field and is scanned as typed.
        m_w.typeSlowly(QStringLiteral("CGSTV322509251002"));
        QCOMPARE(banner()->verdict(), QStringLiteral("accepted"));
        QCOMPARE(page()->acceptedModel()->rowCount(), 3);
        QCOMPARE(page()->acceptedModel()->line(2).source, QStringLiteral("typed"));
        QCOMPARE(scanField()->text(), QString());
        QCOMPARE(page()->countsModel()->count(QStringLiteral("CGSTV32")), 2);

        // Ctrl+Z takes the last one out again.
        m_w.key(Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(page()->acceptedModel()->rowCount(), 2);
        QCOMPARE(page()->countsModel()->count(QStringLiteral("CGSTV32")), 1);
        QVERIFY2(banner()->text().contains(u"CGSTV322509251002"), qPrintable(banner()->text()));
        QVERIFY(scanField()->hasFocus());
        QCOMPARE(record(QStringLiteral("CGSTV322509251002"))->state, SerialState::Generated);

        // Ctrl+K: the lookup dialog is modal, so a scanner burst there is typing into its field, never an inward scan.
        m_w.key(Qt::Key_K, Qt::ControlModifier);
        LookupDialog *lookup = m_w.window->lookupDialog();
        QVERIFY(lookup);
        QTRY_VERIFY(lookup->isVisible());
        QCOMPARE(QApplication::activeModalWidget(), lookup);
        auto *lookupField = lookup->findChild<QLineEdit *>(QStringLiteral("lookupLineEdit"));
        QTRY_VERIFY2(lookupField->hasFocus(), qPrintable(StagesWindow::focusName()));
        m_w.wedgeScan(QStringLiteral("CGSTV322509251003"));
        QCOMPARE(lookupField->text(), QStringLiteral("CGSTV322509251003"));
        QCOMPARE(page()->acceptedModel()->rowCount(), 2);
        QCOMPARE(m_wedge->pendingKeys(), 0);
        auto *history = lookup->findChild<QTableWidget *>(QStringLiteral("historyTable"));
        QCOMPARE(history->rowCount(), 1); // generated, nothing else yet
        m_w.key(Qt::Key_Escape);
        QTRY_VERIFY(!lookup->isVisible());
        QTRY_VERIFY2(scanField()->hasFocus(), qPrintable(StagesWindow::focusName()));

        // Ctrl+Enter submits: the request id is shown and the units are in stock.
        m_w.key(Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(banner()->verdict(), QStringLiteral("accepted"));
        QVERIFY2(banner()->text().contains(u"INV-2025-09-25-1001"), qPrintable(banner()->text()));
        QVERIFY(find<QLabel>(QStringLiteral("lastRequestLabel"))->text().contains(u"INV-2025-09-25-1001"));
        QCOMPARE(m_w.syncWakes, 1);
        for (const QString &sn : {QStringLiteral("CGSTV322509251001"), QStringLiteral("CGSTV362509251001")}) {
            const auto r = record(sn);
            QVERIFY2(r, qPrintable(sn));
            QCOMPARE(r->state, SerialState::InStock);
            QCOMPARE(r->warehouseCode, QStringLiteral("WH001"));
            QCOMPARE(r->ref, QStringLiteral("INV-2025-09-25-1001"));
            QCOMPARE(r->operatorCode, QStringLiteral("W001"));
        }
        QCOMPARE(record(QStringLiteral("CGSTV322509251002"))->state, SerialState::Generated);
        // The next inward starts empty, in the same warehouse, with the focus where the next scan goes.
        QCOMPARE(page()->acceptedModel()->rowCount(), 0);
        QCOMPARE(refusedList->model()->rowCount(), 0);
        QVERIFY(scanField()->hasFocus());
        scanAccepted(QStringLiteral("CGSTV322509251002"));
        m_w.wedgeScan(QStringLiteral("CGSTV322509251001"));
        QCOMPARE(banner()->verdict(), QStringLiteral("refused"));
        QVERIFY2(banner()->text().contains(u"already in stock at WH001"), qPrintable(banner()->text()));
    }

    void pickedRowIsRemovedWithDelete()
    {
        showWindow();
        goToInward();
        chooseFirstWarehouse();
        scanAccepted(QStringLiteral("CGSTV322509251001"));
        scanAccepted(QStringLiteral("CGSTV322509251002"));
        scanAccepted(QStringLiteral("CGSTV322509251003"));
        // Delete with nothing picked says how to pick.
        m_w.key(Qt::Key_Delete);
        QCOMPARE(page()->acceptedModel()->rowCount(), 3);
        QCOMPARE(banner()->verdict(), QStringLiteral("info"));
        // Up/Down in the scan field move through the rows; the focus stays in the field.
        m_w.key(Qt::Key_Up);
        m_w.key(Qt::Key_Up);
        QVERIFY(scanField()->hasFocus());
        auto *table = find<QTableView>(QStringLiteral("acceptedTable"));
        QCOMPARE(table->currentIndex().row(), 1);
        m_w.key(Qt::Key_Delete);
        QCOMPARE(page()->acceptedModel()->rowCount(), 2);
        QCOMPARE(page()->acceptedModel()->line(0).serial, QStringLiteral("CGSTV322509251001"));
        QCOMPARE(page()->acceptedModel()->line(1).serial, QStringLiteral("CGSTV322509251003"));
        QVERIFY(scanField()->hasFocus());
        // Delete still edits a half-typed serial in the field.
        m_w.key(Qt::Key_A);
        m_w.key(Qt::Key_B);
        m_w.key(Qt::Key_Home);
        m_w.key(Qt::Key_Delete);
        QCOMPARE(scanField()->text(), QStringLiteral("b"));
        QCOMPARE(page()->acceptedModel()->rowCount(), 2);
    }

    void draftResumesAfterAPowerCut()
    {
        showWindow();
        goToInward();
        chooseFirstWarehouse();
        scanAccepted(QStringLiteral("CGSTV322509251001"));
        scanAccepted(QStringLiteral("CGSTV362509251002"));
        m_w.wedgeScan(QStringLiteral("CGSTV992509251001")); // no such product
        QCOMPARE(banner()->verdict(), QStringLiteral("refused"));

        // Power cut: nothing is closed or saved on the way out.
        m_wedge.reset();
        m_w.crash();
        QString why;
        QVERIFY2(m_w.reopen(&why), qPrintable(why));
        showWindow();
        goToInward();
        // The warehouse is remembered on this station, the scans and the refusal are back.
        QCOMPARE(find<QComboBox>(QStringLiteral("warehouseComboBox"))->currentData().toString(),
                 QStringLiteral("WH001"));
        QCOMPARE(page()->acceptedModel()->rowCount(), 2);
        QCOMPARE(page()->acceptedModel()->line(1).serial, QStringLiteral("CGSTV362509251002"));
        QCOMPARE(page()->refusedModel()->rowCount(), 1);
        QCOMPARE(page()->countsModel()->total(), 2);
        QCOMPARE(banner()->verdict(), QStringLiteral("info"));
        QVERIFY2(banner()->text().contains(u"Resumed"), qPrintable(banner()->text()));
        // And the inward goes on where it stopped.
        m_w.wedgeScan(QStringLiteral("CGSTV322509251001"));
        QVERIFY2(banner()->text().contains(u"already in this inward"), qPrintable(banner()->text()));
        scanAccepted(QStringLiteral("CGSTV322509251002"));
        m_w.key(Qt::Key_Return, Qt::ControlModifier);
        QVERIFY2(banner()->text().contains(u"INV-2025-09-25-1001"), qPrintable(banner()->text()));
        QCOMPARE(record(QStringLiteral("CGSTV362509251002"))->state, SerialState::InStock);
    }

    void fileImportShowsProgressAndRefusedLines()
    {
        showWindow();
        goToInward();
        chooseFirstWarehouse();
        scanAccepted(QStringLiteral("CGSTV322509251001"));

        const QString path = m_w.dir.filePath(QStringLiteral("truck-7.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Text));
        file.write("serial,box\n"
                   "CGSTV322509251002,B1\n"
                   "CGSTV322509251001,B1\n" // line 3: already scanned
                   "not a serial,B2\n"      // line 4
                   "\n"
                   "CGSTV362509251001,B3\n"
                   "CGSTV322509259001,B3\n"); // line 7: never generated, accepted with a warning
        file.close();
        int asked = 0;
        page()->fileChooser = [&] {
            ++asked;
            return path;
        };
        m_w.key(Qt::Key_O, Qt::ControlModifier);
        QCOMPARE(asked, 1);
        QDialog *summary = page()->importSummaryDialog();
        QVERIFY(summary);
        QTRY_VERIFY(summary->isVisible());
        auto *label = summary->findChild<QLabel *>(QStringLiteral("importSummaryLabel"));
        // (Plural forms come from the translation files, which a test does not load.)
        for (const char16_t *part : {u"truck-7.csv: 5 line", u"3 accepted (1 with a warning), 2 refused."})
            QVERIFY2(label->text().contains(QStringView(part)), qPrintable(label->text()));
        auto *problems = summary->findChild<QListWidget *>(QStringLiteral("importProblemsList"));
        QCOMPARE(problems->count(), 3);
        QVERIFY2(problems->item(0)->text().startsWith(u"Line 3: CGSTV322509251001"),
                 qPrintable(problems->item(0)->text()));
        QVERIFY2(problems->item(1)->text().startsWith(u"Line 4: not a serial"), qPrintable(problems->item(1)->text()));
        QVERIFY2(problems->item(2)->text().startsWith(u"Line 7: CGSTV322509259001 — accepted with a warning"),
                 qPrintable(problems->item(2)->text()));
        // The page shows what the import committed, appended after the scan already there.
        QCOMPARE(page()->acceptedModel()->rowCount(), 4);
        QCOMPARE(page()->acceptedModel()->line(3).serial, QStringLiteral("CGSTV322509259001"));
        QVERIFY(!page()->acceptedModel()->line(3).warning.isEmpty());
        QCOMPARE(page()->refusedModel()->rowCount(), 2);
        QCOMPARE(page()->countsModel()->total(), 4);
        QCOMPARE(banner()->verdict(), QStringLiteral("refused"));
        QCOMPARE(m_w.refusedSounds, 1);

        // Enter closes the summary and the focus is back for the next scan.
        QTRY_VERIFY(summary->isActiveWindow());
        m_w.key(Qt::Key_Return);
        QTRY_VERIFY(!page()->importSummaryDialog());
        QTRY_VERIFY2(scanField()->hasFocus(), qPrintable(StagesWindow::focusName()));
        scanAccepted(QStringLiteral("CGSTV322509251003"));
    }

    void otherPagesAreNeverCaptured()
    {
        showWindow();
        goToInward();
        QVERIFY(m_wedge->isActive());
        m_w.key(Qt::Key_F2); // serial generation: not a scanning page
        QTRY_VERIFY(!m_wedge->isActive());
        m_w.key(Qt::Key_L, Qt::ControlModifier);
        QTRY_VERIFY(m_w.window->isLocked());
        QVERIFY(!m_wedge->isActive());
        m_w.typeInto(QStringLiteral("pinLineEdit"), QStringLiteral("2222")); // the locked screen keeps the code
        QTRY_VERIFY(!m_w.window->isLocked());
        m_w.key(Qt::Key_F3);
        QTRY_VERIFY(m_wedge->isActive());
    }
};

QTEST_MAIN(TestInwardPage)
#include "TestInwardPage.moc"
