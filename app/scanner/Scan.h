#pragma once
// One scan as every source delivers it: what the packer scanned, decoded, plus where and when it came from.

#include <QByteArray>
#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace fb {

struct Scan
{
    QString text;   // decoded: prefix/suffix and AIM identifier stripped; the serial (AI 21) for GS1 codes
    QByteArray raw; // the bytes as the scanner sent them, terminator excluded
    QString source; // "serial", "wedge" or "hid"
    QDateTime at;   // wall-clock time from the injected Clock
    qint64 monotonicMs = 0;
    QString symbology; // e.g. "GS1-128", "Data Matrix"; empty when the scanner sent no AIM identifier
    QString gtin;      // GTIN-14 when the code carried one (AI 01, or an EAN/UPC), check digit verified
};

} // namespace fb

Q_DECLARE_METATYPE(fb::Scan)
