#pragma once
// Locks the station after a stretch with no keyboard or mouse input (scans count as input).

#include "app/core/Clock.h"

#include <QObject>
#include <QTimer>

namespace fb {

class IdleWatcher : public QObject
{
    Q_OBJECT

public:
    IdleWatcher(const Clock &clock, QObject *parent = nullptr);
    void setTimeoutMinutes(int minutes); // 0 = never lock
    void setEnabled(bool enabled);
    void touch();
    // Locks if the idle time has passed; the timer calls it, tests call it after moving a fake clock.
    void check();

signals:
    void idle();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    const Clock &m_clock;
    QTimer m_timer;
    qint64 m_last = 0;
    qint64 m_timeoutMs = 0;
    bool m_enabled = false;
};

} // namespace fb
