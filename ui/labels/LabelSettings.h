#pragma once
// How Stage 1 serial labels look, over the station's labels.* settings: size, barcode symbology and layout.

#include "app/core/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace fb {

class SettingsStore;

struct LabelSettings
{
    enum class Symbology { Code128, QrCode, DataMatrix };
    // Stacked: barcode across the top, text below (for Code 128). Side: a square code left, text right (2D codes).
    // Auto: stacked for Code 128, side for the 2D codes.
    enum class Layout { Auto, Stacked, Side };

    double widthMm = 50.0;
    double heightMm = 25.0;
    Symbology symbology = Symbology::Code128;
    Layout layout = Layout::Auto;

    Layout effectiveLayout() const;

    // Unknown or out-of-range values fall back to the defaults above; each is described in `problems`.
    static LabelSettings load(const SettingsStore &store, QStringList *problems = nullptr);
    Status save(SettingsStore &store) const;

    static QString symbologyText(Symbology s); // "code128", "qr", "datamatrix"
    static QString layoutText(Layout l);       // "auto", "stacked", "side"

    Q_DECLARE_TR_FUNCTIONS(fb::LabelSettings)
};

} // namespace fb
