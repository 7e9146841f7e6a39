#include "ui/shell/CrmStatusWidget.h"

#include "ui/widgets/Theme.h"

namespace fb {

CrmStatusWidget::CrmStatusWidget(Crm crm, QWidget *parent)
    : ElidedLabel(parent)
    , m_crm(crm)
{
    setObjectName(QStringLiteral("crmStatus_%1").arg(crmName(crm)));
    setAccessibleName(crmTitle(crm));
    setMargin(2);
}

void CrmStatusWidget::show(const CrmHealth &h)
{
    QColor colour;
    switch (h.level()) {
    case CrmHealth::Level::Ok:
        colour = theme::kOk;
        break;
    case CrmHealth::Level::Busy:
        colour = theme::kBusy;
        break;
    case CrmHealth::Level::Warning:
        colour = theme::kAttention;
        break;
    case CrmHealth::Level::Error:
        colour = theme::kError;
        break;
    }
    setText(QStringLiteral("● ") + h.oneLine());
    setStyleSheet(theme::boldTextStyle(colour));
    QString tip = h.url.isEmpty() ? tr("No URL set for %1 (Settings).").arg(crmTitle(h.crm)) : h.url;
    if (!h.pausedReason.isEmpty())
        tip += QStringLiteral("\n") + tr("Paused: %1").arg(h.pausedReason);
    if (!h.lastError.isEmpty())
        tip += QStringLiteral("\n") + tr("Last error: %1").arg(h.lastError);
    setToolTip(tip);
}

void CrmStatusWidget::showUnavailable(const QString &why)
{
    setText(QStringLiteral("● %1: %2").arg(crmTitle(m_crm), why));
    setStyleSheet(theme::fieldErrorText());
}

} // namespace fb
