#pragma once
// Stage 3, dispatch: the form (warehouse, order, party with bill-to and ship-to pre-filled from master data,
// transport), each field's message beside it once the field is left or a submit is tried (FormValidation), and a line
// naming what is still needed; scanning units out with per-product counts against the order; submit (Ctrl+Enter)
// only when every field passes; the delivery challan saved (Ctrl+S) or printed (Ctrl+P) and reprinted from the list;
// cancel (supervisor). The draft is in the database after every scan.

#include "app/services/DispatchService.h"
#include "ui/shell/Page.h"
#include "ui/widgets/FormValidation.h"

#include <QHash>

#include <functional>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace fb {

struct AppServices;
class DispatchCountsModel;
class DispatchLinesModel;
class Feedback;
class RecentDispatchesModel;
class ResultBanner;

class DispatchPage : public Page
{
    Q_OBJECT

public:
    DispatchPage(AppServices &services, QWidget *parent = nullptr);
    ~DispatchPage() override;

    void setActor(const Actor &actor) override;
    bool isScanningPage() const override { return true; }
    void onScan(const Scan &scan) override;
    void onShown() override;

    // Seams a test answers. fileChooser: where to save the challan (empty: cancelled; default QFileDialog).
    // cancelAsker: the reason for cancelling requestId (empty: do not cancel; default an input dialog).
    std::function<QString(const QString &suggested)> fileChooser;
    std::function<QString(const QString &requestId)> cancelAsker;

    qint64 draftId() const { return m_draftId; }
    QString lastRequestId() const { return m_lastRequestId; }
    DispatchLinesModel *linesModel() const { return m_lines; }
    DispatchCountsModel *countsModel() const { return m_counts; }
    Feedback &feedback() { return *m_feedback; }
    // The form as typed now.
    DispatchForm form() const;
    FormCheck lastCheck() const { return m_check; }

    void submit();
    void saveChallan(const QString &requestId = {});
    void printChallan(const QString &requestId = {});
    void cancelDispatch(const QString &requestId = {});
    void newDispatch();

private:
    void buildUi();
    QLineEdit *addField(const QString &field, const QString &label, const QString &objectName,
                        const QString &placeholder);
    QLabel *messageLabel(const QString &field, QWidget *input, const QString &name = {});
    void loadMasterData();
    void onPartyEdited();
    void onWarehouseChanged();
    void saveDraftForm();
    QList<FormValidation::Problem> currentProblems();
    void revalidate();
    void showForm(const DispatchForm &form);
    void resumeDraft();
    void handleScan(const QString &text, const QString &source);
    void refreshCounts();
    void refreshRecent();
    QString selectedOrLastRequestId() const;
    QList<OrderQuantity> parseQuantities(QString *error) const;

    AppServices &m_services;
    std::unique_ptr<DispatchService> m_dispatch;
    Feedback *m_feedback = nullptr;
    qint64 m_draftId = 0;
    QString m_lastRequestId;
    FormCheck m_check;
    bool m_filling = false;

    QComboBox *m_warehouse = nullptr;
    QComboBox *m_mode = nullptr;
    QHash<QString, QLineEdit *> m_edits;    // field → editor
    FormValidation *m_validation = nullptr; // when each field's message shows; the "still needed" line
    QLabel *m_readiness = nullptr;
    QLineEdit *m_serialEdit = nullptr;
    ResultBanner *m_banner = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_requestLabel = nullptr;
    QPushButton *m_submit = nullptr;
    QPushButton *m_saveChallan = nullptr;
    QPushButton *m_printChallan = nullptr;
    QPushButton *m_cancel = nullptr;
    DispatchLinesModel *m_lines = nullptr;
    DispatchCountsModel *m_counts = nullptr;
    RecentDispatchesModel *m_recent = nullptr;
    QTableView *m_linesView = nullptr;
    QTableView *m_countsView = nullptr;
    QTableView *m_recentView = nullptr;
};

} // namespace fb
