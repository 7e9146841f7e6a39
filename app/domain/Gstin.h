#pragma once
// GSTIN (GST identification number) checks: layout, state code, PAN, entity character and the mod-36 check
// character, plus the warning when the GSTIN's state is not the bill-to state.

#include "app/core/Result.h"

#include <QString>

#include <optional>

namespace fb {

struct Gstin
{
    QString text;      // normalised: 15 characters, uppercase
    int stateCode = 0; // 1–38 or 97
    QString stateName; // "Maharashtra"
    QString pan;       // characters 3–12
    QChar entity;      // character 13: 1–9 or A–Z, the holder's nth registration in the state
    QChar checkChar;   // character 15
};

// The check character the first 14 characters call for; nullopt if they are not 14 characters from 0–9/A–Z.
std::optional<QChar> gstinCheckChar(QStringView first14);

// Trims, drops spaces, uppercases, then checks every part. Error::field is "gstin"; Error::code one of
// gstin.empty, gstin.length, gstin.chars, gstin.state_code, gstin.pan, gstin.entity, gstin.z, gstin.check_char.
Result<Gstin> validateGstin(const QString &text);

// "Maharashtra" for "27" (or 27); empty for a code that is not in the GST state table.
QString gstinStateName(int stateCode);
QString gstinStateName(const QString &stateCode);

// A warning (not an error: branch transfers and SEZ supplies do this legitimately) when the GSTIN's state is not
// the state the bill-to field or address names ("…, Pune, MH 411001", "Karnataka", "29"). nullopt when they agree
// or when no state can be read from the address.
std::optional<QString> gstinStateMismatchWarning(const Gstin &gstin, const QString &billToStateOrAddress);
// Same, from GSTIN text; nullopt when the text does not start with a known state code.
std::optional<QString> gstinStateMismatchWarning(const QString &gstin, const QString &billToStateOrAddress);

} // namespace fb
