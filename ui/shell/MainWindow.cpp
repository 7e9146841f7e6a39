#include "ui/shell/MainWindow.h"

#include "app/scanner/Scan.h"
#include "app/services/OperatorService.h"
#include "app/services/SyncHealth.h"
#include "ui/lookup/LookupDialog.h"
#include "ui/scanner/KeyboardWedge.h"
#include "ui/shell/CrmStatusWidget.h"
#include "ui/shell/IdleWatcher.h"
#include "ui/shell/LoginWidget.h"
#include "ui/widgets/ElidedLabel.h"
#include "ui/widgets/Theme.h"

#include <QAction>
#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QScreen>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace fb {

MainWindow::MainWindow(AppServices services, QList<PageSpec> pages, QWidget *parent)
    : QMainWindow(parent)
    , m_services(std::move(services))
    , m_specs(std::move(pages))
    , m_operators(std::make_unique<OperatorService>(m_services.station->db(), m_services.station->settings(),
                                                    *m_services.clock))
{
    setObjectName(QStringLiteral("mainWindow"));
    // The platform adds the application display name ("DEMO01 — Floorbridge"); naming it here showed it twice.
    setWindowTitle(m_services.station->stationId());
    // Never taller or wider than the screen (a 1366×768 panel at packing stations and service desks).
    QSize size(1280, 800);
    if (const QScreen *s = screen())
        size = size.boundedTo(s->availableSize() - QSize(0, 40)); // the window's frame
    resize(size);

    m_top = new QStackedWidget(this);
    setCentralWidget(m_top);
    m_login = new LoginWidget(*m_operators, m_top);
    m_top->addWidget(m_login);
    buildShell();
    m_top->setCurrentWidget(m_login);
    connect(m_login, &LoginWidget::loggedIn, this, &MainWindow::onLoggedIn);

    // Delivery indicators are permanent: they stay visible on the login screen too.
    for (Crm crm : allCrms()) {
        auto *w = new CrmStatusWidget(crm, this);
        statusBar()->addPermanentWidget(w);
        m_crmStatus.append(w);
    }
    m_statusTimer = new QTimer(this);
    m_statusTimer->setInterval(1000);
    connect(m_statusTimer, &QTimer::timeout, this, &MainWindow::refreshSyncStatus);
    m_statusTimer->start();
    refreshSyncStatus();

    m_idle = new IdleWatcher(*m_services.clock, this);
    qApp->installEventFilter(m_idle);
    connect(m_idle, &IdleWatcher::idle, this, &MainWindow::lock);
}

MainWindow::~MainWindow()
{
    qApp->removeEventFilter(m_idle);
}

