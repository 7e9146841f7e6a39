#include "ui/approvals/ApprovalsPage.h"

#include "app/core/PullControl.h"
#include "ui/approvals/ApprovalModels.h"
#include "ui/shell/AppServices.h"
#include "ui/widgets/Theme.h"

#include <QAction>
#include <QDateTime>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace fb {

namespace {

QTableView *makeTable(QAbstractItemModel *model, const QString &name, const QString &accessible, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setObjectName(name);
    view->setAccessibleName(accessible);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->horizontalHeader()->setStretchLastSection(true);
    view->setWordWrap(false);
    return view;
}

} // namespace

ApprovalsPage::ApprovalsPage(AppServices &services, QWidget *parent)
    : Page(parent)
    , m_services(services)
    , m_approvals(std::make_unique<ApprovalService>(services.station->db(), *services.clock))
    , m_queue(new ApprovalQueueModel(this))
    , m_decisions(new DecisionsModel(this))
    , m_timer(new QTimer(this))
{
    auto *layout = new QVBoxLayout(this);
    auto *heading = new QLabel(tr("Spare approval"), this);
    heading->setObjectName(QStringLiteral("pageTitle"));
    heading->setFont(theme::scaledBold(heading->font(), theme::kHeadingScale));
    layout->addWidget(heading);
    m_queueTitle = new QLabel(this);
    m_queueTitle->setObjectName(QStringLiteral("queueTitle"));
    m_queueTitle->setFont(theme::scaledBold(m_queueTitle->font(), theme::kSectionScale));
    layout->addWidget(m_queueTitle);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    auto *top = new QWidget(splitter);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    m_queueView = makeTable(m_queue, QStringLiteral("approvalQueueTable"), tr("Spare requests waiting"), top);
    // Widths for the text at the current text size (a fixed pixel width cuts a number at 150 %).
    const QFontMetrics metrics(m_queueView->font());
    const int chars = metrics.averageCharWidth();
    m_queueView->setColumnWidth(ApprovalQueueModel::RequestColumn,
                                metrics.horizontalAdvance(QStringLiteral("PR-2025-09-25-1001")) + 24);
    m_queueView->setColumnWidth(ApprovalQueueModel::ComplaintColumn,
                                metrics.horizontalAdvance(QStringLiteral("CMP-2025-09-25-1001")) + 24);
    m_queueView->setColumnWidth(ApprovalQueueModel::CustomerColumn, chars * 30);
    m_queueView->setColumnWidth(ApprovalQueueModel::SerialColumn,
                                metrics.horizontalAdvance(QStringLiteral("CGSTV362509251001")) + 24);
    m_queueView->setColumnWidth(ApprovalQueueModel::PartsColumn, chars * 36);
    topLayout->addWidget(m_queueView, 1);
    m_context = new QLabel(top);
    m_context->setObjectName(QStringLiteral("requestContextLabel"));
    m_context->setAccessibleName(tr("The selected request and its complaint"));
    m_context->setWordWrap(true);
    m_context->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_context->setMinimumHeight(80);
    m_context->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    topLayout->addWidget(m_context);

    auto *decideRow = new QGridLayout;
    auto *reasonLabel = new QLabel(tr("&Reason:"), top);
    m_reason = new QLineEdit(top);
    m_reason->setObjectName(QStringLiteral("decisionReasonLineEdit"));
    m_reason->setAccessibleName(tr("Reason for the decision"));
    m_reason->setPlaceholderText(tr("Why (both CRMs and the technician see it); Up/Down choose the request"));
    reasonLabel->setBuddy(m_reason);
    m_reason->installEventFilter(this);
    m_approve = new QPushButton(
        tr("&Approve  (%1)").arg(QKeySequence(Qt::CTRL | Qt::Key_Return).toString(QKeySequence::NativeText)), top);
    m_approve->setObjectName(QStringLiteral("approveButton"));
    m_approve->setAccessibleName(tr("Approve the selected request"));
    m_approve->setFocusPolicy(Qt::NoFocus);
    m_reject = new QPushButton(
        tr("Re&ject  (%1)").arg(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return).toString(QKeySequence::NativeText)),
        top);
    m_reject->setObjectName(QStringLiteral("rejectButton"));
    m_reject->setAccessibleName(tr("Reject the selected request"));
    m_reject->setFocusPolicy(Qt::NoFocus);
    m_reasonMessage = new QLabel(top);
    m_reasonMessage->setObjectName(QStringLiteral("decisionReasonMessage"));
    m_reasonMessage->setWordWrap(true);
    m_reasonMessage->setStyleSheet(theme::errorText());
    decideRow->addWidget(reasonLabel, 0, 0);
    decideRow->addWidget(m_reason, 0, 1);
    decideRow->addWidget(m_approve, 0, 2);
    decideRow->addWidget(m_reject, 0, 3);
    decideRow->addWidget(m_reasonMessage, 1, 1, 1, 3);
    decideRow->setColumnStretch(1, 1);
    topLayout->addLayout(decideRow);

    auto *bottom = new QWidget(splitter);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    auto *decisionsTitle = new QHBoxLayout;
    decisionsTitle->addWidget(new QLabel(tr("<b>Decisions</b> — here and in the new CRM"), bottom));
    decisionsTitle->addStretch();
    auto *refreshButton = new QPushButton(
        tr("Refresh  (%1)").arg(QKeySequence(Qt::CTRL | Qt::Key_R).toString(QKeySequence::NativeText)), bottom);
    refreshButton->setObjectName(QStringLiteral("refreshApprovalsButton"));
    refreshButton->setFocusPolicy(Qt::NoFocus);
    decisionsTitle->addWidget(refreshButton);
    bottomLayout->addLayout(decisionsTitle);
    m_decisionsView = makeTable(m_decisions, QStringLiteral("decisionsTable"), tr("Decisions"), bottom);
    m_decisionsView->setFocusPolicy(Qt::NoFocus);
    m_decisionsView->setColumnWidth(DecisionsModel::RequestColumn, chars * 42);
    bottomLayout->addWidget(m_decisionsView, 1);
    splitter->addWidget(top);
    splitter->addWidget(bottom);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);

    auto addShortcut = [this](const QString &name, const QList<QKeySequence> &keys, auto slot) {
        auto *action = new QAction(this);
        action->setObjectName(name);
        action->setShortcuts(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        QWidget::addAction(action);
        return action;
    };
    addShortcut(QStringLiteral("approveAction"),
                {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)},
                [this] { approve(); });
    addShortcut(
        QStringLiteral("rejectAction"),
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Enter)},
        [this] { reject(); });
    addShortcut(QStringLiteral("refreshApprovalsAction"), {QKeySequence(Qt::CTRL | Qt::Key_R)}, [this] {
        if (refresh() == 0) // otherwise the status line names the decisions taken in the new CRM
            emit notify(tr("Approval queue refreshed: %n waiting.", nullptr, m_queue->rowCount()), false);
    });
    connect(m_approve, &QPushButton::clicked, this, &ApprovalsPage::approve);
    connect(m_reject, &QPushButton::clicked, this, &ApprovalsPage::reject);
    connect(refreshButton, &QPushButton::clicked, this, [this] { refresh(); });
    connect(m_queueView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ApprovalsPage::showContext);
    connect(m_queue, &QAbstractItemModel::rowsRemoved, this, [this] { showContext(); });
    connect(m_queue, &QAbstractItemModel::rowsInserted, this, [this] {
        if (!m_queueView->currentIndex().isValid() && m_queue->rowCount() > 0)
            m_queueView->selectRow(0);
    });
    m_timer->setInterval(kRefreshMs);
    connect(m_timer, &QTimer::timeout, this, [this] { refresh(); });
    // A decision taken in the new CRM leaves the queue as soon as the window's pull has applied it.
    if (services.pulls)
        connect(services.pulls, &PullControl::applied, this, [this](const QStringList &resources) {
            if (isVisible() && resources.contains(changesResource()))
                refresh();
        });
    showContext();
}

