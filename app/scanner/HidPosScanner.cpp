#include "app/scanner/HidPosScanner.h"

#include "app/core/Clock.h"

#include <algorithm>

namespace fb {

namespace {
QString hex4(quint16 v)
{
    return QStringLiteral("%1").arg(v, 4, 16, QLatin1Char('0'));
}
} // namespace

HidPosScanner::HidPosScanner(ScannerSettings::Hid settings, const ScanDecoder &decoder, const Clock &clock,
                             std::unique_ptr<HidPosBackend> backend, QObject *parent)
    : ScanSource(QStringLiteral("hid"), clock, parent)
    , m_settings(settings)
    , m_backend(backend ? std::move(backend) : makeHidapiBackend())
{
    setDecoder(decoder);
    m_pollTimer.setInterval(5);
    m_retryTimer.setInterval(std::max(10, m_settings.reconnectMs));
    connect(&m_pollTimer, &QTimer::timeout, this, &HidPosScanner::onPoll);
    connect(&m_retryTimer, &QTimer::timeout, this, &HidPosScanner::onRetry);
}

HidPosScanner::~HidPosScanner() = default;

std::optional<HidPosDeviceInfo> HidPosScanner::choose(const QList<HidPosDeviceInfo> &devices, bool idsGiven)
{
    auto pos = std::find_if(devices.cbegin(), devices.cend(),
                            [](const HidPosDeviceInfo &d) { return d.usagePage == kPosUsagePage; });
    if (pos != devices.cend())
        return *pos;
    const bool noUsages =
        std::all_of(devices.cbegin(), devices.cend(), [](const HidPosDeviceInfo &d) { return d.usagePage == 0; });
    if (idsGiven && noUsages && !devices.isEmpty())
        return devices.first();
    return std::nullopt;
}

QString HidPosScanner::deviceText() const
{
    if (m_settings.vendorId == 0 && m_settings.productId == 0)
        return tr("HID POS scanner");
    return tr("HID POS scanner %1:%2").arg(hex4(m_settings.vendorId), hex4(m_settings.productId));
}

void HidPosScanner::start()
{
    if (m_running)
        return;
    m_running = true;
    setState(State::Connecting, tr("Looking for the %1…").arg(deviceText()));
    tryOpen();
    if (!m_handle)
        m_retryTimer.start();
}

void HidPosScanner::stop()
{
    m_running = false;
    m_pollTimer.stop();
    m_retryTimer.stop();
    m_handle.reset();
    m_parser.takePartial();
    m_device = {};
    setState(State::Disconnected, tr("%1 stopped.").arg(deviceText()));
}

void HidPosScanner::tryOpen()
{
    if (!m_running || m_handle)
        return;
    const QList<HidPosDeviceInfo> devices = m_backend->enumerate(m_settings.vendorId, m_settings.productId);
    const bool idsGiven = m_settings.vendorId != 0 || m_settings.productId != 0;
    const std::optional<HidPosDeviceInfo> device = choose(devices, idsGiven);
    if (!device) {
        if (!devices.isEmpty() && idsGiven) {
            setState(State::Error, tr("The %1 is plugged in but in keyboard mode. Scan the 'USB HID POS' setup code "
                                      "from the scanner's manual, or choose 'wedge' in Settings → Scanner.")
                                       .arg(deviceText()));
        } else if (state() != State::Disconnected) {
            setState(State::Disconnected,
                     tr("No %1 is plugged in — waiting for it. Check the cable, or the vendor and product id in "
                        "Settings → Scanner.")
                         .arg(deviceText()));
        }
        return;
    }
    QString error;
    m_handle = m_backend->open(device->path, &error);
    if (!m_handle) {
        if (error != m_lastOpenError || state() != State::Error) {
            m_lastOpenError = error;
            setState(State::Error, tr("The %1 on %2 cannot be opened (%3). The station user needs read access to "
                                      "it: install the udev rule from docs/scanners.md and plug it in again.")
                                       .arg(deviceText(), device->path, error));
        }
        return;
    }
    m_lastOpenError.clear();
    m_device = *device;
    m_parser.takePartial();
    m_retryTimer.stop();
    m_pollTimer.start();
    const QString name = m_device.product.isEmpty() ? deviceText() : m_device.product;
    setState(State::Connected, tr("%1 ready (%2).").arg(name, m_device.path));
}

void HidPosScanner::lost(const QString &message)
{
    m_pollTimer.stop();
    m_handle.reset();
    m_parser.takePartial();
    m_device = {};
    setState(State::Disconnected, message);
    if (m_running)
        m_retryTimer.start();
}

void HidPosScanner::onRetry()
{
    tryOpen();
}

void HidPosScanner::onPoll()
{
    if (!m_handle)
        return;
    // Everything waiting, in order; a scanner sends a burst of reports for a long code.
    for (int i = 0; i < 64 && m_handle; ++i) {
        bool ok = true;
        QString error;
        const QByteArray report = m_handle->read(&ok, &error);
        if (!ok) {
            lost(tr("%1 on %2 unplugged — waiting for it to come back.").arg(deviceText(), m_device.path));
            return;
        }
        if (report.isEmpty())
            break;
        const bool wasPartial = m_parser.hasPartial();
        const HidPosReportParser::Outcome outcome = m_parser.feed(report);
        switch (outcome.kind) {
        case HidPosReportParser::Outcome::Kind::Code:
            deliver(outcome.code);
            break;
        case HidPosReportParser::Outcome::Kind::Partial:
            if (!wasPartial)
                m_partialSinceMs = clock().monotonicMs();
            break;
        case HidPosReportParser::Outcome::Kind::Refused:
            emit scanRejected(outcome.error.message, report);
            break;
        case HidPosReportParser::Outcome::Kind::Ignored:
            break;
        }
    }
    // A code whose last report never came would otherwise be glued to the next one.
    if (m_parser.hasPartial() && clock().monotonicMs() - m_partialSinceMs > m_staleMs) {
        const QByteArray dropped = m_parser.takePartial();
        emit scanRejected(tr("The HID scanner started a code but did not finish it; it was dropped. Scan again."),
                          dropped);
    }
}

} // namespace fb
