#include "ui/sync/SyncPage.h"

#include "app/core/SyncControl.h"
#include "ui/shell/AppServices.h"
#include "ui/sync/FailedQueueModel.h"
#include "ui/sync/PullPanel.h"
#include "ui/sync/SyncChartsWidget.h"
#include "ui/widgets/Theme.h"
#include "ui/widgets/VerticalScrollArea.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyle>
#include <QSystemTrayIcon>
#include <QTableView>
#include <QTimeZone>
#include <QTimer>
#include <QVBoxLayout>

namespace fb {

namespace {

QLabel *figureLabel(const QString &objectName, const QString &accessible, QWidget *parent)
{
    auto *l = new QLabel(parent);
    l->setObjectName(objectName);
    l->setAccessibleName(accessible);
    l->setTextInteractionFlags(Qt::TextSelectableByKeyboard | Qt::TextSelectableByMouse);
    return l;
}

QString prettyJson(const QString &text)
{
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8());
    return doc.isNull() ? text : QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
}

} // namespace

SyncPage::SyncPage(AppServices &services, QWidget *parent)
    : Page(parent)
    , m_services(services)
    , m_control(services.sync)
    , m_admin(std::make_unique<SyncAdminService>(services.station->db(), services.station->settings(), *services.clock,
                                                 services.sync))
    , m_alerts(*services.clock)
{
    // At large text sizes the panels, charts and failed queue are taller than a 1366×768 screen: the page scrolls
    // down (never sideways) rather than squashing its figures.
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(new VerticalScrollArea(content, this));
    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("syncAlertBanner"));
    m_banner->setAccessibleName(tr("Delivery alert"));
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(QStringLiteral("background: %1; %2 padding: 6px; border-radius: 3px;")
                                .arg(theme::kErrorBackground.name(), theme::errorText()));
    m_banner->hide();
    layout->addWidget(m_banner);

    auto *panels = new QHBoxLayout;
    for (Crm crm : allCrms()) {
        m_panels[static_cast<size_t>(crm)] = buildPanel(crm);
        panels->addWidget(m_panels[static_cast<size_t>(crm)].box, 1);
    }
    layout->addLayout(panels);
    // Below the delivery panels: the last 24 hours (refreshed on its own schedule) beside the pulls from the new CRM.
    // Three panels in one row made the window 1501 px wide at 150 % text; charts shrink, panels of figures do not.
    auto *history = new QHBoxLayout;
    history->addWidget(new SyncChartsWidget(services, this), 2);
    auto *pulls = new PullPanel(services, *this, this);
    connect(pulls, &PullPanel::notify, this, &Page::notify);
    history->addWidget(pulls, 1);
    layout->addLayout(history, 1);

    auto *title = new QLabel(tr("&Failed queue — events a CRM refused or that ran out of attempts"), this);
    layout->addWidget(title);
    m_model = new FailedQueueModel(this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("failedQueueView"));
    m_view->setAccessibleName(tr("Failed queue"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setSectionResizeMode(FailedQueueModel::LastErrorColumn, QHeaderView::Stretch);
    for (auto [column, width] : {std::pair{FailedQueueModel::IdColumn, 60},
                                 {FailedQueueModel::CrmColumn, 100},
                                 {FailedQueueModel::EventTypeColumn, 170},
                                 {FailedQueueModel::OrderingKeyColumn, 170},
                                 {FailedQueueModel::AttemptsColumn, 70},
                                 {FailedQueueModel::FailedAtColumn, 150}})
        m_view->setColumnWidth(column, width);
    title->setBuddy(m_view);
    layout->addWidget(m_view, 1);

    auto *buttons = new QHBoxLayout;
    m_inspect = new QPushButton(tr("&Inspect (Enter)"), this);
    m_inspect->setObjectName(QStringLiteral("inspectButton"));
    m_inspect->setAccessibleName(tr("Inspect the selected event: payload and the CRM's answer"));
    m_retry = new QPushButton(tr("&Retry now (Ctrl+R)"), this);
    m_retry->setObjectName(QStringLiteral("retryButton"));
    m_retry->setAccessibleName(tr("Send the selected event again now"));
    m_discard = new QPushButton(tr("&Discard… (Delete)"), this);
    m_discard->setObjectName(QStringLiteral("discardButton"));
    m_discard->setAccessibleName(tr("Discard the selected event, with a reason"));
    buttons->addWidget(m_inspect);
    buttons->addWidget(m_retry);
    buttons->addWidget(m_discard);
    buttons->addStretch();
    layout->addLayout(buttons);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("failedQueueMessage"));
    m_message->setAccessibleName(tr("Result of the last action"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);

    connect(m_inspect, &QPushButton::clicked, this, &SyncPage::inspectSelected);
    connect(m_retry, &QPushButton::clicked, this, &SyncPage::retrySelected);
    connect(m_discard, &QPushButton::clicked, this, &SyncPage::discardSelected);
    connect(m_view, &QTableView::activated, this, &SyncPage::inspectSelected);
    const auto shortcut = [this](const QList<QKeySequence> &keys, void (SyncPage::*slot)()) {
        auto *action = new QAction(this);
        action->setShortcuts(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
    };
    shortcut({QKeySequence(Qt::CTRL | Qt::Key_I)}, &SyncPage::inspectSelected);
    shortcut({QKeySequence(Qt::CTRL | Qt::Key_R)}, &SyncPage::retrySelected);
    shortcut({QKeySequence(Qt::Key_Delete), QKeySequence(Qt::CTRL | Qt::Key_D)}, &SyncPage::discardSelected);
    shortcut({QKeySequence(Qt::CTRL | Qt::Key_F5)}, &SyncPage::refresh); // F5 alone opens the Service page
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &SyncPage::updateActions);

    m_soon = new QTimer(this);
    m_soon->setSingleShot(true);
    m_soon->setInterval(250);
    connect(m_soon, &QTimer::timeout, this, &SyncPage::refresh);
    if (m_control)
        connect(m_control, &SyncControl::crmStatusChanged, m_soon, qOverload<>(&QTimer::start));
    m_timer = new QTimer(this);
    m_timer->setInterval(kRefreshMs);
    connect(m_timer, &QTimer::timeout, this, &SyncPage::refresh);
    m_timer->start(); // also while another page is shown: the alerts must not wait for someone to look
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning), this);
        m_tray->setToolTip(tr("Floorbridge delivery"));
    }
    refresh();
    updateActions();
}

