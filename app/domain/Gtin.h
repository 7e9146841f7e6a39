#pragma once
// GTIN-8/12/13/14 (EAN-8, UPC-A, EAN-13, ITF-14 / GS1-128 AI 01) mod-10 check digits.

#include "app/core/Result.h"

#include <QString>

#include <optional>

namespace fb {

// The check digit a complete GTIN (8, 12, 13 or 14 digits, check digit last) should end with, computed from the
// digits before it; nullopt when the text is not 8/12/13/14 ASCII digits. Surrounding whitespace is ignored.
std::optional<int> gtinExpectedCheckDigit(const QString &gtin);

// Error::field is "gtin"; Error::code one of gtin.empty, gtin.chars, gtin.length, gtin.check_digit (whose message
// names the expected digit).
Status validateGtin(const QString &gtin);

} // namespace fb
