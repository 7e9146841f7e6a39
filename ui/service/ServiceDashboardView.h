#pragma once
// The service dashboard: open complaints by status and by call type, spare requests waiting for approval, ageing
// (0–2, 3–7, over 7 days), and the open complaints themselves with a Part request action (Ctrl+P) for the selected
// one.

#include "app/domain/Actor.h"
#include "app/domain/PartRequest.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace fb {

struct ServiceDesk;
class ComplaintListModel;

class ServiceDashboardView : public QWidget
{
    Q_OBJECT

public:
    ServiceDashboardView(ServiceDesk &desk, QWidget *parent = nullptr);

    void setActor(const Actor &actor);
    void refresh();
    void openPartRequest();
    QString selectedComplaint() const;
    void focusList();

    ComplaintListModel *openModel() const { return m_open; }
    QLabel *pendingLabel() const { return m_pending; }
    QLabel *ageingLabel() const { return m_ageing; }

signals:
    void notify(const QString &text, bool isError);
    void partRequested(const fb::PartRequest &request);

private:
    ServiceDesk &m_desk;
    Actor m_actor;
    QStandardItemModel *m_byStatus = nullptr;
    QStandardItemModel *m_byCallType = nullptr;
    ComplaintListModel *m_open = nullptr;
    QTableView *m_openView = nullptr;
    QLabel *m_pending = nullptr;
    QLabel *m_ageing = nullptr;
    QPushButton *m_partRequest = nullptr;
};

} // namespace fb
