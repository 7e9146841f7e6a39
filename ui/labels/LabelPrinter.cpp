#include "labels/LabelPrinter.h"

#include "core/Logging.h"
#include "services/SerialLookupService.h"
#include "services/Station.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QPrintDialog>
#include <QPrinter>
#include <QStandardPaths>

namespace fb {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("fb::LabelPrinter", text);
}
} // namespace

LabelPrinter::LabelPrinter(Station &station, const Clock &clock)
    : m_station(station)
    , m_clock(clock)
{
    askPrinter = [](QPrinter &printer, QWidget *parent) {
        QPrintDialog dialog(&printer, parent);
        dialog.setWindowTitle(tr("Print labels"));
        dialog.setAccessibleName(tr("Print labels"));
        return dialog.exec() == QDialog::Accepted;
    };
    askPdfPath = [](QWidget *parent, const QString &suggested) {
        QString path =
            QFileDialog::getSaveFileName(parent, tr("Save labels as PDF"), suggested, tr("PDF files (*.pdf)"));
        if (!path.isEmpty() && !path.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive))
            path += QStringLiteral(".pdf");
        return path;
    };
}

LabelSettings LabelPrinter::settings() const
{
    QStringList problems;
    LabelSettings s = LabelSettings::load(m_station.settings(), &problems);
    for (const QString &problem : std::as_const(problems))
        logger("labels")->warn("{}", problem.toStdString());
    return s;
}

Result<QList<LabelData>> LabelPrinter::labelsFor(const Actor &actor, const QStringList &serials) const
{
    if (serials.isEmpty())
        return makeError(tr("Choose the serials to print labels for."), {}, QStringLiteral("label.none"));
    SerialLookupService lookups(m_station.db(), m_clock);
    QList<LabelData> labels;
    for (const QString &serial : serials) {
        auto found = lookups.lookup(actor, serial);
        if (!found)
            return found.error();
        if (!found->found)
            return makeError(tr("No label for %1: %2").arg(serial, found->message), {},
                             QStringLiteral("label.unknown_serial"));
        labels.append({found->serial, found->productCode, found->productName, found->madeOn});
    }
    return labels;
}

Status LabelPrinter::printSerials(const Actor &actor, const QStringList &serials, QWidget *parent)
{
    auto labels = labelsFor(actor, serials);
    if (!labels)
        return labels.error();
    const LabelRenderer renderer(settings());
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(tr("Serial labels"));
    printer.setFullPage(true);
    printer.setPageSize(
        QPageSize(QSizeF(renderer.settings().widthMm, renderer.settings().heightMm), QPageSize::Millimeter));
    if (!askPrinter(printer, parent))
        return Ok{};
    Status s = renderer.print(printer, *labels);
    logger("labels")->info(
        "{} label(s) to {}: {}", labels->size(),
        (printer.outputFileName().isEmpty() ? printer.printerName() : printer.outputFileName()).toStdString(),
        s ? "ok" : s.message().toStdString());
    return s;
}

Status LabelPrinter::saveSerialsAsPdf(const Actor &actor, const QStringList &serials, QWidget *parent)
{
    auto labels = labelsFor(actor, serials);
    if (!labels)
        return labels.error();
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name = serials.size() == 1 ? tr("label-%1.pdf").arg(serials.first())
                                             : tr("labels-%1-%2.pdf").arg(serials.first(), serials.last());
    const QString path = askPdfPath(parent, QDir(folder).filePath(name));
    if (path.isEmpty())
        return Ok{};
    Status s = LabelRenderer(settings()).renderPdf(*labels, path);
    logger("labels")->info("{} label(s) to {}: {}", labels->size(), path.toStdString(),
                           s ? "ok" : s.message().toStdString());
    return s;
}

} // namespace fb
