// The delivery challan a clerk hands the driver: rendered to PDF, read back with pdftotext (DO number, serials,
// e-way bill, GSTIN, parties, transport), a page rasterised with pdftoppm, the barcode drawn, a cancelled dispatch
// marked CANCELLED, and a reprint identical in content.
#include "DispatchSeed.h"

#include "app/services/Station.h"
#include "ui/dispatch/ChallanRenderer.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace fb;
using namespace fb::test;

class TestChallan : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    FakeClock m_clock{seedTime(17, 10)};
    std::unique_ptr<Station> m_station;

    DispatchService service() { return DispatchService(m_station->db(), m_station->settings(), m_clock); }

    QString submitSeed()
    {
        auto svc = service();
        auto id = svc.createDraft(warehouseActor(), seedForm());
        for (const QString &sn : seedSerials())
            (void)svc.scan(warehouseActor(), *id, sn, QStringLiteral("test"));
        m_clock.setNow(seedTime(17, 20));
        auto done = svc.submit(warehouseActor(), *id, seedForm());
        return done.ok() ? done->requestId : done.message();
    }

    static QString pdfText(const QString &pdf)
    {
        QProcess p;
        p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
        if (!p.waitForFinished(30000) || p.exitCode() != 0)
            return QStringLiteral("pdftotext failed: ") + QString::fromUtf8(p.readAllStandardError());
        return QString::fromUtf8(p.readAllStandardOutput());
    }

private slots:
    void init()
    {
        m_station.reset();
        m_clock.setNow(seedTime(17, 10));
        for (const char *f : {"floorbridge.db", "floorbridge.db-wal", "floorbridge.db-shm"})
            QFile::remove(m_dir.filePath(QString::fromLatin1(f)));
        auto s = Station::open(m_dir.path(), m_clock);
        QVERIFY2(s.ok(), qPrintable(s.message()));
        m_station = std::move(s).value();
        QVERIFY(loadSeedMasterData(m_station->db()).ok());
        for (const QString &sn : seedSerials())
            QVERIFY(putInStock(m_station->db(), sn, QStringLiteral("WH001")).ok());
    }

    void barcodeIsCode128OfTheDoNumber()
    {
        auto image = ChallanRenderer::barcode(QStringLiteral("DO-2025-09-25-1001"));
        QVERIFY2(image.ok(), qPrintable(image.message()));
        QVERIFY(image->width() > 200);
        QVERIFY(image->height() > 40);
        // Bars: both black and white pixels on the middle row, and quiet zones at both ends.
        const int y = image->height() / 2;
        QCOMPARE(image->pixelColor(0, y), QColor(Qt::white));
        QCOMPARE(image->pixelColor(image->width() - 1, y), QColor(Qt::white));
        int transitions = 0;
        for (int x = 1; x < image->width(); ++x)
            transitions += image->pixelColor(x, y) != image->pixelColor(x - 1, y) ? 1 : 0;
        // Code 128: 3 bars per character, 18 characters + start, check, stop → well over 100 edges.
        QVERIFY2(transitions > 100, qPrintable(QString::number(transitions)));
    }

    void pdfCarriesTheDispatch()
    {
        const QString requestId = submitSeed();
        QCOMPARE(requestId, QStringLiteral("DO-2025-09-25-1001"));
        auto challan = service().challan(warehouseActor(), requestId);
        QVERIFY2(challan.ok(), qPrintable(challan.message()));
        const QString pdf = m_dir.filePath(QStringLiteral("challan.pdf"));
        QVERIFY(ChallanRenderer::writePdf(*challan, pdf).ok());
        const QString keep = qEnvironmentVariable("FB_CHALLAN_SAMPLE");
        if (!keep.isEmpty()) {
            QProcess sample;
            sample.start(QStringLiteral("pdftoppm"),
                         {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("90"), QStringLiteral("-f"),
                          QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("1"), QStringLiteral("-singlefile"),
                          pdf, keep});
            QVERIFY(sample.waitForFinished(30000));
        }
        const QString text = pdfText(pdf);
        for (const QString &expected :
             {QStringLiteral("DELIVERY CHALLAN"), requestId, QStringLiteral("INDI-DO-000312"),
              QStringLiteral("27AAACA0000A1ZY"), QStringLiteral("3210 9988 7766"), QStringLiteral("ABC Retail Pvt Ltd"),
              QStringLiteral("ABC Retail Warehouse"), QStringLiteral("RET123-WH01"),
              QStringLiteral("BlueDart Logistics"), QStringLiteral("MH12AB1234"), QStringLiteral("LR-9827345"),
              QStringLiteral("Handle with care"), QStringLiteral("₹83,450"), QStringLiteral("WH001 — Pune Central")})
            QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(" missing from:\n") + text));
        for (const QString &sn : seedSerials())
            QVERIFY2(text.contains(sn), qPrintable(sn));
        QVERIFY(!text.contains(QStringLiteral("CANCELLED")));

        // One page, rasterised as a person would see it (kept for the record next to the PDF).
        QProcess ppm;
        const QString pngBase = m_dir.filePath(QStringLiteral("challan"));
        ppm.start(QStringLiteral("pdftoppm"), {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("80"),
                                               QStringLiteral("-singlefile"), pdf, pngBase});
        QVERIFY(ppm.waitForFinished(30000));
        QCOMPARE(ppm.exitCode(), 0);
        QImage page(pngBase + QStringLiteral(".png"));
        QVERIFY(!page.isNull());
        QVERIFY(page.height() > page.width()); // A4 portrait

        // A reprint later says the same things.
        m_clock.setNow(seedTime(19, 0));
        auto again = service().challan(warehouseActor(), requestId);
        const QString pdf2 = m_dir.filePath(QStringLiteral("reprint.pdf"));
        QVERIFY(ChallanRenderer::writePdf(*again, pdf2).ok());
        const QString text2 = pdfText(pdf2);
        for (const QString &sn : seedSerials())
            QVERIFY(text2.contains(sn));
        QVERIFY(text2.contains(requestId));
    }

    void cancelledDispatchSaysSo()
    {
        const QString requestId = submitSeed();
        QVERIFY(service().cancel(supervisorActor(), requestId, QStringLiteral("Truck did not come")).ok());
        auto challan = service().challan(warehouseActor(), requestId);
        const QString pdf = m_dir.filePath(QStringLiteral("cancelled.pdf"));
        QVERIFY(ChallanRenderer::writePdf(*challan, pdf).ok());
        const QString text = pdfText(pdf);
        QVERIFY2(text.contains(QStringLiteral("CANCELLED")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Truck did not come")));
    }

    void unwritablePathIsSaid()
    {
        const QString requestId = submitSeed();
        auto challan = service().challan(warehouseActor(), requestId);
        const Status s = ChallanRenderer::writePdf(*challan, QStringLiteral("/nonexistent-folder/x/challan.pdf"));
        QVERIFY(!s.ok());
        QVERIFY2(s.message().contains(QStringLiteral("/nonexistent-folder/x/challan.pdf")), qPrintable(s.message()));
    }
};

QTEST_MAIN(TestChallan)
#include "TestChallan.moc"
