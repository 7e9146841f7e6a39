#include "ui/inward/RefusedModel.h"

#include "ui/widgets/Theme.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>

namespace fb {

int RefusedModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_refusals.size());
}

int RefusedModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RefusedModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_refusals.size())
        return {};
    const InwardRefusal &r = m_refusals.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return QDateTime::fromString(r.at, Qt::ISODate).toString(QStringLiteral("HH:mm:ss"));
        case ScannedColumn:
            return r.raw;
        case ReasonColumn:
            return r.message;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return r.message;
    case Qt::ForegroundRole:
        return QBrush(theme::kError);
    default:
        return {};
    }
}

QVariant RefusedModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case ScannedColumn:
        return tr("Scanned");
    case ReasonColumn:
        return tr("Why it was refused");
    default:
        return {};
    }
}

void RefusedModel::setRefusals(const QList<InwardRefusal> &refusals)
{
    beginResetModel();
    m_refusals = refusals;
    endResetModel();
}

void RefusedModel::append(const InwardRefusal &refusal)
{
    const int row = int(m_refusals.size());
    beginInsertRows({}, row, row);
    m_refusals.append(refusal);
    endInsertRows();
}

void RefusedModel::append(const QList<InwardRefusal> &refusals)
{
    if (refusals.isEmpty())
        return;
    const int first = int(m_refusals.size());
    beginInsertRows({}, first, first + int(refusals.size()) - 1);
    m_refusals.append(refusals);
    endInsertRows();
}

} // namespace fb
