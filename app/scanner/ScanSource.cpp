#include "app/scanner/ScanSource.h"

#include "app/core/Clock.h"
#include "app/core/Logging.h"

namespace fb {

ScanSource::ScanSource(QString sourceName, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_sourceName(std::move(sourceName))
    , m_clock(clock)
{}

ScanSource::~ScanSource() = default;

void ScanSource::setState(State state, const QString &message)
{
    if (state == m_state && message == m_stateMessage)
        return;
    m_state = state;
    m_stateMessage = message;
    logger("scan")->info("{} scanner: {}", m_sourceName.toStdString(), message.toStdString());
    emit stateChanged(state, message);
}

void ScanSource::deliver(const QByteArray &raw)
{
    Result<DecodedScan> decoded = m_decoder.decode(raw);
    if (!decoded) {
        logger("scan")->warn("{} scan of {} bytes refused ({}): {}", m_sourceName.toStdString(), raw.size(),
                             decoded.error().code.toStdString(), decoded.message().toStdString());
        emit scanRejected(decoded.message(), raw);
        return;
    }
    Scan scan;
    scan.text = decoded->text;
    scan.raw = raw;
    scan.source = m_sourceName;
    scan.at = m_clock.now();
    scan.monotonicMs = m_clock.monotonicMs();
    scan.symbology = decoded->symbology;
    scan.gtin = decoded->gtin;
    emit scanned(scan);
}

} // namespace fb
