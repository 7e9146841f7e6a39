#pragma once
// The delivery challan: DispatchService::challan()'s data laid out as a QTextDocument (A4, one column, the serial list
// flowing over as many pages as it needs) with a Code 128 barcode of the DO number, written to PDF or a printer.

#include "app/core/Result.h"
#include "app/services/DispatchService.h"

#include <QCoreApplication>
#include <QImage>
#include <QString>

#include <memory>

class QPagedPaintDevice;
class QTextDocument;

namespace fb {

class ChallanRenderer
{
    Q_DECLARE_TR_FUNCTIONS(fb::ChallanRenderer)

public:
    // Code 128 of `text` (libzint), black on white with quiet zones; `moduleHeight` bars tall in modules.
    static Result<QImage> barcode(const QString &text, int scale = 2, float moduleHeight = 30.0f);

    // The challan as a document (HTML with the barcode as an image resource).
    static std::unique_ptr<QTextDocument> document(const Challan &challan);

    // A4 PDF at `path` (QPdfWriter), titled with the DO number.
    static Status writePdf(const Challan &challan, const QString &path);
    // Onto any paged device: a QPrinter the user chose, or a QPdfWriter.
    static Status render(const Challan &challan, QPagedPaintDevice *device);
};

} // namespace fb
