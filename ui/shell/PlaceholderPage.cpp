#include "ui/shell/PlaceholderPage.h"

#include <QLabel>
#include <QVBoxLayout>

namespace fb {

PlaceholderPage::PlaceholderPage(const QString &title, const QString &text, QWidget *parent)
    : Page(parent)
{
    auto *layout = new QVBoxLayout(this);
    auto *heading = new QLabel(title, this);
    heading->setObjectName(QStringLiteral("pageTitle"));
    QFont f = heading->font();
    f.setPointSizeF(f.pointSizeF() * 1.6);
    f.setBold(true);
    heading->setFont(f);
    auto *body = new QLabel(text, this);
    body->setWordWrap(true);
    layout->addWidget(heading);
    layout->addWidget(body);
    layout->addStretch();
}

} // namespace fb
