// Registering a complaint on the service page by keyboard alone, as a technician and as a supervisor: the serial is
// checked as soon as it is entered, refusals appear beside the field at fault, the complaint number is shown.
#include "ServiceGui.h"

#include "app/scanner/Scan.h"
#include "ui/service/AllComplaintsView.h"
#include "ui/service/ComplaintDetailPanel.h"
#include "ui/service/ComplaintListModel.h"
#include "ui/service/RegisterComplaintForm.h"
#include "ui/service/ServiceDesk.h"
#include "ui/service/ServicePage.h"
#include "ui/widgets/ResultBanner.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPointer>
#include <QTabWidget>

using namespace fb;
using namespace fb::test;

class TestServiceRegisterPage : public QObject
{
    Q_OBJECT

    ServiceWindow m_w;

    ServicePage *servicePage() const
    {
        return qobject_cast<ServicePage *>(m_w.window->page(QStringLiteral("service")));
    }
    QString message(const char *field) const
    {
        auto *label = m_w.find<QLabel>(QString::fromLatin1(field) + QStringLiteral("Message"));
        return label && !label->isHidden() ? label->text() : QString();
    }
    // The message labels of the register form that show something now.
    QStringList shownMessages() const
    {
        QStringList names;
        for (QLabel *l : servicePage()->registerForm()->findChildren<QLabel *>()) {
            if (l->objectName().endsWith(QStringLiteral("Message")) && !l->isHidden() && !l->text().isEmpty())
                names << l->objectName();
        }
        names.sort();
        return names;
    }
    QString readiness() const
    {
        const auto *label = m_w.find<QLabel>(QStringLiteral("registerReadinessLabel"));
        return label ? label->text() : QStringLiteral("(no registerReadinessLabel)");
    }
    int complaintCount() { return m_w.st.count(QStringLiteral("SELECT COUNT(*) FROM complaints")); }
    void goToService()
    {
        ServiceWindow::key(Qt::Key_F5);
        QTRY_COMPARE(m_w.window->currentPage()->objectName(), QStringLiteral("servicePage"));
        m_w.scope = servicePage();
        QTRY_VERIFY(m_w.find<QLineEdit>(QStringLiteral("serialLineEdit"))->hasFocus());
    }

private slots:
    void init()
    {
        QString why;
        QVERIFY2(m_w.open(&why), qPrintable(why));
        m_w.show();
    }
    void cleanup()
    {
        m_w.scope = nullptr;
        m_w.window.reset();
    }

