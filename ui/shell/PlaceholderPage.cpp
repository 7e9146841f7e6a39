#include "ui/shell/PlaceholderPage.h"

#include "ui/widgets/Theme.h"

#include <QLabel>
#include <QVBoxLayout>

namespace fb {

PlaceholderPage::PlaceholderPage(const QString &title, const QString &text, QWidget *parent)
    : Page(parent)
{
    auto *layout = new QVBoxLayout(this);
    auto *heading = new QLabel(title, this);
    heading->setObjectName(QStringLiteral("pageTitle"));
    heading->setFont(theme::scaledBold(heading->font(), theme::kHeadingScale));
    auto *body = new QLabel(text, this);
    body->setWordWrap(true);
    layout->addWidget(heading);
    layout->addWidget(body);
    layout->addStretch();
}

} // namespace fb
