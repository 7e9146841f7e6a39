#include "ui/service/ComplaintDetailPanel.h"

#include "ui/service/CallUpdateDialog.h"
#include "ui/service/DialogFocus.h"
#include "ui/service/PartRequestDialog.h"
#include "ui/service/PartUpdateDialog.h"
#include "ui/service/ReturnOrderDialog.h"
#include "ui/service/ServiceDesk.h"

#include <QAction>
#include <QDateTime>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace fb {

namespace {

QTableView *smallTable(QStandardItemModel *model, const QString &name, const QString &accessible, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setObjectName(name);
    view->setAccessibleName(accessible);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    // Columns as wide as their titles at any text size ("Spare approval" at 150 %), not the style's 100 px.
    view->horizontalHeader()->setDefaultSectionSize(view->fontMetrics().averageCharWidth() * 16);
    view->setWordWrap(false);
    return view;
}

QString shortTime(const QString &iso)
{
    return QDateTime::fromString(iso, Qt::ISODate).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

} // namespace

ComplaintDetailPanel::ComplaintDetailPanel(ServiceDesk &desk, QWidget *parent)
    : QWidget(parent)
    , m_desk(desk)
    , m_updates(new QStandardItemModel(0, 5, this))
    , m_requests(new QStandardItemModel(0, 5, this))
    , m_documents(new QStandardItemModel(0, 5, this))
{
    setObjectName(QStringLiteral("complaintDetailPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_header = new QLabel(this);
    m_header->setObjectName(QStringLiteral("complaintHeaderLabel"));
    m_header->setAccessibleName(tr("Complaint"));
    m_header->setWordWrap(true);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    layout->addWidget(m_header);

    auto *buttons = new QGridLayout;
    int column = 0;
    auto makeAction = [&](const QString &name, const QString &text, const QKeySequence &key,
                          void (ComplaintDetailPanel::*slot)()) {
        auto *action = new QAction(text, this);
        action->setObjectName(name + QStringLiteral("Action"));
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
        auto *button =
            new QPushButton(QStringLiteral("%1  (%2)").arg(text, key.toString(QKeySequence::NativeText)), this);
        button->setObjectName(name + QStringLiteral("Button"));
        button->setAccessibleName(text);
        button->setFocusPolicy(Qt::NoFocus);
        connect(button, &QPushButton::clicked, action, &QAction::trigger);
        buttons->addWidget(button, column / 3, column % 3);
        ++column;
        return button;
    };
    m_callUpdate = makeAction(QStringLiteral("callUpdate"), tr("Call update"), QKeySequence(Qt::CTRL | Qt::Key_U),
                              &ComplaintDetailPanel::openCallUpdate);
    m_partRequest = makeAction(QStringLiteral("partRequest"), tr("Part request"), QKeySequence(Qt::CTRL | Qt::Key_P),
                               &ComplaintDetailPanel::openPartRequest);
    m_partUpdate = makeAction(QStringLiteral("partUpdate"), tr("Part update"), QKeySequence(Qt::CTRL | Qt::Key_I),
                              &ComplaintDetailPanel::openPartUpdate);
    m_viewDocument = makeAction(QStringLiteral("viewDocument"), tr("View document"), QKeySequence(Qt::CTRL | Qt::Key_D),
                                &ComplaintDetailPanel::viewDocument);
    m_returnOrder = makeAction(QStringLiteral("returnOrder"), tr("Return order"), QKeySequence(Qt::CTRL | Qt::Key_R),
                               &ComplaintDetailPanel::openReturnOrder);
    m_editCodes = makeAction(QStringLiteral("editCodes"), tr("Edit codes"), QKeySequence(Qt::CTRL | Qt::Key_E),
                             &ComplaintDetailPanel::openEditCodes);
    layout->addLayout(buttons);

    m_updates->setHorizontalHeaderLabels({tr("When"), tr("Status"), tr("Notes"), tr("By"), tr("Source")});
    m_updatesView = smallTable(m_updates, QStringLiteral("callUpdatesTable"), tr("Call updates"), this);
    layout->addWidget(new QLabel(tr("<b>Call updates</b>"), this));
    layout->addWidget(m_updatesView, 2);
    m_requests->setHorizontalHeaderLabels(
        {tr("Part request"), tr("Status"), tr("Parts"), tr("Spare approval"), tr("Documents")});
    m_requestsView = smallTable(m_requests, QStringLiteral("partRequestsTable"), tr("Part requests"), this);
    layout->addWidget(new QLabel(tr("<b>Part requests</b>"), this));
    layout->addWidget(m_requestsView, 2);
    m_documents->setHorizontalHeaderLabels({tr("File"), tr("Update"), tr("Type"), tr("Size"), tr("SHA-256")});
    m_documentsView = smallTable(m_documents, QStringLiteral("documentsTable"), tr("Documents"), this);
    layout->addWidget(new QLabel(tr("<b>Documents of the selected part request</b>"), this));
    layout->addWidget(m_documentsView, 1);
    m_returns = new QLabel(this);
    m_returns->setObjectName(QStringLiteral("returnOrdersLabel"));
    m_returns->setWordWrap(true);
    layout->addWidget(m_returns);

    connect(m_requestsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { showDocumentsOf(selectedPartRequest()); });
    connect(m_documentsView, &QTableView::activated, this, &ComplaintDetailPanel::viewDocument);
    updateActions();
}

void ComplaintDetailPanel::setActor(const Actor &actor)
{
    m_actor = actor;
    if (actor.operatorCode.isEmpty())
        showComplaint({});
    updateActions();
}

void ComplaintDetailPanel::updateActions()
{
    const bool have = m_loaded;
    const bool live = have && !isTerminal(m_details.complaint.status);
    // The core refuses anyone else; the button is only offered to those it would accept.
    m_editCodes->setVisible(roleAllows(m_actor.role, Permission::EditComplaintCodes));
    auto set = [this](QPushButton *button, bool on) {
        on = on && !button->isHidden();
        button->setEnabled(on);
        QString name = button->objectName();
        name.replace(QStringLiteral("Button"), QStringLiteral("Action"));
        if (auto *action = findChild<QAction *>(name, Qt::FindDirectChildrenOnly))
            action->setEnabled(on);
    };
    set(m_callUpdate, live);
    set(m_partRequest, live);
    set(m_partUpdate, have && !m_details.partRequests.isEmpty());
    set(m_returnOrder, have);
    set(m_viewDocument, have && m_documents->rowCount() > 0);
    set(m_editCodes, live);
}

void ComplaintDetailPanel::showComplaint(const QString &number)
{
    m_number = number;
    m_loaded = false;
    m_details = ComplaintDetails{};
    m_updates->removeRows(0, m_updates->rowCount());
    m_requests->removeRows(0, m_requests->rowCount());
    m_documents->removeRows(0, m_documents->rowCount());
    m_returns->clear();
    if (number.isEmpty() || m_actor.operatorCode.isEmpty()) {
        m_header->setText(tr("Choose a complaint in the list to see it here."));
        updateActions();
        return;
    }
    auto details = m_desk.complaints.details(m_actor, number);
    if (!details.ok()) {
        m_header->setText(details.message());
        updateActions();
        return;
    }
    m_details = details.value();
    m_loaded = true;
    const Complaint &c = m_details.complaint;
    QString crm;
    if (!c.crmStatus.isEmpty())
        crm = tr(" · new CRM says <b>%1</b>").arg(c.crmStatus.toHtmlEscaped());
    QString override;
    if (!c.serialOverrideReason.isEmpty())
        override = tr("<br>Serial accepted by supervisor override: %1").arg(c.serialOverrideReason.toHtmlEscaped());
    m_header->setText(tr("<big><b>%1</b></big> — <b>%2</b>%3<br>Unit %4 · %5 · %6 call · registered %7<br>"
                         "Customer <b>%8</b> %9, %10, %11 %12 · Technician <b>%13</b>%14<br>%15")
                          .arg(c.number, complaintStatusTitle(c.status), crm, c.serial, c.model, c.callType,
                               shortTime(c.createdAt), c.customer.code, c.customer.name.toHtmlEscaped(),
                               c.customer.city.toHtmlEscaped(), c.customer.state, c.customer.pinCode,
                               c.technicianCode.isEmpty() ? tr("none") : c.technicianCode, override,
                               c.description.toHtmlEscaped()));

    for (const CallUpdate &u : std::as_const(m_details.updates)) {
        const QString status = u.fromStatus.isEmpty() || u.fromStatus == u.toStatus
                                   ? u.toStatus
                                   : QStringLiteral("%1 → %2").arg(u.fromStatus, u.toStatus);
        m_updates->appendRow({new QStandardItem(shortTime(u.at)), new QStandardItem(status), new QStandardItem(u.notes),
                              new QStandardItem(u.operatorCode),
                              new QStandardItem(u.source == u"crm" ? tr("new CRM") : tr("this station"))});
    }
    for (const PartRequest &r : std::as_const(m_details.partRequests)) {
        QStringList parts;
        for (const PartRequestLine &l : r.lines) {
            QString text = QStringLiteral("%1 ×%2").arg(l.partCode).arg(l.quantity);
            if (!l.partSerials.isEmpty())
                text += QStringLiteral(" [%1]").arg(l.partSerials.join(QStringLiteral(", ")));
            parts << text;
        }
        QString approval;
        if (r.status == PartRequestStatus::Pending)
            approval = tr("Waiting for a supervisor");
        else if (!r.decidedBy.isEmpty())
            approval = r.decisionSource == u"crm"
                           ? tr("%1 in the new CRM by %2: %3")
                                 .arg(r.status == PartRequestStatus::Rejected ? tr("Rejected") : tr("Approved"),
                                      r.decidedBy, r.decisionReason)
                           : tr("%1 by %2: %3")
                                 .arg(r.status == PartRequestStatus::Rejected ? tr("Rejected") : tr("Approved"),
                                      r.decidedBy, r.decisionReason);
        auto *numberItem = new QStandardItem(r.number);
        numberItem->setData(r.number, Qt::UserRole);
        auto *approvalItem = new QStandardItem(approval);
        approvalItem->setData(r.decisionSource, Qt::UserRole);
        m_requests->appendRow({numberItem, new QStandardItem(partRequestStatusTitle(r.status)),
                               new QStandardItem(parts.join(QStringLiteral("; "))), approvalItem,
                               new QStandardItem(QString::number(r.documents.size()))});
    }
    QStringList returns;
    for (const ReturnOrder &o : std::as_const(m_details.returnOrders)) {
        QStringList items;
        for (const ReturnLine &l : o.lines)
            items << (l.kind == ReturnKind::Unit ? tr("unit %1").arg(l.serial)
                                                 : QStringLiteral("%1 %2").arg(l.partCode, l.serial).trimmed());
        returns << QStringLiteral("%1 (%2)").arg(o.number, items.join(QStringLiteral(", ")));
    }
    m_returns->setText(returns.isEmpty() ? QString() : tr("Return orders: %1").arg(returns.join(QStringLiteral("; "))));
    // Few rows: let the notes, parts and the approval be read in full.
    m_updatesView->resizeColumnsToContents();
    m_requestsView->resizeColumnsToContents();
    if (m_requests->rowCount() > 0)
        m_requestsView->selectRow(m_requests->rowCount() - 1);
    updateActions();
}

QString ComplaintDetailPanel::selectedPartRequest() const
{
    const QModelIndex current = m_requestsView->currentIndex();
    if (!current.isValid())
        return {};
    return m_requests->item(current.row(), 0)->data(Qt::UserRole).toString();
}

void ComplaintDetailPanel::showDocumentsOf(const QString &partRequestNumber)
{
    m_documents->removeRows(0, m_documents->rowCount());
    for (const PartRequest &r : std::as_const(m_details.partRequests)) {
        if (r.number != partRequestNumber)
            continue;
        for (const PartDocument &d : r.documents) {
            auto *file = new QStandardItem(d.document.fileName);
            file->setData(d.document.sha256, Qt::UserRole);
            m_documents->appendRow({file, new QStandardItem(d.action), new QStandardItem(d.document.mime),
                                    new QStandardItem(QLocale().formattedDataSize(d.document.size)),
                                    new QStandardItem(d.document.sha256)});
        }
    }
    m_documentsView->resizeColumnsToContents();
    if (m_documents->rowCount() > 0)
        m_documentsView->selectRow(0);
    updateActions();
}

void ComplaintDetailPanel::changed(const QString &message)
{
    reload();
    if (m_loaded)
        emit complaintChanged(m_details.complaint);
    emit notify(message, false);
}

void ComplaintDetailPanel::openCallUpdate()
{
    if (!m_loaded)
        return;
    auto *dialog = new CallUpdateDialog(m_desk, m_actor, m_details.complaint, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        changed(tr("Call update saved: %1 is %2.")
                    .arg(dialog->result().number, complaintStatusTitle(dialog->result().status)));
    });
    openKeepingFocus(dialog);
}

void ComplaintDetailPanel::openPartRequest()
{
    if (!m_loaded)
        return;
    auto *dialog = new PartRequestDialog(m_desk, m_actor, m_number, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { changed(tr("Part request %1 sent for approval.").arg(dialog->result().number)); });
    openKeepingFocus(dialog);
}

void ComplaintDetailPanel::openPartUpdate()
{
    if (!m_loaded)
        return;
    const QString number = selectedPartRequest();
    for (const PartRequest &r : std::as_const(m_details.partRequests)) {
        if (r.number != number)
            continue;
        auto *dialog = new PartUpdateDialog(m_desk, m_actor, r, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        if (documentChooser)
            dialog->fileChooser = documentChooser;
        connect(dialog, &QDialog::accepted, this, [this, dialog] {
            changed(tr("Part request %1 is now %2.")
                        .arg(dialog->result().number, partRequestStatusTitle(dialog->result().status)));
        });
        openKeepingFocus(dialog);
        return;
    }
    emit notify(tr("Choose a part request first (Tab to the part requests, Up/Down)."), true);
}

void ComplaintDetailPanel::openReturnOrder()
{
    if (!m_loaded)
        return;
    auto *dialog = new ReturnOrderDialog(m_desk, m_actor, m_details, selectedPartRequest(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        changed(tr("Return order %1 created; both CRMs will get it.").arg(dialog->result().number));
    });
    openKeepingFocus(dialog);
}

void ComplaintDetailPanel::openEditCodes()
{
    if (!m_loaded)
        return;
    auto *dialog = new EditCodesDialog(m_desk, m_actor, m_details.complaint, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        changed(tr("Codes of %1 saved: technician %2, customer %3.")
                    .arg(dialog->result().number, dialog->result().technicianCode, dialog->result().customer.code));
    });
    openKeepingFocus(dialog);
}

void ComplaintDetailPanel::viewDocument()
{
    const QModelIndex current = m_documentsView->currentIndex();
    if (!current.isValid())
        return;
    const QString sha = m_documents->item(current.row(), 0)->data(Qt::UserRole).toString();
    showStoredDocument(m_desk, m_actor, sha, this,
                       [this](const QString &text, bool isError) { emit notify(text, isError); });
}

} // namespace fb
