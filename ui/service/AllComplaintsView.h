#pragma once
// All complaints: a filter bar (status, call type, technician, registered from/to, complaint number or serial —
// applied after a short pause in typing), the list (pages fetched as it scrolls) and the selected complaint's detail
// panel beside it.

#include "app/domain/Actor.h"
#include "app/domain/Complaint.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace fb {

struct ServiceDesk;
class ComplaintDetailPanel;
class ComplaintListModel;

class AllComplaintsView : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kDebounceMs = 300;

    AllComplaintsView(ServiceDesk &desk, QWidget *parent = nullptr);

    void setActor(const Actor &actor);
    void refreshMasterData();
    void reload();
    void focusSearch();
    void searchFor(const QString &text); // a scanned serial, a typed number
    void select(const QString &number);
    ComplaintFilter currentFilter() const;

    ComplaintListModel *model() const { return m_model; }
    ComplaintDetailPanel *detail() const { return m_detail; }
    QTableView *table() const { return m_table; }

signals:
    void notify(const QString &text, bool isError);
    void complaintChanged(const fb::Complaint &complaint);

private:
    void applyFilter();
    void onCurrentChanged();
    void updateCount();

    ServiceDesk &m_desk;
    Actor m_actor;
    ComplaintListModel *m_model = nullptr;
    ComplaintDetailPanel *m_detail = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_callType = nullptr;
    QComboBox *m_technician = nullptr;
    QCheckBox *m_dates = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_count = nullptr;
    QTableView *m_table = nullptr;
    QTimer *m_debounce = nullptr;
    bool m_populating = false;
};

} // namespace fb
