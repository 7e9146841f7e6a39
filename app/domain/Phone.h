#pragma once
// Indian mobile numbers: 10 digits starting 6–9, written with or without +91 / 91 / 0 in front.

#include "app/core/Result.h"

#include <QString>

namespace fb {

// Drops spaces, dashes, dots and brackets and a leading +91, 91 (12 digits in all) or 0, and returns the 10 digits.
// Messages never repeat the number (customer numbers must not reach logs). Error::field is "phone"; Error::code one
// of phone.empty, phone.chars, phone.length, phone.first_digit.
Result<QString> normalisePhone(const QString &text);

} // namespace fb
