#pragma once
// Stage 1, serial generation: product and quantity, Enter (or Ctrl+G) generates; what is left of today's numbers for
// the product is always in view, and a quantity beyond it is refused by the service with the count that is left.
// The batch just generated gets its labels with Ctrl+P (print) or Ctrl+S (save as PDF), as often as needed: the first
// job is a print, every later one of the same batch a reprint, both in the audit log.

#include "app/services/SerialGenerationService.h"
#include "ui/labels/LabelPrinter.h"
#include "ui/shell/Page.h"

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace fb {

struct AppServices;
class Feedback;
class ResultBanner;

class GeneratePage : public Page
{
    Q_OBJECT

public:
    GeneratePage(AppServices &services, QWidget *parent = nullptr);

    void setActor(const Actor &actor) override;
    void onShown() override;

    Feedback &feedback() { return *m_feedback; }
    // Its print and save dialogs are seams (LabelPrinter::askPrinter / askPdfPath) that tests answer.
    LabelPrinter &labelPrinter() { return m_labels; }
    void generate();
    // Labels for the last batch generated here (nothing to do, and a message, before the first generation).
    void printLabels();
    void saveLabelsAsPdf();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refreshProducts();
    void showRemaining();
    QString currentProduct() const;
    void showBatch(const QStringList &serials);
    void labels(bool print);
    void labelsDone(const Result<LabelOutcome> &outcome, bool printed);

    AppServices &m_services;
    SerialGenerationService m_service;
    Feedback *m_feedback = nullptr;
    QComboBox *m_product = nullptr;
    QSpinBox *m_quantity = nullptr;
    QPushButton *m_generate = nullptr;
    QLabel *m_remaining = nullptr;
    ResultBanner *m_banner = nullptr;
    QLabel *m_listTitle = nullptr;
    QListWidget *m_generated = nullptr;
    QPushButton *m_print = nullptr;
    QPushButton *m_savePdf = nullptr;
    bool m_populating = false;
    LabelPrinter m_labels;
    QStringList m_batch;        // the serials of the last generation, for their labels
    bool m_batchLabels = false; // a label job of m_batch went out already: the next one is a reprint
};

} // namespace fb
