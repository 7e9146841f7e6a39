#include "ui/service/ComplaintListModel.h"

#include "app/services/ComplaintService.h"
#include "ui/widgets/Theme.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>
#include <QTableView>

namespace fb {

ComplaintListModel::ComplaintListModel(ComplaintService &complaints, QObject *parent)
    : QAbstractTableModel(parent)
    , m_complaints(complaints)
{}

void ComplaintListModel::setActor(const Actor &actor)
{
    m_actor = actor;
    reload();
}

Result<ComplaintPage> ComplaintListModel::fetchPage() const
{
    ComplaintFilter f = m_filter;
    f.limit = kPageSize;
    f.beforeCreatedMs = m_rows.isEmpty() ? 0 : m_nextCreatedMs;
    f.beforeNumber = m_rows.isEmpty() ? QString() : m_nextNumber;
    return m_complaints.list(m_actor, f);
}

void ComplaintListModel::setFilter(const ComplaintFilter &filter)
{
    beginResetModel();
    m_filter = filter;
    m_rows.clear();
    m_hasMore = false;
    m_pages = 0;
    m_error.clear();
    if (!m_actor.operatorCode.isEmpty()) {
        auto page = fetchPage();
        if (page.ok()) {
            m_rows = page->rows;
            m_hasMore = page->hasMore;
            m_nextCreatedMs = page->nextBeforeCreatedMs;
            m_nextNumber = page->nextBeforeNumber;
            m_pages = 1;
        } else {
            m_error = page.message();
        }
    }
    endResetModel();
    if (!m_error.isEmpty())
        emit loadFailed(m_error);
}

bool ComplaintListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_hasMore;
}

void ComplaintListModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || !m_hasMore)
        return;
    auto page = fetchPage();
    if (!page.ok()) {
        m_hasMore = false;
        m_error = page.message();
        emit loadFailed(m_error);
        return;
    }
    m_hasMore = page->hasMore;
    m_nextCreatedMs = page->nextBeforeCreatedMs;
    m_nextNumber = page->nextBeforeNumber;
    ++m_pages;
    if (page->rows.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(page->rows.size()) - 1);
    m_rows.append(page->rows);
    endInsertRows();
}

void ComplaintListModel::updateRow(const Complaint &complaint)
{
    const int row = rowOf(complaint.number);
    if (row < 0)
        return;
    m_rows[row] = complaint;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

const Complaint *ComplaintListModel::complaintAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int ComplaintListModel::rowOf(const QString &number) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).number == number)
            return int(i);
    }
    return -1;
}

int ComplaintListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ComplaintListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ComplaintListModel::data(const QModelIndex &index, int role) const
{
    const Complaint *c = complaintAt(index.row());
    if (!c)
        return {};
    if (role == Qt::UserRole)
        return c->number;
    if (role == Qt::ForegroundRole && index.column() == StatusColumn && isTerminal(c->status))
        return QBrush(theme::kMuted);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case NumberColumn:
        return c->number;
    case CreatedColumn:
        return QDateTime::fromString(c->createdAt, Qt::ISODate).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    case StatusColumn:
        return c->crmStatus.isEmpty() || c->crmStatus == complaintStatusName(c->status)
                   ? complaintStatusTitle(c->status)
                   : tr("%1 (new CRM: %2)").arg(complaintStatusTitle(c->status), c->crmStatus);
    case CallTypeColumn:
        return c->callType;
    case TechnicianColumn:
        return c->technicianCode;
    case CustomerColumn:
        return QStringLiteral("%1 · %2, %3").arg(c->customer.code, c->customer.name, c->customer.city);
    case SerialColumn:
        return c->serial;
    case ModelColumn:
        return c->model;
    default:
        return {};
    }
}

QVariant ComplaintListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NumberColumn:
        return tr("Complaint");
    case CreatedColumn:
        return tr("Registered");
    case StatusColumn:
        return tr("Status");
    case CallTypeColumn:
        return tr("Call type");
    case TechnicianColumn:
        return tr("Technician");
    case CustomerColumn:
        return tr("Customer");
    case SerialColumn:
        return tr("Unit serial");
    case ModelColumn:
        return tr("Model");
    default:
        return {};
    }
}

void fitComplaintColumns(QTableView *view)
{
    const QFontMetrics metrics(view->font());
    const auto fit = [&](int column, const QString &sample) {
        view->setColumnWidth(column, metrics.horizontalAdvance(sample) + 24);
    };
    fit(ComplaintListModel::NumberColumn, QStringLiteral("CMP-2025-09-25-1001"));
    fit(ComplaintListModel::CreatedColumn, QStringLiteral("2025-09-25 17:00"));
    fit(ComplaintListModel::SerialColumn, QStringLiteral("CGSTV362509251001"));
}

} // namespace fb
