#pragma once
// The status bar's permanent indicator for one CRM: pending, failed, last success or error — updated live.

#include "services/SyncHealth.h"

#include <QLabel>

namespace fb {

class CrmStatusWidget : public QLabel
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
