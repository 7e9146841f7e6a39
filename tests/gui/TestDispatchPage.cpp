// The dispatch page as the clerk uses it: the whole form filled by keyboard alone (Tab, typing), the GSTIN message
// naming Y for the seed's sample, fixed, units scanned, submit by Ctrl+Enter, the DO number shown.
#include "DispatchSeed.h"

#include "dispatch/DispatchModels.h"
#include "dispatch/DispatchPage.h"
#include "scanner/Scan.h"
#include "services/Station.h"
#include "shell/AppServices.h"
#include "storage/SerialRegister.h"
#include "widgets/ResultBanner.h"

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

    void openPage()
    {
        m_services.station = m_station.get();
        m_services.clock = &m_clock;
        m_services.wakeSync = [this] { ++m_wakes; };
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
        QVERIFY(MasterDataStore(m_station->db()).apply(seedMasterData(), m_clock.now()).ok());
        for (const QString &sn : seedSerials())
            QVERIFY(putInStock(m_station->db(), sn, QStringLiteral("WH001")).ok());
    }

    void cleanup() { m_page.reset(); }

    void wholeFormByKeyboardAlone()
    {
        openPage();
        QTRY_COMPARE(focused(), QStringLiteral("warehouseComboBox"));
        QCOMPARE(child<QComboBox>("warehouseComboBox")->currentData().toString(), QStringLiteral("WH001"));
        auto *submit = child<QPushButton>("submitDispatchButton");
        QVERIFY(!submit->isEnabled());
        // Empty fields say what to do.
        QCOMPARE(message("orderIdMessageLabel"),
                 QStringLiteral("✗ Order id is empty — enter the sales order number, e.g. INDI-DO-000312"));

        tabTo("orderIdLineEdit");
        type(QStringLiteral("INDI-DO-000312"));
        QTRY_COMPARE(message("orderIdMessageLabel"), QString());
        tabTo("partyCodeLineEdit");
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
        // The blueprint's sample GSTIN: refused as it is typed, naming the right check character.
        replaceWith(QStringLiteral("27AAACA0000A1Z5"));
        QTRY_VERIFY2(
            message("gstinMessageLabel").startsWith(QStringLiteral("✗ GSTIN check character should be Y, not 5")),
            qPrintable(message("gstinMessageLabel")));
        QCOMPARE(child<QLabel>("gstinMessageLabel")->property("verdict").toString(), QStringLiteral("error"));
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
        QCOMPARE(message("vehicleNoMessageLabel"),
                 QStringLiteral("✗ Vehicle number is required for transport mode ROAD — enter the registration number, "
                                "e.g. MH12AB1234"));
        type(QStringLiteral("MH-12 AB 123"));
        QTRY_VERIFY2(message("vehicleNoMessageLabel").contains(QStringLiteral("the last part must be 4 digits")),
                     qPrintable(message("vehicleNoMessageLabel")));
        type(QStringLiteral("4"));
        QTRY_COMPARE(message("vehicleNoMessageLabel"), QString());
        tabTo("lrNoLineEdit");
        type(QStringLiteral("LR-9827345"));
        tabTo("ewayBillLineEdit");
        type(QStringLiteral("3210-9988-776"));
        QTRY_VERIFY(message("ewayBillNoMessageLabel").contains(QStringLiteral("has 11 digits")));
        type(QStringLiteral("6"));
        QTRY_COMPARE(message("ewayBillNoMessageLabel"), QString());
        tabTo("dispatchDateTimeLineEdit");
        replaceWith(QStringLiteral("2025-09-25 19:05"));
        QTRY_VERIFY(message("dispatchDatetimeMessageLabel").contains(QStringLiteral("is in the future")));
        replaceWith(QStringLiteral("2025-09-25 17:05"));
        QTRY_COMPARE(message("dispatchDatetimeMessageLabel"), QString());
        tabTo("remarksLineEdit");
        type(QStringLiteral("Handle with care"));
        tabTo("orderQuantitiesLineEdit");
        type(QStringLiteral("CGSTV32=2, CGSTV36=3"));
        tabTo("serialLineEdit");
        QCOMPARE(message("serialsMessageLabel"),
                 QStringLiteral("✗ No units scanned — scan the serials being dispatched"));
        QVERIFY(!submit->isEnabled());

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
        QTRY_VERIFY2(submit->isEnabled(),
                     qPrintable(m_page->lastCheck().firstError().value_or(FieldProblem{}).message));
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
