#include "ui/sync/PullStatusModel.h"

#include "app/core/Clock.h"
#include "ui/widgets/Theme.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>
#include <QTimeZone>

namespace fb {

PullStatusModel::PullStatusModel(const Clock &clock, QObject *parent)
    : QAbstractTableModel(parent)
    , m_clock(clock)
{}

int PullStatusModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_states.size());
}

int PullStatusModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString PullStatusModel::resourceTitle(const QString &resource)
{
    if (resource == changesResource())
        return tr("Changes");
    if (resource == u"products")
        return tr("Products");
    if (resource == u"warehouses")
        return tr("Warehouses");
    if (resource == u"parties")
        return tr("Parties");
    if (resource == u"technicians")
        return tr("Technicians");
    if (resource == u"call-types")
        return tr("Call types");
    if (resource == u"parts")
        return tr("Parts");
    if (resource == u"model-regions")
        return tr("Model regions");
    return resource;
}

QString PullStatusModel::timeText(qint64 epochMs) const
{
    const QDateTime now = m_clock.now();
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(epochMs, now.timeZone());
    return at.date() == now.date() ? at.toString(QStringLiteral("HH:mm:ss"))
                                   : at.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString PullStatusModel::shortError(const QString &error)
{
    // The messages say where first ("Pulling master data from the new CRM failed (products, page 1): …"); in a narrow
    // column only the reason tells the rows apart. The whole message is the tooltip and the panel's line.
    const qsizetype http = error.indexOf(QStringLiteral("HTTP "));
    if (http >= 0)
        return error.mid(http);
    const qsizetype colon = error.indexOf(QStringLiteral(": "));
    return colon >= 0 ? error.mid(colon + 2) : error;
}

QString PullStatusModel::text(const PullResourceState &state, int column) const
{
    switch (column) {
    case ResourceColumn:
        return resourceTitle(state.resource);
    case LastPullColumn: {
        if (!state.last)
            return tr("never");
        const QDateTime at = QDateTime::fromString(state.last->attemptedAt, Qt::ISODate);
        return at.isValid() ? timeText(at.toMSecsSinceEpoch()) : state.last->attemptedAt;
    }
    case BroughtColumn:
        if (!state.last || state.last->succeededAt.isEmpty())
            return QStringLiteral("—");
        return QString::number(state.last->applied);
    case NextColumn:
        if (state.running)
            return tr("pulling…");
        if (!m_plan)
            return tr("not here");
        if (!m_plan->blockedReason.isEmpty())
            return tr("blocked");
        if (state.nextMs <= 0)
            return tr("on demand");
        if (state.nextMs <= m_clock.now().toMSecsSinceEpoch())
            return tr("now");
        return timeText(state.nextMs);
    case ErrorColumn:
        return state.last ? shortError(state.last->error) : QString();
    default:
        return {};
    }
}

QVariant PullStatusModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_states.size())
        return {};
    const PullResourceState &state = m_states.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return text(state, index.column());
    case Qt::ToolTipRole:
        if (index.column() == ResourceColumn && state.resource == changesResource())
            return tr("Spare decisions and complaint statuses changed in the new CRM");
        if (index.column() == BroughtColumn && state.last && !state.last->succeededAt.isEmpty()) {
            const QDateTime at = QDateTime::fromString(state.last->succeededAt, Qt::ISODate);
            const QString when = at.isValid() ? timeText(at.toMSecsSinceEpoch()) : state.last->succeededAt;
            return state.last->applied == 1 ? tr("1 item applied by the last successful pull (%1, %2 ms)")
                                                  .arg(when)
                                                  .arg(state.last->elapsedMs)
                                            : tr("%1 items applied by the last successful pull (%2, %3 ms)")
                                                  .arg(state.last->applied)
                                                  .arg(when)
                                                  .arg(state.last->elapsedMs);
        }
        if (index.column() == ErrorColumn && state.last && state.last->failed())
            return state.last->failures == 1
                       ? state.last->error
                       : tr("%1\n(%2 failed pulls in a row)").arg(state.last->error).arg(state.last->failures);
        return {};
    case Qt::ForegroundRole:
        if (index.column() == ErrorColumn && state.last && state.last->failed())
            return QBrush(theme::kError);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == BroughtColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant PullStatusModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ResourceColumn:
        return tr("What");
    case LastPullColumn:
        return tr("Last pull");
    case BroughtColumn:
        return tr("Brought");
    case NextColumn:
        return tr("Next");
    case ErrorColumn:
        return tr("Error");
    default:
        return {};
    }
}

void PullStatusModel::setStates(const QList<PullResourceState> &states, const std::optional<PullPlan> &plan)
{
    if (m_states.isEmpty() && !states.isEmpty()) {
        beginInsertRows({}, 0, int(states.size()) - 1);
        m_states = states;
        m_plan = plan;
        endInsertRows();
        return;
    }
    // The same resources every time (pullResources()): only cells change.
    QList<QStringList> was;
    for (const PullResourceState &state : std::as_const(m_states)) {
        QStringList cells;
        for (int c = 0; c < ColumnCount; ++c)
            cells << text(state, c);
        was << cells;
    }
    m_plan = plan;
    for (int row = 0; row < m_states.size() && row < states.size(); ++row) {
        m_states[row] = states.at(row);
        int first = -1;
        int last = -1;
        for (int c = 0; c < ColumnCount; ++c) {
            if (text(m_states.at(row), c) != was.at(row).at(c)) {
                first = first < 0 ? c : first;
                last = c;
            }
        }
        if (first >= 0)
            emit dataChanged(index(row, first), index(row, last));
    }
}

int PullStatusModel::rowOf(const QString &resource) const
{
    for (int row = 0; row < m_states.size(); ++row) {
        if (m_states.at(row).resource == resource)
            return row;
    }
    return -1;
}

} // namespace fb
