#include "app/scanner/HidPosReportParser.h"

#include <utility>

namespace fb {

HidPosReportParser::Outcome HidPosReportParser::feed(const QByteArray &report)
{
    Outcome out;
    if (report.isEmpty() || quint8(report.at(0)) != m_reportId)
        return out; // not a scanned data report
    if (report.size() < kHeaderBytes) {
        takePartial();
        out.kind = Outcome::Kind::Refused;
        out.error = makeError(tr("The HID scanner sent a report of %1 bytes, too short for a code. Set the scanner "
                                 "to HID POS mode (not keyboard) and scan again.")
                                  .arg(report.size()),
                              {}, QStringLiteral("hidpos.truncated"));
        return out;
    }
    const int length = quint8(report.at(1));
    if (kHeaderBytes + length > report.size()) {
        takePartial();
        out.kind = Outcome::Kind::Refused;
        out.error = makeError(tr("The HID scanner's report says it holds %1 bytes of code but only has room for %2. "
                                 "Scan the code again; if it keeps happening, the scanner is not in HID POS mode.")
                                  .arg(length)
                                  .arg(report.size() - kHeaderBytes),
                              {}, QStringLiteral("hidpos.truncated"));
        return out;
    }
    // A code's first report carries its symbology; the continuation reports repeat it, and it is kept once.
    if (!m_started) {
        m_started = true;
        const QByteArray symbology = report.mid(2, 3);
        if (symbology.at(0) == ']' && symbology.at(1) != '\0')
            m_partial = symbology.left(symbology.at(2) == '\0' ? 2 : 3);
    }
    m_partial.append(report.mid(kHeaderBytes, length));
    const bool continued = report.size() >= kContinuedMinSize && (quint8(report.back()) & 0x01);
    if (m_partial.size() > kMaxCodeBytes) {
        takePartial();
        out.kind = Outcome::Kind::Refused;
        out.error = makeError(
            tr("The HID scanner kept sending one code past %1 bytes; it was dropped. Scan again.").arg(kMaxCodeBytes),
            {}, QStringLiteral("hidpos.too_long"));
        return out;
    }
    if (continued) {
        out.kind = Outcome::Kind::Partial;
        return out;
    }
    out.kind = Outcome::Kind::Code;
    out.code = takePartial();
    return out;
}

QByteArray HidPosReportParser::takePartial()
{
    m_started = false;
    return std::exchange(m_partial, {});
}

} // namespace fb
