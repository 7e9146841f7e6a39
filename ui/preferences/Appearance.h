#pragma once
// Text size for the floor (setting ui.font_scale): the whole application's font scaled from the desktop's, at
// start-up and whenever the setting changes, so every page follows without its own code.

#include <QString>

namespace fb {

class SettingsStore;

class Appearance
{
public:
    static constexpr const char *kFontScaleKey = "ui.font_scale";
    static constexpr double kMinScale = 0.75;
    static constexpr double kMaxScale = 3.0;

    // ui.font_scale as a factor ("1.5", or "150%"); 1.0 when unset or out of range.
    static double fontScale(const SettingsStore &settings);
    // Sets the application font to the desktop's font × `scale` (the desktop's is remembered on the first call).
    static void applyFontScale(double scale);
    static double appliedFontScale();
};

} // namespace fb
