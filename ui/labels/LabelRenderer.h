#pragma once
// Draws Stage 1 serial labels: the serial as Code 128, QR Code or Data Matrix (libzint), with product code, name,
// serial and date as text, on a label of the configured size — to any QPainter device: an image (preview), a PDF,
// or a printer.

#include "app/core/Result.h"
#include "ui/labels/LabelSettings.h"

#include <QCoreApplication>
#include <QDate>
#include <QImage>
#include <QList>
#include <QRectF>
#include <QString>
#include <QVector>

#include <functional>

class QPainter;
class QPrinter;

namespace fb {

struct LabelData
{
    QString serial;
    QString productCode;
    QString productName;
    QDate madeOn;
};

// The symbol zint encoded: a grid of modules (one row for Code 128) and its human-readable text.
struct EncodedSymbol
{
    int width = 0; // modules
    int rows = 0;
    int quietModules = 0;           // quiet zone each side, in modules (10 for Code 128, 4 for QR, 1 for Data Matrix)
    QString text;                   // zint's human-readable text (the data, for Code 128)
    QVector<QVector<bool>> modules; // [row][column], true = dark
    bool isDark(int row, int column) const { return modules.at(row).at(column); }
};

class LabelRenderer
{
    Q_DECLARE_TR_FUNCTIONS(fb::LabelRenderer)

public:
    // Where things went on a label, in the painter's device units.
    struct Geometry
    {
        QRectF label;
        QRectF symbol;     // the modules, quiet zone excluded
        double module = 0; // one module's width
        QRectF text;
    };

    explicit LabelRenderer(LabelSettings settings);
    const LabelSettings &settings() const { return m_settings; }

    static Result<EncodedSymbol> encode(LabelSettings::Symbology symbology, const QString &data);

    // One label filling `label` on a device with `dotsPerMm` resolution. Refused (label.too_small) when the code's
    // modules would be smaller than one device dot.
    Result<Geometry> paint(QPainter &painter, const QRectF &label, double dotsPerMm, const LabelData &data) const;
    Result<QImage> renderImage(const LabelData &data, int dpi = 300, Geometry *geometry = nullptr) const;
    // One label per page, the page the size of the label.
    Status renderPdf(const QList<LabelData> &labels, const QString &path) const;
    Status print(QPrinter &printer, const QList<LabelData> &labels) const;

private:
    Status paintAll(QPainter &painter, const QRectF &page, double dotsPerMm, const QList<LabelData> &labels,
                    const std::function<bool()> &newPage) const;

    LabelSettings m_settings;
};

} // namespace fb
