// Stage 1 serial labels: zint encodes the serial; the label image carries exactly zint's bars; the PDF holds the
// serial, product code, name and date as text on a page the size of the label; sizes, symbologies and layouts come
// from settings; reprinting any registered serial (and the print seam) works.

#include "PdfTools.h"
#include "StagesFixture.h"
#include "app/services/SerialGenerationService.h"
#include "app/services/Station.h"
#include "ui/labels/LabelPrinter.h"
#include "ui/labels/LabelRenderer.h"

#include <zint.h>

#include <QPrinter>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace fb;
using fb::test::runTool;

namespace {

const LabelData kLabel{QStringLiteral("CGSTV322509251001"), QStringLiteral("CGSTV32"),
                       QStringLiteral("32-inch HD Smart LED TV"), QDate(2025, 9, 25)};

bool dark(const QImage &image, int x, int y)
{
    return qGray(image.pixel(x, y)) < 128;
}

} // namespace

class TestLabelRenderer : public QObject
{
    Q_OBJECT
private slots:
    void zintEncodesTheSerial_data();
    void zintEncodesTheSerial();
    void imageCarriesZintsBars_data();
    void imageCarriesZintsBars();
    void twoDimensionalCodeIsSquareAndExact_data();
    void twoDimensionalCodeIsSquareAndExact();
    void pdfHasTheTextAndLabelSize();
    void tooSmallIsRefusedByName();
    void settingsFromTheStation();
    void reprintAnySerialThroughThePrintSeam();
};

void TestLabelRenderer::zintEncodesTheSerial_data()
{
    QTest::addColumn<QString>("serial");
    QTest::newRow("seed CGSTV32") << QStringLiteral("CGSTV322509251001");
    QTest::newRow("seed CGSTV36") << QStringLiteral("CGSTV362509251003");
    QTest::newRow("station 9 block") << QStringLiteral("CGSTV432512319999");
}

void TestLabelRenderer::zintEncodesTheSerial()
{
    QFETCH(QString, serial);
    // Straight through zint, as the brief's golden check: the symbol's human-readable text is the serial.
    zint_symbol *symbol = ZBarcode_Create();
    symbol->symbology = BARCODE_CODE128;
    const QByteArray bytes = serial.toLatin1();
    const int rc =
        ZBarcode_Encode(symbol, reinterpret_cast<const unsigned char *>(bytes.constData()), int(bytes.size()));
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(symbol->text));
    const int width = symbol->width;
    ZBarcode_Delete(symbol);
    QCOMPARE(rc, 0);
    QCOMPARE(text, serial);

    // …and through the renderer's encode(), which the labels use.
    auto encoded = LabelRenderer::encode(LabelSettings::Symbology::Code128, serial);
    QVERIFY2(encoded.ok(), qPrintable(encoded.message()));
    QCOMPARE(encoded->text, serial);
    QCOMPARE(encoded->rows, 1);
    QCOMPARE(encoded->width, width);
    // Code 128: starts with a bar (Start code 2 1 1 2 3 2 → "11010"…) and ends with the stop pattern's 2-module bar.
    QVERIFY(encoded->isDark(0, 0));
    QVERIFY(encoded->isDark(0, width - 1) && encoded->isDark(0, width - 2) && !encoded->isDark(0, width - 3));
    for (auto sym : {LabelSettings::Symbology::QrCode, LabelSettings::Symbology::DataMatrix}) {
        auto twoD = LabelRenderer::encode(sym, serial);
        QVERIFY2(twoD.ok(), qPrintable(twoD.message()));
        QVERIFY(twoD->rows >= 10);
        QCOMPARE(twoD->rows, twoD->width); // square
    }
}

void TestLabelRenderer::imageCarriesZintsBars_data()
{
    QTest::addColumn<double>("width");
    QTest::addColumn<double>("height");
    QTest::addColumn<int>("dpi");
    QTest::newRow("50x25 @300") << 50.0 << 25.0 << 300;
    QTest::newRow("50x25 @203 thermal") << 50.0 << 25.0 << 203;
    QTest::newRow("100x50 @300") << 100.0 << 50.0 << 300;
}

