#pragma once
// The colours a message beside a field is written in: one red for "wrong", one amber for "careful", one green for
// "ready", so every form says them the same way (and a theme change is one edit). #b00020 on the window background
// keeps above 4.5:1 contrast; the text always says it too (✗, ⚠), colour is never the only sign.

#include <QString>

namespace fb::style {

inline constexpr char kErrorColour[] = "#b00020";
inline constexpr char kWarningColour[] = "#8a5a00";
inline constexpr char kReadyColour[] = "#1b7a2e";

// A message standing on its own line (a dialog's refusal, the login message): bold, to be seen.
inline QString errorText()
{
    return QStringLiteral("color: %1; font-weight: bold;").arg(QLatin1String(kErrorColour));
}

// A message beside its field: the colour and the sign (✗, ⚠) say it; bold would shout when a dozen show at once.
inline QString fieldErrorText()
{
    return QStringLiteral("color: %1;").arg(QLatin1String(kErrorColour));
}

inline QString fieldWarningText()
{
    return QStringLiteral("color: %1;").arg(QLatin1String(kWarningColour));
}

inline QString readyText()
{
    return QStringLiteral("color: %1; font-weight: bold;").arg(QLatin1String(kReadyColour));
}

} // namespace fb::style
