#pragma once
// Pulls from the new CRM as a table, one row per resource (changes, products, … model-regions): when it was last
// pulled, what that brought, when the next pull is due, and why the last one failed. The rows are fixed; a refresh
// updates the cells that changed (dataChanged), never resets, so the selection and the screen reader's place stay.

#include "app/core/PullControl.h"
#include "app/services/PullService.h"

#include <QAbstractTableModel>
#include <QList>

#include <optional>

namespace fb {

class Clock;

class PullStatusModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { ResourceColumn, LastPullColumn, BroughtColumn, NextColumn, ErrorColumn, ColumnCount };

    explicit PullStatusModel(const Clock &clock, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // `plan`: the running schedule's, if this window has one.
    void setStates(const QList<PullResourceState> &states, const std::optional<PullPlan> &plan);
    int rowOf(const QString &resource) const;
    const PullResourceState &stateAt(int row) const { return m_states.at(row); }

    static QString resourceTitle(const QString &resource);
    // The reason of a failure without the sentence that says where ("HTTP 503: simulated outage").
    static QString shortError(const QString &error);
    // "17:05:12" today (the clock's day), "2025-09-24 17:05" otherwise.
    QString timeText(qint64 epochMs) const;

private:
    QString text(const PullResourceState &state, int column) const;

    const Clock &m_clock;
    QList<PullResourceState> m_states;
    std::optional<PullPlan> m_plan;
};

} // namespace fb
