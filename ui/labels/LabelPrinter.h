#pragma once
// What pages call to put serials on labels: "Print labels" after generating, "Reprint label" from the serial lookup.
// Looks each serial up (product name, date), asks for a printer — any Qt printer, or a PDF file — and prints with
// the station's label settings; every job that went out is recorded by LabelJobService (audit "label.print" /
// "label.reprint"). The two questions are seams that tests answer.

#include "app/core/Result.h"
#include "app/domain/Actor.h"
#include "app/services/LabelJobService.h"
#include "ui/labels/LabelRenderer.h"

#include <QCoreApplication>
#include <QStringList>

#include <functional>

class QPrinter;
class QWidget;

namespace fb {

class Clock;
class Station;

// What a print or save did: nothing (the user cancelled), or `count` labels to `destination`.
struct LabelOutcome
{
    bool done = false;
    int count = 0;
    QString destination; // the printer's name, or the PDF file
    QStringList serials;
};

class LabelPrinter
{
    Q_DECLARE_TR_FUNCTIONS(fb::LabelPrinter)

public:
    LabelPrinter(Station &station, const Clock &clock);

    // Shows the print dialog for `printer`; false when the user cancelled. Default: QPrintDialog (whose printer list
    // includes "Print to File (PDF)").
    std::function<bool(QPrinter &printer, QWidget *parent)> askPrinter;
    // A PDF file to save to; empty when the user cancelled. Default: a save-file dialog.
    std::function<QString(QWidget *parent, const QString &suggested)> askPdfPath;

    // The label text for each serial, from the serial register (refused for a serial the station does not know).
    Result<QList<LabelData>> labelsFor(const Actor &actor, const QStringList &serials) const;
    LabelSettings settings() const;

    // Cancelling is not an error: the result is an outcome with done = false. Errors (not allowed, a serial not in the
    // register, a label too small, a file that cannot be written) carry a message for the status line; nothing is
    // asked then. A job that went out is in the audit log as `kind`.
    Result<LabelOutcome> printSerials(const Actor &actor, const QStringList &serials, QWidget *parent,
                                      LabelJobKind kind = LabelJobKind::Print);
    Result<LabelOutcome> saveSerialsAsPdf(const Actor &actor, const QStringList &serials, QWidget *parent,
                                          LabelJobKind kind = LabelJobKind::Print);

private:
    Result<LabelOutcome> finish(const Actor &actor, LabelJobKind kind, const QList<LabelData> &labels,
                                const QString &destination, const Status &printed);

    Station &m_station;
    const Clock &m_clock;
};

} // namespace fb
