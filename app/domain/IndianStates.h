#pragma once
// States and union territories of India: GST state codes (GSTIN digits 1–2) and the two-letter codes that
// vehicle registrations (RTO) and postal addresses use ("MH", "KA"), so validators can name a state in a message.

#include <QString>
#include <QStringList>

#include <optional>

namespace fb {

struct IndianState
{
    int gstCode;               // 1–38 or 97
    QString name;              // "Maharashtra"
    QStringList abbreviations; // two-letter codes seen in addresses and number plates, first is the usual one
};

// Every GST state code, in code order.
const QList<IndianState> &indianStates();

// The state for a GST state code (27 → Maharashtra); nullopt for a code that is not in the GST table.
std::optional<IndianState> indianStateByGstCode(int gstCode);

// The GST codes a bill-to state or address names: "MH", "Maharashtra", "27", or an address ending in
// ", MH 411001" or "Pune, Maharashtra 411001". Usually one code; Andhra Pradesh gives 28 and 37. Empty when no
// state can be read.
QList<int> gstCodesNamedIn(const QString &stateOrAddress);

// Two-letter state/UT codes that begin an Indian vehicle registration number (MH, KA, DL, …, plus the older
// OR, UA and DN still seen on plates).
bool isRtoStateCode(const QString &twoLetters);

} // namespace fb