ApprovalsPage::~ApprovalsPage() = default;

void ApprovalsPage::setActor(const Actor &actor)
{
    Page::setActor(actor);
    m_reason->clear();
    m_reasonMessage->clear();
    if (!roleAllows(actor.role, Permission::ApproveSpares)) {
        m_queue->sync({});
        m_queueTitle->clear();
        return;
    }
    refresh();
}

void ApprovalsPage::onShown()
{
    refresh();
    m_reason->setFocus(Qt::OtherFocusReason);
}

void ApprovalsPage::showEvent(QShowEvent *event)
{
    Page::showEvent(event);
    m_timer->start();
}

void ApprovalsPage::hideEvent(QHideEvent *event)
{
    m_timer->stop();
    Page::hideEvent(event);
}

int ApprovalsPage::refresh()
{
    if (m_actor.operatorCode.isEmpty())
        return 0;
    auto queue = m_approvals->pendingQueue(m_actor);
    if (!queue.ok()) {
        m_queueTitle->setText(queue.message());
        return 0;
    }
    QHash<QString, QString> complaintOf;
    for (int row = 0; row < m_queue->rowCount(); ++row)
        complaintOf.insert(m_queue->itemAt(row)->request.number, m_queue->itemAt(row)->complaint.number);
    const QStringList left = m_queue->sync(queue.value());
    // Requests that left without a decision here were decided elsewhere — normally in the new CRM.
    int elsewhere = 0;
    for (const QString &number : left) {
        auto history = m_approvals->history(m_actor, number);
        if (!history.ok() || history->isEmpty())
            continue;
        const Approval &last = history->last();
        m_decisions->add(SeenDecision{last, complaintOf.value(number)});
        ++elsewhere;
        if (last.source == u"crm")
            emit notify(tr("%1 was %2 in the new CRM by %3: %4")
                            .arg(number, last.decision == u"REJECTED" ? tr("rejected") : tr("approved"), last.decidedBy,
                                 last.reason),
                        false);
    }
    m_queueTitle->setText(tr("%n spare request(s) waiting for approval, oldest first", nullptr, m_queue->rowCount()));
    if (!m_queueView->currentIndex().isValid() && m_queue->rowCount() > 0)
        m_queueView->selectRow(0);
    return elsewhere;
}

