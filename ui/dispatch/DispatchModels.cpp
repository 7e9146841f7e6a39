#include "ui/dispatch/DispatchModels.h"

#include "ui/widgets/Theme.h"

#include <QColor>
#include <QDateTime>

#include <algorithm>

namespace fb {

int DispatchLinesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}
int DispatchLinesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DispatchLinesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || role != Qt::DisplayRole || index.row() >= m_lines.size())
        return {};
    const DispatchLine &l = m_lines.at(index.row());
    switch (index.column()) {
    case SeqColumn:
        return l.seq;
    case SerialColumn:
        return l.serial;
    case ProductColumn:
        return l.productCode;
    case TimeColumn:
        return QDateTime::fromString(l.scannedAt, Qt::ISODate).toString(QStringLiteral("HH:mm:ss"));
    default:
        return {};
    }
}

QVariant DispatchLinesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeqColumn:
        return tr("#");
    case SerialColumn:
        return tr("Serial");
    case ProductColumn:
        return tr("Product");
    case TimeColumn:
        return tr("Scanned");
    default:
        return {};
    }
}

void DispatchLinesModel::append(const DispatchLine &line)
{
    beginInsertRows({}, int(m_lines.size()), int(m_lines.size()));
    m_lines.append(line);
    endInsertRows();
}

void DispatchLinesModel::remove(const QString &serial)
{
    for (int i = 0; i < m_lines.size(); ++i) {
        if (m_lines[i].serial == serial) {
            beginRemoveRows({}, i, i);
            m_lines.removeAt(i);
            endRemoveRows();
            return;
        }
    }
}

void DispatchLinesModel::setLines(const QList<DispatchLine> &lines)
{
    beginResetModel();
    m_lines = lines;
    endResetModel();
}

int DispatchCountsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}
int DispatchCountsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DispatchCountsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const ProductCount &c = m_rows.at(index.row());
    if (role == Qt::ForegroundRole && c.ordered >= 0 && c.scanned != c.ordered)
        return theme::kError;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case ProductColumn:
        return c.productCode;
    case NameColumn:
        return c.productName;
    case ScannedColumn:
        return c.scanned;
    case OrderedColumn:
        return c.ordered < 0 ? QVariant(QStringLiteral("—")) : QVariant(c.ordered);
    default:
        return {};
    }
}

QVariant DispatchCountsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ProductColumn:
        return tr("Product");
    case NameColumn:
        return tr("Name");
    case ScannedColumn:
        return tr("Scanned");
    case OrderedColumn:
        return tr("Ordered");
    default:
        return {};
    }
}

void DispatchCountsModel::update(const QList<ProductCount> &counts)
{
    // Remove products no longer present (a line removed, the order changed).
    for (int i = int(m_rows.size()) - 1; i >= 0; --i) {
        const bool present = std::any_of(counts.begin(), counts.end(),
                                         [&](const ProductCount &c) { return c.productCode == m_rows[i].productCode; });
        if (!present) {
            beginRemoveRows({}, i, i);
            m_rows.removeAt(i);
            endRemoveRows();
        }
    }
    for (const ProductCount &c : counts) {
        int row = -1;
        for (int i = 0; i < m_rows.size(); ++i) {
            if (m_rows[i].productCode == c.productCode)
                row = i;
        }
        if (row < 0) {
            beginInsertRows({}, int(m_rows.size()), int(m_rows.size()));
            m_rows.append(c);
            endInsertRows();
        } else if (m_rows[row].scanned != c.scanned || m_rows[row].ordered != c.ordered ||
                   m_rows[row].productName != c.productName) {
            m_rows[row] = c;
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
    }
}

int RecentDispatchesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}
int RecentDispatchesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RecentDispatchesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || role != Qt::DisplayRole || index.row() >= m_records.size())
        return {};
    const DispatchRecord &r = m_records.at(index.row());
    switch (index.column()) {
    case RequestColumn:
        return r.requestId.isEmpty() ? tr("draft #%1").arg(r.id) : r.requestId;
    case StateColumn:
        return dispatchStateName(r.state);
    case OrderColumn:
        return r.form.orderId;
    case PartyColumn:
        return r.form.partyCode;
    case UnitsColumn:
        return r.lineCount;
    default:
        return {};
    }
}

QVariant RecentDispatchesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case RequestColumn:
        return tr("Dispatch");
    case StateColumn:
        return tr("State");
    case OrderColumn:
        return tr("Order");
    case PartyColumn:
        return tr("Party");
    case UnitsColumn:
        return tr("Units");
    default:
        return {};
    }
}

void RecentDispatchesModel::setRecords(const QList<DispatchRecord> &records)
{
    beginResetModel();
    m_records = records;
    endResetModel();
}

QString RecentDispatchesModel::requestIdAt(int row) const
{
    return row >= 0 && row < m_records.size() ? m_records.at(row).requestId : QString();
}

} // namespace fb