void TestLabelRenderer::imageCarriesZintsBars()
{
    QFETCH(double, width);
    QFETCH(double, height);
    QFETCH(int, dpi);
    LabelSettings settings;
    settings.widthMm = width;
    settings.heightMm = height;
    LabelRenderer::Geometry g;
    auto image = LabelRenderer(settings).renderImage(kLabel, dpi, &g);
    QVERIFY2(image.ok(), qPrintable(image.message()));
    QCOMPARE(image->width(), qRound(width / 25.4 * dpi));
    QCOMPARE(image->height(), qRound(height / 25.4 * dpi));
    QVERIFY(g.module >= 1.0);
    QCOMPARE(g.module, std::floor(g.module)); // whole dots: every module equally wide

    // Read the bars back along the middle of the bar area and compare them with zint's modules, one by one.
    const auto encoded = LabelRenderer::encode(settings.symbology, kLabel.serial);
    const int y = int(g.symbol.center().y());
    const int x0 = int(std::lround(g.symbol.left()));
    const int m = int(g.module);
    for (int c = 0; c < encoded->width; ++c) {
        const int x = x0 + c * m + m / 2;
        QVERIFY2(dark(*image, x, y) == encoded->isDark(0, c), qPrintable(QStringLiteral("module %1").arg(c)));
    }
    // Quiet zones either side are white, ten modules wide.
    for (int x = x0 - 10 * m; x < x0; ++x)
        QVERIFY2(!dark(*image, x, y), qPrintable(QStringLiteral("left quiet zone at x=%1").arg(x)));
    const int right = x0 + encoded->width * m;
    for (int x = right; x < right + 10 * m; ++x)
        QVERIFY2(!dark(*image, x, y), qPrintable(QStringLiteral("right quiet zone at x=%1").arg(x)));
    // Text under the bars: the serial line has ink, and it is not the bars running on.
    int ink = 0;
    const int serialY = int(g.label.height() * 0.74);
    for (int x = 0; x < image->width(); ++x)
        ink += dark(*image, x, serialY);
    QVERIFY2(ink > 0, "no serial text under the bars");
}

void TestLabelRenderer::twoDimensionalCodeIsSquareAndExact_data()
{
    QTest::addColumn<int>("symbology");
    QTest::newRow("qr") << int(LabelSettings::Symbology::QrCode);
    QTest::newRow("datamatrix") << int(LabelSettings::Symbology::DataMatrix);
}

void TestLabelRenderer::twoDimensionalCodeIsSquareAndExact()
{
    QFETCH(int, symbology);
    LabelSettings settings;
    settings.symbology = LabelSettings::Symbology(symbology);
    QCOMPARE(settings.effectiveLayout(), LabelSettings::Layout::Side);
    LabelRenderer::Geometry g;
    auto image = LabelRenderer(settings).renderImage(kLabel, 300, &g);
    QVERIFY2(image.ok(), qPrintable(image.message()));
    QCOMPARE(g.symbol.width(), g.symbol.height());
    QVERIFY(g.text.left() >= g.symbol.right()); // text to the right of the code
    const auto encoded = LabelRenderer::encode(settings.symbology, kLabel.serial);
    const int m = int(g.module);
    for (int r = 0; r < encoded->rows; ++r) {
        for (int c = 0; c < encoded->width; ++c) {
            const int x = int(std::lround(g.symbol.left())) + c * m + m / 2;
            const int y = int(std::lround(g.symbol.top())) + r * m + m / 2;
            QVERIFY2(dark(*image, x, y) == encoded->isDark(r, c),
                     qPrintable(QStringLiteral("module %1,%2").arg(r).arg(c)));
        }
    }
}