QString ApprovalsPage::currentRequest() const
{
    const QModelIndex current = m_queueView->currentIndex();
    const ApprovalQueueItem *item = current.isValid() ? m_queue->itemAt(current.row()) : nullptr;
    return item ? item->request.number : QString();
}

void ApprovalsPage::showContext()
{
    const QModelIndex current = m_queueView->currentIndex();
    const ApprovalQueueItem *item = current.isValid() ? m_queue->itemAt(current.row()) : nullptr;
    m_approve->setEnabled(item);
    m_reject->setEnabled(item);
    if (!item) {
        m_context->setText(m_queue->rowCount() == 0 ? tr("Nothing is waiting for approval.")
                                                    : tr("Choose a request (Up/Down)."));
        return;
    }
    const Complaint &c = item->complaint;
    const PartRequest &r = item->request;
    m_context->setText(
        tr("<b>%1</b> for complaint <b>%2</b> (%3, %4 call, technician %5)<br>"
           "Customer %6 %7, %8 %9 · unit %10 · model %11<br>Parts: %12<br>Requested by %13 on %14%15")
            .arg(r.number, c.number, complaintStatusTitle(c.status), c.callType,
                 c.technicianCode.isEmpty() ? tr("none") : c.technicianCode, c.customer.code,
                 c.customer.name.toHtmlEscaped(), c.customer.city.toHtmlEscaped(), c.customer.state, c.serial, c.model,
                 ApprovalQueueModel::partsText(r).toHtmlEscaped(), r.operatorCode,
                 QDateTime::fromString(r.createdAt, Qt::ISODate).toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                 r.notes.isEmpty() ? QString() : tr("<br>Notes: %1").arg(r.notes.toHtmlEscaped())));
}

void ApprovalsPage::decide(SpareDecision decision)
{
    m_reasonMessage->clear();
    const QString number = currentRequest();
    if (number.isEmpty()) {
        m_reasonMessage->setText(tr("Nothing is selected: choose a request with Up/Down."));
        return;
    }
    const int row = m_queueView->currentIndex().row();
    const QString complaint = m_queue->itemAt(row)->complaint.number;
    auto result = m_approvals->decide(m_actor, number, decision, m_reason->text());
    if (!result.ok()) {
        if (result.error().code == u"approval.not_pending") // decided meanwhile (the new CRM): take it out
            refresh();
        m_reasonMessage->setText(result.message());
        m_reason->setFocus();
        emit notify(result.message(), true);
        return;
    }
    m_decisions->add(SeenDecision{result.value(), complaint});
    m_queue->removeRequest(number);
    if (m_queue->rowCount() > 0)
        m_queueView->selectRow(qMin(row, m_queue->rowCount() - 1));
    m_reason->clear();
    m_reason->setFocus();
    m_queueTitle->setText(tr("%n spare request(s) waiting for approval, oldest first", nullptr, m_queue->rowCount()));
    emit notify(decision == SpareDecision::Approve
                    ? tr("Approved %1 (%2): %3 — sent to both CRMs.").arg(number, complaint, result->reason)
                    : tr("Rejected %1 (%2): %3 — sent to both CRMs.").arg(number, complaint, result->reason),
                false);
}

bool ApprovalsPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_reason && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        const int k = key->key();
        if (k == Qt::Key_Up || k == Qt::Key_Down || k == Qt::Key_PageUp || k == Qt::Key_PageDown) {
            // The choice of request follows the arrows while the hands stay on the reason.
            const int row = m_queueView->currentIndex().row();
            const int step = k == Qt::Key_Up ? -1 : k == Qt::Key_Down ? 1 : k == Qt::Key_PageUp ? -10 : 10;
            const int next = qBound(0, row + step, m_queue->rowCount() - 1);
            if (m_queue->rowCount() > 0)
                m_queueView->selectRow(next);
            return true;
        }
    }
    return Page::eventFilter(watched, event);
}

} // namespace fb
