#include "ui/scanner/ScannerHost.h"

#include "app/core/Logging.h"
#include "ui/scanner/ScanSourceFactory.h"

namespace fb {

ScannerHost::ScannerHost(const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
{}

ScannerHost::~ScannerHost()
{
    stop();
}

void ScannerHost::stop()
{
    if (m_source)
        m_source->stop();
    m_source.reset();
}

Status ScannerHost::apply(const ScannerSettings &settings)
{
    auto made = makeScanSource(settings, m_clock, m_scanWindow);
    if (!made)
        return made.error();
    std::unique_ptr<ScanSource> old = std::move(m_source);
    if (old) {
        old->stop(); // a serial port must be closed before the new source opens it again
        disconnect(old.get(), nullptr, nullptr, nullptr);
    }
    m_source = std::move(made).value();
    m_settings = settings;
    logger("scan")->info("scanner switched to {}", ScannerSettings::sourceText(settings.source).toStdString());
    emit sourceChanged(m_source.get());
    m_source->start();
    // apply() may run from a slot of the old source's receivers; let queued events for it drain first.
    if (old)
        old.release()->deleteLater();
    return Ok{};
}

} // namespace fb