    void technicianRegistersByKeyboardAfterTwoRefusals()
    {
        m_w.logIn(QStringLiteral("T100"), QStringLiteral("1111"));
        goToService();
        QVERIFY(servicePage()->isScanningPage());

        // A unit still in stock: refused at once, beside the serial field; a technician is offered no override.
        m_w.typeInto(QStringLiteral("serialLineEdit"), kInStock36.toLower());
        QTRY_VERIFY(message("serial").contains(QStringLiteral("never dispatched")));
        QVERIFY(message("serial").contains(kInStock36));
        QVERIFY(m_w.find<QCheckBox>(QStringLiteral("serialOverrideCheckBox"))->isHidden());
        QVERIFY(m_w.find<QLabel>(QStringLiteral("serialInfoLabel"))->text().contains(QStringLiteral("IN_STOCK")));
        // One model: derived, nothing to choose, so Enter went on to the customer code.
        QCOMPARE(m_w.find<QComboBox>(QStringLiteral("modelComboBox"))->currentText(), QStringLiteral("CGSTV36-FHD"));
        m_w.typeInto(QStringLiteral("customerCodeLineEdit"), QStringLiteral("cust-001"));
        m_w.typeInto(QStringLiteral("customerNameLineEdit"), QStringLiteral("Meera Joshi"));
        m_w.typeInto(QStringLiteral("phoneLineEdit"), QStringLiteral("12345"));
        QTRY_VERIFY(!message("phone").isEmpty()); // said as soon as the field is left
        // Back to the phone with its mnemonic, fix it.
        ServiceWindow::key(Qt::Key_P, Qt::AltModifier);
        QTRY_VERIFY(m_w.find<QLineEdit>(QStringLiteral("phoneLineEdit"))->hasFocus());
        ServiceWindow::key(Qt::Key_A, Qt::ControlModifier);
        m_w.typeInto(QStringLiteral("phoneLineEdit"), QStringLiteral("+91 98220 12345"));
        QTRY_VERIFY(message("phone").isEmpty());
        m_w.typeInto(QStringLiteral("cityLineEdit"), QStringLiteral("New Delhi"));
        m_w.typeInto(QStringLiteral("stateLineEdit"), QStringLiteral("Delhi"));
        m_w.typeInto(QStringLiteral("pinCodeLineEdit"), QStringLiteral("110001"));
        auto *callType = m_w.find<QComboBox>(QStringLiteral("callTypeComboBox"));
        QTRY_VERIFY(callType->hasFocus());
        QCOMPARE(callType->count(), 4); // from master data
        QTest::keyClicks(callType, QStringLiteral("Pre"));
        QCOMPARE(callType->currentData().toString(), QStringLiteral("PRE_SALE"));
        QTest::keyClick(callType, Qt::Key_Return);
        auto *technician = m_w.find<QComboBox>(QStringLiteral("technicianComboBox"));
        QTRY_VERIFY(technician->hasFocus());
        QTest::keyClicks(technician, QStringLiteral("T001"));
        QCOMPARE(technician->currentData().toString(), QStringLiteral("T001"));
        QTest::keyClick(technician, Qt::Key_Return);
        // Enter in the last field registers: refused for the serial, nothing written.
        m_w.typeInto(QStringLiteral("descriptionLineEdit"), QStringLiteral("Wants a demo before buying a second one"));
        QTRY_VERIFY(message("serial").contains(QStringLiteral("never dispatched")));
        QCOMPARE(complaintCount(), 0);
        QCOMPARE(m_w.find<ResultBanner>(QStringLiteral("registerResultBanner"))->verdict(), QStringLiteral("refused"));

        // The refusal put the focus back on the serial: a dispatched unit instead.
        QTRY_VERIFY(m_w.find<QLineEdit>(QStringLiteral("serialLineEdit"))->hasFocus());
        ServiceWindow::key(Qt::Key_A, Qt::ControlModifier);
        m_w.typeInto(QStringLiteral("serialLineEdit"), kDispatched36);
        QTRY_VERIFY(message("serial").isEmpty());
        QVERIFY(m_w.find<QLabel>(QStringLiteral("serialInfoLabel"))->text().contains(QStringLiteral("DISPATCHED")));
        // Ctrl+Enter registers from anywhere: the model is not serviced in Delhi — said beside the state.
        ServiceWindow::key(Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY(message("state").contains(QStringLiteral("not sold or serviced")));
        m_w.snapshot(QStringLiteral("register-refused-state"));
        QVERIFY(message("state").contains(QStringLiteral("CGSTV36-FHD")));
        QVERIFY(message("serial").isEmpty());
        QTRY_VERIFY(m_w.find<QLineEdit>(QStringLiteral("stateLineEdit"))->hasFocus());
        QCOMPARE(complaintCount(), 0);

        // Fix the address with the fields' mnemonics, register.
        ServiceWindow::key(Qt::Key_A, Qt::ControlModifier);
        ServiceWindow::type(QStringLiteral("MH"));
        ServiceWindow::key(Qt::Key_I, Qt::AltModifier);
        QTRY_VERIFY(m_w.find<QLineEdit>(QStringLiteral("cityLineEdit"))->hasFocus());
        ServiceWindow::key(Qt::Key_A, Qt::ControlModifier);
        ServiceWindow::type(QStringLiteral("Pune"));
        ServiceWindow::key(Qt::Key_O, Qt::AltModifier);
        QTRY_VERIFY(m_w.find<QLineEdit>(QStringLiteral("pinCodeLineEdit"))->hasFocus());
        ServiceWindow::key(Qt::Key_A, Qt::ControlModifier);
        ServiceWindow::type(QStringLiteral("411001"));
        ServiceWindow::key(Qt::Key_Return, Qt::ControlModifier);

        QTRY_COMPARE(complaintCount(), 1);
        m_w.snapshot(QStringLiteral("register-done"));
        auto *form = servicePage()->registerForm();
        QCOMPARE(form->lastNumber(), QStringLiteral("CMP-2025-09-25-1001"));
        auto *banner = m_w.find<ResultBanner>(QStringLiteral("registerResultBanner"));
        QCOMPARE(banner->verdict(), QStringLiteral("accepted"));
        QVERIFY2(banner->text().contains(QStringLiteral("CMP-2025-09-25-1001")), qPrintable(banner->text()));
        QVERIFY(m_w.window->findChild<QLabel *>(QStringLiteral("statusMessage"))
                    ->text()
                    .contains(QStringLiteral("CMP-2025-09-25-1001")));
        // What was registered is what was typed, normalised by the core.
        auto details = servicePage()->desk().complaints.details(actorFor(Role::Technician), form->lastNumber());
        QVERIFY2(details.ok(), qPrintable(details.message()));
        QCOMPARE(details->complaint.customer.code, QStringLiteral("CUST-001"));
        QCOMPARE(details->complaint.customer.state, QStringLiteral("MH"));
        QCOMPARE(details->complaint.customer.city, QStringLiteral("Pune"));
        QCOMPARE(details->complaint.callType, QStringLiteral("PRE_SALE"));
        QCOMPARE(details->complaint.technicianCode, QStringLiteral("T001"));
        QCOMPARE(details->complaint.model, QStringLiteral("CGSTV36-FHD"));
        QVERIFY(details->complaint.serialOverrideReason.isEmpty());
        // Ready for the next complaint: empty form, focus on the serial.
        QTRY_VERIFY(m_w.find<QLineEdit>(QStringLiteral("serialLineEdit"))->hasFocus());
        QVERIFY(m_w.find<QLineEdit>(QStringLiteral("customerCodeLineEdit"))->text().isEmpty());

        // The new complaint is in All complaints (Ctrl+3), with its detail; a call update by keyboard.
        ServiceWindow::key(Qt::Key_3, Qt::ControlModifier);
        AllComplaintsView *all = servicePage()->complaints();
        QTRY_VERIFY(all->isVisible());
        QTRY_COMPARE(all->model()->rowCount(), 1);
        QTRY_COMPARE(all->detail()->number(), QStringLiteral("CMP-2025-09-25-1001"));
        ServiceWindow::key(Qt::Key_U, Qt::ControlModifier);
        QPointer<QDialog> dialog;
        QTRY_VERIFY((dialog = m_w.window->findChild<QDialog *>(QStringLiteral("callUpdateDialog"))) &&
                    dialog->isVisible());
        auto *next = dialog->findChild<QComboBox *>(QStringLiteral("nextStatusComboBox"));
        // Only the arrows the workflow has from ASSIGNED: no change, Visited, Cancelled.
        QCOMPARE(next->count(), 3);
        m_w.snapshot(QStringLiteral("complaints-call-update"));
        QTRY_VERIFY(dialog->findChild<QPlainTextEdit *>(QStringLiteral("visitNotesEdit"))->hasFocus());
        ServiceWindow::type(QStringLiteral("Demo given, customer satisfied"));
        ServiceWindow::key(Qt::Key_Tab, Qt::ShiftModifier);
        QTRY_VERIFY(next->hasFocus());
        QTest::keyClicks(next, QStringLiteral("Visited"));
        ServiceWindow::key(Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY(!dialog || !dialog->isVisible()); // closed (and deleted)
        QTRY_COMPARE(all->detail()->details().complaint.status, ComplaintStatus::Visited);
        QCOMPARE(all->model()->complaintAt(0)->status, ComplaintStatus::Visited);
    }

    void emptyFormSaysNothingUntilLeftOrSubmitted()
    {
        m_w.logIn(QStringLiteral("T100"), QStringLiteral("1111"));
        goToService();
        QCOMPARE(shownMessages(), QStringList());
        QCOMPARE(readiness(), QStringLiteral("Still needed: Unit serial number, Customer code, Customer name, Customer "
                                             "phone, Customer city, Customer state, Customer PIN code, Call type"));

        // A serial cut short: quiet while typing, said once the field is left — that field only.
        ServiceWindow::type(QStringLiteral("CGSTV36"));
        QCOMPARE(shownMessages(), QStringList());
        ServiceWindow::key(Qt::Key_Tab);
        QTRY_VERIFY(m_w.find<QLineEdit>(QStringLiteral("customerCodeLineEdit"))->hasFocus());
        QTRY_COMPARE(shownMessages(), QStringList{QStringLiteral("serialMessage")});
        QVERIFY2(readiness().endsWith(QStringLiteral("To correct: Unit serial number")), qPrintable(readiness()));

        // Ctrl+Enter with the rest empty: every field that is missing says so; nothing is registered; the keyboard
        // goes to the first one.
        ServiceWindow::key(Qt::Key_Return, Qt::ControlModifier);
        QTRY_COMPARE(shownMessages(),
                     (QStringList{QStringLiteral("callTypeMessage"), QStringLiteral("cityMessage"),
                                  QStringLiteral("customerCodeMessage"), QStringLiteral("customerNameMessage"),
                                  QStringLiteral("phoneMessage"), QStringLiteral("pinCodeMessage"),
                                  QStringLiteral("serialMessage"), QStringLiteral("stateMessage")}));
        QVERIFY2(message("phone").contains(QStringLiteral("Phone number is empty")), qPrintable(message("phone")));
        QCOMPARE(complaintCount(), 0);
        QCOMPARE(m_w.find<ResultBanner>(QStringLiteral("registerResultBanner"))->verdict(), QStringLiteral("refused"));
        QTRY_VERIFY(m_w.find<QLineEdit>(QStringLiteral("serialLineEdit"))->hasFocus());

        // Filling a field clears its message and takes it off the list.
        m_w.find<QLineEdit>(QStringLiteral("customerCodeLineEdit"))->setFocus(Qt::MouseFocusReason);
        m_w.typeInto(QStringLiteral("customerCodeLineEdit"), QStringLiteral("CUST-001"));
        QTRY_VERIFY(message("customerCode").isEmpty());
        QVERIFY2(!readiness().contains(QStringLiteral("Customer code")), qPrintable(readiness()));
        QVERIFY2(readiness().startsWith(QStringLiteral("Still needed: Customer name")), qPrintable(readiness()));
    }

    void supervisorMayAcceptANeverDispatchedUnitWithAReason()
    {
        m_w.logIn(QStringLiteral("S001"), QStringLiteral("2222"));
        goToService();
        m_w.typeInto(QStringLiteral("serialLineEdit"), kGenerated36);
        QTRY_VERIFY(message("serial").contains(QStringLiteral("never dispatched")));
        auto *box = m_w.find<QCheckBox>(QStringLiteral("serialOverrideCheckBox"));
        QVERIFY(!box->isHidden());
        QTRY_VERIFY(box->hasFocus());
        QVERIFY(m_w.find<QLineEdit>(QStringLiteral("overrideReasonLineEdit"))->isHidden());
        QTest::keyClick(box, Qt::Key_Return); // ticks it and goes on to the reason it now asks for
        QVERIFY(box->isChecked());
        m_w.typeInto(QStringLiteral("overrideReasonLineEdit"), QStringLiteral("Showroom unit sold before go-live"));
        m_w.typeInto(QStringLiteral("customerCodeLineEdit"), QStringLiteral("CUST-002"));
        m_w.typeInto(QStringLiteral("customerNameLineEdit"), QStringLiteral("Ravi Rao"));
        m_w.typeInto(QStringLiteral("phoneLineEdit"), QStringLiteral("9822012345"));
        m_w.typeInto(QStringLiteral("cityLineEdit"), QStringLiteral("Bengaluru"));
        m_w.typeInto(QStringLiteral("stateLineEdit"), QStringLiteral("Karnataka"));
        m_w.typeInto(QStringLiteral("pinCodeLineEdit"), QStringLiteral("560001"));
        QTest::keyClicks(m_w.find<QComboBox>(QStringLiteral("callTypeComboBox")), QStringLiteral("Insp"));
        ServiceWindow::key(Qt::Key_Return, Qt::ControlModifier);
        QTRY_COMPARE(complaintCount(), 1);
        auto details = servicePage()->desk().complaints.details(actorFor(Role::Supervisor),
                                                                servicePage()->registerForm()->lastNumber());
        QVERIFY(details.ok());
        QCOMPARE(details->complaint.serialOverrideReason, QStringLiteral("Showroom unit sold before go-live"));
        QCOMPARE(details->complaint.callType, QStringLiteral("INSPECTION"));
        QCOMPARE(details->complaint.status, ComplaintStatus::Open); // no technician yet
    }

    void scannedSerialLandsInTheRegisterForm()
    {
        m_w.logIn(QStringLiteral("T100"), QStringLiteral("1111"));
        goToService();
        Scan scan;
        scan.text = kDispatched32;
        scan.source = QStringLiteral("wedge");
        m_w.window->deliverScan(scan);
        QCOMPARE(m_w.find<QLineEdit>(QStringLiteral("serialLineEdit"))->text(), kDispatched32);
        // Two models: the form asks for one and the focus waits there.
        auto *model = m_w.find<QComboBox>(QStringLiteral("modelComboBox"));
        QCOMPARE(model->count(), 2);
        QTRY_VERIFY(model->hasFocus());
        QVERIFY(message("serial").isEmpty());
    }
};

QTEST_MAIN(TestServiceRegisterPage)
#include "TestServiceRegisterPage.moc"
