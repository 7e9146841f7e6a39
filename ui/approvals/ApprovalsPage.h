#pragma once
// Spare approval (F6, supervisors): the queue of part requests waiting for a decision, oldest first, each with its
// complaint's context (customer, unit, model, call type, parts, value, age). Type the reason, then Approve
// (Ctrl+Enter) or Reject (Ctrl+Shift+Enter); Up/Down choose the request without leaving the reason field. The
// decided row leaves the queue and goes to both CRMs. Decisions taken in the new CRM take their rows out of the queue
// as soon as the window's pull (PullControl) has applied them — and on every refresh (every few seconds, or Ctrl+R) —
// and are listed, marked as such.

#include "app/services/ApprovalService.h"
#include "ui/shell/Page.h"

#include <memory>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace fb {

struct AppServices;
class ApprovalQueueModel;
class DecisionsModel;

class ApprovalsPage : public Page
{
    Q_OBJECT

public:
    static constexpr int kRefreshMs = 10000;

    ApprovalsPage(AppServices &services, QWidget *parent = nullptr);
    ~ApprovalsPage() override;

    void setActor(const Actor &actor) override;
    void onShown() override;

    // Re-reads the queue; returns how many requests were decided elsewhere (the new CRM) since the last look.
    int refresh();
    void approve() { decide(SpareDecision::Approve); }
    void reject() { decide(SpareDecision::Reject); }

    ApprovalQueueModel *queueModel() const { return m_queue; }
    DecisionsModel *decisionsModel() const { return m_decisions; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void decide(SpareDecision decision);
    void showContext();
    QString currentRequest() const;

    AppServices &m_services;
    std::unique_ptr<ApprovalService> m_approvals;
    ApprovalQueueModel *m_queue = nullptr;
    DecisionsModel *m_decisions = nullptr;
    QTableView *m_queueView = nullptr;
    QTableView *m_decisionsView = nullptr;
    QLabel *m_context = nullptr;
    QLabel *m_queueTitle = nullptr;
    QLineEdit *m_reason = nullptr;
    QLabel *m_reasonMessage = nullptr;
    QPushButton *m_approve = nullptr;
    QPushButton *m_reject = nullptr;
    QTimer *m_timer = nullptr;
};

} // namespace fb
