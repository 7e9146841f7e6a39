// The dispatch page as the clerk uses it: the whole form filled by keyboard alone (Tab, typing), the GSTIN message
// naming Y for the seed's sample once the field is left, fixed, units scanned, submit by Ctrl+Enter, the DO number
// shown. A new form shows no message until a field is left or a submit is tried, and a line names what is missing.
#include "DispatchSeed.h"

#include "app/scanner/Scan.h"
#include "app/services/Station.h"
#include "app/storage/SerialRegister.h"
#include "ui/dispatch/DispatchModels.h"
#include "ui/dispatch/DispatchPage.h"
#include "ui/shell/AppServices.h"
#include "ui/widgets/ResultBanner.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QtTest>

using namespace fb;
using namespace fb::test;

class TestDispatchPage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    FakeClock m_clock{seedTime(17, 10)};
    std::unique_ptr<Station> m_station;
    AppServices m_services;
    std::unique_ptr<DispatchPage> m_page;
    int m_wakes = 0;

    template <typename T> T *child(const char *name) { return m_page->findChild<T *>(QString::fromLatin1(name)); }

    QString focused() const
    {
        return QApplication::focusWidget() ? QApplication::focusWidget()->objectName() : QString();
    }

    // Tab to the next field and check it is the one expected: the order a clerk's fingers learn.
    void tabTo(const char *objectName)
    {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QTRY_COMPARE(focused(), QString::fromLatin1(objectName));
    }

    void type(const QString &text) { QTest::keyClicks(QApplication::focusWidget(), text); }

    void replaceWith(const QString &text)
    {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(QApplication::focusWidget(), text);
    }

    QString message(const char *labelName) { return child<QLabel>(labelName)->text(); }
    QString readiness()
    {
        const auto *label = child<QLabel>("dispatchReadinessLabel");
        return label ? label->text() : QStringLiteral("(no dispatchReadinessLabel)");
    }

    // The message labels beside the fields that show an error now.
    QStringList errorLabels()
    {
        QStringList names;
        for (QLabel *l : m_page->findChildren<QLabel *>()) {
            if (l->objectName().endsWith(QStringLiteral("MessageLabel")) && !l->text().isEmpty() &&
                l->property("verdict").toString() == u"error")
                names << l->objectName();
        }
        names.sort();
        return names;
    }

    void backTo(const char *objectName)
    {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab, Qt::ShiftModifier);
        QTRY_COMPARE(focused(), QString::fromLatin1(objectName));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_End);
    }

    int dispatchRows()
    {
        auto q = m_station->db().exec(QStringLiteral("SELECT COUNT(*) FROM dispatch_orders"));
        return q.ok() && q.value().next() ? q.value().value(0).toInt() : -1;
    }

    void openPage()
    {
        m_services.station = m_station.get();
        m_services.clock = &m_clock;
        m_station->setOutboxListener([this] { ++m_wakes; }); // what main() points at delivery
        m_page = std::make_unique<DispatchPage>(m_services);
        m_page->resize(1280, 800);
        m_page->setActor(warehouseActor());
        m_page->show();
        QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
        m_page->onShown();
    }

