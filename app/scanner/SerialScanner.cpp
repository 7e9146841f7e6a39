#include "app/scanner/SerialScanner.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace fb {

namespace {
constexpr qsizetype kMaxCodeBytes = 4096; // no barcode is this long: the terminator setting must be wrong
} // namespace

SerialScanner::SerialScanner(ScannerSettings::Serial settings, const ScanDecoder &decoder, const Clock &clock,
                             QObject *parent)
    : ScanSource(QStringLiteral("serial"), clock, parent)
    , m_settings(std::move(settings))
{
    setDecoder(decoder);
    m_gapTimer.setSingleShot(true);
    m_retryTimer.setInterval(std::max(10, m_settings.reconnectMs));
    connect(&m_port, &QSerialPort::readyRead, this, &SerialScanner::onReadyRead);
    connect(&m_port, &QSerialPort::errorOccurred, this, &SerialScanner::onErrorOccurred);
    connect(&m_gapTimer, &QTimer::timeout, this, &SerialScanner::onGapTimeout);
    connect(&m_retryTimer, &QTimer::timeout, this, &SerialScanner::onRetryTimeout);
}

SerialScanner::~SerialScanner()
{
    m_running = false;
    m_port.close();
}

QString SerialScanner::portPath() const
{
    if (m_settings.port.startsWith(u'/'))
        return m_settings.port;
    return QStringLiteral("/dev/") + m_settings.port;
}

void SerialScanner::start()
{
    if (m_running)
        return;
    m_running = true;
    if (m_settings.port.isEmpty()) {
        setState(State::Error, tr("No serial port is set for the scanner. Choose one in Settings → Scanner."));
        m_running = false;
        return;
    }
    setState(State::Connecting, tr("Opening the scanner on %1…").arg(portPath()));
    tryOpen();
    m_retryTimer.start();
}

void SerialScanner::stop()
{
    m_running = false;
    m_retryTimer.stop();
    m_gapTimer.stop();
    m_buffer.clear();
    m_port.close();
    setState(State::Disconnected, tr("Scanner on %1 stopped.").arg(portPath()));
}

void SerialScanner::tryOpen()
{
    if (!m_running || m_port.isOpen())
        return;
    m_port.setPortName(portPath());
    m_port.setBaudRate(m_settings.baud);
    m_port.setDataBits(m_settings.dataBits);
    m_port.setParity(m_settings.parity);
    m_port.setStopBits(m_settings.stopBits);
    m_port.setFlowControl(m_settings.flow);
    if (m_port.open(QIODevice::ReadOnly)) {
        m_port.clear(QSerialPort::Input); // bytes from before the (re)connect are half codes
        m_buffer.clear();
        setState(State::Connected, tr("Scanner on %1 ready.").arg(portPath()));
        return;
    }
    const QSerialPort::SerialPortError error = m_port.error();
    m_port.clearError();
    if (error == QSerialPort::PermissionError)
        setState(State::Error, tr("Floorbridge may not open the scanner on %1. Ask IT to add this station's user to "
                                  "the 'dialout' group, then log in again.")
                                   .arg(portPath()));
    else if (error == QSerialPort::DeviceNotFoundError)
        setState(State::Disconnected,
                 tr("No scanner on %1 — plug it in; Floorbridge will pick it up by itself.").arg(portPath()));
    else
        setState(State::Disconnected,
                 tr("The scanner on %1 could not be opened (%2). Trying again…").arg(portPath(), m_port.errorString()));
}

void SerialScanner::onRetryTimeout()
{
    if (!m_running)
        return;
    if (m_port.isOpen()) {
        // A read error is the usual sign of an unplug, but not every driver raises one: check the device is still
        // there.
        if (!QFileInfo::exists(portPath()))
            lost(tr("Scanner on %1 unplugged — waiting for it to come back.").arg(portPath()));
        return;
    }
    if (QFileInfo::exists(portPath()))
        tryOpen();
}

void SerialScanner::onErrorOccurred(QSerialPort::SerialPortError error)
{
    if (error == QSerialPort::NoError || error == QSerialPort::TimeoutError || !m_port.isOpen())
        return;
    if (error == QSerialPort::ResourceError || error == QSerialPort::ReadError) {
        // Closing from inside QSerialPort's own notification is not safe: close once it has returned.
        QMetaObject::invokeMethod(
            this, [this] { lost(tr("Scanner on %1 unplugged — waiting for it to come back.").arg(portPath())); },
            Qt::QueuedConnection);
    }
}

void SerialScanner::lost(const QString &message)
{
    if (!m_port.isOpen())
        return;
    m_gapTimer.stop();
    m_buffer.clear();
    m_port.close();
    m_port.clearError();
    if (m_running)
        setState(State::Disconnected, message);
}

void SerialScanner::onReadyRead()
{
    m_buffer.append(m_port.readAll());
    frame();
    if (m_buffer.isEmpty()) {
        m_gapTimer.stop();
        return;
    }
    if (m_buffer.size() > kMaxCodeBytes) {
        const QByteArray junk = m_buffer;
        m_buffer.clear();
        m_gapTimer.stop();
        emit scanRejected(tr("The scanner sent %1 bytes without the ending set in Settings (%2). Check the scanner's "
                             "terminator setting.")
                              .arg(junk.size())
                              .arg(ScannerSettings::serialTerminatorText(m_settings.terminator).toUpper()),
                          junk);
        return;
    }
    const bool byGap = m_settings.terminator == ScannerSettings::SerialTerminator::None;
    m_gapTimer.start(byGap ? std::max(1, m_settings.gapMs) : std::max(1, m_staleMs));
}

void SerialScanner::frame()
{
    QByteArray terminator;
    switch (m_settings.terminator) {
    case ScannerSettings::SerialTerminator::Cr:
        terminator = "\r";
        break;
    case ScannerSettings::SerialTerminator::Lf:
        terminator = "\n";
        break;
    case ScannerSettings::SerialTerminator::CrLf:
        terminator = "\r\n";
        break;
    case ScannerSettings::SerialTerminator::None:
        return;
    }
    qsizetype end;
    while ((end = m_buffer.indexOf(terminator)) >= 0) {
        QByteArray code = m_buffer.left(end);
        m_buffer.remove(0, end + terminator.size());
        // A scanner set to CRLF while Settings say CR leaves a stray LF at the front of the next code.
        while (!code.isEmpty() && (code.front() == '\n' || code.front() == '\r'))
            code.remove(0, 1);
        if (!code.isEmpty())
            deliver(code);
    }
    // Line endings never start a code: drop them now so a stray LF is not taken for an unterminated code.
    while (!m_buffer.isEmpty() && (m_buffer.front() == '\n' || m_buffer.front() == '\r'))
        m_buffer.remove(0, 1);
}

void SerialScanner::onGapTimeout()
{
    if (m_buffer.isEmpty())
        return;
    const QByteArray code = m_buffer;
    m_buffer.clear();
    if (m_settings.terminator == ScannerSettings::SerialTerminator::None) {
        deliver(code);
        return;
    }
    emit scanRejected(
        tr("The scanner sent '%1' without the %2 ending set in Settings. Scan again; if it keeps "
           "happening, check the scanner's terminator setting.")
            .arg(ScanDecoder::escape(code), ScannerSettings::serialTerminatorText(m_settings.terminator).toUpper()),
        code);
}

} // namespace fb
