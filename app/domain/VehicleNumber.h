#pragma once
// Indian vehicle registration numbers as written on a dispatch: state series, old series, Bharat (BH) series,
// temporary, defence, and the e-way bill portal's special forms (TM…, DF…, BP…, NP…).

#include "app/core/Result.h"

#include <QDate>
#include <QString>

namespace fb {

enum class VehicleRegistrationKind {
    State,         // MH12AB1234, MH12A1234, MH121234, MH12ABC1234, DL123A1234 (state/UT code first)
    OldSeries,     // ABC1234, before state codes
    Bharat,        // 22BH1234AB: year of registration, BH, 4 digits, letters without I and O
    Temporary,     // T0125MH1234AB: T, month and year of purchase, state code, 4 digits, 1–2 letters (MoRTH 2021)
    Defence,       // 14A123456X: year, class letter, 5–6 digit serial, check letter (the ↑ is dropped)
    PortalSpecial, // e-way bill portal forms: TM… temporary RC, DF… defence, BP… Bhutan, NP… Nepal
};

struct VehicleNumber
{
    QString text; // normalised: uppercase, no spaces/dashes/dots; a 1-digit RTO number is zero-padded
    VehicleRegistrationKind kind = VehicleRegistrationKind::State;
    QString stateCode; // "MH" for State and Temporary numbers, else empty
};

// Drops spaces, dashes, dots and the defence arrow, uppercases, then matches one accepted form. A 1-digit RTO number
// is padded as the e-way bill portal asks (DL1CAB1234 → DL01CAB1234). today (if valid) refuses BH years and
// temporary-registration months in the future. Error::field is "vehicle_no"; Error::code one of vehicle.empty,
// vehicle.chars, vehicle.state_code, vehicle.number, vehicle.rto, vehicle.bh_year, vehicle.bh_letters,
// vehicle.temp_date, vehicle.format.
Result<VehicleNumber> validateVehicleNumber(const QString &text, QDate today = {});

} // namespace fb
