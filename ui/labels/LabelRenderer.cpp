#include "ui/labels/LabelRenderer.h"

#include <zint.h>

#include <QFile>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QPrinter>

#include <cmath>
#include <memory>

namespace fb {

namespace {

constexpr double kMarginMm = 1.5;

struct SymbolDeleter
{
    void operator()(zint_symbol *s) const { ZBarcode_Delete(s); }
};

// Whole device dots per module on raster devices, so every bar is equally wide; exact on vector ones.
double moduleSize(double space, int modules, bool raster)
{
    const double m = space / modules;
    return raster ? std::floor(m) : m;
}

// Shrinks the text down to `minPixelHeight` to fit the box before eliding it: a long product name stays whole.
void drawText(QPainter &p, const QRectF &box, const QString &text, double pixelHeight, bool bold, Qt::Alignment align,
              double minPixelHeight = 0)
{
    QFont font = p.font();
    font.setBold(bold);
    double size = pixelHeight;
    font.setPixelSize(std::max(1, int(size)));
    while (minPixelHeight > 0 && size > minPixelHeight && QFontMetricsF(font).horizontalAdvance(text) > box.width()) {
        size = std::max(minPixelHeight, size * 0.9);
        font.setPixelSize(std::max(1, int(size)));
    }
    p.setFont(font);
    const QFontMetricsF fm(font);
    p.drawText(box, int(align | Qt::AlignVCenter), fm.elidedText(text, Qt::ElideRight, box.width()));
}

} // namespace

LabelRenderer::LabelRenderer(LabelSettings settings)
    : m_settings(settings)
{}

Result<EncodedSymbol> LabelRenderer::encode(LabelSettings::Symbology symbology, const QString &data)
{
    std::unique_ptr<zint_symbol, SymbolDeleter> symbol(ZBarcode_Create());
    if (!symbol)
        return makeError(tr("Cannot draw the barcode: out of memory."), {}, QStringLiteral("label.memory"));
    EncodedSymbol out;
    switch (symbology) {
    case LabelSettings::Symbology::Code128:
        symbol->symbology = BARCODE_CODE128;
        out.quietModules = 10;
        break;
    case LabelSettings::Symbology::QrCode:
        symbol->symbology = BARCODE_QRCODE;
        symbol->option_1 = 2; // error correction M: survives a scuffed label
        out.quietModules = 4;
        break;
    case LabelSettings::Symbology::DataMatrix:
        symbol->symbology = BARCODE_DATAMATRIX;
        symbol->option_3 = DM_SQUARE;
        out.quietModules = 1;
        break;
    }
    const QByteArray bytes = data.toUtf8();
    const int rc =
        ZBarcode_Encode(symbol.get(), reinterpret_cast<const unsigned char *>(bytes.constData()), int(bytes.size()));
    if (rc >= ZINT_ERROR) {
        return makeError(tr("Cannot draw the barcode of %1: %2").arg(data, QString::fromLatin1(symbol->errtxt)), {},
                         QStringLiteral("label.encode"));
    }
    out.width = symbol->width;
    out.rows = symbol->rows;
    out.text = QString::fromUtf8(reinterpret_cast<const char *>(symbol->text));
    out.modules.resize(out.rows);
    for (int r = 0; r < out.rows; ++r) {
        out.modules[r].resize(out.width);
        for (int c = 0; c < out.width; ++c)
            out.modules[r][c] = (symbol->encoded_data[r][c >> 3] >> (c & 7)) & 1; // zint's module bit layout
    }
    return out;
}

Result<LabelRenderer::Geometry> LabelRenderer::paint(QPainter &p, const QRectF &label, double dotsPerMm,
                                                     const LabelData &data) const
{
    auto encoded = encode(m_settings.symbology, data.serial);
    if (!encoded)
        return encoded.error();
    const EncodedSymbol &symbol = *encoded;
    // Whole device dots per module everywhere (PDF is written at 1200 dpi, so that costs nothing there).
    const bool raster = true;
    const double margin = kMarginMm * dotsPerMm;
    const QRectF inner = label.adjusted(margin, margin, -margin, -margin);

    Geometry g;
    g.label = label;
    const int modulesAcross = symbol.width + 2 * symbol.quietModules;
    const bool stacked = m_settings.effectiveLayout() == LabelSettings::Layout::Stacked;
    QRectF codeBox;
    if (stacked) {
        // Name line 18 %, bars 46 %, serial 20 %, date 16 % of the label's height.
        codeBox = QRectF(inner.left(), inner.top() + inner.height() * 0.18, inner.width(), inner.height() * 0.46);
        g.module = moduleSize(codeBox.width(), modulesAcross, raster);
        const double barsWidth = g.module * symbol.width;
        g.symbol = QRectF(codeBox.center().x() - barsWidth / 2, codeBox.top(), barsWidth, codeBox.height());
        g.text = QRectF(inner.left(), inner.top(), inner.width(), inner.height());
    } else {
        const double side = std::min(inner.height(), inner.width() * 0.45);
        codeBox = QRectF(inner.left(), inner.center().y() - side / 2, side, side);
        g.module = moduleSize(side, std::max(modulesAcross, symbol.rows + 2 * symbol.quietModules), raster);
        const double w = g.module * symbol.width;
        const double h = g.module * symbol.rows;
        g.symbol = QRectF(codeBox.left() + g.module * symbol.quietModules, codeBox.center().y() - h / 2, w, h);
        g.text =
            QRectF(codeBox.right() + margin, inner.top(), inner.right() - codeBox.right() - margin, inner.height());
    }
    if (raster) // bars start on a whole dot, so each is exactly its modules wide
        g.symbol.moveTopLeft(QPointF(std::round(g.symbol.left()), std::round(g.symbol.top())));
    if (g.module < 1.0) {
        return makeError(tr("A %1 mm × %2 mm label is too small for the barcode of %3 on this printer. Choose a "
                            "larger label or a 2D code (QR or Data Matrix) in Settings → Labels.")
                             .arg(m_settings.widthMm)
                             .arg(m_settings.heightMm)
                             .arg(data.serial),
                         QStringLiteral("labels.width_mm"), QStringLiteral("label.too_small"));
    }

    p.save();
    p.fillRect(label, Qt::white);
    p.setPen(Qt::NoPen);
    p.setBrush(Qt::black);
    if (stacked) {
        // One row: each run of dark modules is one bar the full height of the bar area.
        for (int c = 0; c < symbol.width;) {
            if (!symbol.isDark(0, c)) {
                ++c;
                continue;
            }
            int end = c;
            while (end < symbol.width && symbol.isDark(0, end))
                ++end;
            p.drawRect(QRectF(g.symbol.left() + c * g.module, g.symbol.top(), (end - c) * g.module, g.symbol.height()));
            c = end;
        }
    } else {
        for (int r = 0; r < symbol.rows; ++r) {
            for (int c = 0; c < symbol.width; ++c) {
                if (symbol.isDark(r, c))
                    p.drawRect(
                        QRectF(g.symbol.left() + c * g.module, g.symbol.top() + r * g.module, g.module, g.module));
            }
        }
    }

    p.setPen(Qt::black);
    const QString nameLine = data.productName.isEmpty()
                                 ? data.productCode
                                 : QStringLiteral("%1  %2").arg(data.productCode, data.productName);
    const QString dateLine =
        data.madeOn.isValid() ? tr("Mfd %1").arg(data.madeOn.toString(QStringLiteral("dd-MM-yyyy"))) : QString();
    const QRectF t = g.text;
    if (stacked) {
        drawText(p, QRectF(t.left(), t.top(), t.width(), t.height() * 0.18), nameLine, t.height() * 0.13, false,
                 Qt::AlignLeft, t.height() * 0.07);
        drawText(p, QRectF(t.left(), t.top() + t.height() * 0.64, t.width(), t.height() * 0.20), data.serial,
                 t.height() * 0.16, true, Qt::AlignHCenter, t.height() * 0.10);
        drawText(p, QRectF(t.left(), t.top() + t.height() * 0.84, t.width(), t.height() * 0.16), dateLine,
                 t.height() * 0.12, false, Qt::AlignHCenter);
    } else {
        const double line = t.height() / 4;
        drawText(p, QRectF(t.left(), t.top(), t.width(), line), data.productCode, line * 0.6, false, Qt::AlignLeft);
        drawText(p, QRectF(t.left(), t.top() + line, t.width(), line), data.productName, line * 0.6, false,
                 Qt::AlignLeft, line * 0.35);
        drawText(p, QRectF(t.left(), t.top() + 2 * line, t.width(), line), data.serial, line * 0.7, true, Qt::AlignLeft,
                 line * 0.4);
        drawText(p, QRectF(t.left(), t.top() + 3 * line, t.width(), line), dateLine, line * 0.55, false, Qt::AlignLeft);
    }
    p.restore();
    return g;
}

Result<QImage> LabelRenderer::renderImage(const LabelData &data, int dpi, Geometry *geometry) const
{
    const double dotsPerMm = dpi / 25.4;
    QImage image(
        QSize(int(std::lround(m_settings.widthMm * dotsPerMm)), int(std::lround(m_settings.heightMm * dotsPerMm))),
        QImage::Format_RGB32);
    image.setDotsPerMeterX(int(std::lround(dotsPerMm * 1000)));
    image.setDotsPerMeterY(int(std::lround(dotsPerMm * 1000)));
    image.fill(Qt::white);
    QPainter p(&image);
    auto g = paint(p, QRectF(QPointF(0, 0), QSizeF(image.size())), dotsPerMm, data);
    p.end();
    if (!g)
        return g.error();
    if (geometry)
        *geometry = *g;
    return image;
}

Status LabelRenderer::paintAll(QPainter &p, const QRectF &page, double dotsPerMm, const QList<LabelData> &labels,
                               const std::function<bool()> &newPage) const
{
    for (qsizetype i = 0; i < labels.size(); ++i) {
        if (i > 0 && !newPage())
            return makeError(tr("The printer stopped after %1 of %2 labels.").arg(i).arg(labels.size()), {},
                             QStringLiteral("label.print"));
        if (auto g = paint(p, page, dotsPerMm, labels.at(i)); !g)
            return g.error();
    }
    return Ok{};
}

Status LabelRenderer::renderPdf(const QList<LabelData> &labels, const QString &path) const
{
    if (labels.isEmpty())
        return makeError(tr("There are no labels to save."), {}, QStringLiteral("label.none"));
    QPdfWriter writer(path);
    writer.setTitle(tr("Serial labels"));
    writer.setCreator(QStringLiteral("Floorbridge"));
    writer.setResolution(1200);
    writer.setPageLayout(QPageLayout(QPageSize(QSizeF(m_settings.widthMm, m_settings.heightMm), QPageSize::Millimeter),
                                     QPageLayout::Portrait, QMarginsF()));
    QPainter p;
    if (!p.begin(&writer))
        return makeError(tr("Cannot write %1. Choose a folder you can write to.").arg(path), {},
                         QStringLiteral("label.pdf"));
    const double dotsPerMm = writer.resolution() / 25.4;
    const QRectF page(0, 0, m_settings.widthMm * dotsPerMm, m_settings.heightMm * dotsPerMm);
    Status s = paintAll(p, page, dotsPerMm, labels, [&writer] { return writer.newPage(); });
    p.end();
    if (!s)
        QFile::remove(path);
    return s;
}

Status LabelRenderer::print(QPrinter &printer, const QList<LabelData> &labels) const
{
    if (labels.isEmpty())
        return makeError(tr("There are no labels to print."), {}, QStringLiteral("label.none"));
    printer.setFullPage(true);
    printer.setPageLayout(QPageLayout(QPageSize(QSizeF(m_settings.widthMm, m_settings.heightMm), QPageSize::Millimeter),
                                      QPageLayout::Portrait, QMarginsF()));
    QPainter p;
    if (!p.begin(&printer))
        return makeError(
            tr("The printer %1 cannot be used. Check that it is on and connected.").arg(printer.printerName()), {},
            QStringLiteral("label.print"));
    const double dotsPerMm = printer.resolution() / 25.4;
    const QRectF page(0, 0, m_settings.widthMm * dotsPerMm, m_settings.heightMm * dotsPerMm);
    Status s = paintAll(p, page, dotsPerMm, labels, [&printer] { return printer.newPage(); });
    p.end();
    return s;
}

} // namespace fb
