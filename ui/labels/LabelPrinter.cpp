#include "ui/labels/LabelPrinter.h"

#include "app/core/Logging.h"
#include "app/services/SerialLookupService.h"
#include "app/services/Station.h"

#include <QDir>
#include <QFileDialog>
#include <QPrintDialog>
#include <QPrinter>
#include <QStandardPaths>

namespace fb {

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
    // Refused before any dialog: who may print, and only serials the register knows.
    if (Status allowed = LabelJobService(m_station.db(), m_clock).check(actor, serials); !allowed)
        return allowed.error();
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

Result<LabelOutcome> LabelPrinter::finish(const Actor &actor, LabelJobKind kind, const QList<LabelData> &labels,
                                          const QString &destination, const Status &printed)
{
    logger("labels")->info("{} label(s) to {}: {}", labels.size(), destination.toStdString(),
                           printed ? "ok" : printed.message().toStdString());
    if (!printed)
        return printed.error();
    LabelOutcome outcome;
    outcome.done = true;
    outcome.count = int(labels.size());
    outcome.destination = destination;
    for (const LabelData &l : labels)
        outcome.serials.append(l.serial);
    if (Status recorded = LabelJobService(m_station.db(), m_clock).record(actor, {kind, outcome.serials, destination});
        !recorded)
        return makeError(
            tr("The labels went to %1, but the audit log could not record it: %2").arg(destination, recorded.message()),
            {}, QStringLiteral("label.not_recorded"));
    return outcome;
}

Result<LabelOutcome> LabelPrinter::printSerials(const Actor &actor, const QStringList &serials, QWidget *parent,
                                                LabelJobKind kind)
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
        return LabelOutcome{};
    const Status s = renderer.print(printer, *labels);
    return finish(actor, kind, *labels,
                  printer.outputFileName().isEmpty() ? printer.printerName() : printer.outputFileName(), s);
}

Result<LabelOutcome> LabelPrinter::saveSerialsAsPdf(const Actor &actor, const QStringList &serials, QWidget *parent,
                                                    LabelJobKind kind)
{
    auto labels = labelsFor(actor, serials);
    if (!labels)
        return labels.error();
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name = labels->size() == 1
                             ? tr("label-%1.pdf").arg(labels->first().serial)
                             : tr("labels-%1-%2.pdf").arg(labels->first().serial, labels->last().serial);
    const QString path = askPdfPath(parent, QDir(folder).filePath(name));
    if (path.isEmpty())
        return LabelOutcome{};
    const Status s = LabelRenderer(settings()).renderPdf(*labels, path);
    return finish(actor, kind, *labels, QDir::toNativeSeparators(path), s);
}

} // namespace fb
