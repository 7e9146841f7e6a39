#pragma once
// A one-line label for text that comes and goes (the status line, a CRM's indicator): when its layout gives it less
// room than the text needs, it ends the text with "…" instead of widening the window, and its tooltip then starts
// with the whole text. text() and screen readers keep the whole text.

#include <QLabel>

namespace fb {

class ElidedLabel : public QLabel
{
    Q_OBJECT

public:
    explicit ElidedLabel(QWidget *parent = nullptr);

    QSize minimumSizeHint() const override;

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    QRect textRect() const;
    bool isElided() const;
};

} // namespace fb
