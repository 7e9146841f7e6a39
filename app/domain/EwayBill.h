#pragma once
// E-way bill numbers (12 digits; clerks copy them grouped, "3210-9988-7766") and when an e-way bill is needed.

#include "app/core/Result.h"

#include <QString>

namespace fb {

// ₹50,000 in paise: the usual GST e-way bill threshold (some states set their own; pass theirs).
inline constexpr qint64 kDefaultEwayBillThresholdPaise = 5'000'000;

// Accepts 12 digits, optionally grouped by single dashes or spaces ("3210-9988-7766", "3210 9988 7766"), and
// returns the digits ("321099887766"). Error::field is "eway_bill_no"; Error::code one of eway.empty, eway.chars,
// eway.length.
Result<QString> normaliseEwayBillNumber(const QString &text);

// The stored 12 digits as the legacy CRM's contract (seed 000) writes them: "321099887766" → "3210-9988-7766".
// Anything that is not 12 digits is returned as it is.
QString legacyEwayBillNumber(const QString &digits);

// True when the consignment value is over the threshold (a value exactly at the threshold needs none).
bool ewayBillRequired(qint64 consignmentValuePaise, qint64 thresholdPaise = kDefaultEwayBillThresholdPaise);

} // namespace fb
