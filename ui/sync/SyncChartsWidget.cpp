#include "ui/sync/SyncChartsWidget.h"

#include "app/services/SyncHealth.h"
#include "ui/shell/AppServices.h"
#include "ui/widgets/Theme.h"

#include <QCursor>
#include <QHBoxLayout>
#include <QLabel>
#include <QStackedWidget>
#include <QTimer>
#include <QToolTip>
#include <QVBoxLayout>
#include <QtCharts/QCategoryAxis>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QLegend>
#include <QtCharts/QLegendMarker>
#include <QtCharts/QLineSeries>
#include <QtCharts/QValueAxis>

#include <algorithm>
#include <cmath>

namespace fb {

namespace {

QColor crmColour(Crm crm)
{
    return crm == Crm::Legacy ? theme::kLegacyCrm : theme::kNewCrm;
}

// The top of the value axis: four intervals of 1, 2 or 5 × 10^n, at least 1 each (the figures are whole numbers).
qreal niceTop(qreal highest)
{
    const qreal raw = std::max<qreal>(highest, 1.0) / 4.0;
    const qreal magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    qreal step = 10.0 * magnitude;
    for (qreal factor : {1.0, 2.0, 5.0}) {
        if (factor * magnitude >= raw) {
            step = factor * magnitude;
            break;
        }
    }
    return std::max<qreal>(step, 1.0) * 4.0;
}

QValueAxis *valueAxis(QChart *chart)
{
    const QList<QAbstractAxis *> axes = chart->axes(Qt::Vertical);
    return axes.isEmpty() ? nullptr : qobject_cast<QValueAxis *>(axes.first());
}

QCategoryAxis *timeAxis(QChart *chart)
{
    const QList<QAbstractAxis *> axes = chart->axes(Qt::Horizontal);
    return axes.isEmpty() ? nullptr : qobject_cast<QCategoryAxis *>(axes.first());
}

QXYSeries *findSeries(QChartView *view, const QString &objectName)
{
    for (QAbstractSeries *s : view->chart()->series()) {
        if (s->objectName() == objectName)
            return qobject_cast<QXYSeries *>(s);
    }
    return nullptr;
}

} // namespace

SyncChartsWidget::SyncChartsWidget(AppServices &services, QWidget *parent)
    : QWidget(parent)
    , m_history(std::make_unique<SyncHistoryService>(services.station->db(), *services.clock))
    , m_offsetSeconds(services.clock->now().offsetFromUtc())
{
    setObjectName(QStringLiteral("syncChartsWidget"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_backlog = buildChart(QStringLiteral("backlog"), tr("Events waiting per CRM over the last 24 hours"),
                           tr("Nothing waited for either CRM in the last 24 hours."));
    m_latency = buildChart(QStringLiteral("latency"), tr("Delivery latency per CRM and hour over the last 24 hours"),
                           tr("No deliveries to either CRM in the last 24 hours."));
    for (Crm crm : allCrms()) {
        const QString suffix = QLatin1Char('_') + crmName(crm);
        addSeries(m_backlog.view->chart(), QStringLiteral("backlogSeries") + suffix, crmTitle(crm), crm, false,
                  [this](const QPointF &p) { return tr("%1: %2 waiting").arg(hourText(qint64(p.x()))).arg(p.y()); });
        for (bool p95 : {false, true})
            addLatencySeries(crm, p95, 1);
    }
    m_timer = new QTimer(this);
    m_timer->setInterval(kRefreshMs);
    connect(m_timer, &QTimer::timeout, this, [this] {
        if (isVisible())
            refresh();
    });
    m_timer->start();
}

SyncChartsWidget::~SyncChartsWidget() = default;

SyncChartsWidget::Chart SyncChartsWidget::buildChart(const QString &name, const QString &accessibleName,
                                                     const QString &emptyText)
{
    Chart c;
    c.emptyText = emptyText;
    auto *column = new QVBoxLayout;
    column->setSpacing(2);
    c.summary = new QLabel(this);
    c.summary->setObjectName(name + QStringLiteral("SummaryLabel"));
    c.summary->setAccessibleName(accessibleName);
    c.summary->setWordWrap(true);
    c.summary->setTextInteractionFlags(Qt::TextSelectableByKeyboard | Qt::TextSelectableByMouse);
    column->addWidget(c.summary);

    auto *chart = new QChart;
    chart->setBackgroundRoundness(0);
    chart->setBackgroundBrush(palette().color(QPalette::Base));
    chart->setBackgroundPen(QPen(palette().color(QPalette::Mid)));
    chart->setMargins(QMargins(2, 2, 2, 2));
    chart->legend()->setAlignment(Qt::AlignRight); // the height is scarcer than the width at 1366 × 768
    chart->legend()->setMarkerShape(QLegend::MarkerShapeFromSeries);
    chart->legend()->setLabelColor(palette().color(QPalette::Text));
    const QFont small = theme::scaled(font(), theme::kSmallScale);
    chart->legend()->setFont(small);
    auto *x = new QCategoryAxis(chart);
    x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    auto *y = new QValueAxis(chart);
    for (QAbstractAxis *axis : {static_cast<QAbstractAxis *>(x), static_cast<QAbstractAxis *>(y)}) {
        axis->setLabelsFont(small);
        axis->setLabelsColor(palette().color(QPalette::Text));
        axis->setGridLineColor(palette().color(QPalette::Midlight));
        axis->setLinePenColor(palette().color(QPalette::Mid));
    }
    y->setMin(0);
    y->setTickCount(5);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);

    c.view = new QChartView(chart, this);
    c.view->setObjectName(name + QStringLiteral("ChartView"));
    c.view->setAccessibleName(accessibleName);
    c.view->setRenderHint(QPainter::Antialiasing);
    c.view->setFrameShape(QFrame::NoFrame);
    c.view->setFocusPolicy(Qt::NoFocus); // nothing to operate; the summary above says it in words
    c.view->setMinimumSize(240, 130);
    c.empty = new QLabel(emptyText, this);
    c.empty->setObjectName(name + QStringLiteral("EmptyLabel"));
    c.empty->setAlignment(Qt::AlignCenter);
    c.empty->setWordWrap(true);
    c.empty->setFrameShape(QFrame::StyledPanel);
    c.stack = new QStackedWidget(this);
    c.stack->addWidget(c.view);
    c.stack->addWidget(c.empty);
    c.stack->setCurrentWidget(c.empty);
    column->addWidget(c.stack, 1);
    static_cast<QHBoxLayout *>(layout())->addLayout(column, 1);
    return c;
}

QXYSeries *SyncChartsWidget::addSeries(QChart *chart, const QString &objectName, const QString &name, Crm crm,
                                       bool dashed, const std::function<QString(const QPointF &)> &describe)
{
    auto *series = new QLineSeries(chart);
    series->setObjectName(objectName);
    series->setName(name);
    // p95 dashed and lighter, so that the legend's swatches tell the two lines apart as well.
    QPen pen(dashed ? crmColour(crm).lighter(150) : crmColour(crm), 2.0);
    if (dashed)
        pen.setStyle(Qt::DashLine);
    series->setPen(pen);
    chart->addSeries(series);
    series->attachAxis(timeAxis(chart));
    series->attachAxis(valueAxis(chart));
    connect(series, &QXYSeries::hovered, this, [this, series, name, describe](const QPointF &point, bool entered) {
        if (!entered) {
            QToolTip::hideText();
            return;
        }
        // The nearest recorded point, not the spot on the line between two of them.
        const QList<QPointF> points = series->points();
        if (points.isEmpty())
            return;
        const auto nearest = std::min_element(points.begin(), points.end(), [&](const QPointF &a, const QPointF &b) {
            return std::abs(a.x() - point.x()) < std::abs(b.x() - point.x());
        });
        QToolTip::showText(QCursor::pos(), name + QStringLiteral(" — ") + describe(*nearest), this);
    });
    return series;
}

QString SyncChartsWidget::latencySeriesName(Crm crm, bool p95, int run)
{
    QString name = (p95 ? QStringLiteral("latencyP95Series_") : QStringLiteral("latencyP50Series_")) + crmName(crm);
    if (run > 1)
        name += QLatin1Char('_') + QString::number(run);
    return name;
}

QXYSeries *SyncChartsWidget::addLatencySeries(Crm crm, bool p95, int run)
{
    const QString which = p95 ? QStringLiteral("p95") : QStringLiteral("p50");
    QXYSeries *series =
        addSeries(m_latency.view->chart(), latencySeriesName(crm, p95, run),
                  (p95 ? tr("%1 p95") : tr("%1 p50")).arg(crmTitle(crm)), crm, p95, [this, which](const QPointF &p) {
                      const qint64 start = qint64(p.x()) - SyncHistoryService::kHourMs / 2;
                      return tr("%1–%2: %3 %4 ms")
                          .arg(hourText(start), hourText(start + SyncHistoryService::kHourMs), which)
                          .arg(p.y());
                  });
    series->setPointsVisible(true); // a lone hour still shows, as a dot
    if (run > 1) {
        // The same line again after a gap: one legend entry is enough.
        for (QLegendMarker *marker : m_latency.view->chart()->legend()->markers(series))
            marker->setVisible(false);
    }
    return series;
}

QString SyncChartsWidget::hourText(qint64 ms) const
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::OffsetFromUTC, m_offsetSeconds).toString(QStringLiteral("HH:mm"));
}

