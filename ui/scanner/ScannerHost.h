#pragma once
// Owns the station's running scanner and switches it when Settings → Scanner applies new settings: the new source is
// built first (a failure leaves the old one running), then the old one is stopped — closing its port — and the new
// one started. The shell follows sourceChanged() (MainWindow::setScanSource).

#include "app/core/Result.h"
#include "app/scanner/ScanSource.h"
#include "app/scanner/ScannerSettings.h"

#include <QObject>
#include <QPointer>
#include <QWidget>

#include <memory>

namespace fb {

class Clock;

class ScannerHost : public QObject
{
    Q_OBJECT
public:
    // The clock must outlive the host.
    explicit ScannerHost(const Clock &clock, QObject *parent = nullptr);
    ~ScannerHost() override;

    // The main window: the keyboard wedge captures only keys headed there.
    void setScanWindow(QWidget *window) { m_scanWindow = window; }

    // Replaces the running source with one built from `settings` and starts it.
    Status apply(const ScannerSettings &settings);
    // Stops and drops the running source (at exit, before the window goes away).
    void stop();
    ScanSource *source() const { return m_source.get(); }
    const ScannerSettings &settings() const { return m_settings; }

signals:
    // The new source, emitted just before it starts so that listeners see its first state change; never null.
    void sourceChanged(fb::ScanSource *source);

private:
    const Clock &m_clock;
    QPointer<QWidget> m_scanWindow;
    std::unique_ptr<ScanSource> m_source;
    ScannerSettings m_settings;
};

} // namespace fb
