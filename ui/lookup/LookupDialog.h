#pragma once
// Serial lookup from any page (Ctrl+K): scan or type a serial, Enter; shows where the unit is now and its movement
// history with who, when and the document. Read-only; a scan from a serial-port scanner lands here while it is open
// (a wedge scanner simply types into the field, as the dialog is modal). Ctrl+P reprints the serial's label, Ctrl+S
// saves it as a PDF — for serials in the register only; each reprint is in the audit log ("label.reprint").

#include "app/domain/Actor.h"

#include <QDialog>

#include <memory>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace fb {

class Clock;
class LabelJobService;
class LabelPrinter;
class SerialLookupService;
class Station;
struct Scan;

class LookupDialog : public QDialog
{
    Q_OBJECT

public:
    LookupDialog(Station &station, const Clock &clock, QWidget *parent = nullptr);
    ~LookupDialog() override;

    // Empties the dialog for the next lookup by `actor`.
    void prepare(const Actor &actor);
    void lookup(const QString &text);
    void onScan(const Scan &scan);
    // The label of the serial in the field (looked up first if it is not the one shown).
    void reprintLabel();
    void saveLabelAsPdf();
    // Its print and save dialogs are seams (LabelPrinter::askPrinter / askPdfPath) that tests answer.
    LabelPrinter &labelPrinter() { return *m_labels; }

signals:
    // What was reprinted, for the main window's status line.
    void notify(const QString &text, bool isError);

private:
    void showMessage(const QString &text, bool isError);
    void label(bool print);

    std::unique_ptr<SerialLookupService> m_service;
    std::unique_ptr<LabelPrinter> m_labels;
    std::unique_ptr<LabelJobService> m_jobs;
    Actor m_actor;
    QString m_shown; // the serial whose details are shown
    QPushButton *m_reprint = nullptr;
    QPushButton *m_savePdf = nullptr;
    QLineEdit *m_serial = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_state = nullptr;
    QLabel *m_product = nullptr;
    QLabel *m_draft = nullptr;
    QTableWidget *m_history = nullptr;
};

} // namespace fb