SyncPage::~SyncPage() = default;

SyncPage::Panel SyncPage::buildPanel(Crm crm)
{
    const QString suffix = QLatin1Char('_') + crmName(crm);
    Panel p;
    p.box = new QGroupBox(crmTitle(crm), this);
    p.box->setObjectName(QStringLiteral("crmPanel") + suffix);
    p.box->setAccessibleName(tr("Delivery to the %1").arg(crmTitle(crm)));
    auto *form = new QFormLayout(p.box);
    p.state = figureLabel(QStringLiteral("stateLabel") + suffix, tr("%1 state").arg(crmTitle(crm)), p.box);
    p.state->setWordWrap(true);
    // The state and its reason take two lines in a narrow panel; the form layout would give the wrapped text one.
    p.state->setMinimumHeight(p.state->fontMetrics()
                                  .boundingRect(QRect(0, 0, 1000, 1000), Qt::TextWordWrap, QStringLiteral("X\nX"))
                                  .height());
    p.backlog = figureLabel(QStringLiteral("backlogLabel") + suffix, tr("%1 backlog").arg(crmTitle(crm)), p.box);
    p.oldest = figureLabel(QStringLiteral("oldestLabel") + suffix, tr("%1 oldest waiting").arg(crmTitle(crm)), p.box);
    p.latency = figureLabel(QStringLiteral("latencyLabel") + suffix, tr("%1 latency").arg(crmTitle(crm)), p.box);
    p.errorRate = figureLabel(QStringLiteral("errorRateLabel") + suffix, tr("%1 error rate").arg(crmTitle(crm)), p.box);
    p.failed = figureLabel(QStringLiteral("failedLabel") + suffix, tr("%1 failed events").arg(crmTitle(crm)), p.box);
    p.lastSuccess =
        figureLabel(QStringLiteral("lastSuccessLabel") + suffix, tr("%1 last delivery").arg(crmTitle(crm)), p.box);
    form->addRow(tr("State:"), p.state);
    form->addRow(tr("Waiting:"), p.backlog);
    form->addRow(tr("Oldest waiting:"), p.oldest);
    form->addRow(tr("Latency p50 / p95 (1 h):"), p.latency);
    form->addRow(tr("Error rate (1 h):"), p.errorRate);
    form->addRow(tr("Failed:"), p.failed);
    form->addRow(tr("Last delivery:"), p.lastSuccess);
    p.resume = new QPushButton(crm == Crm::Legacy ? tr("Resume the &legacy CRM") : tr("Resume the &new CRM"), p.box);
    p.resume->setObjectName(QStringLiteral("resumeButton") + suffix);
    p.resume->setAccessibleName(tr("Resume delivery to the %1").arg(crmTitle(crm)));
    p.resume->hide();
    connect(p.resume, &QPushButton::clicked, this, [this, crm] { resume(crm); });
    form->addRow(p.resume);
    return p;
}

