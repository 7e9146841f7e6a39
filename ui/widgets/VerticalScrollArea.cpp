#include "ui/widgets/VerticalScrollArea.h"

#include <QApplication>
#include <QEvent>
#include <QLayout>
#include <QScrollBar>

#include <algorithm>

namespace fb {

VerticalScrollArea::VerticalScrollArea(QWidget *content, QWidget *parent)
    : QScrollArea(parent)
{
    setFrameShape(QFrame::NoFrame);
    setFocusPolicy(Qt::NoFocus); // Tab goes from the last field to what follows, not to the area; it follows fields
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // the area is as wide as its content's minimum instead
    setWidgetResizable(false);                            // fitContent() sizes it
    setWidget(content);
    content->setAutoFillBackground(false);
    viewport()->setAutoFillBackground(false);
    // What the content shows changes what it needs (a message with a long serial, a wrapped line more).
    content->installEventFilter(this);
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) { onFocusChanged(now); });
}

int VerticalScrollArea::chromeWidth() const
{
    return verticalScrollBar()->sizeHint().width() + 2 * frameWidth();
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

int VerticalScrollArea::minimumHeightFor(int width) const
{
    const QWidget *content = widget();
    const QLayout *layout = content->layout();
    if (layout && layout->hasHeightForWidth())
        return layout->minimumHeightForWidth(width);
    return content->minimumSizeHint().height();
}

void VerticalScrollArea::fitContent()
{
    QWidget *content = widget();
    if (!content)
        return;
    // Decide on the scroll bar first, so showing it does not change the decision (and the width) back and forth.
    const int bar = verticalScrollBar()->sizeHint().width();
    const int available = viewport()->width() + (verticalScrollBar()->isVisible() ? bar : 0);
    const int minWidth = content->minimumSizeHint().width();
    int width = std::max(available, minWidth);
    int height = minimumHeightFor(width);
    if (height > viewport()->height()) {
        width = std::max(available - bar, minWidth);
        height = minimumHeightFor(width);
    }
    content->resize(width, std::max(height, viewport()->height()));
}

bool VerticalScrollArea::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == widget() && event->type() == QEvent::LayoutRequest) {
        updateGeometry(); // the area's minimum width is the content's
        fitContent();
    }
    return QScrollArea::eventFilter(watched, event);
}

void VerticalScrollArea::resizeEvent(QResizeEvent *event)
{
    QScrollArea::resizeEvent(event);
    fitContent();
}

void VerticalScrollArea::onFocusChanged(QWidget *now)
{
    if (now && widget() && widget()->isAncestorOf(now))
        ensureWidgetVisible(now);
}

} // namespace fb