void SyncChartsWidget::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
}

void SyncChartsWidget::refresh()
{
    auto day = m_history->lastDay();
    if (!day.ok()) {
        for (Chart *c : {&m_backlog, &m_latency}) {
            c->empty->setText(day.message());
            c->stack->setCurrentWidget(c->empty);
        }
        return;
    }
    for (Chart *c : {&m_backlog, &m_latency})
        c->empty->setText(c->emptyText);
    m_offsetSeconds = day->from.offsetFromUtc();
    showBacklog(*day);
    showLatency(*day);
}

void SyncChartsWidget::resetAxes(QChart *chart, const SyncDayHistory &day, qreal maxY, const QString &yFormat)
{
    const qint64 from = day.from.toMSecsSinceEpoch();
    const qint64 to = from + SyncHistoryService::kHours * SyncHistoryService::kHourMs;
    QCategoryAxis *x = timeAxis(chart);
    for (const QString &label : x->categoriesLabels())
        x->remove(label);
    x->setStartValue(qreal(from));
    // A label every three hours of the clock's day (00:00, 03:00 …), inside the range: the end is the coming hour,
    // and its label would be cut at the edge. The 23 hours labelled hold each hour once, as QCategoryAxis needs.
    for (qint64 at = from + SyncHistoryService::kHourMs; at < to; at += SyncHistoryService::kHourMs) {
        const QDateTime t = QDateTime::fromMSecsSinceEpoch(at, Qt::OffsetFromUTC, m_offsetSeconds);
        if (t.time().hour() % 3 == 0)
            x->append(hourText(at), qreal(at));
    }
    x->setRange(qreal(from), qreal(to));
    QValueAxis *y = valueAxis(chart);
    y->setLabelFormat(yFormat);
    y->setRange(0, niceTop(maxY));
}

