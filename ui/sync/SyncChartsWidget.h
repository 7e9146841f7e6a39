#pragma once
// The Sync page's pictures of the last 24 hours, both CRMs in each: events waiting (every 15 minutes) and delivery
// latency p50 / p95 per hour. Read through SyncHistoryService when shown and once a minute while visible. Each chart
// has a one-line summary of the latest figures above it (whole sentences in its tooltip and in the chart's accessible
// description), a tooltip per point when pointed at, and says so in words when there is nothing to draw.

#include "app/services/SyncHistoryService.h"

#include <QList>
#include <QWidget>

#include <functional>
#include <memory>

class QChart;
class QChartView;
class QLabel;
class QStackedWidget;
class QTimer;
class QXYSeries;

namespace fb {

struct AppServices;

class SyncChartsWidget : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kRefreshMs = 60 * 1000;

    explicit SyncChartsWidget(AppServices &services, QWidget *parent = nullptr);
    ~SyncChartsWidget() override;

    // Re-reads the last 24 hours and redraws both charts.
    void refresh();

    QChartView *backlogView() const { return m_backlog.view; }
    QChartView *latencyView() const { return m_latency.view; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    struct Chart
    {
        QLabel *summary = nullptr; // title and latest figures
        QStackedWidget *stack = nullptr;
        QChartView *view = nullptr;
        QLabel *empty = nullptr;
        QString emptyText; // what `empty` says unless reading failed
    };
    Chart buildChart(const QString &name, const QString &accessibleName, const QString &emptyText);
    void showBacklog(const SyncDayHistory &day);
    void showLatency(const SyncDayHistory &day);
    void setSummary(Chart &chart, const QString &title, const QStringList &brief, const QStringList &full);
    void resetAxes(QChart *chart, const SyncDayHistory &day, qreal maxY, const QString &yFormat);
    QXYSeries *addSeries(QChart *chart, const QString &objectName, const QString &name, Crm crm, bool dashed,
                         const std::function<QString(const QPointF &)> &describe);
    // The latency lines: run 1 always exists (the legend entry); runs 2… are the same line after an hour without
    // deliveries, made anew on each refresh.
    static QString latencySeriesName(Crm crm, bool p95, int run);
    QXYSeries *addLatencySeries(Crm crm, bool p95, int run);
    QString hourText(qint64 ms) const;

    std::unique_ptr<SyncHistoryService> m_history;
    int m_offsetSeconds = 0; // the clock's zone, for the hours written on the axis and in the summaries
    Chart m_backlog;
    Chart m_latency;
    QList<QXYSeries *> m_latencyRuns; // latency lines after a gap (runs 2…)
    QTimer *m_timer = nullptr;
};

} // namespace fb
