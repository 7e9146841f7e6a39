#pragma once
// Indian postal PIN codes: 6 digits, the first 1–9.

#include "app/core/Result.h"

#include <QString>

namespace fb {

// Trims and drops spaces ("411 001" → "411001"). Error::field is "pin_code"; Error::code one of pin.empty,
// pin.format, pin.first_digit.
Result<QString> normalisePinCode(const QString &text);

} // namespace fb
