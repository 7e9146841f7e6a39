#include "ui/sync/PullPanel.h"

#include "ui/shell/AppServices.h"
#include "ui/shell/Page.h"
#include "ui/sync/PullStatusModel.h"
#include "ui/widgets/Theme.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace fb {

PullPanel::PullPanel(AppServices &services, const Page &page, QWidget *parent)
    : QGroupBox(tr("Pulls from the new CRM"), parent)
    , m_services(services)
    , m_page(page)
    , m_control(services.pulls)
    , m_service(services.station->db(), services.pulls)
{
    setObjectName(QStringLiteral("pullPanel"));
    setAccessibleName(tr("Pulls from the new CRM"));
    auto *layout = new QVBoxLayout(this);

    auto *top = new QHBoxLayout;
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("pullStateLabel"));
    m_state->setAccessibleName(tr("Pull schedule"));
    m_state->setWordWrap(true);
    m_state->setTextInteractionFlags(Qt::TextSelectableByKeyboard | Qt::TextSelectableByMouse);
    top->addWidget(m_state, 1);
    const QKeySequence key(Qt::CTRL | Qt::SHIFT | Qt::Key_P);
    m_pullNow = new QPushButton(tr("&Pull now  (%1)").arg(key.toString(QKeySequence::NativeText)), this);
    m_pullNow->setObjectName(QStringLiteral("pullNowButton"));
    m_pullNow->setAccessibleName(tr("Pull changes and master data from the new CRM now"));
    m_pullNow->setFocusPolicy(Qt::NoFocus); // the key works from anywhere on the page
    top->addWidget(m_pullNow, 0, Qt::AlignTop);
    layout->addLayout(top);

    m_model = new PullStatusModel(*services.clock, this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("pullStatusView"));
    m_view->setAccessibleName(tr("Pulls per resource"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(PullStatusModel::ErrorColumn, QHeaderView::Stretch);
    m_view->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // the error column elides; its tooltip has it all
    m_view->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    layout->addWidget(m_view);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("pullMessage"));
    m_message->setAccessibleName(tr("Result of the last Pull now"));
    m_message->setWordWrap(true);
    m_message->hide();
    layout->addWidget(m_message);

    // A window shortcut on the panel: it works wherever the focus is on the Sync page, and only while it is shown.
    auto *action = new QAction(tr("Pull now"), this);
    action->setObjectName(QStringLiteral("pullNowAction"));
    action->setShortcut(key);
    action->setShortcutContext(Qt::WindowShortcut);
    connect(action, &QAction::triggered, this, &PullPanel::pullNow);
    addAction(action);
    connect(m_pullNow, &QPushButton::clicked, this, &PullPanel::pullNow);
    if (m_control)
        connect(m_control, &PullControl::planChanged, this, &PullPanel::refresh);
    else
        m_pullNow->setToolTip(tr("This window does not pull: use 'floorbridge-ctl pull'."));
    m_pullNow->setEnabled(m_control != nullptr);
    refresh();
}

PullPanel::~PullPanel() = default;

void PullPanel::refresh()
{
    auto states = m_service.overview();
    const std::optional<PullPlan> plan = m_service.plan();
    if (!states.ok()) {
        m_state->setText(states.message());
        m_state->setStyleSheet(theme::errorText());
        return;
    }
    m_model->setStates(*states, plan);
    showPlan(plan);
    if (m_askedAt.isValid() && plan && plan->running.isEmpty() && !plan->pullNowQueued)
        reportFinishedPull();
}

void PullPanel::showPlan(const std::optional<PullPlan> &plan)
{
    m_state->setStyleSheet(QString());
    if (!plan) {
        m_state->setText(tr("This window does not pull from the new CRM (see floorbridge-ctl pull)."));
        return;
    }
    if (!plan->blockedReason.isEmpty()) {
        m_state->setText(tr("Not pulling: %1").arg(plan->blockedReason));
        m_state->setStyleSheet(theme::errorText());
        return;
    }
    if (!plan->running.isEmpty()) {
        m_state->setText(plan->pullNowQueued
                             ? tr("Pulling %1… (Pull now follows)").arg(PullStatusModel::resourceTitle(plan->running))
                             : tr("Pulling %1…").arg(PullStatusModel::resourceTitle(plan->running)));
        return;
    }
    const auto when = [this](qint64 ms) {
        return ms <= m_services.clock->now().toMSecsSinceEpoch() ? tr("now") : m_model->timeText(ms);
    };
    // Spelt out instead of %n: the English plural forms live in a translation file this change does not touch.
    const auto failed = [&when](const QString &what, int failures, qint64 nextMs) {
        const QString count =
            failures == 1 ? tr("%1 failed").arg(what) : tr("%1 failed %2 times in a row").arg(what).arg(failures);
        return nextMs > 0 ? tr("%1: next try %2.").arg(count, when(nextMs))
                          : tr("%1 (pulled on demand only).").arg(count);
    };
    const auto part = [&](const QString &what, const QString &next, int failures, qint64 nextMs) {
        if (failures > 0)
            return failed(what, failures, nextMs);
        return nextMs > 0 ? next.arg(when(nextMs)) : tr("%1: on demand only.").arg(what);
    };
    const QStringList parts{
        part(tr("Changes"), tr("Next changes: %1."), plan->changesFailures, plan->nextChangesMs),
        part(tr("Master data"), tr("Next master data: %1."), plan->masterDataFailures, plan->nextMasterDataMs)};
    m_state->setText(parts.join(QLatin1Char(' ')));
    if (plan->changesFailures > 0 || plan->masterDataFailures > 0)
        m_state->setStyleSheet(theme::errorText());
}

void PullPanel::pullNow()
{
    const Status asked = m_service.pullNow(m_page.actor());
    if (!asked) {
        m_askedAt = QDateTime();
        say(asked.message(), true);
        refresh();
        return;
    }
    m_askedAt = m_services.clock->now();
    say(tr("Pulling from the new CRM…"), false);
    refresh();
}

void PullPanel::reportFinishedPull()
{
    // What the pulls since Pull now was pressed brought, or the first reason one failed.
    const QDateTime since = m_askedAt;
    m_askedAt = QDateTime();
    QStringList brought;
    QString failure;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const PullResourceState &state = m_model->stateAt(row);
        if (!state.last)
            continue;
        const QDateTime at = QDateTime::fromString(state.last->attemptedAt, Qt::ISODate);
        if (!at.isValid() || at < since.addMSecs(-since.time().msec())) // stored to the second
            continue;
        if (state.last->failed() && failure.isEmpty())
            failure = tr("%1: %2").arg(PullStatusModel::resourceTitle(state.resource), state.last->error);
        else if (!state.last->failed() && state.last->applied > 0)
            brought
                << tr("%1 %2").arg(state.last->applied).arg(PullStatusModel::resourceTitle(state.resource).toLower());
    }
    if (!failure.isEmpty())
        say(tr("Pull failed — %1").arg(failure), true);
    else if (brought.isEmpty())
        say(tr("Pulled from the new CRM: nothing new."), false);
    else
        say(tr("Pulled from the new CRM: %1.").arg(brought.join(QStringLiteral(", "))), false);
}

void PullPanel::say(const QString &text, bool isError)
{
    m_message->setText(text);
    m_message->setStyleSheet(isError ? theme::errorText() : QString());
    m_message->setVisible(!text.isEmpty());
    emit notify(text, isError);
}

} // namespace fb
