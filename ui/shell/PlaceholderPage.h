#pragma once
// Shown for a page whose work has not landed yet, saying so plainly instead of an empty frame.

#include "ui/shell/Page.h"

namespace fb {

class PlaceholderPage : public Page
{
    Q_OBJECT

public:
    PlaceholderPage(const QString &title, const QString &text, QWidget *parent = nullptr);
};

} // namespace fb
