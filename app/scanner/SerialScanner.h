#pragma once
// A scanner on a serial port (RS-232, or USB CDC-ACM showing up as ttyACM/ttyUSB): frames codes by terminator or by
// a quiet gap, and keeps looking for the port after an unplug until it is back.

#include "app/scanner/ScanSource.h"
#include "app/scanner/ScannerSettings.h"

#include <QByteArray>
#include <QSerialPort>
#include <QTimer>

namespace fb {

class SerialScanner final : public ScanSource
{
    Q_OBJECT
public:
    SerialScanner(ScannerSettings::Serial settings, const ScanDecoder &decoder, const Clock &clock,
                  QObject *parent = nullptr);
    ~SerialScanner() override;

    void start() override;
    void stop() override;

    // The device path opened: a bare name ("ttyUSB0") means /dev/<name>.
    QString portPath() const;
    // Bytes received but not yet framed into a code (diagnostics, and lets tests see a split write arrive).
    qsizetype pendingBytes() const { return m_buffer.size(); }
    // A partial code that sits unterminated this long is dropped with scanRejected (the terminator setting is wrong).
    void setStaleMs(int ms) { m_staleMs = ms; }

private:
    void onReadyRead();
    void onErrorOccurred(QSerialPort::SerialPortError error);
    void onGapTimeout();
    void onRetryTimeout();
    void tryOpen();
    void lost(const QString &message);
    void frame();

    ScannerSettings::Serial m_settings;
    QSerialPort m_port;
    QByteArray m_buffer;
    QTimer m_gapTimer;   // ends a code after a quiet gap (no terminator), or drops a stale partial one
    QTimer m_retryTimer; // looks for the port again while disconnected; checks it still exists while connected
    int m_staleMs = 1000;
    bool m_running = false;
    bool m_closing = false;
};

} // namespace fb