void TestLabelRenderer::pdfHasTheTextAndLabelSize()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("labels.pdf"));
    LabelSettings settings;
    settings.widthMm = 60;
    settings.heightMm = 30;
    LabelData second = kLabel;
    second.serial = QStringLiteral("CGSTV322509251002");
    const Status s = LabelRenderer(settings).renderPdf({kLabel, second}, path);
    QVERIFY2(s.ok(), qPrintable(s.message()));

    const QString info = runTool(QStringLiteral("pdfinfo"), {path});
    QVERIFY2(info.contains(QRegularExpression(QStringLiteral("Pages:\\s+2\\b"))), qPrintable(info));
    // 60 × 30 mm = 170.08 × 85.04 pt
    QVERIFY2(info.contains(QRegularExpression(QStringLiteral("Page size:\\s+170(\\.\\d+)? x 85(\\.\\d+)? pts"))),
             qPrintable(info));

    const QString page1 =
        runTool(QStringLiteral("pdftotext"), {QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"),
                                              QStringLiteral("1"), path, QStringLiteral("-")});
    QVERIFY2(page1.contains(kLabel.serial), qPrintable(page1));
    QVERIFY2(page1.contains(QStringLiteral("CGSTV32")), qPrintable(page1));
    QVERIFY2(page1.contains(QStringLiteral("32-inch HD Smart LED TV")), qPrintable(page1));
    QVERIFY2(page1.contains(QStringLiteral("25-09-2025")), qPrintable(page1));
    const QString page2 =
        runTool(QStringLiteral("pdftotext"), {QStringLiteral("-f"), QStringLiteral("2"), QStringLiteral("-l"),
                                              QStringLiteral("2"), path, QStringLiteral("-")});
    QVERIFY2(page2.contains(second.serial), qPrintable(page2));
    QVERIFY2(!page2.contains(kLabel.serial), qPrintable(page2));
}

void TestLabelRenderer::tooSmallIsRefusedByName()
{
    LabelSettings settings;
    settings.widthMm = 15;
    settings.heightMm = 10;
    auto image = LabelRenderer(settings).renderImage(kLabel, 203);
    QVERIFY(!image.ok());
    QCOMPARE(image.error().code, QStringLiteral("label.too_small"));
    QVERIFY2(image.message().contains(QStringLiteral("QR")), qPrintable(image.message()));
    settings.symbology = LabelSettings::Symbology::DataMatrix; // a 2D code fits where Code 128 does not
    QVERIFY(LabelRenderer(settings).renderImage(kLabel, 203).ok());
}

void TestLabelRenderer::settingsFromTheStation()
{
    QTemporaryDir dir;
    FakeClock clock;
    auto station = Station::open(dir.path(), clock);
    QVERIFY2(station.ok(), qPrintable(station.message()));
    SettingsStore &store = station.value()->settings();
    QCOMPARE(LabelSettings::load(store).widthMm, 50.0);
    QVERIFY(store.setValue(QStringLiteral("labels.width_mm"), QStringLiteral("75")).ok());
    QVERIFY(store.setValue(QStringLiteral("labels.height_mm"), QStringLiteral("40.5")).ok());
    QVERIFY(store.setValue(QStringLiteral("labels.symbology"), QStringLiteral("QR")).ok());
    QVERIFY(store.setValue(QStringLiteral("labels.layout"), QStringLiteral("stacked")).ok());
    QStringList problems;
    LabelSettings s = LabelSettings::load(store, &problems);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    QCOMPARE(s.widthMm, 75.0);
    QCOMPARE(s.heightMm, 40.5);
    QCOMPARE(s.symbology, LabelSettings::Symbology::QrCode);
    QCOMPARE(s.effectiveLayout(), LabelSettings::Layout::Stacked);

    QVERIFY(store.setValue(QStringLiteral("labels.width_mm"), QStringLiteral("5")).ok());
    QVERIFY(store.setValue(QStringLiteral("labels.symbology"), QStringLiteral("pdf417")).ok());
    problems.clear();
    s = LabelSettings::load(store, &problems);
    QCOMPARE(s.widthMm, 50.0);
    QCOMPARE(s.symbology, LabelSettings::Symbology::Code128);
    QCOMPARE(problems.size(), 2);

    s.widthMm = 70;
    s.symbology = LabelSettings::Symbology::DataMatrix;
    QVERIFY(s.save(store).ok());
    QCOMPARE(LabelSettings::load(store).widthMm, 70.0);
    QCOMPARE(LabelSettings::load(store).symbology, LabelSettings::Symbology::DataMatrix);
}

