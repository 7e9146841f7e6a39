#pragma once
// Turns the bytes a scanner sent into what was scanned: configured prefix/suffix and AIM symbology identifiers
// stripped, GS1 element strings split into application identifiers, GTIN check digits verified.

#include "app/core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

namespace fb {

struct ScannerConfig
{
    QByteArray prefix;    // stripped from the front when present (scanners are often set to send STX or a letter)
    QByteArray suffix;    // stripped from the end when present, before the CR/LF terminator
    bool stripAim = true; // remove a leading "]Cm" AIM symbology identifier from the text
    bool gs1 = true;      // understand GS1 element strings (FNC1 / GS separated application identifiers)
};

struct DecodedScan
{
    QString text;      // what the flow should use: AI 21 for GS1 codes that carry a serial, else the code as scanned
    QString aimId;     // "]C1" etc., empty when the scanner sent none
    QString symbology; // readable name of the AIM symbology ("GS1-128"), empty when none
    bool isGs1 = false;
    QString gtin;   // AI 01 (or an EAN/UPC widened to 14 digits), check digit verified
    QString serial; // AI 21
    QString batch;  // AI 10
    QString expiry; // AI 17 as an ISO date (yyyy-MM-dd); day 00 means the last day of the month
    QList<QPair<QString, QString>> elements; // every GS1 (AI, value) in scan order
    QString humanReadable;                   // "(01)09506000134352(21)ABC123"
};

class ScanDecoder
{
    Q_DECLARE_TR_FUNCTIONS(fb::ScanDecoder)

public:
    ScanDecoder() = default;
    explicit ScanDecoder(ScannerConfig config);

    const ScannerConfig &config() const { return m_config; }

    // Refusals carry a message a packer can act on and a stable code ("gs1.gtin_check", "gs1.unknown_ai", …).
    Result<DecodedScan> decode(const QByteArray &raw) const;

    // GS1 mod-10 check digit over all but the last digit of `digits` (GTIN-8/12/13/14, SSCC). -1 if not numeric.
    static int gs1CheckDigit(const QString &digits);
    // Readable name for an AIM identifier such as "]d2"; empty if the symbology letter is unknown.
    static QString symbologyName(const QString &aimId);
    // "\x02", "\t", "\r", "\n", "\\" in a settings text → bytes (prefixes and suffixes are often control characters).
    static QByteArray unescape(const QString &text);
    static QString escape(const QByteArray &bytes);

private:
    Status parseGs1(const QString &data, DecodedScan &out) const;
    ScannerConfig m_config;
};

} // namespace fb
