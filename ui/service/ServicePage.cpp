#include "ui/service/ServicePage.h"

#include "app/scanner/Scan.h"
#include "ui/service/AllComplaintsView.h"
#include "ui/service/RegisterComplaintForm.h"
#include "ui/service/ServiceDashboardView.h"
#include "ui/service/ServiceDesk.h"
#include "ui/service/TrackComplaintView.h"
#include "ui/shell/AppServices.h"
#include "ui/widgets/Theme.h"
#include "ui/widgets/VerticalScrollArea.h"

#include <QAction>
#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

namespace fb {

ServicePage::ServicePage(AppServices &services, QWidget *parent)
    : Page(parent)
    , m_desk(std::make_unique<ServiceDesk>(services))
{
    auto *layout = new QVBoxLayout(this);
    auto *heading = new QLabel(tr("Service desk"), this);
    heading->setObjectName(QStringLiteral("pageTitle"));
    heading->setFont(theme::scaledBold(heading->font(), theme::kHeadingScale));
    layout->addWidget(heading);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("serviceTabs"));
    m_tabs->setAccessibleName(tr("Service desk sections"));
    m_dashboard = new ServiceDashboardView(*m_desk, m_tabs);
    m_register = new RegisterComplaintForm(*m_desk, m_tabs);
    m_register->setObjectName(QStringLiteral("registerComplaintForm"));
    m_complaints = new AllComplaintsView(*m_desk, m_tabs);
    m_track = new TrackComplaintView(*m_desk, m_tabs);
    m_tabs->addTab(m_dashboard, tr("Dashboard  (Ctrl+1)"));
    // The form is long (every field can have a message under it): it scrolls on a short screen.
    m_tabs->addTab(new VerticalScrollArea(m_register, m_tabs), tr("Register complaint  (Ctrl+2)"));
    m_tabs->addTab(m_complaints, tr("All complaints  (Ctrl+3)"));
    m_tabs->addTab(m_track, tr("Track complaint  (Ctrl+4)"));
    m_tabs->setCurrentIndex(RegisterTab);
    layout->addWidget(m_tabs, 1);

    auto addShortcut = [this](const QString &name, const QList<QKeySequence> &keys, auto slot) {
        auto *action = new QAction(this);
        action->setObjectName(name);
        action->setShortcuts(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
    };
    addShortcut(QStringLiteral("showDashboardAction"), {QKeySequence(Qt::CTRL | Qt::Key_1)},
                [this] { showTab(DashboardTab); });
    addShortcut(QStringLiteral("showRegisterAction"),
                {QKeySequence(Qt::CTRL | Qt::Key_2), QKeySequence(Qt::CTRL | Qt::Key_N)},
                [this] { showTab(RegisterTab); });
    addShortcut(QStringLiteral("showComplaintsAction"), {QKeySequence(Qt::CTRL | Qt::Key_3)},
                [this] { showTab(ComplaintsTab); });
    addShortcut(QStringLiteral("findComplaintAction"), {QKeySequence(Qt::CTRL | Qt::Key_F)}, [this] {
        showTab(ComplaintsTab);
        m_complaints->focusSearch();
    });
    addShortcut(QStringLiteral("showTrackAction"), {QKeySequence(Qt::CTRL | Qt::Key_4)}, [this] { showTab(TrackTab); });

    connect(m_tabs, &QTabWidget::currentChanged, this, &ServicePage::onTabChanged);
    connect(m_register, &RegisterComplaintForm::notify, this, &Page::notify);
    connect(m_dashboard, &ServiceDashboardView::notify, this, &Page::notify);
    connect(m_complaints, &AllComplaintsView::notify, this, &Page::notify);
}

ServicePage::~ServicePage() = default;

void ServicePage::setActor(const Actor &actor)
{
    Page::setActor(actor);
    m_register->setActor(actor);
    m_track->setActor(actor);
    if (!actor.operatorCode.isEmpty()) {
        m_register->refreshMasterData();
        m_complaints->refreshMasterData();
    }
    m_complaints->setActor(actor);
    m_dashboard->setActor(actor);
}

void ServicePage::showTab(Tab tab)
{
    if (m_tabs->currentIndex() == tab)
        onTabChanged(tab); // fresh figures and the focus where it belongs
    else
        m_tabs->setCurrentIndex(tab);
}

void ServicePage::onTabChanged(int index)
{
    if (m_actor.operatorCode.isEmpty())
        return;
    switch (index) {
    case DashboardTab:
        m_dashboard->refresh();
        break;
    case ComplaintsTab:
        m_complaints->reload();
        break;
    default:
        break;
    }
    focusTab();
}

void ServicePage::focusTab()
{
    switch (m_tabs->currentIndex()) {
    case DashboardTab:
        m_dashboard->focusList();
        break;
    case RegisterTab:
        m_register->focusFirstField();
        break;
    case ComplaintsTab:
        m_complaints->focusSearch();
        break;
    case TrackTab:
        m_track->focusFirstField();
        break;
    default:
        break;
    }
}

void ServicePage::onShown()
{
    m_register->refreshMasterData();
    m_complaints->refreshMasterData();
    onTabChanged(m_tabs->currentIndex());
}

void ServicePage::onScan(const Scan &scan)
{
    switch (m_tabs->currentIndex()) {
    case ComplaintsTab:
        m_complaints->searchFor(scan.text);
        break;
    case TrackTab:
        m_track->takeSerial(scan.text);
        break;
    default:
        // On the dashboard or the form, a scanned unit starts a complaint.
        m_tabs->setCurrentIndex(RegisterTab);
        m_register->takeSerial(scan.text);
        break;
    }
}

} // namespace fb
