// Labels from the floor's own screens: after generating, Ctrl+S saves the batch's labels as a PDF and Ctrl+P prints
// them (a reprint the second time); the serial lookup (Ctrl+K) reprints any registered serial's label and refuses an
// unknown one by name; every job is in the audit log, and a technician is refused. The print and save dialogs are
// answered through the LabelPrinter seams; the PDFs are read back with pdfinfo and pdftotext.
#include "PdfTools.h"
#include "StagesGui.h"

#include "app/services/SerialGenerationService.h"
#include "app/storage/AuditLog.h"
#include "ui/generate/GeneratePage.h"
#include "ui/lookup/LookupDialog.h"

#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QPrinter>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>

using namespace fb;
using namespace fb::test;

class TestLabelJobs : public QObject
{
    Q_OBJECT

    StagesWindow m_w;

    GeneratePage *page() const { return qobject_cast<GeneratePage *>(m_w.window->page(QStringLiteral("generate"))); }
    template <typename T> T *onPage(const QString &name) const { return page()->findChild<T *>(name); }
    QString statusLine() const { return m_w.find<QLabel>(QStringLiteral("statusMessage"))->text(); }

    QList<AuditEntry> labelAudit(const QString &serial)
    {
        auto entries = AuditLog(m_w.station->db()).recent(100, serial);
        QList<AuditEntry> out;
        if (entries.ok()) {
            for (const AuditEntry &e : *entries) {
                if (e.action.startsWith(u"label."))
                    out.append(e);
            }
        }
        return out;
    }

    LookupDialog *openLookup(const QString &serial)
    {
        m_w.key(Qt::Key_K, Qt::ControlModifier);
        LookupDialog *dialog = m_w.window->lookupDialog();
        if (!dialog)
            return nullptr;
        if (!QTest::qWaitFor([&] { return dialog->isVisible(); }))
            return nullptr;
        m_w.typeInto(QStringLiteral("lookupLineEdit"), serial);
        return dialog;
    }

private slots:
    void init()
    {
        QString why;
        QVERIFY2(m_w.openFresh(&why), qPrintable(why));
    }

    void cleanup() { m_w.crash(); }