void MainWindow::buildShell()
{
    m_shell = new QWidget(m_top);
    m_shell->setObjectName(QStringLiteral("shell"));
    auto *outer = new QVBoxLayout(m_shell);
    outer->setContentsMargins(0, 0, 0, 0);

    auto *header = new QHBoxLayout;
    m_operatorLabel = new QLabel(m_shell);
    m_operatorLabel->setObjectName(QStringLiteral("operatorLabel"));
    m_operatorLabel->setAccessibleName(tr("Logged-in operator"));
    m_operatorLabel->setFont(theme::bold(m_operatorLabel->font()));
    m_lockButton = new QToolButton(m_shell);
    m_lockButton->setObjectName(QStringLiteral("lockButton"));
    auto *lockAction = new QAction(tr("&Lock"), this);
    lockAction->setObjectName(QStringLiteral("lockAction"));
    lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    lockAction->setShortcutContext(Qt::ApplicationShortcut);
    lockAction->setToolTip(tr("Lock the station (Ctrl+L)"));
    connect(lockAction, &QAction::triggered, this, &MainWindow::lock);
    m_lockButton->setDefaultAction(lockAction);
    m_lockButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_lookupAction = new QAction(tr("Look up a serial"), this);
    m_lookupAction->setObjectName(QStringLiteral("lookupAction"));
    m_lookupAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    m_lookupAction->setShortcutContext(Qt::ApplicationShortcut);
    m_lookupAction->setToolTip(tr("Look up a serial from any page (Ctrl+K)"));
    connect(m_lookupAction, &QAction::triggered, this, &MainWindow::openLookup);
    auto *lookupButton = new QToolButton(m_shell);
    lookupButton->setObjectName(QStringLiteral("lookupButton"));
    lookupButton->setDefaultAction(m_lookupAction);
    lookupButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    header->addWidget(m_operatorLabel);
    header->addStretch();
    header->addWidget(lookupButton);
    header->addWidget(m_lockButton);
    outer->addLayout(header);

    auto *body = new QHBoxLayout;
    m_nav = new QListWidget(m_shell);
    m_nav->setObjectName(QStringLiteral("navigationList"));
    m_nav->setAccessibleName(tr("Pages"));
    m_stack = new QStackedWidget(m_shell);
    m_stack->setObjectName(QStringLiteral("pageStack"));
    for (const PageSpec &spec : std::as_const(m_specs)) {
        Page *p = spec.create(m_services, m_stack);
        p->setObjectName(spec.id + QStringLiteral("Page"));
        m_stack->addWidget(p);
        m_pages.append(p);
        auto *item = new QListWidgetItem(
            QStringLiteral("%1    %2").arg(spec.title, spec.shortcut.toString(QKeySequence::NativeText)), m_nav);
        item->setData(Qt::UserRole, spec.id);
        auto *go = new QAction(spec.title, this);
        go->setShortcut(spec.shortcut);
        go->setShortcutContext(Qt::WindowShortcut);
        const QString id = spec.id;
        connect(go, &QAction::triggered, this, [this, id] { showPage(id); });
        m_shell->addAction(go);
        connect(p, &Page::notify, this, &MainWindow::onNotify);
    }
    connect(m_nav, &QListWidget::currentRowChanged, this, &MainWindow::onNavigate);
    fitNavigation();
    body->addWidget(m_nav);
    body->addWidget(m_stack, 1);
    outer->addLayout(body, 1);

    // A long message ends in "…" (the whole of it in the tooltip) rather than widen the window past the screen.
    m_message = new ElidedLabel(m_shell);
    m_message->setObjectName(QStringLiteral("statusMessage"));
    m_message->setAccessibleName(tr("Last message"));
    statusBar()->addWidget(m_message, 1);
    m_top->addWidget(m_shell);
}

void MainWindow::fitNavigation()
{
    // As wide as the longest page name at the current text size, so none is cut and no width is wasted.
    m_nav->setFixedWidth(m_nav->sizeHintForColumn(0) + 2 * m_nav->frameWidth() + 8);
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::FontChange && m_nav)
        fitNavigation(); // the text size changed (Settings)
}

bool MainWindow::isLocked() const
{
    return m_top->currentWidget() != m_shell;
}

Page *MainWindow::currentPage() const
{
    return isLocked() ? nullptr : qobject_cast<Page *>(m_stack->currentWidget());
}

Page *MainWindow::page(const QString &id) const
{
    for (qsizetype i = 0; i < m_specs.size(); ++i) {
        if (m_specs[i].id == id)
            return m_pages[i];
    }
    return nullptr;
}

bool MainWindow::showPage(const QString &id)
{
    for (int row = 0; row < m_nav->count(); ++row) {
        QListWidgetItem *item = m_nav->item(row);
        if (item->data(Qt::UserRole).toString() == id && !item->isHidden()) {
            m_nav->setCurrentRow(row);
            return true;
        }
    }
    return false;
}

void MainWindow::onNavigate(int row)
{
    if (row < 0 || row >= m_pages.size())
        return;
    m_stack->setCurrentIndex(row);
    Page *p = m_pages[row];
    p->onShown();
    emit scanningPageActive(p->isScanningPage());
}

