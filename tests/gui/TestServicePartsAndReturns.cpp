// After registration, by keyboard: a part request from the dashboard (class A needs its part serial), the part issued
// with a document attached (a file that is not a photo or PDF is refused), the defective part returned (class A needs
// its serial), and tracking that shows nothing but a refusal when the serial does not match.
#include "ServiceGui.h"

#include "app/services/ApprovalService.h"
#include "ui/service/AllComplaintsView.h"
#include "ui/service/ComplaintDetailPanel.h"
#include "ui/service/ComplaintListModel.h"
#include "ui/service/ServiceDashboardView.h"
#include "ui/service/ServiceDesk.h"
#include "ui/service/ServicePage.h"
#include "ui/widgets/ResultBanner.h"

#include <QComboBox>
#include <QDialog>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPointer>
#include <QStandardItemModel>
#include <QTableView>

using namespace fb;
using namespace fb::test;

class TestServicePartsAndReturns : public QObject
{
    Q_OBJECT

    ServiceWindow m_w;
    QTemporaryDir m_files;
    QString m_complaint;

    ServicePage *servicePage() const
    {
        return qobject_cast<ServicePage *>(m_w.window->page(QStringLiteral("service")));
    }
    template <typename T> T *waitForDialog(const QString &name)
    {
        T *dialog = nullptr;
        [&] {
            QTRY_VERIFY((dialog = m_w.window->findChild<T *>(name)) && dialog->isVisible());
            QTRY_VERIFY(dialog->isActiveWindow()); // the keyboard is the dialog's
        }();
        return dialog;
    }
    ComplaintDetails details()
    {
        auto d = servicePage()->desk().complaints.details(actorFor(Role::Technician), m_complaint);
        return d.ok() ? d.value() : ComplaintDetails{};
    }

private slots:
    void init()
    {
        QString why;
        QVERIFY2(m_w.open(&why), qPrintable(why));
        ComplaintService complaints(m_w.st.db(), m_w.st.settings(), m_w.st.clock);
        auto c = complaints.registerComplaint(actorFor(Role::Technician), puneDraft());
        QVERIFY2(c.ok(), qPrintable(c.message()));
        m_complaint = c->number;
        m_w.show();
        m_w.logIn(QStringLiteral("T100"), QStringLiteral("1111"));
        ServiceWindow::key(Qt::Key_F5);
        QTRY_COMPARE(m_w.window->currentPage()->objectName(), QStringLiteral("servicePage"));
        m_w.scope = servicePage();
    }
    void cleanup()
    {
        m_w.scope = nullptr;
        m_w.window.reset();
    }

