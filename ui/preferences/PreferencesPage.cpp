#include "preferences/PreferencesPage.h"

#include "preferences/PreferencesPanel.h"
#include "shell/AppServices.h"

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
    QFont big = title->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.4);
    title->setFont(big);
    layout->addWidget(title);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_panel = new PreferencesPanel(services.station->settings(), services.translations, scroll);
    scroll->setWidget(m_panel);
    layout->addWidget(scroll, 1);
    connect(m_panel, &PreferencesPanel::notify, this, &Page::notify);
}

void PreferencesPage::onShown()
{
    m_panel->reload();
    m_panel->setFocus();
    if (QWidget *first = m_panel->nextInFocusChain())
        first->setFocus();
}

} // namespace fb
