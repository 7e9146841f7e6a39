#pragma once
// The accepted scans of an inward, in scan order. A scan appends one row (beginInsertRows) and undo/remove take one
// away (beginRemoveRows): the model is reset only when another draft is shown, never per scan, so the cost of a scan
// does not grow with the session.

#include "app/domain/Inward.h"

#include <QAbstractTableModel>
#include <QList>

namespace fb {

class InwardModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { SeqColumn, SerialColumn, ProductColumn, TimeColumn, WarningColumn, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Shows another draft's lines (the one reset).
    void setLines(const QList<InwardLine> &lines);
    void append(const InwardLine &line);
    void append(const QList<InwardLine> &lines); // one rowsInserted for the lot (file import)
    // Removes the line for `serial`; false when the model does not hold it. The last line is found at once (undo).
    bool remove(const QString &serial);

    const InwardLine &line(int row) const { return m_lines.at(row); }
    int maxSeq() const { return m_lines.isEmpty() ? 0 : m_lines.constLast().seq; }
    const QList<InwardLine> &lines() const { return m_lines; }

private:
    QList<InwardLine> m_lines;
};

} // namespace fb