private slots:
    void init()
    {
        m_page.reset();
        m_station.reset();
        for (const char *f : {"floorbridge.db", "floorbridge.db-wal", "floorbridge.db-shm"})
            QFile::remove(m_dir.filePath(QString::fromLatin1(f)));
        auto s = Station::open(m_dir.path(), m_clock);
        QVERIFY2(s.ok(), qPrintable(s.message()));
        m_station = std::move(s).value();
        QVERIFY(loadSeedMasterData(m_station->db()).ok());
        for (const QString &sn : seedSerials())
            QVERIFY(putInStock(m_station->db(), sn, QStringLiteral("WH001")).ok());
    }

    void cleanup() { m_page.reset(); }

    void wholeFormByKeyboardAlone()
    {
        openPage();
        QTRY_COMPARE(focused(), QStringLiteral("warehouseComboBox"));
        QCOMPARE(child<QComboBox>("warehouseComboBox")->currentData().toString(), QStringLiteral("WH001"));
        // Nothing is wrong yet on a new form: the line above the buttons says what it needs.
        QCOMPARE(message("orderIdMessageLabel"), QString());
        QVERIFY2(readiness().startsWith(QStringLiteral("Still needed: Order id, Party")), qPrintable(readiness()));

        tabTo("orderIdLineEdit");
        type(QStringLiteral("INDI-DO-000312"));
        tabTo("partyCodeLineEdit");
        QCOMPARE(message("orderIdMessageLabel"), QString());
        type(QStringLiteral("RET123"));
        // The party fills distributor, bill-to and ship-to from master data.
        QTRY_COMPARE(child<QLineEdit>("billToNameLineEdit")->text(), QStringLiteral("ABC Retail Pvt Ltd"));
        QCOMPARE(child<QLineEdit>("distributorCodeLineEdit")->text(), QStringLiteral("D001"));
        QCOMPARE(child<QLineEdit>("shipToCodeLineEdit")->text(), QStringLiteral("RET123-WH01"));
        QCOMPARE(child<QLineEdit>("shipToAddressLineEdit")->text(),
                 QStringLiteral("Plot 9, Hinjewadi Phase 2, Pune, MH 411057"));
        tabTo("distributorCodeLineEdit");
        tabTo("billToNameLineEdit");
        tabTo("billToCodeLineEdit");
        tabTo("gstinLineEdit");
        // The blueprint's sample GSTIN: refused once the field is left, naming the right check character.
        replaceWith(QStringLiteral("27AAACA0000A1Z5"));
        QCOMPARE(message("gstinMessageLabel"), QString());
        tabTo("billToAddressLineEdit");
        QTRY_VERIFY2(
            message("gstinMessageLabel").startsWith(QStringLiteral("✗ GSTIN check character should be Y, not 5")),
            qPrintable(message("gstinMessageLabel")));
        QCOMPARE(child<QLabel>("gstinMessageLabel")->property("verdict").toString(), QStringLiteral("error"));
        QVERIFY2(readiness().contains(QStringLiteral("To correct: Bill-to GSTIN")), qPrintable(readiness()));
        // Back to it: the fix clears the message at once.
        backTo("gstinLineEdit");
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backspace);
        type(QStringLiteral("Y"));
        QTRY_COMPARE(message("gstinMessageLabel"), QString());
        tabTo("billToAddressLineEdit");
        tabTo("shipToNameLineEdit");
        tabTo("shipToCodeLineEdit");
        tabTo("shipToAddressLineEdit");
        tabTo("transporterNameLineEdit");
        type(QStringLiteral("BlueDart Logistics"));
        tabTo("transportModeComboBox");
        QCOMPARE(child<QComboBox>("transportModeComboBox")->currentText(), QStringLiteral("ROAD"));
        tabTo("vehicleNoLineEdit");
        QVERIFY2(readiness().contains(QStringLiteral("Vehicle number")), qPrintable(readiness()));
        QCOMPARE(message("vehicleNoMessageLabel"), QString()); // required for ROAD, said once left
        type(QStringLiteral("MH-12 AB 123"));
        tabTo("lrNoLineEdit");
        QTRY_VERIFY2(message("vehicleNoMessageLabel").contains(QStringLiteral("the last part must be 4 digits")),
                     qPrintable(message("vehicleNoMessageLabel")));
        backTo("vehicleNoLineEdit");
        type(QStringLiteral("4"));
        QTRY_COMPARE(message("vehicleNoMessageLabel"), QString());
        tabTo("lrNoLineEdit");
        type(QStringLiteral("LR-9827345"));
        tabTo("ewayBillLineEdit");
        type(QStringLiteral("3210-9988-776"));
        tabTo("dispatchDateTimeLineEdit");
        QTRY_VERIFY(message("ewayBillNoMessageLabel").contains(QStringLiteral("has 11 digits")));
        backTo("ewayBillLineEdit");
        type(QStringLiteral("6"));
        QTRY_COMPARE(message("ewayBillNoMessageLabel"), QString());
        tabTo("dispatchDateTimeLineEdit");
        replaceWith(QStringLiteral("2025-09-25 19:05"));
        tabTo("remarksLineEdit");
        QTRY_VERIFY(message("dispatchDatetimeMessageLabel").contains(QStringLiteral("is in the future")));
        backTo("dispatchDateTimeLineEdit");
        replaceWith(QStringLiteral("2025-09-25 17:05"));
        QTRY_COMPARE(message("dispatchDatetimeMessageLabel"), QString());
        tabTo("remarksLineEdit");
        type(QStringLiteral("Handle with care"));
        tabTo("orderQuantitiesLineEdit");
        type(QStringLiteral("CGSTV32=2, CGSTV36=3"));
        tabTo("serialLineEdit");
        // Every field passes; only the units are missing.
        QTRY_COMPARE(readiness(), QStringLiteral("Still needed: Scanned units"));

        // Scan out: a unit never inwarded is refused with the reason; the seed's five are accepted.
        type(QStringLiteral("CGSTV322509251009"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        auto *banner = child<ResultBanner>("scanResultBanner");
        QTRY_COMPARE(banner->verdict(), QStringLiteral("refused"));
        QVERIFY2(banner->text().contains(QStringLiteral("was never inwarded")), qPrintable(banner->text()));
        for (const QString &sn : seedSerials()) {
            type(sn);
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
            QTRY_COMPARE(banner->verdict(), QStringLiteral("accepted"));
        }
        QCOMPARE(m_page->linesModel()->rowCount(), 5);
        QCOMPARE(m_page->countsModel()->counts().size(), 2);
        QCOMPARE(m_page->countsModel()->counts().at(1).scanned, 3);
        QCOMPARE(m_page->countsModel()->counts().at(1).ordered, 3);
        QTRY_COMPARE(readiness(), QStringLiteral("Ready to submit: Ctrl+Enter submits the dispatch."));
        QVERIFY2(m_page->lastCheck().ok(),
                 qPrintable(m_page->lastCheck().firstError().value_or(FieldProblem{}).message));
        QVERIFY(child<QLabel>("dispatchReadinessLabel")->property("ready").toBool());
        // Every message beside the fields is clear.
        for (QLabel *l : m_page->findChildren<QLabel *>()) {
            if (l->objectName().endsWith(QStringLiteral("MessageLabel")))
                QVERIFY2(l->text().isEmpty(), qPrintable(l->objectName() + u' ' + l->text()));
        }

        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
        auto *done = child<QLabel>("requestIdLabel");
        QTRY_VERIFY2(done->text().startsWith(QStringLiteral("DO-2025-09-25-1001 submitted")), qPrintable(done->text()));
        QCOMPARE(m_page->lastRequestId(), QStringLiteral("DO-2025-09-25-1001"));
        QCOMPARE(m_wakes, 1);
        auto dispatched = SerialRegister(m_station->db()).find(seedSerials().first());
        QCOMPARE((*dispatched)->state, SerialState::Dispatched);
        QCOMPARE((*dispatched)->ref, QStringLiteral("DO-2025-09-25-1001"));

        // The challan is saved with Ctrl+S (the file dialog answered by the test).
        const QString pdf = m_dir.filePath(QStringLiteral("challan.pdf"));
        QString suggested;
        m_page->fileChooser = [&](const QString &s) {
            suggested = s;
            return pdf;
        };
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_S, Qt::ControlModifier);
        QTRY_VERIFY(QFileInfo(pdf).size() > 1000);
        QVERIFY(suggested.endsWith(QStringLiteral("challan-DO-2025-09-25-1001.pdf")));
    }

    void newFormShowsNoMessageUntilAFieldIsLeft()
    {
        openPage();
        QTRY_COMPARE(focused(), QStringLiteral("warehouseComboBox"));
        // Thirteen things are missing, and none of them is red yet.
        QVERIFY(!m_page->lastCheck().ok());
        QCOMPARE(errorLabels(), QStringList());
        for (QLabel *l : m_page->findChildren<QLabel *>()) {
            if (l->objectName().endsWith(QStringLiteral("MessageLabel")))
                QVERIFY2(l->text().isEmpty(), qPrintable(l->objectName() + u' ' + l->text()));
        }
        // The line above the buttons names them, in tab order.
        QCOMPARE(readiness(), QStringLiteral("Still needed: Order id, Party, Distributor, Bill-to name, Bill-to code, "
                                             "Bill-to GSTIN, Bill-to address, Ship-to name, Ship-to code, Ship-to "
                                             "address, Transporter name, Vehicle number, Scanned units"));

        // A bad GSTIN typed straight into its field: quiet while typing, said once the field is left — that field
        // only, though the focus left the warehouse on the way.
        child<QLineEdit>("gstinLineEdit")->setFocus(Qt::MouseFocusReason);
        QTRY_COMPARE(focused(), QStringLiteral("gstinLineEdit"));
        type(QStringLiteral("27AAACA0000A1Z5"));
        QCOMPARE(errorLabels(), QStringList());
        tabTo("billToAddressLineEdit");
        QTRY_COMPARE(errorLabels(), QStringList{QStringLiteral("gstinMessageLabel")});
        QVERIFY2(message("gstinMessageLabel").startsWith(QStringLiteral("✗ GSTIN check character should be Y, not 5")),
                 qPrintable(message("gstinMessageLabel")));
        QVERIFY2(readiness().endsWith(QStringLiteral("To correct: Bill-to GSTIN")), qPrintable(readiness()));
        // Leaving an empty field says it is needed.
        tabTo("shipToNameLineEdit");
        QTRY_COMPARE(errorLabels(),
                     (QStringList{QStringLiteral("billToAddressMessageLabel"), QStringLiteral("gstinMessageLabel")}));
    }

    void submitOnAnEmptyFormShowsEveryMissingFieldAndSavesNothing()
    {
        openPage();
        QTRY_COMPARE(focused(), QStringLiteral("warehouseComboBox"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
        const QStringList expected{
            QStringLiteral("billToAddressMessageLabel"), QStringLiteral("billToCodeMessageLabel"),
            QStringLiteral("billToNameMessageLabel"),    QStringLiteral("distributorCodeMessageLabel"),
            QStringLiteral("gstinMessageLabel"),         QStringLiteral("orderIdMessageLabel"),
            QStringLiteral("partyCodeMessageLabel"),     QStringLiteral("serialsMessageLabel"),
            QStringLiteral("shipToAddressMessageLabel"), QStringLiteral("shipToCodeMessageLabel"),
            QStringLiteral("shipToNameMessageLabel"),    QStringLiteral("transporterNameMessageLabel"),
            QStringLiteral("vehicleNoMessageLabel")};
        QTRY_COMPARE(errorLabels(), expected);
        QCOMPARE(message("orderIdMessageLabel"),
                 QStringLiteral("✗ Order id is empty — enter the sales order number, e.g. INDI-DO-000312"));
        QCOMPARE(message("serialsMessageLabel"),
                 QStringLiteral("✗ No units scanned — scan the serials being dispatched"));
        // The first one in tab order gets the keyboard; the banner says why nothing happened.
        QTRY_COMPARE(focused(), QStringLiteral("orderIdLineEdit"));
        auto *banner = child<ResultBanner>("scanResultBanner");
        QCOMPARE(banner->verdict(), QStringLiteral("refused"));
        QCOMPARE(banner->text(),
                 QStringLiteral("Not submitted: fill in or correct the fields marked ✗ — each says what it needs."));
        // Nothing saved: no draft, no dispatch, the units still in stock.
        QCOMPARE(m_page->draftId(), 0);
        QCOMPARE(dispatchRows(), 0);
        QCOMPARE((*SerialRegister(m_station->db()).find(seedSerials().first()))->state, SerialState::InStock);
        // The fix clears each message as it is typed.
        type(QStringLiteral("INDI-DO-000312"));
        QTRY_COMPARE(message("orderIdMessageLabel"), QString());
    }

    void stillNeededFollowsTheForm()
    {
        openPage();
        QTRY_COMPARE(focused(), QStringLiteral("warehouseComboBox"));
        tabTo("orderIdLineEdit");
        type(QStringLiteral("INDI-DO-000312"));
        QTRY_VERIFY2(readiness().startsWith(QStringLiteral("Still needed: Party, Distributor")),
                     qPrintable(readiness()));
        tabTo("partyCodeLineEdit");
        type(QStringLiteral("RET123")); // fills distributor, bill-to and ship-to
        QTRY_COMPARE(readiness(), QStringLiteral("Still needed: Transporter name, Vehicle number, Scanned units"));
        child<QLineEdit>("transporterNameLineEdit")->setFocus(Qt::MouseFocusReason);
        QTRY_COMPARE(focused(), QStringLiteral("transporterNameLineEdit"));
        type(QStringLiteral("BlueDart Logistics"));
        QTRY_COMPARE(readiness(), QStringLiteral("Still needed: Vehicle number, Scanned units"));
        child<QLineEdit>("vehicleNoLineEdit")->setFocus(Qt::MouseFocusReason);
        QTRY_COMPARE(focused(), QStringLiteral("vehicleNoLineEdit"));
        type(QStringLiteral("MH12AB1234"));
        QTRY_COMPARE(readiness(), QStringLiteral("Still needed: Scanned units"));
        QVERIFY(!child<QLabel>("dispatchReadinessLabel")->property("ready").toBool());
        m_page->onScan(Scan{seedSerials().at(0), {}, QStringLiteral("wedge"), m_clock.now(), 0, {}, {}});
        QTRY_COMPARE(readiness(), QStringLiteral("Ready to submit: Ctrl+Enter submits the dispatch."));
        QVERIFY(child<QLabel>("dispatchReadinessLabel")->property("ready").toBool());
        QCOMPARE(errorLabels(), QStringList());
    }

    void draftComesBackAfterACrash()
    {
        openPage();
        m_page->onScan(Scan{seedSerials().at(0), {}, QStringLiteral("wedge"), m_clock.now(), 0, {}, {}});
        QTRY_COMPARE(m_page->linesModel()->rowCount(), 1);
        const qint64 draft = m_page->draftId();
        // The window goes away without submitting (a crash, a power cut): the next one shows the same draft.
        m_page.reset();
        openPage();
        QCOMPARE(m_page->draftId(), draft);
        QCOMPARE(m_page->linesModel()->rowCount(), 1);
        QCOMPARE(m_page->linesModel()->lines().first().serial, seedSerials().at(0));
        QVERIFY(child<ResultBanner>("scanResultBanner")->text().contains(QStringLiteral("unfinished dispatch")));
    }
};

QTEST_MAIN(TestDispatchPage)
#include "TestDispatchPage.moc"
