#pragma once
// The Settings page: the station's floor preferences (language, text size, scan sounds, serial labels). Other
// settings groups (scanner, CRM endpoints) can be added below the panel.

#include "shell/Page.h"

namespace fb {

struct AppServices;
class PreferencesPanel;

class PreferencesPage : public Page
{
    Q_OBJECT

public:
    PreferencesPage(AppServices &services, QWidget *parent = nullptr);
    PreferencesPanel *panel() const { return m_panel; }
    void onShown() override;

private:
    PreferencesPanel *m_panel = nullptr;
};

} // namespace fb
