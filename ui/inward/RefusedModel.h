#pragma once
// The refused scans of an inward, newest last: what was scanned, why it was refused, when. Stays on screen until the
// inward is submitted, so a packer can put every refused unit aside. Appended per refusal, never reset per scan.

#include "app/domain/Inward.h"

#include <QAbstractTableModel>
#include <QList>

namespace fb {

class RefusedModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TimeColumn, ScannedColumn, ReasonColumn, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setRefusals(const QList<InwardRefusal> &refusals); // another draft (the one reset)
    void append(const InwardRefusal &refusal);
    void append(const QList<InwardRefusal> &refusals);

    const InwardRefusal &refusal(int row) const { return m_refusals.at(row); }
    qint64 maxId() const { return m_refusals.isEmpty() ? 0 : m_refusals.constLast().id; }

private:
    QList<InwardRefusal> m_refusals;
};

} // namespace fb
