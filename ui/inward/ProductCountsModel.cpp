#include "ui/inward/ProductCountsModel.h"

namespace fb {

int ProductCountsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ProductCountsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProductCountsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &r = m_rows.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case ProductColumn:
            return r.code;
        case NameColumn:
            return m_names.value(r.code);
        case CountColumn:
            return r.count;
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() == CountColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant ProductCountsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ProductColumn:
        return tr("Product");
    case NameColumn:
        return tr("Name");
    case CountColumn:
        return tr("Units");
    default:
        return {};
    }
}

void ProductCountsModel::setProductNames(QHash<QString, QString> names)
{
    m_names = std::move(names);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, NameColumn), index(int(m_rows.size()) - 1, NameColumn), {Qt::DisplayRole});
}

void ProductCountsModel::setCounts(const QList<QPair<QString, int>> &counts)
{
    beginResetModel();
    m_rows.clear();
    m_index.clear();
    m_total = 0;
    for (const auto &[code, n] : counts) {
        m_index.insert(code, int(m_rows.size()));
        m_rows.append({code, n});
        m_total += n;
    }
    endResetModel();
    emit totalChanged(m_total);
}

void ProductCountsModel::add(const QString &productCode, int n)
{
    if (n <= 0)
        return;
    auto it = m_index.constFind(productCode);
    if (it == m_index.constEnd()) {
        const int row = int(m_rows.size());
        beginInsertRows({}, row, row);
        m_index.insert(productCode, row);
        m_rows.append({productCode, n});
        endInsertRows();
    } else {
        m_rows[*it].count += n;
        const QModelIndex cell = index(*it, CountColumn);
        emit dataChanged(cell, cell, {Qt::DisplayRole});
    }
    m_total += n;
    emit totalChanged(m_total);
}

void ProductCountsModel::subtract(const QString &productCode, int n)
{
    auto it = m_index.constFind(productCode);
    if (it == m_index.constEnd() || n <= 0)
        return;
    const int row = *it;
    n = std::min(n, m_rows.at(row).count);
    m_total -= n;
    if (m_rows.at(row).count == n) {
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        m_index.remove(productCode);
        for (auto i = m_index.begin(); i != m_index.end(); ++i) {
            if (*i > row)
                --*i;
        }
        endRemoveRows();
    } else {
        m_rows[row].count -= n;
        const QModelIndex cell = index(row, CountColumn);
        emit dataChanged(cell, cell, {Qt::DisplayRole});
    }
    emit totalChanged(m_total);
}

int ProductCountsModel::count(const QString &productCode) const
{
    auto it = m_index.constFind(productCode);
    return it == m_index.constEnd() ? 0 : m_rows.at(*it).count;
}

} // namespace fb
