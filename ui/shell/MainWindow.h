#pragma once
// The station's window: login / lock screen, navigation to the pages, operator and lock action, and a permanent
// per-CRM delivery indicator in the status bar.

#include "app/domain/Actor.h"
#include "ui/shell/AppServices.h"
#include "ui/shell/Page.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>

class QLabel;
class QListWidget;
class QStackedWidget;
class QTimer;
class QToolButton;

namespace fb {

class CrmStatusWidget;
class IdleWatcher;
class LoginWidget;
class LookupDialog;
class OperatorService;
class ScanSource;
struct Scan;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(AppServices services, QList<PageSpec> pages, QWidget *parent = nullptr);
    ~MainWindow() override;

    bool isLocked() const;
    const Actor &actor() const { return m_actor; }
    Page *currentPage() const;
    Page *page(const QString &id) const;
    bool showPage(const QString &id);
    IdleWatcher *idleWatcher() const { return m_idle; }
    // Serial lookup from any page (Ctrl+K); the dialog exists once it has been opened.
    QAction *lookupAction() const { return m_lookupAction; }
    LookupDialog *lookupDialog() const { return m_lookup; }
    // The station's scanner (main() builds it from the scanner.* settings): its scans go to deliverScan(). A keyboard
    // wedge captures only keys headed for this window, only while a scanning page is current.
    void setScanSource(ScanSource *source);

public slots:
    void lock();
    // Scans from any source land here and go to the current page if it is a scanning page.
    void deliverScan(const fb::Scan &scan);
    void deliverScanRejected(const QString &reason, const QByteArray &raw);
    void openLookup();
    void refreshSyncStatus();

signals:
    void actorChanged(const fb::Actor &actor);
    void scanningPageActive(bool active);

protected:
    void changeEvent(QEvent *event) override;

private:
    void onLoggedIn(const Actor &actor);
    void onNavigate(int row);
    void onNotify(const QString &text, bool isError);
    void buildShell();
    void fitNavigation();

    AppServices m_services;
    QList<PageSpec> m_specs;
    QList<Page *> m_pages;
    std::unique_ptr<OperatorService> m_operators;
    Actor m_actor;
    QStackedWidget *m_top = nullptr;
    LoginWidget *m_login = nullptr;
    QWidget *m_shell = nullptr;
    QListWidget *m_nav = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_operatorLabel = nullptr;
    QLabel *m_message = nullptr;
    QToolButton *m_lockButton = nullptr;
    QList<CrmStatusWidget *> m_crmStatus;
    QTimer *m_statusTimer = nullptr;
    IdleWatcher *m_idle = nullptr;
    QAction *m_lookupAction = nullptr;
    LookupDialog *m_lookup = nullptr; // a child of the window, built on first use
    QPointer<ScanSource> m_scanSource;
};

} // namespace fb