void MainWindow::onLoggedIn(const Actor &actor)
{
    m_actor = actor;
    m_operatorLabel->setText(
        tr("%1 — %2 (%3) · station %4").arg(actor.operatorCode, actor.name, roleTitle(actor.role), actor.stationId));
    int firstVisible = -1;
    for (qsizetype i = 0; i < m_specs.size(); ++i) {
        const bool allowed = !m_specs[i].permission || roleAllows(actor.role, *m_specs[i].permission);
        m_nav->item(int(i))->setHidden(!allowed);
        m_pages[i]->setActor(actor);
        if (allowed && firstVisible < 0)
            firstVisible = int(i);
    }
    m_top->setCurrentWidget(m_shell);
    const int current = m_nav->currentRow();
    if (current < 0 || m_nav->item(current)->isHidden())
        m_nav->setCurrentRow(firstVisible);
    else
        onNavigate(current);
    m_idle->setTimeoutMinutes(m_operators->idleLockMinutes());
    m_idle->setEnabled(true);
    onNotify(tr("Welcome, %1.").arg(actor.name), false);
    emit actorChanged(actor);
}

void MainWindow::lock()
{
    if (isLocked())
        return;
    const QString code = m_actor.operatorCode;
    m_actor = Actor{};
    for (Page *p : std::as_const(m_pages))
        p->setActor(m_actor);
    m_idle->setEnabled(false);
    if (m_lookup)
        m_lookup->reject();
    m_login->prepare(code);
    m_top->setCurrentWidget(m_login);
    emit scanningPageActive(false);
    emit actorChanged(m_actor);
}

void MainWindow::deliverScan(const Scan &scan)
{
    m_idle->touch();
    if (m_lookup && m_lookup->isVisible()) {
        m_lookup->onScan(scan);
        return;
    }
    if (Page *p = currentPage(); p && p->isScanningPage())
        p->onScan(scan);
}

void MainWindow::deliverScanRejected(const QString &reason, const QByteArray &raw)
{
    m_idle->touch();
    if (m_lookup && m_lookup->isVisible())
        return;
    if (Page *p = currentPage(); p && p->isScanningPage())
        p->onScanRejected(reason, raw);
    else
        onNotify(reason, true);
}

void MainWindow::openLookup()
{
    if (isLocked())
        return;
    if (!m_lookup) {
        m_lookup = new LookupDialog(*m_services.station, *m_services.clock, this);
        connect(m_lookup, &LookupDialog::notify, this, &MainWindow::onNotify); // label reprints
        // Back to the page's own field (the scan field) when the lookup closes.
        connect(m_lookup, &QDialog::finished, this, [this] {
            activateWindow(); // not every window manager (nor the offscreen platform) does it for us
            if (Page *p = currentPage())
                p->onShown();
        });
    }
    m_lookup->prepare(m_actor);
    m_lookup->open();
}

void MainWindow::setScanSource(ScanSource *source)
{
    if (m_scanSource) {
        disconnect(m_scanSource, nullptr, this, nullptr);
        disconnect(this, nullptr, m_scanSource, nullptr);
    }
    m_scanSource = source;
    if (!source)
        return;
    connect(source, &ScanSource::scanned, this, &MainWindow::deliverScan);
    connect(source, &ScanSource::scanRejected, this, &MainWindow::deliverScanRejected);
    connect(source, &ScanSource::stateChanged, this, [this](ScanSource::State state, const QString &message) {
        onNotify(message, state == ScanSource::State::Error);
    });
    if (auto *wedge = qobject_cast<KeyboardWedge *>(source)) {
        wedge->setScanWindow(this);
        const Page *p = currentPage();
        wedge->setActive(p && p->isScanningPage());
        connect(this, &MainWindow::scanningPageActive, wedge, &KeyboardWedge::setActive);
    }
}

void MainWindow::onNotify(const QString &text, bool isError)
{
    m_message->setText(text);
    m_message->setStyleSheet(isError ? theme::errorText() : QString());
}

void MainWindow::refreshSyncStatus()
{
    SyncHealth health(m_services.station->db(), m_services.station->settings());
    for (CrmStatusWidget *w : std::as_const(m_crmStatus)) {
        auto h = health.health(w->crm());
        if (h.ok())
            w->show(*h);
        else
            w->showUnavailable(h.message());
    }
}

} // namespace fb
