#pragma once
// All complaints as a table that fetches pages from ComplaintService::list (keyset paging, newest first) as the view
// scrolls: canFetchMore/fetchMore append one page with beginInsertRows, so 100,000 complaints are never loaded at
// once. A new filter re-queries from the first page.

#include "app/domain/Actor.h"
#include "app/domain/Complaint.h"

#include <QAbstractTableModel>

class QTableView;

namespace fb {

class ComplaintService;

class ComplaintListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NumberColumn,
        CreatedColumn,
        StatusColumn,
        CallTypeColumn,
        TechnicianColumn,
        CustomerColumn,
        SerialColumn,
        ModelColumn,
        ColumnCount
    };
    static constexpr int kPageSize = 100;

    ComplaintListModel(ComplaintService &complaints, QObject *parent = nullptr);

    void setActor(const Actor &actor);
    // Re-queries from the newest complaint (limit and paging fields of `filter` are the model's).
    void setFilter(const ComplaintFilter &filter);
    const ComplaintFilter &filter() const { return m_filter; }
    void reload() { setFilter(m_filter); }
    // One complaint changed (a call update, new codes): its row shows it without a re-query.
    void updateRow(const Complaint &complaint);

    const Complaint *complaintAt(int row) const;
    int rowOf(const QString &number) const;
    int pagesFetched() const { return m_pages; }
    QString lastError() const { return m_error; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent = {}) const override;
    void fetchMore(const QModelIndex &parent = {}) override;

signals:
    void loadFailed(const QString &message);

private:
    Result<ComplaintPage> fetchPage() const;

    ComplaintService &m_complaints;
    Actor m_actor;
    ComplaintFilter m_filter;
    QList<Complaint> m_rows;
    bool m_hasMore = false;
    qint64 m_nextCreatedMs = 0;
    QString m_nextNumber;
    int m_pages = 0;
    QString m_error;
};

// Fixed column widths (measuring every row of 100,000 is not an option) that fit a complaint number, a date-time and a
// serial in the view's font, whatever the text size.
void fitComplaintColumns(QTableView *view);

} // namespace fb
