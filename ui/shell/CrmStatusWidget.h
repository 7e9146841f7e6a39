#pragma once
// The status bar's permanent indicator for one CRM: pending, failed, last success or error — updated live. It shortens
// to "Legacy CRM: 3 pend…" on a narrow screen rather than push the other CRM's off it; its tooltip has the whole line.

#include "app/services/SyncHealth.h"
#include "ui/widgets/ElidedLabel.h"

namespace fb {

class CrmStatusWidget : public ElidedLabel
{
    Q_OBJECT

public:
    CrmStatusWidget(Crm crm, QWidget *parent = nullptr);
    void show(const CrmHealth &health);
    void showUnavailable(const QString &why);
    Crm crm() const { return m_crm; }

private:
    Crm m_crm;
};

} // namespace fb
