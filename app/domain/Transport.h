#pragma once
// Dispatch transport details: the mode (ROAD / RAIL / AIR / SHIP) and which documents each mode needs.

#include "app/core/Result.h"

#include <QString>

namespace fb {

enum class TransportMode { Road, Rail, Air, Ship };

// "ROAD", "RAIL", "AIR", "SHIP" (the payload spelling).
QString transportModeCode(TransportMode mode);
// Case-insensitive, trimmed; also accepts the e-way bill codes 1–4. Error::field "transport_mode", code
// transport.mode.
Result<TransportMode> parseTransportMode(const QString &text);

// Up to 15 letters, digits, dashes and slashes, uppercased ("LR-9827345"). Error::field "lr_no"; Error::code
// lr.empty, lr.length, lr.chars.
Result<QString> normaliseLrNumber(const QString &text);

// ROAD needs the vehicle number; RAIL and AIR need the LR (transport document) number; SHIP needs both. Any value
// given is also checked (validateVehicleNumber, normaliseLrNumber) whether or not the mode needs it. The first
// problem wins; Error::field is "vehicle_no" or "lr_no"; Error::code transport.vehicle_required,
// transport.lr_required, or the field validator's code.
Status validateTransportModeRules(TransportMode mode, const QString &vehicleNo, const QString &lrNo);

} // namespace fb
