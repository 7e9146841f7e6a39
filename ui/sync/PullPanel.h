#pragma once
// The Sync page's "Pulls" section: per resource pulled from the new CRM (changes, products, … model-regions) the last
// pull, what it brought, the next scheduled one and any error; what the schedule is doing (pulling, next, blocked:
// why, retrying after failures); and Pull now (Ctrl+Shift+P), which the core lets every logged-in role do
// (Permission::PullMasterData, checked by PullService). A widget of its own, so the page only places it.

#include "app/services/PullService.h"

#include <QDateTime>
#include <QGroupBox>
#include <QPointer>

class QLabel;
class QPushButton;
class QTableView;

namespace fb {

struct AppServices;
class Page;
class PullStatusModel;

class PullPanel : public QGroupBox
{
    Q_OBJECT

public:
    // `page` is the page the panel sits on: Pull now is asked as its operator.
    PullPanel(AppServices &services, const Page &page, QWidget *parent = nullptr);
    ~PullPanel() override;

    void refresh();
    void pullNow();

    PullStatusModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

signals:
    // For the window's status line (the page forwards it).
    void notify(const QString &text, bool isError);

private:
    void showPlan(const std::optional<PullPlan> &plan);
    void reportFinishedPull();
    void say(const QString &text, bool isError);

    AppServices &m_services;
    const Page &m_page;
    QPointer<PullControl> m_control;
    PullService m_service;
    PullStatusModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_state = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_pullNow = nullptr;
    QDateTime m_askedAt; // Pull now was pressed then and its pull has not finished yet
};

} // namespace fb
