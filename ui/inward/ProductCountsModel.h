#pragma once
// Units per product in the inward being scanned, in order of each product's first scan. A scan changes one row
// (dataChanged) or adds one (beginInsertRows); the total is kept alongside, so nothing is recounted per scan.

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QPair>

namespace fb {

class ProductCountsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { ProductColumn, NameColumn, CountColumn, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Product code → name, for the name column (master data).
    void setProductNames(QHash<QString, QString> names);
    void setCounts(const QList<QPair<QString, int>> &counts); // another draft (the one reset)
    void add(const QString &productCode, int n = 1);
    void subtract(const QString &productCode, int n = 1); // a product's row goes when its count reaches 0

    int count(const QString &productCode) const;
    int total() const { return m_total; }

signals:
    void totalChanged(int total);

private:
    struct Row
    {
        QString code;
        int count = 0;
    };
    QList<Row> m_rows;
    QHash<QString, int> m_index; // code → row
    QHash<QString, QString> m_names;
    int m_total = 0;
};

} // namespace fb