void TestLabelRenderer::reprintAnySerialThroughThePrintSeam()
{
    QTemporaryDir dir;
    FakeClock clock;
    auto station = Station::open(dir.path(), clock);
    QVERIFY2(station.ok(), qPrintable(station.message()));
    Station &st = *station.value();
    QVERIFY(test::loadSeedMasterData(st.db()).ok());
    const Actor packer = test::warehouseActor();
    auto generated =
        SerialGenerationService(st.db(), st.settings(), clock).generate(packer, QStringLiteral("CGSTV36"), 3);
    QVERIFY2(generated.ok(), qPrintable(generated.message()));
    const QStringList serials = generated->products.first().serials;

    LabelPrinter printer(st, clock);
    // Printer: the seam sends the job to a PDF file, as "Print to File" in the print dialog does.
    const QString printed = dir.filePath(QStringLiteral("printed.pdf"));
    int asked = 0;
    printer.askPrinter = [&](QPrinter &p, QWidget *) {
        ++asked;
        p.setOutputFormat(QPrinter::PdfFormat);
        p.setOutputFileName(printed);
        return true;
    };
    auto s = printer.printSerials(packer, serials, nullptr);
    QVERIFY2(s.ok(), qPrintable(s.message()));
    QCOMPARE(asked, 1);
    QVERIFY(s->done);
    QCOMPARE(s->count, 3);
    const QString text = runTool(QStringLiteral("pdftotext"), {printed, QStringLiteral("-")});
    for (const QString &serial : serials)
        QVERIFY2(text.contains(serial), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("36-inch Full HD Smart LED TV")), qPrintable(text));

    // Reprint of one serial, days later, to a PDF file.
    clock.advanceMs(3LL * 24 * 3600 * 1000);
    const QString reprint = dir.filePath(QStringLiteral("reprint.pdf"));
    QString suggested;
    printer.askPdfPath = [&](QWidget *, const QString &proposal) {
        suggested = proposal;
        return reprint;
    };
    s = printer.saveSerialsAsPdf(packer, {serials.at(1)}, nullptr);
    QVERIFY2(s.ok(), qPrintable(s.message()));
    QVERIFY2(suggested.endsWith(serials.at(1) + QStringLiteral(".pdf")), qPrintable(suggested));
    const QString again = runTool(QStringLiteral("pdftotext"), {reprint, QStringLiteral("-")});
    QVERIFY2(again.contains(serials.at(1)), qPrintable(again));
    QVERIFY2(!again.contains(serials.at(0)), qPrintable(again));

    // Cancel prints nothing and is not an error; an unknown serial is refused by name.
    printer.askPdfPath = [](QWidget *, const QString &) { return QString(); };
    auto cancelled = printer.saveSerialsAsPdf(packer, {serials.at(0)}, nullptr);
    QVERIFY(cancelled.ok());
    QVERIFY(!cancelled->done);
    auto unknown = printer.labelsFor(packer, {QStringLiteral("CGSTV362509259999")});
    QVERIFY(!unknown.ok());
    QVERIFY2(unknown.message().contains(QStringLiteral("CGSTV362509259999")), qPrintable(unknown.message()));
}

QTEST_MAIN(TestLabelRenderer)
#include "TestLabelRenderer.moc"