void SyncChartsWidget::setSummary(Chart &chart, const QString &title, const QStringList &brief, const QStringList &full)
{
    // One line on the page (a chart has half the page's width: about 80 characters at 1366 pixels); the tooltip and
    // the screen reader get the whole sentences.
    QStringList escaped;
    for (const QString &line : brief)
        escaped << line.toHtmlEscaped();
    QString rich = QStringLiteral("<b>%1</b>").arg(title.toHtmlEscaped());
    if (!brief.isEmpty())
        rich += QStringLiteral(" — ") + escaped.join(QStringLiteral(" · "));
    chart.summary->setText(rich);
    const QString plain = title + QLatin1Char('\n') + full.join(QLatin1Char('\n'));
    chart.summary->setToolTip(plain);
    chart.summary->setAccessibleDescription(plain);
    // No tooltip of its own on the chart: hovering a point there says that point's time and value.
    chart.view->setAccessibleDescription(plain);
}

void SyncChartsWidget::showBacklog(const SyncDayHistory &day)
{
    QChart *chart = m_backlog.view->chart();
    QStringList brief;
    QStringList full;
    int highest = 0;
    for (const CrmHistory &h : day.crms) {
        QList<QPointF> points;
        points.reserve(h.backlog.size());
        const BacklogPoint *peak = nullptr;
        for (const BacklogPoint &p : h.backlog) {
            points.append(QPointF(qreal(p.atMs), p.waiting));
            if (!peak || p.waiting > peak->waiting)
                peak = &p;
        }
        findSeries(m_backlog.view, QStringLiteral("backlogSeries_") + crmName(h.crm))->replace(points);
        const int now = h.backlog.isEmpty() ? 0 : h.backlog.constLast().waiting;
        if (!peak || peak->waiting == 0) {
            brief << tr("%1 none").arg(crmTitle(h.crm));
            full << tr("%1: nothing waited").arg(crmTitle(h.crm));
        } else {
            brief << tr("%1 %2 now, peak %3 at %4")
                         .arg(crmTitle(h.crm))
                         .arg(now)
                         .arg(peak->waiting)
                         .arg(hourText(peak->atMs));
            full << tr("%1: %2 waiting now, at most %3 (at %4)")
                        .arg(crmTitle(h.crm))
                        .arg(now)
                        .arg(peak->waiting)
                        .arg(hourText(peak->atMs));
        }
        highest = std::max(highest, peak ? peak->waiting : 0);
    }
    resetAxes(chart, day, highest, QStringLiteral("%i"));
    const bool any = day.anyWaiting();
    setSummary(m_backlog, tr("Waiting, last 24 h"), any ? brief : QStringList(), full);
    m_backlog.stack->setCurrentWidget(any ? static_cast<QWidget *>(m_backlog.view) : m_backlog.empty);
}

