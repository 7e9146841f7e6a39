#pragma once
// The approvals page's two tables: the queue of spare requests waiting for a supervisor (rows leave as they are
// decided, here or in the new CRM — never a reset), and the decisions seen this session, marked with where they
// were taken.

#include "app/services/ApprovalService.h"

#include <QAbstractTableModel>

namespace fb {

class ApprovalQueueModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        RequestColumn,
        AgeColumn,
        ComplaintColumn,
        CustomerColumn,
        SerialColumn,
        ModelColumn,
        CallTypeColumn,
        PartsColumn,
        ValueColumn,
        ColumnCount
    };

    using QAbstractTableModel::QAbstractTableModel;

    // Brings the rows in line with `queue` (oldest first): rows no longer pending are removed, new ones appended.
    // Returns the request numbers that left.
    QStringList sync(const QList<ApprovalQueueItem> &queue);
    bool removeRequest(const QString &number);
    const ApprovalQueueItem *itemAt(int row) const;
    int rowOf(const QString &number) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString partsText(const PartRequest &request);

private:
    QList<ApprovalQueueItem> m_items;
};

struct SeenDecision
{
    Approval approval;
    QString complaintNumber;
};

class DecisionsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { WhenColumn, RequestColumn, DecisionColumn, ReasonColumn, ByColumn, WhereColumn, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void add(const SeenDecision &decision); // newest on top
    const SeenDecision *decisionAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<SeenDecision> m_items;
};

} // namespace fb
