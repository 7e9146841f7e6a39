#pragma once
// A USB HID Point-of-Sale barcode scanner (usage page 0x8C) read through hidapi: chosen by vendor/product id, found
// again after an unplug (hid_enumerate on a timer), its reports joined into codes by HidPosReportParser and decoded
// like every other source's. No keyboard emulation, so no focus or timing tricks are needed.

#include "app/scanner/HidPosDevice.h"
#include "app/scanner/HidPosReportParser.h"
#include "app/scanner/ScanSource.h"
#include "app/scanner/ScannerSettings.h"

#include <QTimer>

#include <memory>
#include <optional>

namespace fb {

class HidPosScanner final : public ScanSource
{
    Q_OBJECT
public:
    static constexpr quint16 kPosUsagePage = 0x8C;

    // `backend` null means hidapi.
    HidPosScanner(ScannerSettings::Hid settings, const ScanDecoder &decoder, const Clock &clock,
                  std::unique_ptr<HidPosBackend> backend = nullptr, QObject *parent = nullptr);
    ~HidPosScanner() override;

    void start() override;
    void stop() override;

    // The interface in use ("/dev/hidraw3"), empty while none is open.
    QString devicePath() const { return m_device.path; }
    // How often reports are read while connected (default 5 ms) and how long a code may wait for its continuation.
    void setPollMs(int ms) { m_pollTimer.setInterval(ms); }
    void setStaleMs(int ms) { m_staleMs = ms; }

    // Among the interfaces hid_enumerate found, the one to read: the HID POS scanner interface (usage page 0x8C),
    // never a keyboard interface of the same scanner. When the station names the device (`idsGiven`) and the
    // system reports no usage pages at all, its first interface. Empty when none fits.
    static std::optional<HidPosDeviceInfo> choose(const QList<HidPosDeviceInfo> &devices, bool idsGiven);

private:
    void onPoll();
    void onRetry();
    void tryOpen();
    void lost(const QString &message);
    QString deviceText() const;

    ScannerSettings::Hid m_settings;
    std::unique_ptr<HidPosBackend> m_backend;
    std::unique_ptr<HidPosHandle> m_handle;
    HidPosDeviceInfo m_device;
    HidPosReportParser m_parser;
    QTimer m_pollTimer;  // reads reports while connected
    QTimer m_retryTimer; // looks for the device while disconnected
    qint64 m_partialSinceMs = 0;
    int m_staleMs = 1000;
    bool m_running = false;
    QString m_lastOpenError;
};

} // namespace fb
