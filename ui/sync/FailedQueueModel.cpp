#include "ui/sync/FailedQueueModel.h"

#include "app/services/SyncHealth.h"

#include <QDateTime>
#include <QSet>

namespace fb {

int FailedQueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FailedQueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FailedQueueModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const OutboxDetail &d = m_rows.at(index.row());
    const OutboxRow &r = d.row;
    if (role == Qt::ToolTipRole && index.column() == LastErrorColumn)
        return r.lastError;
    if (role == Qt::ToolTipRole && index.column() == HoldsBackColumn)
        return tr("%n event(s) to this CRM share a serial or a document with this one and wait until it is delivered "
                  "or discarded; everything else keeps flowing.",
                  nullptr, r.waitingBehind);
    if (role == Qt::TextAlignmentRole &&
        (index.column() == IdColumn || index.column() == AttemptsColumn || index.column() == HoldsBackColumn))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case IdColumn:
        return r.id;
    case CrmColumn:
        return crmTitle(r.crm);
    case EventTypeColumn:
        return r.eventType;
    case OrderingKeyColumn:
        return r.orderingKey;
    case HoldsBackColumn:
        return r.waitingBehind;
    case AttemptsColumn:
        return r.attempts;
    case LastErrorColumn:
        return r.lastError.left(200);
    case FailedAtColumn: {
        const QDateTime at = QDateTime::fromString(d.failedAt, Qt::ISODateWithMs);
        return at.isValid() ? at.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : d.failedAt;
    }
    default:
        return {};
    }
}

QVariant FailedQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IdColumn:
        return tr("Id");
    case CrmColumn:
        return tr("CRM");
    case EventTypeColumn:
        return tr("Event");
    case OrderingKeyColumn:
        return tr("Ordering key");
    case HoldsBackColumn:
        return tr("Holds back");
    case AttemptsColumn:
        return tr("Attempts");
    case LastErrorColumn:
        return tr("Last error");
    case FailedAtColumn:
        return tr("Failed at");
    default:
        return {};
    }
}

int FailedQueueModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).row.id == id)
            return i;
    }
    return -1;
}

void FailedQueueModel::setRows(const QList<OutboxDetail> &rows)
{
    QSet<qint64> fresh;
    for (const OutboxDetail &d : rows)
        fresh.insert(d.row.id);
    for (int i = int(m_rows.size()) - 1; i >= 0; --i) {
        if (!fresh.contains(m_rows.at(i).row.id)) {
            beginRemoveRows({}, i, i);
            m_rows.removeAt(i);
            endRemoveRows();
        }
    }
    for (const OutboxDetail &d : rows) {
        const int at = rowOf(d.row.id);
        if (at >= 0) {
            const OutboxDetail &old = m_rows.at(at);
            if (old.row.attempts != d.row.attempts || old.row.lastError != d.row.lastError ||
                old.failedAt != d.failedAt || old.row.waitingBehind != d.row.waitingBehind) {
                m_rows[at] = d;
                emit dataChanged(index(at, 0), index(at, ColumnCount - 1));
            }
            continue;
        }
        const int end = int(m_rows.size());
        beginInsertRows({}, end, end);
        m_rows.append(d);
        endInsertRows();
    }
}

} // namespace fb
