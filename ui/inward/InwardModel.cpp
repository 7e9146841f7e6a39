#include "ui/inward/InwardModel.h"

#include "ui/widgets/Theme.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>

namespace fb {

int InwardModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int InwardModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InwardModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_lines.size())
        return {};
    const InwardLine &l = m_lines.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case SeqColumn:
            return l.seq;
        case SerialColumn:
            return l.serial;
        case ProductColumn:
            return l.productCode;
        case TimeColumn:
            // Scan times are ISO 8601 with the station's offset; the packer wants the clock time.
            return QDateTime::fromString(l.scannedAt, Qt::ISODate).toString(QStringLiteral("HH:mm:ss"));
        case WarningColumn:
            return l.warning;
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && !l.warning.isEmpty())
        return l.warning;
    if (role == Qt::BackgroundRole && !l.warning.isEmpty())
        return QBrush(theme::kCautionRow); // accepted, but read the warning
    if (role == Qt::TextAlignmentRole && index.column() == SeqColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant InwardModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SeqColumn:
        return tr("#");
    case SerialColumn:
        return tr("Serial");
    case ProductColumn:
        return tr("Product");
    case TimeColumn:
        return tr("Time");
    case WarningColumn:
        return tr("Warning");
    default:
        return {};
    }
}

void InwardModel::setLines(const QList<InwardLine> &lines)
{
    beginResetModel();
    m_lines = lines;
    endResetModel();
}

void InwardModel::append(const InwardLine &line)
{
    const int row = int(m_lines.size());
    beginInsertRows({}, row, row);
    m_lines.append(line);
    endInsertRows();
}

void InwardModel::append(const QList<InwardLine> &lines)
{
    if (lines.isEmpty())
        return;
    const int first = int(m_lines.size());
    beginInsertRows({}, first, first + int(lines.size()) - 1);
    m_lines.append(lines);
    endInsertRows();
}

bool InwardModel::remove(const QString &serial)
{
    int row = -1;
    for (qsizetype i = m_lines.size() - 1; i >= 0; --i) {
        if (m_lines.at(i).serial == serial) {
            row = int(i);
            break;
        }
    }
    if (row < 0)
        return false;
    beginRemoveRows({}, row, row);
    m_lines.removeAt(row);
    endRemoveRows();
    return true;
}

} // namespace fb