    void partRequestIssueReturnAndTrack()
    {
        // Dashboard (Ctrl+1): the open complaint, nothing waiting for approval yet.
        ServiceWindow::key(Qt::Key_1, Qt::ControlModifier);
        ServiceDashboardView *dashboard = servicePage()->dashboard();
        QTRY_VERIFY(dashboard->isVisible());
        QCOMPARE(dashboard->openModel()->rowCount(), 1);
        QVERIFY(dashboard->pendingLabel()->text().endsWith(QStringLiteral(": 0")));
        QCOMPARE(dashboard->selectedComplaint(), m_complaint);

        // Part request (Ctrl+P) for it: a class A part without its serial is refused beside the row.
        ServiceWindow::key(Qt::Key_P, Qt::ControlModifier);
        QPointer<QDialog> request = waitForDialog<QDialog>(QStringLiteral("partRequestDialog"));
        QVERIFY(request);
        auto *part = request->findChild<QComboBox *>(QStringLiteral("partComboBox_0"));
        QTRY_VERIFY(part->hasFocus());
        QTest::keyClicks(part, QStringLiteral("P-TV-MA"));
        QCOMPARE(part->currentData().toString(), QStringLiteral("P-TV-MAINBRD"));
        QVERIFY(part->currentText().contains(QStringLiteral("class A")));
        ServiceWindow::key(Qt::Key_Return, Qt::ControlModifier);
        auto *rowMessage = request->findChild<QLabel *>(QStringLiteral("partRowMessage_0"));
        QTRY_VERIFY2(rowMessage->text().contains(QStringLiteral("class A")), qPrintable(rowMessage->text()));
        QVERIFY(request->isVisible());
        auto *serials = request->findChild<QLineEdit *>(QStringLiteral("partSerialsLineEdit_0"));
        QTRY_VERIFY(serials->hasFocus());
        ServiceWindow::type(QStringLiteral("mb-000123"));
        ServiceWindow::key(Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY(!request || !request->isVisible()); // closed (and deleted)
        QCOMPARE(details().partRequests.size(), 1);
        const PartRequest pr = details().partRequests.first();
        QCOMPARE(pr.lines.first().partSerials, QStringList{QStringLiteral("MB-000123")});
        QTRY_VERIFY(dashboard->pendingLabel()->text().endsWith(QStringLiteral(": 1")));
        m_w.snapshot(QStringLiteral("dashboard"));

        // A supervisor approves it.
        QVERIFY(ApprovalService(m_w.st.db(), m_w.st.clock)
                    .decide(actorFor(Role::Supervisor), pr.number, SpareDecision::Approve, QStringLiteral("Go ahead"))
                    .ok());

        // All complaints (Ctrl+3): the request shows its approval; Part update (Ctrl+I) with documents.
        ServiceWindow::key(Qt::Key_3, Qt::ControlModifier);
        ComplaintDetailPanel *detail = servicePage()->complaints()->detail();
        QTRY_COMPARE(detail->number(), m_complaint);
        auto *requests = detail->findChild<QTableView *>(QStringLiteral("partRequestsTable"));
        QCOMPARE(requests->model()->rowCount(), 1);
        QVERIFY(requests->model()->index(0, 3).data().toString().contains(QStringLiteral("Approved by S001")));

        const QString photo = m_files.filePath(QStringLiteral("fitted-board.png"));
        QImage image(32, 32, QImage::Format_RGB32);
        image.fill(Qt::darkGreen);
        QVERIFY(image.save(photo, "PNG"));
        const QString notes = m_files.filePath(QStringLiteral("notes.txt"));
        QFile text(notes);
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write("not a photo");
        text.close();
        detail->documentChooser = [&] { return QStringList{photo, notes}; };

        ServiceWindow::key(Qt::Key_I, Qt::ControlModifier);
        QPointer<QDialog> update = waitForDialog<QDialog>(QStringLiteral("partUpdateDialog"));
        QVERIFY(update);
        QCOMPARE(update->findChild<QComboBox *>(QStringLiteral("partActionComboBox"))->currentData().toString(),
                 QStringLiteral("issued"));
        // Saving without a document is refused.
        ServiceWindow::key(Qt::Key_Return, Qt::ControlModifier);
        auto *documentsMessage = update->findChild<QLabel *>(QStringLiteral("documentsMessage"));
        QTRY_VERIFY(!documentsMessage->text().isEmpty());
        QVERIFY(update->isVisible());
        ServiceWindow::key(Qt::Key_O, Qt::ControlModifier);
        auto *attached = update->findChild<QTableView *>(QStringLiteral("attachedDocumentsTable"));
        QTRY_COMPARE(attached->model()->rowCount(), 1); // the photo; the text file is refused, named
        QVERIFY(documentsMessage->text().contains(QStringLiteral("notes.txt")));
        QCOMPARE(attached->model()->index(0, 1).data().toString(), QStringLiteral("image/png"));
        QCOMPARE(attached->model()->index(0, 3).data().toString().size(), 64); // SHA-256, hex
        ServiceWindow::key(Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY(!update || !update->isVisible()); // closed (and deleted)
        QCOMPARE(details().partRequests.first().status, PartRequestStatus::Issued);
        QCOMPARE(details().partRequests.first().documents.size(), 1);
        auto *documents = detail->findChild<QTableView *>(QStringLiteral("documentsTable"));
        QTRY_COMPARE(documents->model()->rowCount(), 1);
        QCOMPARE(documents->model()->index(0, 0).data().toString(), QStringLiteral("fitted-board.png"));
        m_w.snapshot(QStringLiteral("complaint-detail"));
        // View it (Ctrl+D): an in-app preview of the stored image.
        ServiceWindow::key(Qt::Key_D, Qt::ControlModifier);
        auto *preview = waitForDialog<QDialog>(QStringLiteral("documentPreviewDialog"));
        QVERIFY(preview);
        QVERIFY(!preview->findChild<QLabel *>(QStringLiteral("documentPreviewImage"))->pixmap().isNull());
        preview->reject();

        // Return order (Ctrl+R) for the defective board: class A needs its serial.
        ServiceWindow::key(Qt::Key_R, Qt::ControlModifier);
        QPointer<QDialog> ret = waitForDialog<QDialog>(QStringLiteral("returnOrderDialog"));
        QVERIFY(ret);
        QCOMPARE(ret->findChild<QComboBox *>(QStringLiteral("returnPartRequestComboBox"))->currentData().toString(),
                 pr.number);
        QCOMPARE(ret->findChild<QComboBox *>(QStringLiteral("returnPartComboBox_0"))->currentData().toString(),
                 QStringLiteral("P-TV-MAINBRD"));
        ServiceWindow::key(Qt::Key_Return, Qt::ControlModifier);
        auto *returnMessage = ret->findChild<QLabel *>(QStringLiteral("returnRowMessage_0"));
        QTRY_VERIFY2(returnMessage->text().contains(QStringLiteral("class A")), qPrintable(returnMessage->text()));
        auto *returnSerial = ret->findChild<QLineEdit *>(QStringLiteral("returnSerialLineEdit_0"));
        QTRY_VERIFY(returnSerial->hasFocus());
        ServiceWindow::type(QStringLiteral("MB-000999"));
        ServiceWindow::key(Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY(!ret || !ret->isVisible()); // closed (and deleted)
        QCOMPARE(details().returnOrders.size(), 1);
        QCOMPARE(details().returnOrders.first().lines.first().serial, QStringLiteral("MB-000999"));
        QCOMPARE(details().returnOrders.first().partRequestNumber, pr.number);
        QCOMPARE(m_w.st.outboxCount(QStringLiteral("return_order.created")), 2);

        // Track (Ctrl+4): a serial that is not the complaint's shows the refusal and nothing else.
        ServiceWindow::key(Qt::Key_4, Qt::ControlModifier);
        m_w.typeInto(QStringLiteral("trackNumberLineEdit"), m_complaint);
        m_w.typeInto(QStringLiteral("trackSerialLineEdit"), kDispatched32);
        auto *banner = m_w.find<ResultBanner>(QStringLiteral("trackResultBanner"));
        auto *trackDetails = m_w.find<QLabel>(QStringLiteral("trackDetailsLabel"));
        QTRY_COMPARE(banner->verdict(), QStringLiteral("refused"));
        QVERIFY(trackDetails->text().isEmpty());
        QVERIFY(!banner->text().contains(m_complaint));
        ServiceWindow::key(Qt::Key_A, Qt::ControlModifier);
        m_w.typeInto(QStringLiteral("trackSerialLineEdit"), kDispatched36);
        QTRY_COMPARE(banner->verdict(), QStringLiteral("accepted"));
        QVERIFY(trackDetails->text().contains(pr.number));
    }

    // A call update needs notes: not said on a fresh dialog, said once the notes are left empty or a save is tried,
    // and the line above the buttons says what is missing until it is ready.
    void callUpdateSaysWhatIsMissingOnlyOnceLeftOrSaved()
    {
        ServiceWindow::key(Qt::Key_3, Qt::ControlModifier);
        QTRY_COMPARE(servicePage()->complaints()->detail()->number(), m_complaint);
        const int updates = m_w.st.count(QStringLiteral("SELECT COUNT(*) FROM call_updates"));

        ServiceWindow::key(Qt::Key_U, Qt::ControlModifier);
        QPointer<QDialog> dialog = waitForDialog<QDialog>(QStringLiteral("callUpdateDialog"));
        QVERIFY(dialog);
        auto *notesMessage = dialog->findChild<QLabel *>(QStringLiteral("visitNotesMessage"));
        auto *readiness = dialog->findChild<QLabel *>(QStringLiteral("dialogReadinessLabel"));
        auto *notes = dialog->findChild<QPlainTextEdit *>(QStringLiteral("visitNotesEdit"));
        QVERIFY(notesMessage && readiness && notes);
        QTRY_VERIFY(notes->hasFocus());
        QVERIFY(notesMessage->isHidden());
        QCOMPARE(readiness->text(), QStringLiteral("Still needed: Visit notes"));
        // Left empty (Shift+Tab to the status): now it says so.
        ServiceWindow::key(Qt::Key_Backtab, Qt::ShiftModifier);
        QTRY_VERIFY(!notesMessage->isHidden());
        QVERIFY2(notesMessage->text().contains(QStringLiteral("every call update needs them")),
                 qPrintable(notesMessage->text()));
        ServiceWindow::key(Qt::Key_Escape);
        QTRY_VERIFY(!dialog || !dialog->isVisible());

        // A fresh dialog, Ctrl+Enter at once: refused beside the notes, which get the keyboard; nothing saved.
        ServiceWindow::key(Qt::Key_U, Qt::ControlModifier);
        dialog = waitForDialog<QDialog>(QStringLiteral("callUpdateDialog"));
        QVERIFY(dialog);
        notesMessage = dialog->findChild<QLabel *>(QStringLiteral("visitNotesMessage"));
        readiness = dialog->findChild<QLabel *>(QStringLiteral("dialogReadinessLabel"));
        notes = dialog->findChild<QPlainTextEdit *>(QStringLiteral("visitNotesEdit"));
        QVERIFY(notesMessage && readiness && notes);
        QVERIFY(notesMessage->isHidden());
        ServiceWindow::key(Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY(!notesMessage->isHidden());
        QVERIFY(dialog->isVisible());
        QTRY_VERIFY(notes->hasFocus());
        QCOMPARE(m_w.st.count(QStringLiteral("SELECT COUNT(*) FROM call_updates")), updates);
        // Typing the notes clears the message and makes it ready; Ctrl+Enter saves.
        ServiceWindow::type(QStringLiteral("Checked the board"));
        QTRY_VERIFY(notesMessage->isHidden());
        QVERIFY2(readiness->text().startsWith(QStringLiteral("Ready: ")), qPrintable(readiness->text()));
        ServiceWindow::key(Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY(!dialog || !dialog->isVisible());
        QCOMPARE(m_w.st.count(QStringLiteral("SELECT COUNT(*) FROM call_updates")), updates + 1);
    }
};

QTEST_MAIN(TestServicePartsAndReturns)
#include "TestServicePartsAndReturns.moc"
