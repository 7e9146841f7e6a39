#include "ui/service/ServiceDashboardView.h"

#include "ui/service/ComplaintListModel.h"
#include "ui/service/DialogFocus.h"
#include "ui/service/PartRequestDialog.h"
#include "ui/service/ServiceDesk.h"
#include "ui/widgets/Theme.h"

#include <QAction>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace fb {

namespace {

QTableView *countsTable(QStandardItemModel *model, const QString &name, const QString &accessible, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setObjectName(name);
    view->setAccessibleName(accessible);
    view->setModel(model);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setFocusPolicy(Qt::NoFocus);
    view->verticalHeader()->hide();
    // The names take the room, the counts their width: "Awaiting parts" whole, not the count's column.
    view->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    view->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    view->setMaximumHeight(230);
    return view;
}

} // namespace

ServiceDashboardView::ServiceDashboardView(ServiceDesk &desk, QWidget *parent)
    : QWidget(parent)
    , m_desk(desk)
    , m_byStatus(new QStandardItemModel(0, 2, this))
    , m_byCallType(new QStandardItemModel(0, 2, this))
    , m_open(new ComplaintListModel(desk.complaints, this))
{
    setObjectName(QStringLiteral("serviceDashboard"));
    auto *layout = new QVBoxLayout(this);
    auto *figures = new QHBoxLayout;
    m_pending = new QLabel(this);
    m_pending->setObjectName(QStringLiteral("pendingApprovalsLabel"));
    m_pending->setAccessibleName(tr("Spare requests waiting for approval"));
    m_pending->setFont(theme::scaledBold(m_pending->font(), theme::kFigureScale));
    m_ageing = new QLabel(this);
    m_ageing->setObjectName(QStringLiteral("ageingLabel"));
    m_ageing->setAccessibleName(tr("Ageing of open complaints"));
    m_ageing->setFont(theme::scaledBold(m_ageing->font(), theme::kFigureScale));
    figures->addWidget(m_pending);
    figures->addSpacing(32);
    figures->addWidget(m_ageing);
    figures->addStretch();
    layout->addLayout(figures);

    auto *tables = new QHBoxLayout;
    m_byStatus->setHorizontalHeaderLabels({tr("Open by status"), tr("Complaints")});
    m_byCallType->setHorizontalHeaderLabels({tr("Open by call type"), tr("Complaints")});
    tables->addWidget(countsTable(m_byStatus, QStringLiteral("byStatusTable"), tr("Open complaints by status"), this));
    tables->addWidget(
        countsTable(m_byCallType, QStringLiteral("byCallTypeTable"), tr("Open complaints by call type"), this));
    layout->addLayout(tables);

    auto *listHeader = new QHBoxLayout;
    listHeader->addWidget(new QLabel(tr("<b>Open complaints</b> (newest first; Up/Down to choose)"), this));
    listHeader->addStretch();
    auto *action = new QAction(tr("Part request"), this);
    action->setObjectName(QStringLiteral("dashboardPartRequestAction"));
    action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(action, &QAction::triggered, this, &ServiceDashboardView::openPartRequest);
    addAction(action);
    m_partRequest = new QPushButton(
        tr("Part request  (%1)").arg(QKeySequence(Qt::CTRL | Qt::Key_P).toString(QKeySequence::NativeText)), this);
    m_partRequest->setObjectName(QStringLiteral("dashboardPartRequestButton"));
    m_partRequest->setAccessibleName(tr("Part request for the selected complaint"));
    m_partRequest->setFocusPolicy(Qt::NoFocus);
    connect(m_partRequest, &QPushButton::clicked, action, &QAction::trigger);
    listHeader->addWidget(m_partRequest);
    layout->addLayout(listHeader);
    m_openView = new QTableView(this);
    m_openView->setObjectName(QStringLiteral("openComplaintsTable"));
    m_openView->setAccessibleName(tr("Open complaints"));
    m_openView->setModel(m_open);
    m_openView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_openView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_openView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_openView->verticalHeader()->hide();
    m_openView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_openView->horizontalHeader()->setStretchLastSection(true);
    m_openView->setWordWrap(false);
    fitComplaintColumns(m_openView);
    m_openView->setColumnWidth(ComplaintListModel::CustomerColumn, m_openView->fontMetrics().averageCharWidth() * 36);
    layout->addWidget(m_openView, 1);
    connect(m_open, &QAbstractItemModel::modelReset, this, [this] {
        if (m_open->rowCount() > 0)
            m_openView->selectRow(0);
    });
}

void ServiceDashboardView::setActor(const Actor &actor)
{
    m_actor = actor;
    refresh();
}

void ServiceDashboardView::refresh()
{
    m_byStatus->removeRows(0, m_byStatus->rowCount());
    m_byCallType->removeRows(0, m_byCallType->rowCount());
    if (m_actor.operatorCode.isEmpty()) {
        m_pending->clear();
        m_ageing->clear();
        return;
    }
    const QString selected = selectedComplaint();
    ComplaintFilter open;
    open.openOnly = true;
    m_open->setActor(m_actor);
    m_open->setFilter(open);
    if (const int row = m_open->rowOf(selected); row >= 0)
        m_openView->selectRow(row);
    auto snap = m_desk.dashboard.snapshot(m_actor);
    if (!snap.ok()) {
        m_pending->setText(snap.message());
        m_ageing->clear();
        return;
    }
    for (ComplaintStatus s : allComplaintStatuses()) {
        const int n = snap->openByStatus.value(complaintStatusName(s));
        if (!isTerminal(s))
            m_byStatus->appendRow({new QStandardItem(complaintStatusTitle(s)), new QStandardItem(QString::number(n))});
    }
    QMap<QString, QString> names;
    for (const CallType &t : m_desk.complaints.callTypes())
        names.insert(t.code, t.name);
    for (auto it = names.cbegin(); it != names.cend(); ++it)
        m_byCallType->appendRow(
            {new QStandardItem(it.value()), new QStandardItem(QString::number(snap->openByCallType.value(it.key())))});
    for (auto it = snap->openByCallType.cbegin(); it != snap->openByCallType.cend(); ++it) {
        if (!names.contains(it.key()))
            m_byCallType->appendRow({new QStandardItem(it.key()), new QStandardItem(QString::number(it.value()))});
    }
    m_pending->setText(tr("Spare requests waiting for approval: %1").arg(snap->pendingApprovals));
    m_ageing->setText(tr("Open for 0–2 days: %1 · 3–7 days: %2 · over 7 days: %3")
                          .arg(snap->ageing0to2)
                          .arg(snap->ageing3to7)
                          .arg(snap->ageingOver7));
}

QString ServiceDashboardView::selectedComplaint() const
{
    const QModelIndex current = m_openView->currentIndex();
    const Complaint *c = current.isValid() ? m_open->complaintAt(current.row()) : nullptr;
    return c ? c->number : QString();
}

void ServiceDashboardView::focusList()
{
    m_openView->setFocus(Qt::OtherFocusReason);
}

void ServiceDashboardView::openPartRequest()
{
    const QString number = selectedComplaint();
    if (number.isEmpty()) {
        emit notify(tr("Choose an open complaint first (Up/Down in the list)."), true);
        return;
    }
    auto *dialog = new PartRequestDialog(m_desk, m_actor, number, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const PartRequest r = dialog->result();
        emit notify(tr("Part request %1 for %2 sent for approval.").arg(r.number, r.complaintNumber), false);
        emit partRequested(r);
        refresh();
    });
    openKeepingFocus(dialog);
}

} // namespace fb
