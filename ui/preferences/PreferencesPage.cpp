#include "ui/preferences/PreferencesPage.h"

#include "ui/preferences/PreferencesPanel.h"
#include "ui/preferences/ScannerSettingsPanel.h"
#include "ui/shell/AppServices.h"
#include "ui/widgets/Theme.h"

#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace fb {

PreferencesPage::PreferencesPage(AppServices &services, QWidget *parent)
    : Page(parent)
{
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(tr("Settings"), this);
    title->setObjectName(QStringLiteral("settingsTitle"));
    title->setFont(theme::scaledBold(title->font(), theme::kLargeScale));
    layout->addWidget(title);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(scroll);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    m_panel = new PreferencesPanel(services.station->db(), services.station->settings(), *services.clock,
                                   services.translations, content);
    contentLayout->addWidget(m_panel);
    m_scanner = new ScannerSettingsPanel(services.station->db(), services.station->settings(), *services.clock,
                                         services.scanner, content);
    contentLayout->addWidget(m_scanner);
    contentLayout->addStretch();
    scroll->setWidget(content);
    layout->addWidget(scroll, 1);
    connect(m_panel, &PreferencesPanel::notify, this, &Page::notify);
    connect(m_scanner, &ScannerSettingsPanel::notify, this, &Page::notify);
}

void PreferencesPage::setActor(const Actor &actor)
{
    Page::setActor(actor);
    m_panel->setActor(actor);
    m_scanner->setActor(actor);
}

void PreferencesPage::onShown()
{
    m_panel->reload();
    m_scanner->reload();
    m_panel->setFocus();
    if (QWidget *first = m_panel->nextInFocusChain())
        first->setFocus();
}

} // namespace fb
