#include "ui/preferences/Appearance.h"

#include "app/storage/SettingsStore.h"

#include <QApplication>
#include <QFont>

#include <algorithm>
#include <optional>

namespace fb {

namespace {
std::optional<QFont> g_baseFont; // the desktop's font before any scaling; one per process, like QApplication's
double g_scale = 1.0;
} // namespace

double Appearance::fontScale(const SettingsStore &settings)
{
    QString text = settings.value(QString::fromLatin1(kFontScaleKey)).trimmed();
    if (text.isEmpty())
        return 1.0;
    const bool percent = text.endsWith(u'%');
    if (percent)
        text.chop(1);
    bool ok = false;
    double v = text.toDouble(&ok);
    if (!ok)
        return 1.0;
    if (percent)
        v /= 100.0;
    return (v >= kMinScale && v <= kMaxScale) ? v : 1.0;
}

void Appearance::applyFontScale(double scale)
{
    scale = std::clamp(scale, kMinScale, kMaxScale);
    if (!g_baseFont)
        g_baseFont = QApplication::font();
    QFont font = *g_baseFont;
    if (font.pointSizeF() > 0)
        font.setPointSizeF(g_baseFont->pointSizeF() * scale);
    else
        font.setPixelSize(std::max(1, int(g_baseFont->pixelSize() * scale + 0.5)));
    g_scale = scale;
    QApplication::setFont(font);
}

double Appearance::appliedFontScale()
{
    return g_scale;
}

} // namespace fb
