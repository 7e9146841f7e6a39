#pragma once
// Product serial numbers: <product_code><YYMMDD><NNNN>, e.g. CGSTV322509251001 = product CGSTV32, made
// 2025-09-25, unit 1001 (seed 000). Product codes come from master data, so parsing needs the known codes.

#include "app/core/Result.h"

#include <QDate>
#include <QString>
#include <QStringList>

namespace fb {

struct SerialNumber
{
    QString text;        // normalised: trimmed, uppercase
    QString productCode; // "CGSTV32"
    QDate madeOn;        // 2025-09-25
    int runningNo = 0;   // 1–9999
};

// Trims and uppercases, finds the product code among knownProductCodes (longest match), then checks 6 date digits
// (a real date, not after today) and a 4-digit running number 0001–9999. Error::field is "serial"; Error::code one
// of serial.chars, serial.unknown_product, serial.length, serial.bad_date, serial.future_date, serial.running_no.
Result<SerialNumber> parseSerial(const QString &text, const QStringList &knownProductCodes, QDate today);

// CGSTV32 + 2025-09-25 + 1001 → "CGSTV322509251001". Empty for an empty code, an invalid date or a date outside
// 2000–2099, or a running number outside 1–9999 (the caller's bug, not the user's).
QString formatSerial(const QString &productCode, QDate madeOn, int runningNo);

} // namespace fb
