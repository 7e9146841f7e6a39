#pragma once
// Stage 2, inward: pick the warehouse, scan. Every scan goes to InwardService at once and the page shows its verdict
// — green and a beep when accepted, red, the reason and a buzz when refused — and keeps the refused scans in view.
// Undo (Ctrl+Z), remove a row (Delete), submit (Ctrl+Enter), import a file (Ctrl+O). The scan field keeps the focus.

#include "app/services/InwardService.h"
#include "ui/shell/Page.h"

#include <QDialog>
#include <QPointer>

#include <functional>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace fb {

struct AppServices;
class Feedback;
class InwardModel;
class ProductCountsModel;
class RefusedModel;
class ResultBanner;

class InwardPage : public Page
{
    Q_OBJECT

public:
    InwardPage(AppServices &services, QWidget *parent = nullptr);
    ~InwardPage() override;

    void setActor(const Actor &actor) override;
    bool isScanningPage() const override { return true; }
    void onScan(const Scan &scan) override;
    void onScanRejected(const QString &reason, const QByteArray &raw) override;
    void onShown() override;

    // Asks for the file to import; a test answers it. Empty: cancelled. Default: QFileDialog.
    std::function<QString()> fileChooser;

    Feedback &feedback() { return *m_feedback; }
    InwardModel *acceptedModel() const { return m_model; }
    ProductCountsModel *countsModel() const { return m_counts; }
    RefusedModel *refusedModel() const { return m_refused; }
    qint64 draftId() const { return m_draftId; }
    QDialog *importSummaryDialog() const { return m_summaryDialog; }

    void undoLast();
    void removeSelected();
    void submit();
    void importFile();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildUi();
    void refreshMasterData();
    void onWarehouseChanged();
    void showDraftFor(const QString &warehouseCode);
    void showDraft(const InwardDraft &draft);
    void clearDraft();
    bool ensureDraft();
    void handleScan(const QString &text, const QString &source);
    void showOutcome(const ScanOutcome &outcome);
    void showDraftError(const Error &error);
    void catchUpWithDraft(); // appends what the service committed that the models do not show yet
    void showImportSummary(const QString &fileName, const ImportSummary &summary);
    void updateDraftLabel();
    void focusScanField();
    void pickRow(int key); // Up/Down/PageUp/PageDown typed in the scan field
    QString currentWarehouse() const;

    AppServices &m_services;
    std::unique_ptr<InwardService> m_inward;
    Feedback *m_feedback = nullptr;
    InwardModel *m_model = nullptr;
    ProductCountsModel *m_counts = nullptr;
    RefusedModel *m_refused = nullptr;

    QComboBox *m_warehouse = nullptr;
    QLineEdit *m_serial = nullptr;
    ResultBanner *m_banner = nullptr;
    QTableView *m_table = nullptr;
    QTableView *m_countsView = nullptr;
    QTableView *m_refusedView = nullptr;
    QLabel *m_draftLabel = nullptr;
    QLabel *m_totalLabel = nullptr;
    QLabel *m_refusedTitle = nullptr;
    QLabel *m_lastRequest = nullptr;
    QPointer<QDialog> m_summaryDialog;

    qint64 m_draftId = 0;
    QString m_shownWarehouse; // the warehouse whose draft (or empty start) is on screen
    QString m_shownFor;       // the operator it was loaded for
    bool m_populating = false;
    bool m_busy = false;                      // a file import is running: scans wait for it
    QList<QPair<QString, QString>> m_waiting; // scans that arrived during an import: text, source
};

} // namespace fb