QString SyncPage::ageText(qint64 ms)
{
    if (ms <= 0)
        return tr("nothing waiting");
    const qint64 s = ms / 1000;
    if (s < 60)
        return tr("%1 s").arg(s);
    if (s < 3600)
        return tr("%1 min").arg(s / 60);
    if (s < 48 * 3600)
        return tr("%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60);
    return tr("%1 days").arg(s / 86400);
}

void SyncPage::showOverview(const CrmSyncOverview &o)
{
    Panel &p = m_panels[static_cast<size_t>(o.health.crm)];
    const bool paused = !o.health.pausedReason.isEmpty();
    if (paused)
        p.state->setText(tr("Paused: %1").arg(o.health.pausedReason));
    else if (!o.blockedReason.isEmpty())
        p.state->setText(tr("Blocked: %1").arg(o.blockedReason));
    else if (!m_control)
        p.state->setText(tr("Not delivering from this window (see floorbridge-ctl status)."));
    else
        p.state->setText(tr("Delivering"));
    p.state->setStyleSheet(paused || !o.blockedReason.isEmpty() ? theme::errorText() : QString());
    p.backlog->setText(QString::number(o.health.pending));
    p.oldest->setText(ageText(o.oldestAgeMs));
    p.latency->setText(o.lastHour.p50Ms < 0 ? tr("no deliveries in the last hour")
                                            : tr("%1 ms / %2 ms").arg(o.lastHour.p50Ms).arg(o.lastHour.p95Ms));
    const QString rate = QString::number(o.lastHour.errorRate() * 100.0, 'f', 1);
    p.errorRate->setText(o.lastHour.attempts == 0   ? tr("no attempts in the last hour")
                         : o.lastHour.attempts == 1 ? tr("%1 % of 1 attempt").arg(rate)
                                                    : tr("%1 % of %2 attempts").arg(rate).arg(o.lastHour.attempts));
    p.failed->setText(QString::number(o.health.failed));
    p.failed->setStyleSheet(o.health.failed > 0 ? theme::errorText() : QString());
    p.lastSuccess->setText(o.health.lastSuccessAt.isEmpty()
                               ? tr("none yet")
                               : QDateTime::fromMSecsSinceEpoch(o.lastSuccessMs, m_services.clock->now().timeZone())
                                     .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    p.resume->setVisible(paused);
    p.resume->setEnabled(mayAdminister());
}

void SyncPage::refresh()
{
    m_alerts.setThresholdMinutes(
        m_services.station->settings().intValue(SyncAlerts::thresholdKey(), SyncAlerts::kDefaultMinutes));
    bool anyTrouble = false;
    for (Crm crm : allCrms()) {
        auto o = m_admin->overview(crm);
        if (!o.ok()) {
            m_panels[static_cast<size_t>(crm)].state->setText(o.message());
            continue;
        }
        showOverview(*o);
        for (const SyncAlert &alert : m_alerts.update(*o))
            raise(alert);
        anyTrouble = anyTrouble || o->health.failed > 0 || m_alerts.failingSinceMs(crm) > 0;
    }
    auto failed = m_admin->failedQueue();
    if (failed.ok())
        m_model->setRows(*failed);
    if (!anyTrouble)
        m_banner->hide();
    updateActions();
}

void SyncPage::raise(const SyncAlert &alert)
{
    m_raised.append(alert);
    m_banner->setText(alert.text); // the title is for the desktop notification
    m_banner->show();
    emit notify(alert.text, true);
    if (m_tray) {
        m_tray->show();
        m_tray->showMessage(alert.title, alert.text, QSystemTrayIcon::Warning);
    }
}

void SyncPage::setActor(const Actor &actor)
{
    Page::setActor(actor);
    updateActions();
    for (Panel &p : m_panels)
        p.resume->setEnabled(mayAdminister());
}

bool SyncPage::mayAdminister() const
{
    return !m_actor.operatorCode.isEmpty() && roleAllows(m_actor.role, Permission::ManageSync);
}

void SyncPage::updateActions()
{
    const bool selected = selectedId() > 0;
    m_inspect->setEnabled(selected);
    m_retry->setEnabled(selected && mayAdminister());
    m_discard->setEnabled(selected && mayAdminister());
    const QString why = mayAdminister() ? QString() : tr("Retrying and discarding need the Admin role.");
    m_retry->setToolTip(why);
    m_discard->setToolTip(why);
}

void SyncPage::onShown()
{
    refresh();
    if (m_model->rowCount() > 0 && !m_view->currentIndex().isValid())
        m_view->setCurrentIndex(m_model->index(0, 0));
    m_view->setFocus();
}

qint64 SyncPage::selectedId() const
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid() || current.row() >= m_model->rowCount())
        return 0;
    return m_model->rowAt(current.row()).row.id;
}

