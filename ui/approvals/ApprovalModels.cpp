#include "ui/approvals/ApprovalModels.h"

#include "ui/widgets/Theme.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>
#include <QLocale>
#include <QSet>

namespace fb {

QString ApprovalQueueModel::partsText(const PartRequest &request)
{
    QStringList parts;
    for (const PartRequestLine &l : request.lines) {
        QString text = QStringLiteral("%1 ×%2 (class %3)").arg(l.partCode).arg(l.quantity).arg(l.partClass);
        if (!l.partSerials.isEmpty())
            text += QStringLiteral(" [%1]").arg(l.partSerials.join(QStringLiteral(", ")));
        parts << text;
    }
    return parts.join(QStringLiteral("; "));
}

QStringList ApprovalQueueModel::sync(const QList<ApprovalQueueItem> &queue)
{
    QSet<QString> pending;
    for (const ApprovalQueueItem &item : queue)
        pending.insert(item.request.number);
    QStringList left;
    for (int row = int(m_items.size()) - 1; row >= 0; --row) {
        if (!pending.contains(m_items.at(row).request.number)) {
            left.prepend(m_items.at(row).request.number);
            beginRemoveRows({}, row, row);
            m_items.removeAt(row);
            endRemoveRows();
        }
    }
    for (const ApprovalQueueItem &item : queue) {
        const int row = rowOf(item.request.number);
        if (row >= 0) {
            m_items[row] = item; // its age moves on
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
            continue;
        }
        const int at = int(m_items.size());
        beginInsertRows({}, at, at);
        m_items.append(item);
        endInsertRows();
    }
    return left;
}

bool ApprovalQueueModel::removeRequest(const QString &number)
{
    const int row = rowOf(number);
    if (row < 0)
        return false;
    beginRemoveRows({}, row, row);
    m_items.removeAt(row);
    endRemoveRows();
    return true;
}

const ApprovalQueueItem *ApprovalQueueModel::itemAt(int row) const
{
    return row >= 0 && row < m_items.size() ? &m_items.at(row) : nullptr;
}

int ApprovalQueueModel::rowOf(const QString &number) const
{
    for (qsizetype i = 0; i < m_items.size(); ++i) {
        if (m_items.at(i).request.number == number)
            return int(i);
    }
    return -1;
}

int ApprovalQueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int ApprovalQueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ApprovalQueueModel::data(const QModelIndex &index, int role) const
{
    const ApprovalQueueItem *item = itemAt(index.row());
    if (!item)
        return {};
    if (role == Qt::UserRole)
        return item->request.number;
    if (role == Qt::ForegroundRole && index.column() == AgeColumn && item->ageDays > 2)
        return QBrush(theme::kError);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const Complaint &c = item->complaint;
    switch (index.column()) {
    case RequestColumn:
        return item->request.number;
    case AgeColumn:
        return tr("%n day(s)", nullptr, item->ageDays);
    case ComplaintColumn:
        return c.number;
    case CustomerColumn:
        return QStringLiteral("%1 · %2, %3").arg(c.customer.code, c.customer.name, c.customer.city);
    case SerialColumn:
        return c.serial;
    case ModelColumn:
        return c.model;
    case CallTypeColumn:
        return c.callType;
    case PartsColumn:
        return partsText(item->request);
    case ValueColumn:
        return QStringLiteral("₹ %1").arg(
            QLocale(QLocale::English, QLocale::India).toString(double(item->pricePaise) / 100.0, 'f', 2));
    default:
        return {};
    }
}

QVariant ApprovalQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case RequestColumn:
        return tr("Request");
    case AgeColumn:
        return tr("Waiting");
    case ComplaintColumn:
        return tr("Complaint");
    case CustomerColumn:
        return tr("Customer");
    case SerialColumn:
        return tr("Unit serial");
    case ModelColumn:
        return tr("Model");
    case CallTypeColumn:
        return tr("Call type");
    case PartsColumn:
        return tr("Parts");
    case ValueColumn:
        return tr("Value");
    default:
        return {};
    }
}

void DecisionsModel::add(const SeenDecision &decision)
{
    beginInsertRows({}, 0, 0);
    m_items.prepend(decision);
    endInsertRows();
}

const SeenDecision *DecisionsModel::decisionAt(int row) const
{
    return row >= 0 && row < m_items.size() ? &m_items.at(row) : nullptr;
}

int DecisionsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int DecisionsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DecisionsModel::data(const QModelIndex &index, int role) const
{
    const SeenDecision *d = decisionAt(index.row());
    if (!d)
        return {};
    const Approval &a = d->approval;
    if (role == Qt::ForegroundRole && index.column() == DecisionColumn)
        return QBrush(a.decision == u"REJECTED" ? theme::kError : theme::kOk);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case WhenColumn:
        return QDateTime::fromString(a.at, Qt::ISODate).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    case RequestColumn:
        return QStringLiteral("%1 (%2)").arg(a.partRequestNumber, d->complaintNumber);
    case DecisionColumn:
        return a.decision == u"REJECTED" ? tr("Rejected") : tr("Approved");
    case ReasonColumn:
        return a.reason;
    case ByColumn:
        return a.decidedBy;
    case WhereColumn:
        return a.source == u"crm" ? tr("in the new CRM (pulled)") : tr("at this station");
    default:
        return {};
    }
}

QVariant DecisionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case WhenColumn:
        return tr("When");
    case RequestColumn:
        return tr("Request");
    case DecisionColumn:
        return tr("Decision");
    case ReasonColumn:
        return tr("Reason");
    case ByColumn:
        return tr("By");
    case WhereColumn:
        return tr("Decided");
    default:
        return {};
    }
}

} // namespace fb
