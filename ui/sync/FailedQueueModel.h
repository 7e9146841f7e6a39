#pragma once
// The failed queue as a table: id, CRM, event type, ordering key, how many events it holds back, attempts, last
// error, failed at. Refreshed by
// merging (rows that left are removed, changed ones updated, new ones appended), never reset, so the selection and
// the screen reader's place survive the page's live refresh.

#include "app/services/SyncAdminService.h" // OutboxDetail: a row of the failed queue as the service reports it

#include <QAbstractTableModel>
#include <QList>

namespace fb {

class FailedQueueModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        IdColumn,
        CrmColumn,
        EventTypeColumn,
        OrderingKeyColumn,
        HoldsBackColumn, // events waiting behind this one: they share a serial or a document with it
        AttemptsColumn,
        LastErrorColumn,
        FailedAtColumn,
        ColumnCount
    };

    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setRows(const QList<OutboxDetail> &rows);
    const OutboxDetail &rowAt(int row) const { return m_rows.at(row); }
    int rowOf(qint64 id) const;

private:
    QList<OutboxDetail> m_rows;
};

} // namespace fb
