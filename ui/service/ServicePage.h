#pragma once
// The service desk (F5): Dashboard (Ctrl+1), Register complaint (Ctrl+2, Ctrl+N), All complaints (Ctrl+3, Ctrl+F
// finds) with the complaint's detail — call updates, part requests and their approval, part updates with documents,
// return orders, codes — and Track complaint (Ctrl+4). A scanned unit serial goes where the current tab wants it:
// the register form's serial field, the complaints search, or the track form.

#include "ui/shell/Page.h"

#include <memory>

class QTabWidget;

namespace fb {

struct AppServices;
struct ServiceDesk;
class AllComplaintsView;
class RegisterComplaintForm;
class ServiceDashboardView;
class TrackComplaintView;

class ServicePage : public Page
{
    Q_OBJECT

public:
    enum Tab { DashboardTab, RegisterTab, ComplaintsTab, TrackTab };

    ServicePage(AppServices &services, QWidget *parent = nullptr);
    ~ServicePage() override;

    void setActor(const Actor &actor) override;
    bool isScanningPage() const override { return true; }
    void onScan(const Scan &scan) override;
    void onShown() override;

    void showTab(Tab tab);
    ServiceDesk &desk() { return *m_desk; }
    RegisterComplaintForm *registerForm() const { return m_register; }
    AllComplaintsView *complaints() const { return m_complaints; }
    ServiceDashboardView *dashboard() const { return m_dashboard; }
    TrackComplaintView *tracker() const { return m_track; }

private:
    void onTabChanged(int index);
    void focusTab();

    std::unique_ptr<ServiceDesk> m_desk;
    QTabWidget *m_tabs = nullptr;
    ServiceDashboardView *m_dashboard = nullptr;
    RegisterComplaintForm *m_register = nullptr;
    AllComplaintsView *m_complaints = nullptr;
    TrackComplaintView *m_track = nullptr;
};

} // namespace fb
