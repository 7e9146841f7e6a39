#include "widgets/VerticalScrollArea.h"

#include <QApplication>
#include <QEvent>
#include <QScrollBar>
#include <QStyle>

namespace fb {

VerticalScrollArea::VerticalScrollArea(QWidget *content, QWidget *parent)
    : QScrollArea(parent)
{
    setFrameShape(QFrame::NoFrame);
    setFocusPolicy(Qt::NoFocus); // Tab goes from the last field to what follows, not to the area; it follows fields
    setWidgetResizable(true);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // the area is as wide as its content's minimum instead
    setWidget(content);
    content->setAutoFillBackground(false);
    viewport()->setAutoFillBackground(false);
    // The content's minimum width changes with what it shows (a message with a long serial): the area's with it.
    content->installEventFilter(this);
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) { onFocusChanged(now); });
}

int VerticalScrollArea::chromeWidth() const
{
    const int bar = verticalScrollBar()->sizeHint().width();
    return bar + 2 * frameWidth();
}

QSize VerticalScrollArea::minimumSizeHint() const
{
    const QSize area = QScrollArea::minimumSizeHint();
    if (!widget())
        return area;
    return {widget()->minimumSizeHint().width() + chromeWidth(), area.height()};
}

QSize VerticalScrollArea::sizeHint() const
{
    if (!widget())
        return QScrollArea::sizeHint();
    const QSize content = widget()->sizeHint();
    return {content.width() + chromeWidth(), content.height() + 2 * frameWidth()};
}

bool VerticalScrollArea::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == widget() && event->type() == QEvent::LayoutRequest)
        updateGeometry();
    return QScrollArea::eventFilter(watched, event);
}

void VerticalScrollArea::onFocusChanged(QWidget *now)
{
    if (now && widget() && widget()->isAncestorOf(now))
        ensureWidgetVisible(now);
}

} // namespace fb
