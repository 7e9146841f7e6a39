#pragma once
// Turns the input reports of a USB HID Point-of-Sale barcode scanner (usage page 0x8C) into whole codes, with the
// scanner's AIM symbology identifier in front so ScanDecoder treats them exactly like codes from the other sources.
//
// Scanned Data Report (HID POS Usage Tables 1.02, usage 0x8C:0x12), as Honeywell, Zebra and Datalogic send it:
//   [report id][length][sym id 1][sym id 2][sym id 3][decoded data …][vendor bytes …][continued]
// `length` counts the valid decoded data bytes in this report; the three symbology identifier bytes are the AIM
// identifier ("]C0") or zero; a code longer than one report arrives in several, each but the last with bit 0 of
// the report's last byte set ("Decode Data Continued", in the 64-byte reports those scanners use).

#include "app/core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

namespace fb {

class HidPosReportParser
{
    Q_DECLARE_TR_FUNCTIONS(fb::HidPosReportParser)

public:
    static constexpr quint8 kDefaultReportId = 0x02;
    static constexpr int kHeaderBytes = 5;       // report id, length, three symbology identifier bytes
    static constexpr int kContinuedMinSize = 64; // reports this long carry the "continued" flag in their last byte
    static constexpr qsizetype kMaxCodeBytes = 4096;

    explicit HidPosReportParser(quint8 reportId = kDefaultReportId)
        : m_reportId(reportId)
    {}

    // What one report did: completed a code (AIM identifier + data), was part of a longer one, was another report
    // (status, attributes: ignored), or was refused with a message (hidpos.truncated, hidpos.too_long).
    struct Outcome
    {
        enum class Kind { Code, Partial, Ignored, Refused };
        Kind kind = Kind::Ignored;
        QByteArray code;
        Error error;
    };

    // `report` as hid_read() returns it: the report id first (scanners number their reports).
    Outcome feed(const QByteArray &report);
    // True while a code is waiting for its "continued" reports.
    bool hasPartial() const { return m_started; }
    // Drops a partial code (the scanner went away, or its continuation never came); returns what was dropped.
    QByteArray takePartial();

private:
    quint8 m_reportId;
    bool m_started = false; // a code's first report arrived, its last has not
    QByteArray m_partial;   // AIM identifier (when the scanner sent one) + data so far
};

} // namespace fb
