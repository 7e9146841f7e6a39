#include "ui/shell/IdleWatcher.h"

#include <QEvent>

namespace fb {

IdleWatcher::IdleWatcher(const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
{
    m_timer.setInterval(5000);
    connect(&m_timer, &QTimer::timeout, this, &IdleWatcher::check);
}

void IdleWatcher::setTimeoutMinutes(int minutes)
{
    m_timeoutMs = qint64(minutes) * 60 * 1000;
    touch();
}

void IdleWatcher::setEnabled(bool enabled)
{
    m_enabled = enabled && m_timeoutMs > 0;
    touch();
    if (m_enabled)
        m_timer.start();
    else
        m_timer.stop();
}

void IdleWatcher::touch()
{
    m_last = m_clock.monotonicMs();
}

void IdleWatcher::check()
{
    if (m_enabled && m_clock.monotonicMs() - m_last >= m_timeoutMs) {
        setEnabled(false);
        emit idle();
    }
}

bool IdleWatcher::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
        touch();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace fb
