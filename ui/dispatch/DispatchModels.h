#pragma once
// The dispatch page's tables: the scanned units (appended one row per scan), the per-product counts against the
// order (a row changes or is added per scan, never a reset), and the recent dispatches for reprint and cancel.

#include "app/services/DispatchService.h"

#include <QAbstractTableModel>
#include <QList>

namespace fb {

class DispatchLinesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { SeqColumn, SerialColumn, ProductColumn, TimeColumn, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void append(const DispatchLine &line);
    void remove(const QString &serial);
    void setLines(const QList<DispatchLine> &lines); // another draft
    const QList<DispatchLine> &lines() const { return m_lines; }

private:
    QList<DispatchLine> m_lines;
};

class DispatchCountsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { ProductColumn, NameColumn, ScannedColumn, OrderedColumn, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Rows that exist change in place, new products are inserted, products gone are removed.
    void update(const QList<ProductCount> &counts);
    const QList<ProductCount> &counts() const { return m_rows; }

private:
    QList<ProductCount> m_rows;
};

class RecentDispatchesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { RequestColumn, StateColumn, OrderColumn, PartyColumn, UnitsColumn, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setRecords(const QList<DispatchRecord> &records); // refreshed after a submit or cancel, not per scan
    QString requestIdAt(int row) const;

private:
    QList<DispatchRecord> m_records;
};

} // namespace fb
