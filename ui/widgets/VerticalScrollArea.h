#pragma once
// A long form or panel on a short screen: scrolls down, never sideways — it is always as wide as its content needs at
// least, so a field or its message is never cut at the side — and it scrolls to the field that gets the keyboard,
// however the focus got there (Tab, Enter moving on, a message sending the operator back to a field).
//
// The content fills the area when it fits; when it does not, it gets the least height its layout needs for the width
// (its tables at their smallest) and scrolls. QScrollArea's widgetResizable would give a content with wrapped labels
// its preferred height instead, and scroll a panel of tables that could have fitted.

#include <QScrollArea>

namespace fb {

class VerticalScrollArea : public QScrollArea
{
    Q_OBJECT

public:
    // Takes `content` (a widget with its layout) as what scrolls.
    explicit VerticalScrollArea(QWidget *content, QWidget *parent = nullptr);

    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void fitContent();
    int minimumHeightFor(int width) const;
    void onFocusChanged(QWidget *now);
    int chromeWidth() const;
};

} // namespace fb