    void generatedBatchSavedAsPdfThenPrinted()
    {
        m_w.show();
        m_w.logIn(QStringLiteral("W001"), QStringLiteral("2222"));
        m_w.key(Qt::Key_F2);
        QTRY_COMPARE(m_w.window->currentPage(), page());
        auto *print = onPage<QPushButton>(QStringLiteral("printLabelsButton"));
        auto *save = onPage<QPushButton>(QStringLiteral("saveLabelsButton"));
        QVERIFY(print && save);
        QVERIFY(!print->isEnabled()); // nothing generated yet
        QVERIFY(!save->isEnabled());

        // Before a batch, the keys say what to do first.
        QTRY_VERIFY(onPage<QComboBox>(QStringLiteral("productComboBox"))->hasFocus());
        m_w.key(Qt::Key_P, Qt::ControlModifier);
        QVERIFY2(statusLine().contains(u"generate serial numbers first"), qPrintable(statusLine()));

        QTest::keyClicks(onPage<QComboBox>(QStringLiteral("productComboBox")), QStringLiteral("CGSTV32"));
        m_w.key(Qt::Key_Tab);
        auto *quantity = onPage<QSpinBox>(QStringLiteral("quantitySpinBox"));
        QTRY_VERIFY(quantity->hasFocus());
        m_w.key(Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(quantity, QStringLiteral("3"));
        m_w.key(Qt::Key_Return);
        auto *list = onPage<QListWidget>(QStringLiteral("generatedList"));
        QCOMPARE(list->count(), 3);
        const QStringList serials{QStringLiteral("CGSTV322509251001"), QStringLiteral("CGSTV322509251002"),
                                  QStringLiteral("CGSTV322509251003")};
        QVERIFY(print->isEnabled());
        QVERIFY(save->isEnabled());

        // Ctrl+S: save as PDF, the file chosen through the seam; one page per label, each serial's text on it.
        const QString pdf = m_w.dir.filePath(QStringLiteral("batch.pdf"));
        QString suggested;
        page()->labelPrinter().askPdfPath = [&](QWidget *, const QString &proposal) {
            suggested = proposal;
            return pdf;
        };
        QVERIFY(quantity->hasFocus());
        m_w.key(Qt::Key_S, Qt::ControlModifier);
        QVERIFY2(suggested.endsWith(u"labels-CGSTV322509251001-CGSTV322509251003.pdf"), qPrintable(suggested));
        QVERIFY2(QFile::exists(pdf), qPrintable(statusLine()));
        QCOMPARE(pdfPages(pdf), 3);
        const QString text = pdfText(pdf);
        for (const QString &serial : serials)
            QVERIFY2(text.contains(serial), qPrintable(text));
        QVERIFY2(text.contains(u"32-inch HD Smart LED TV"), qPrintable(text));
        QVERIFY2(statusLine().startsWith(u"Saved 3 label"), qPrintable(statusLine()));
        QVERIFY2(statusLine().contains(u"(CGSTV322509251001 … CGSTV322509251003) to"), qPrintable(statusLine()));
        QVERIFY2(statusLine().contains(u"batch.pdf"), qPrintable(statusLine()));
        QTRY_VERIFY2(quantity->hasFocus(), qPrintable(StagesWindow::focusName())); // ready for the next batch
        for (const QString &serial : serials) {
            const QList<AuditEntry> audit = labelAudit(serial);
            QCOMPARE(audit.size(), 1);
            QCOMPARE(audit.at(0).action, QStringLiteral("label.print"));
            QCOMPARE(audit.at(0).operatorCode, QStringLiteral("W001"));
            QVERIFY2(audit.at(0).details.contains(u"batch.pdf"), qPrintable(audit.at(0).details));
        }

        // Ctrl+P: the same batch again, to a printer (the seam sends it to a file): a reprint, in the audit log.
        const QString printed = m_w.dir.filePath(QStringLiteral("printed.pdf"));
        int asked = 0;
        page()->labelPrinter().askPrinter = [&](QPrinter &p, QWidget *) {
            ++asked;
            p.setOutputFormat(QPrinter::PdfFormat);
            p.setOutputFileName(printed);
            return true;
        };
        m_w.key(Qt::Key_P, Qt::ControlModifier);
        QCOMPARE(asked, 1);
        QCOMPARE(pdfPages(printed), 3);
        QVERIFY2(statusLine().startsWith(u"Reprinted 3 label"), qPrintable(statusLine()));
        QTRY_VERIFY(quantity->hasFocus());
        for (const QString &serial : serials) {
            const QList<AuditEntry> audit = labelAudit(serial);
            QCOMPARE(audit.size(), 2);
            QCOMPARE(audit.at(0).action, QStringLiteral("label.reprint"));
        }

        // Cancelled: nothing printed, nothing recorded.
        page()->labelPrinter().askPdfPath = [](QWidget *, const QString &) { return QString(); };
        save->click();
        QCOMPARE(statusLine(), QStringLiteral("Nothing saved."));
        QCOMPARE(labelAudit(serials.at(0)).size(), 2);
    }

    void lookupReprintsARegisteredSerialOnly()
    {
        SerialGenerationService gen(m_w.station->db(), m_w.station->settings(), m_w.clock);
        QVERIFY(gen.generate(m_w.warehouse, QStringLiteral("CGSTV36"), 2).ok());
        m_w.clock.advanceMs(3LL * 24 * 3600 * 1000); // a damaged label, three days later
        m_w.show();
        m_w.logIn(QStringLiteral("W001"), QStringLiteral("2222"));

        LookupDialog *dialog = openLookup(QStringLiteral("cgstv362509251002"));
        QVERIFY(dialog);
        auto *message = dialog->findChild<QLabel *>(QStringLiteral("lookupMessage"));
        QVERIFY(dialog->findChild<QPushButton *>(QStringLiteral("reprintLabelButton"))->isVisible());
        const QString pdf = m_w.dir.filePath(QStringLiteral("one.pdf"));
        dialog->labelPrinter().askPdfPath = [&](QWidget *, const QString &) { return pdf; };
        m_w.key(Qt::Key_S, Qt::ControlModifier);
        QCOMPARE(pdfPages(pdf), 1);
        const QString text = pdfText(pdf);
        QVERIFY2(text.contains(u"CGSTV362509251002"), qPrintable(text));
        QVERIFY2(!text.contains(u"CGSTV362509251001"), qPrintable(text));
        QVERIFY2(message->text().contains(u"Label for CGSTV362509251002 saved to"), qPrintable(message->text()));
        QVERIFY2(statusLine().contains(u"Label for CGSTV362509251002 saved to"), qPrintable(statusLine()));
        QVERIFY(m_w.find<QLineEdit>(QStringLiteral("lookupLineEdit"))->hasFocus()); // scan the next
        // The lookup's history shows the reprint after the generation, with who and where.
        auto *history = dialog->findChild<QTableWidget *>(QStringLiteral("historyTable"));
        QCOMPARE(history->rowCount(), 2);
        QCOMPARE(history->item(0, 1)->text(), QStringLiteral("Serial generated"));
        QVERIFY2(history->item(1, 1)->text().startsWith(u"Label reprinted: 1 label"),
                 qPrintable(history->item(1, 1)->text()));
        QVERIFY2(history->item(1, 1)->text().endsWith(u"one.pdf"), qPrintable(history->item(1, 1)->text()));
        QCOMPARE(history->item(1, 0)->text(), QStringLiteral("2025-09-28 17:00:00"));
        QCOMPARE(history->item(1, 2)->text(), QStringLiteral("W001"));
        const QList<AuditEntry> audit = labelAudit(QStringLiteral("CGSTV362509251002"));
        QCOMPARE(audit.size(), 1);
        QCOMPARE(audit.at(0).action, QStringLiteral("label.reprint"));
        QCOMPARE(audit.at(0).operatorCode, QStringLiteral("W001"));
        QCOMPARE(audit.at(0).at.date(), QDate(2025, 9, 28));

        // A well-formed serial nobody generated: refused by name, the printer never asked.
        int asked = 0;
        dialog->labelPrinter().askPrinter = [&](QPrinter &, QWidget *) {
            ++asked;
            return false;
        };
        m_w.typeInto(QStringLiteral("lookupLineEdit"), QStringLiteral("CGSTV362509251999"));
        m_w.key(Qt::Key_P, Qt::ControlModifier);
        QCOMPARE(asked, 0);
        QVERIFY2(message->text().contains(u"CGSTV362509251999 is not in the serial register"),
                 qPrintable(message->text()));
        QVERIFY(labelAudit(QStringLiteral("CGSTV362509251999")).isEmpty());

        // Typed but not looked up yet: Ctrl+P looks it up and prints it.
        auto *field = m_w.find<QLineEdit>(QStringLiteral("lookupLineEdit"));
        QTest::keyClicks(field, QStringLiteral("CGSTV362509251001"));
        dialog->labelPrinter().askPrinter = [&](QPrinter &p, QWidget *) {
            ++asked;
            p.setOutputFormat(QPrinter::PdfFormat);
            p.setOutputFileName(m_w.dir.filePath(QStringLiteral("again.pdf")));
            return true;
        };
        m_w.key(Qt::Key_P, Qt::ControlModifier);
        QCOMPARE(asked, 1);
        QVERIFY2(message->text().contains(u"Label for CGSTV362509251001 reprinted on"), qPrintable(message->text()));
        QVERIFY2(dialog->findChild<QLabel *>(QStringLiteral("lookupStateLabel"))->text().contains(u"Generated"),
                 qPrintable(dialog->findChild<QLabel *>(QStringLiteral("lookupStateLabel"))->text()));
        QCOMPARE(labelAudit(QStringLiteral("CGSTV362509251001")).size(), 1);
    }

    void technicianIsRefusedReprint()
    {
        SerialGenerationService gen(m_w.station->db(), m_w.station->settings(), m_w.clock);
        QVERIFY(gen.generate(m_w.warehouse, QStringLiteral("CGSTV32"), 1).ok());
        OperatorService ops(m_w.station->db(), m_w.station->settings(), m_w.clock);
        QVERIFY(ops.createOperator(m_w.admin, QStringLiteral("T100"), QStringLiteral("Tara"), Role::Technician,
                                   QStringLiteral("3333"))
                    .ok());
        m_w.show();
        m_w.logIn(QStringLiteral("T100"), QStringLiteral("3333"));

        LookupDialog *dialog = openLookup(QStringLiteral("CGSTV322509251001"));
        QVERIFY(dialog);
        QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("reprintLabelButton"))->isVisible());
        int asked = 0;
        dialog->labelPrinter().askPrinter = [&](QPrinter &, QWidget *) {
            ++asked;
            return true;
        };
        m_w.key(Qt::Key_P, Qt::ControlModifier); // the key still answers, with the service's reason
        QCOMPARE(asked, 0);
        const QString message = dialog->findChild<QLabel *>(QStringLiteral("lookupMessage"))->text();
        QVERIFY2(message.contains(u"T100 (Technician) may not print serial labels"), qPrintable(message));
        QVERIFY(labelAudit(QStringLiteral("CGSTV322509251001")).isEmpty());
    }
};

QTEST_MAIN(TestLabelJobs)
#include "TestLabelJobs.moc"
