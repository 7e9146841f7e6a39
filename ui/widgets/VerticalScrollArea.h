#pragma once
// A long form or panel on a short screen: scrolls down, never sideways — it is always as wide as its content needs at
// least, so a field or its message is never cut at the side — and it scrolls to the field that gets the keyboard,
// however the focus got there (Tab, Enter moving on, a message sending the operator back to a field).

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

private:
    void onFocusChanged(QWidget *now);
    int chromeWidth() const;
};

} // namespace fb