void SyncChartsWidget::showLatency(const SyncDayHistory &day)
{
    QChart *chart = m_latency.view->chart();
    QStringList brief;
    QStringList full;
    qint64 highest = 0;
    // The runs after a gap are made anew below.
    for (QXYSeries *series : std::as_const(m_latencyRuns)) {
        chart->removeSeries(series);
        delete series;
    }
    m_latencyRuns.clear();
    for (const CrmHistory &h : day.crms) {
        // One line per run of hours with deliveries: an hour without any is a gap, not a slope between its neighbours.
        QList<QList<QPointF>> p50(1);
        QList<QList<QPointF>> p95(1);
        const LatencyBucket *latest = nullptr;
        for (const LatencyBucket &b : h.latency) {
            if (b.delivered <= 0) {
                if (!p50.constLast().isEmpty()) {
                    p50.append(QList<QPointF>());
                    p95.append(QList<QPointF>());
                }
                continue;
            }
            // Drawn in the middle of its hour.
            const qreal x = qreal(b.startMs + SyncHistoryService::kHourMs / 2);
            p50.last().append(QPointF(x, qreal(b.p50Ms)));
            p95.last().append(QPointF(x, qreal(b.p95Ms)));
            highest = std::max(highest, b.p95Ms);
            latest = &b;
        }
        for (bool high : {false, true}) {
            const QList<QList<QPointF>> &runs = high ? p95 : p50;
            for (int run = 1; run <= runs.size(); ++run) {
                if (run > 1 && runs.at(run - 1).isEmpty())
                    continue; // the trailing empty run
                QXYSeries *series = findSeries(m_latency.view, latencySeriesName(h.crm, high, 1));
                if (run > 1) {
                    series = addLatencySeries(h.crm, high, run);
                    m_latencyRuns.append(series);
                }
                series->replace(runs.at(run - 1));
            }
        }
        if (!latest) {
            brief << tr("%1 none").arg(crmTitle(h.crm));
            full << tr("%1: no deliveries").arg(crmTitle(h.crm));
        } else {
            const QString hour = hourText(latest->startMs);
            brief << tr("%1 %2 / %3 ms at %4").arg(crmTitle(h.crm)).arg(latest->p50Ms).arg(latest->p95Ms).arg(hour);
            full << tr("%1: p50 %2 ms, p95 %3 ms at %4–%5 (%n delivered)", nullptr, latest->delivered)
                        .arg(crmTitle(h.crm))
                        .arg(latest->p50Ms)
                        .arg(latest->p95Ms)
                        .arg(hour, hourText(latest->startMs + SyncHistoryService::kHourMs));
        }
    }
    resetAxes(chart, day, qreal(highest), QStringLiteral("%i ms"));
    const bool any = day.anyDelivered();
    setSummary(m_latency, tr("Latency p50 / p95, last 24 h"), any ? brief : QStringList(), full);
    m_latency.stack->setCurrentWidget(any ? static_cast<QWidget *>(m_latency.view) : m_latency.empty);
}

} // namespace fb
