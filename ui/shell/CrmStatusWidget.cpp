#include "ui/shell/CrmStatusWidget.h"

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
    QString colour;
    switch (h.level()) {
    case CrmHealth::Level::Ok:
        colour = QStringLiteral("#1b5e20");
        break;
    case CrmHealth::Level::Busy:
        colour = QStringLiteral("#0d47a1");
        break;
    case CrmHealth::Level::Warning:
        colour = QStringLiteral("#e65100");
        break;
    case CrmHealth::Level::Error:
        colour = QStringLiteral("#b00020");
        break;
    }
    setText(QStringLiteral("● ") + h.oneLine());
    setStyleSheet(QStringLiteral("color: %1; font-weight: bold;").arg(colour));
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
    setStyleSheet(QStringLiteral("color: #b00020;"));
}

} // namespace fb
