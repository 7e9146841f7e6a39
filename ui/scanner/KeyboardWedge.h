#pragma once
// A USB scanner in keyboard-wedge mode types its codes. This application-wide filter tells a scanner burst from a
// person typing by inter-key timing, length and the terminator key: bursts become scans and never reach the focused
// field, typing reaches it unchanged.

#include "app/scanner/ScanSource.h"
#include "app/scanner/ScannerSettings.h"

#include <QKeyEvent>
#include <QList>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <functional>

namespace fb {

class KeyboardWedge final : public ScanSource
{
    Q_OBJECT
public:
    KeyboardWedge(ScannerSettings::Wedge settings, const ScanDecoder &decoder, const Clock &clock,
                  QObject *parent = nullptr);
    ~KeyboardWedge() override;

    // Installs / removes the filter on the application.
    void start() override;
    void stop() override;

    void setSettings(const ScannerSettings::Wedge &settings);
    const ScannerSettings::Wedge &settings() const { return m_settings; }

    // Captures only while a scanning page is current: the shell calls setActive() on page changes, or gives a
    // predicate. Never captures while a modal dialog is up or keys go to a window other than the scan window.
    void setActive(bool active);
    bool isActive() const { return m_active; }
    void setActivePredicate(std::function<bool()> predicate) { m_predicate = std::move(predicate); }
    void setScanWindow(QWidget *window) { m_scanWindow = window; }

    // Held keys whose burst has ended (per the clock) are let through as typing — or, with no terminator key, become
    // a scan. A timer calls this by itself; a test driving a FakeClock calls it after advancing the clock.
    void flushPending();
    qsizetype pendingKeys() const { return m_pending.size(); }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct HeldKey
    {
        QPointer<QWidget> receiver;
        int key;
        Qt::KeyboardModifiers modifiers;
        QString text;
    };

    bool capturing(QWidget *receiver) const;
    bool isBurstCharacter(const QKeyEvent *event) const;
    bool isTerminator(const QKeyEvent *event) const;
    bool burstEnded(qint64 now) const;
    void endBurst();
    void replayPending();
    QString burstText() const;
    void finishScan();
    void onHoldTimeout();

    ScannerSettings::Wedge m_settings;
    bool m_active = true;
    bool m_installed = false;
    bool m_replaying = false;
    std::function<bool()> m_predicate;
    QPointer<QWidget> m_scanWindow;
    QList<HeldKey> m_pending;
    qint64 m_lastKeyMs = 0;
    QTimer m_holdTimer;
};

} // namespace fb
