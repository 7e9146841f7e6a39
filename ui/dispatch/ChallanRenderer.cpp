#include "ui/dispatch/ChallanRenderer.h"

#include "ui/widgets/Theme.h"

#include <QDateTime>
#include <QFile>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>
#include <QUrl>

#include <zint.h>

namespace fb {

namespace {

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString when(const QString &iso)
{
    const QDateTime dt = QDateTime::fromString(iso, Qt::ISODate);
    return dt.isValid() ? dt.toString(QStringLiteral("dd MMM yyyy, HH:mm")) : iso;
}

QString row(const QString &label, const QString &value)
{
    return QStringLiteral("<tr><td class='k'>%1</td><td class='v'>%2</td></tr>")
        .arg(esc(label), value.isEmpty() ? QStringLiteral("—") : esc(value));
}

const QUrl kBarcodeUrl(QStringLiteral("challan://barcode"));
constexpr int kBarcodeDocWidth = 210;

} // namespace

Result<QImage> ChallanRenderer::barcode(const QString &text, int scale, float moduleHeight)
{
    zint_symbol *symbol = ZBarcode_Create();
    if (!symbol)
        return makeError(tr("Cannot draw the barcode: out of memory."), {}, QStringLiteral("barcode.memory"));
    symbol->symbology = BARCODE_CODE128;
    symbol->scale = float(scale);
    symbol->height = moduleHeight;
    symbol->show_hrt = 0; // the DO number is printed under it as text
    symbol->output_options |= BARCODE_QUIET_ZONES;
    const QByteArray data = text.toLatin1();
    const int rc = ZBarcode_Encode_and_Buffer(symbol, reinterpret_cast<const unsigned char *>(data.constData()),
                                              int(data.size()), 0);
    if (rc >= ZINT_ERROR || !symbol->bitmap) {
        const QString why = QString::fromLatin1(symbol->errtxt);
        ZBarcode_Delete(symbol);
        return makeError(tr("Cannot draw the barcode of %1: %2").arg(text, why), {}, QStringLiteral("barcode.encode"));
    }
    const QImage image = QImage(symbol->bitmap, symbol->bitmap_width, symbol->bitmap_height, symbol->bitmap_width * 3,
                                QImage::Format_RGB888)
                             .copy();
    ZBarcode_Delete(symbol);
    return image;
}

std::unique_ptr<QTextDocument> ChallanRenderer::document(const Challan &c)
{
    auto doc = std::make_unique<QTextDocument>();
    doc->setDocumentMargin(0);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(9.5);
    doc->setDefaultFont(font);
    // Sizes are the printed page's (points on A4), not the screen's, so they stay here; the colours are the theme's.
    doc->setDefaultStyleSheet(
        QStringLiteral(
            "h1 { font-size: 17pt; margin: 0; } .sub { color: %1; } "
            "table.box { border-collapse: collapse; } td.k { color: %2; padding: 1px 8px 1px 0; } td.v { font-weight: "
            "bold; padding: 1px 0; } th { background: %3; text-align: left; padding: 3px 6px; } "
            "td.c { padding: 2px 6px; border-bottom: 1px solid %4; } .cancelled { color: %5; font-size: 15pt; "
            "font-weight: bold; } .section { font-size: 11pt; font-weight: bold; margin-top: 10px; } "
            "td.sign { padding-top: 36px; border-top: 1px solid %6; text-align: center; }")
            .arg(theme::kPaperSubtitle.name(), theme::kPaperLabel.name(), theme::kPaperHeader.name(),
                 theme::kPaperRule.name(), theme::kError.name(), theme::kPaperInk.name()));

    int barcodeWidth = 0;
    int barcodeHeight = 0;
    if (auto image = barcode(c.requestId); image.ok()) {
        doc->addResource(QTextDocument::ImageResource, kBarcodeUrl, *image);
        barcodeWidth = image->width();
        barcodeHeight = image->height();
    }

    QString h;
    // Heading: title and document facts on the left, the barcode of the DO number on the right.
    h += QStringLiteral("<table width='100%' cellspacing='0' cellpadding='0'><tr><td width='62%' valign='top'>");
    h += QStringLiteral("<h1>%1</h1>").arg(esc(tr("DELIVERY CHALLAN")));
    h += QStringLiteral("<div class='sub'>%1</div>").arg(esc(tr("Goods sent on dispatch order — not a tax invoice")));
    if (c.state == u"CANCELLED")
        h += QStringLiteral("<p class='cancelled'>%1</p>")
                 .arg(esc(tr("CANCELLED on %1 — %2").arg(when(c.cancelledAt), c.cancelReason)));
    h += QStringLiteral("<table class='box' cellspacing='0'>");
    h += row(tr("Challan / DO no."), c.requestId);
    h += row(tr("Date"), when(c.submittedAt));
    h += row(tr("Order id"), c.form.orderId);
    h += row(tr("From warehouse"),
             QStringLiteral("%1 — %2%3")
                 .arg(c.warehouseCode, c.warehouseName,
                      c.warehousePlace.isEmpty() ? QString() : QStringLiteral(", ") + c.warehousePlace));
    h += row(tr("Distributor"), QStringLiteral("%1 %2").arg(c.form.distributorCode, c.distributorName).trimmed());
    h += QStringLiteral("</table></td><td width='38%' valign='top' align='right'>");
    // Drawn at a fixed size in the document (the image itself has the detail for the printer): about 75 mm wide.
    if (barcodeWidth > 0)
        h += QStringLiteral("<img src='%1' width='%2' height='%3'><br>")
                 .arg(kBarcodeUrl.toString())
                 .arg(kBarcodeDocWidth)
                 .arg(qRound(double(kBarcodeDocWidth) * barcodeHeight / barcodeWidth));
    h += QStringLiteral("<span style='font-family: DejaVu Sans Mono; font-size: 11pt; font-weight: bold;'>%1</span>")
             .arg(esc(c.requestId));
    h += QStringLiteral("</td></tr></table><hr>");

    // Parties side by side.
    h += QStringLiteral("<table width='100%' cellspacing='0' cellpadding='0'><tr><td width='50%' valign='top'>");
    h += QStringLiteral("<div class='section'>%1</div><table class='box' cellspacing='0'>").arg(esc(tr("Bill to")));
    h += row(tr("Name"), c.form.billToName);
    h += row(tr("Code"), c.form.billToCode);
    h += row(tr("GSTIN"), c.form.billToGstin);
    h += row(tr("Address"), c.form.billToAddress);
    h += QStringLiteral("</table></td><td width='50%' valign='top'>");
    h += QStringLiteral("<div class='section'>%1</div><table class='box' cellspacing='0'>").arg(esc(tr("Ship to")));
    h += row(tr("Name"), c.form.shipToName);
    h += row(tr("Code"), c.form.shipToCode);
    h += row(tr("Address"), c.form.shipToAddress);
    h += QStringLiteral("</table></td></tr></table>");

    // Transport.
    h += QStringLiteral("<div class='section'>%1</div>").arg(esc(tr("Transport")));
    h += QStringLiteral("<table width='100%' cellspacing='0' cellpadding='0'><tr><td width='50%' valign='top'>"
                        "<table class='box' cellspacing='0'>");
    h += row(tr("Transporter"), c.form.transporterName);
    h += row(tr("Mode"), c.form.transportMode);
    h += row(tr("Vehicle no."), c.form.vehicleNo);
    h += row(tr("LR no."), c.form.lrNo);
    h += QStringLiteral("</table></td><td width='50%' valign='top'><table class='box' cellspacing='0'>");
    h += row(tr("E-way bill no."), c.ewayBillGrouped);
    h += row(tr("Dispatched at"), when(c.form.dispatchDateTime));
    h += row(tr("Consignment value"), DispatchService::formatRupees(c.consignmentPaise));
    h += row(tr("Remarks"), c.form.remarks);
    h += QStringLiteral("</table></td></tr></table>");

    // Goods: per product, then every serial.
    h += QStringLiteral("<div class='section'>%1</div>")
             .arg(esc(tr("Goods — %n unit(s)", nullptr, int(c.lines.size()))));
    h += QStringLiteral("<table width='100%' cellspacing='0'><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th></tr>")
             .arg(esc(tr("Product")), esc(tr("Description")), esc(tr("Units")), esc(tr("Ordered")));
    for (const ProductCount &pc : c.counts)
        h += QStringLiteral("<tr><td class='c'>%1</td><td class='c'>%2</td><td class='c'>%3</td><td class='c'>%4</td>"
                            "</tr>")
                 .arg(esc(pc.productCode), esc(pc.productName))
                 .arg(pc.scanned)
                 .arg(pc.ordered < 0 ? QStringLiteral("—") : QString::number(pc.ordered));
    h += QStringLiteral("</table>");
    h += QStringLiteral("<div class='section'>%1</div>").arg(esc(tr("Serial numbers")));
    h += QStringLiteral("<table width='100%' cellspacing='0'><tr><th>#</th><th>%1</th><th>%2</th><th>%3</th></tr>")
             .arg(esc(tr("Serial number")), esc(tr("Product")), esc(tr("Description")));
    int n = 0;
    for (const ChallanLine &l : c.lines)
        h += QStringLiteral("<tr><td class='c'>%1</td><td class='c'><tt>%2</tt></td><td class='c'>%3</td>"
                            "<td class='c'>%4</td></tr>")
                 .arg(++n)
                 .arg(esc(l.serial), esc(l.productCode), esc(l.productName));
    h += QStringLiteral("</table>");

    // Signatures and who printed it.
    h += QStringLiteral("<br><br><table width='100%' cellspacing='12'><tr><td class='sign'>%1</td><td class='sign'>%2"
                        "</td><td class='sign'>%3</td></tr></table>")
             .arg(esc(tr("Dispatched by")), esc(tr("Driver / transporter")), esc(tr("Received by (sign and stamp)")));
    h += QStringLiteral("<p class='sub'>%1</p>")
             .arg(esc(tr("Operator %1 · station %2 · printed %3").arg(c.operatorCode, c.stationId, when(c.printedAt))));
    doc->setHtml(h);
    return doc;
}

Status ChallanRenderer::render(const Challan &challan, QPagedPaintDevice *device)
{
    if (!device)
        return makeError(tr("No printer or file to write the challan to."), {}, QStringLiteral("challan.device"));
    device->setPageSize(QPageSize(QPageSize::A4));
    device->setPageMargins(QMarginsF(14, 14, 14, 14), QPageLayout::Millimeter);
    std::unique_ptr<QTextDocument> doc = document(challan);
    doc->print(device);
    return Ok{};
}

Status ChallanRenderer::writePdf(const Challan &challan, const QString &path)
{
    QPdfWriter writer(path);
    writer.setTitle(tr("Delivery challan %1").arg(challan.requestId));
    writer.setCreator(QStringLiteral("Floorbridge"));
    writer.setResolution(300);
    if (Status s = render(challan, &writer); !s)
        return s;
    // QPdfWriter reports nothing; an unwritable path shows as a missing or empty file.
    QFile written(path);
    if (!written.exists() || written.size() == 0)
        return makeError(tr("Could not write the challan to %1 — choose a folder you can write to.").arg(path),
                         QStringLiteral("file"), QStringLiteral("challan.write"));
    return Ok{};
}

} // namespace fb
