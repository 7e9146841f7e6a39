#pragma once
// One complaint in full: customer, unit, codes, status (and what the new CRM says), the call-update history, its
// part requests with their approval status — decisions taken in the new CRM are marked as such — and documents,
// and its return orders. Actions: Call update (Ctrl+U), Part request (Ctrl+P), Part update (Ctrl+I), View document
// (Ctrl+D), Return order (Ctrl+R), Edit codes (Ctrl+E, supervisors and admins).

#include "app/services/ComplaintService.h"

#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace fb {

struct ServiceDesk;

class ComplaintDetailPanel : public QWidget
{
    Q_OBJECT

public:
    ComplaintDetailPanel(ServiceDesk &desk, QWidget *parent = nullptr);

    void setActor(const Actor &actor);
    void showComplaint(const QString &number); // empty: nothing selected
    void reload() { showComplaint(m_number); }
    QString number() const { return m_number; }
    const ComplaintDetails &details() const { return m_details; }

    void openCallUpdate();
    void openPartRequest();
    void openPartUpdate();
    void openReturnOrder();
    void openEditCodes();
    void viewDocument();

    // Tests answer the part-update dialog's file chooser through this (it is handed to each new dialog).
    std::function<QStringList()> documentChooser;

signals:
    void complaintChanged(const fb::Complaint &complaint);
    void notify(const QString &text, bool isError);

private:
    QString selectedPartRequest() const;
    void showDocumentsOf(const QString &partRequestNumber);
    void updateActions();
    void changed(const QString &message);

    ServiceDesk &m_desk;
    Actor m_actor;
    QString m_number;
    ComplaintDetails m_details;
    bool m_loaded = false;
    QLabel *m_header = nullptr;
    QStandardItemModel *m_updates = nullptr;
    QStandardItemModel *m_requests = nullptr;
    QStandardItemModel *m_documents = nullptr;
    QTableView *m_updatesView = nullptr;
    QTableView *m_requestsView = nullptr;
    QTableView *m_documentsView = nullptr;
    QLabel *m_returns = nullptr;
    QPushButton *m_callUpdate = nullptr;
    QPushButton *m_partRequest = nullptr;
    QPushButton *m_partUpdate = nullptr;
    QPushButton *m_viewDocument = nullptr;
    QPushButton *m_returnOrder = nullptr;
    QPushButton *m_editCodes = nullptr;
};

} // namespace fb