void SyncPage::say(const QString &text, bool isError)
{
    m_message->setText(text);
    m_message->setStyleSheet(isError ? theme::errorText() : QString());
    emit notify(text, isError);
}

void SyncPage::inspectSelected()
{
    const qint64 id = selectedId();
    if (id <= 0)
        return;
    auto detail = m_admin->inspect(id);
    if (!detail.ok()) {
        say(detail.message(), true);
        return;
    }
    const OutboxRow &r = detail->row;
    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("inspectDialog"));
    dialog->setWindowTitle(tr("Event %1 for the %2").arg(r.id).arg(crmTitle(r.crm)));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto *form = new QFormLayout(dialog);
    form->addRow(tr("Event:"), new QLabel(QStringLiteral("%1 (%2)").arg(r.eventType, r.eventId), dialog));
    form->addRow(tr("Ordering key:"), new QLabel(r.orderingKey, dialog));
    if (r.state == OutboxState::Failed)
        form->addRow(
            tr("Holds back:"),
            new QLabel(tr("%n event(s) sharing a serial or a document with it", nullptr, r.waitingBehind), dialog));
    form->addRow(tr("State:"), new QLabel(outboxStateName(r.state), dialog));
    form->addRow(tr("Attempts:"), new QLabel(QString::number(r.attempts), dialog));
    form->addRow(tr("Created:"), new QLabel(r.createdAt, dialog));
    form->addRow(tr("Failed at:"), new QLabel(detail->failedAt, dialog));
    const auto text = [dialog](const QString &name, const QString &accessible, const QString &content) {
        auto *edit = new QPlainTextEdit(content, dialog);
        edit->setObjectName(name);
        edit->setAccessibleName(accessible);
        edit->setReadOnly(true);
        edit->setTabChangesFocus(true);
        return edit;
    };
    const QString status = r.lastStatus > 0 ? tr("HTTP %1").arg(r.lastStatus) : tr("no answer");
    form->addRow(tr("Last error:"), text(QStringLiteral("inspectErrorText"), tr("Last error"),
                                         status + QStringLiteral("\n") + r.lastError));
    form->addRow(tr("CRM's answer:"), text(QStringLiteral("inspectResponseText"), tr("The CRM's last answer"),
                                           prettyJson(detail->response)));
    auto *payload = text(QStringLiteral("inspectPayloadText"), tr("Payload"), prettyJson(r.payload));
    payload->setMinimumHeight(220);
    form->addRow(tr("Payload:"), payload);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(close, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    form->addRow(close);
    connect(dialog, &QDialog::finished, this, [this] {
        activateWindow();
        m_view->setFocus();
    });
    dialog->resize(720, 620);
    dialog->open();
    dialog->activateWindow(); // not every window manager (nor the offscreen platform) does it for us
    payload->setFocus();
}

void SyncPage::retrySelected()
{
    const qint64 id = selectedId();
    if (id <= 0)
        return;
    Status s = m_admin->retryNow(m_actor, id);
    if (!s) {
        say(s.message(), true);
        return;
    }
    say(tr("Event %1 will be sent again now.").arg(id), false);
    refresh();
}

void SyncPage::discardSelected()
{
    const qint64 id = selectedId();
    if (id <= 0 || m_reasonDialog)
        return;
    if (!mayAdminister()) {
        // Let the service say why, in its words.
        say(m_admin->discard(m_actor, id, QStringLiteral("-")).message(), true);
        return;
    }
    auto *dialog = new QInputDialog(this);
    m_reasonDialog = dialog;
    dialog->setObjectName(QStringLiteral("discardReasonDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Discard event %1").arg(id));
    dialog->setLabelText(
        tr("Why is event %1 discarded? It will never be sent; the reason goes to the audit log.").arg(id));
    dialog->setOkButtonText(tr("Discard"));
    connect(dialog, &QInputDialog::textValueSelected, this, [this, id](const QString &reason) {
        Status s = m_admin->discard(m_actor, id, reason);
        if (!s) {
            say(s.message(), true);
            return;
        }
        say(tr("Event %1 discarded: %2").arg(id).arg(reason.simplified()), false);
        refresh();
    });
    connect(dialog, &QDialog::finished, this, [this] {
        activateWindow();
        m_view->setFocus();
    });
    dialog->open();
    dialog->activateWindow();
}

void SyncPage::resume(Crm crm)
{
    Status s = m_admin->resume(m_actor, crm);
    if (!s) {
        say(s.message(), true);
        return;
    }
    say(tr("Delivery to the %1 resumed.").arg(crmTitle(crm)), false);
    refresh();
}

} // namespace fb
