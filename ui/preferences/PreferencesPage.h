#pragma once
// The Settings page: the station's floor preferences (language, text size, scan sounds, serial labels) and, below
// them, the station's scanner. Other settings groups (CRM endpoints) can be added below those.

#include "ui/shell/Page.h"

namespace fb {

struct AppServices;
class PreferencesPanel;
class ScannerSettingsPanel;

class PreferencesPage : public Page
{
    Q_OBJECT

public:
    PreferencesPage(AppServices &services, QWidget *parent = nullptr);
    PreferencesPanel *panel() const { return m_panel; }
    ScannerSettingsPanel *scannerPanel() const { return m_scanner; }
    void setActor(const Actor &actor) override;
    void onShown() override;

private:
    PreferencesPanel *m_panel = nullptr;
    ScannerSettingsPanel *m_scanner = nullptr;
};

} // namespace fb
