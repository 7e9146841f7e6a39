#pragma once
// Sync (F7, every role may look): per CRM a panel with the backlog, the oldest waiting event's age, request latency
// p50/p95 and the error rate over the last hour, the failed count, and whether it is paused or blocked and why (with
// Resume); below, the failed queue — Inspect (Enter), Retry now (Ctrl+R), Discard with a reason (Delete). Refreshed
// live: on the engine's status signal and every few seconds. Actions are offered to ManageSync roles; the service
// refuses anyone else anyway. Delivery trouble (SyncAlerts) shows as a banner and the window's status message, and as
// a desktop notification where there is a system tray.

#include "app/services/SyncAdminService.h"
#include "ui/shell/Page.h"
#include "ui/sync/SyncAlerts.h"

#include <QPointer>

#include <array>
#include <memory>

class QGroupBox;
class QInputDialog;
class QLabel;
class QPushButton;
class QSystemTrayIcon;
class QTableView;
class QTimer;

namespace fb {

struct AppServices;
class FailedQueueModel;
class SyncControl;

class SyncPage : public Page
{
    Q_OBJECT

public:
    static constexpr int kRefreshMs = 2000;

    SyncPage(AppServices &services, QWidget *parent = nullptr);
    ~SyncPage() override;

    void setActor(const Actor &actor) override;
    void onShown() override;

    // Re-reads the figures and the failed queue, raises alerts.
    void refresh();
    void inspectSelected();
    void retrySelected();
    void discardSelected();
    void resume(Crm crm);

    FailedQueueModel *failedModel() const { return m_model; }
    QTableView *failedView() const { return m_view; }
    // The alerts raised so far (the banner shows the latest), for tests and the accessibility tree.
    const QList<SyncAlert> &raisedAlerts() const { return m_raised; }

    static QString ageText(qint64 ms);

private:
    struct Panel
    {
        QGroupBox *box = nullptr;
        QLabel *state = nullptr;
        QLabel *backlog = nullptr;
        QLabel *oldest = nullptr;
        QLabel *latency = nullptr;
        QLabel *errorRate = nullptr;
        QLabel *failed = nullptr;
        QLabel *lastSuccess = nullptr;
        QPushButton *resume = nullptr;
    };
    Panel buildPanel(Crm crm);
    void showOverview(const CrmSyncOverview &o);
    void raise(const SyncAlert &alert);
    qint64 selectedId() const;
    bool mayAdminister() const;
    void updateActions();
    void say(const QString &text, bool isError);

    AppServices &m_services;
    QPointer<SyncControl> m_control;
    std::unique_ptr<SyncAdminService> m_admin;
    SyncAlerts m_alerts;
    QList<SyncAlert> m_raised;
    std::array<Panel, 2> m_panels;
    QLabel *m_banner = nullptr;
    QLabel *m_message = nullptr;
    FailedQueueModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QPushButton *m_inspect = nullptr;
    QPushButton *m_retry = nullptr;
    QPushButton *m_discard = nullptr;
    QTimer *m_timer = nullptr;
    QTimer *m_soon = nullptr; // coalesces the engine's status signals (up to ~10 a second)
    QSystemTrayIcon *m_tray = nullptr;
    QPointer<QInputDialog> m_reasonDialog;
};

} // namespace fb
