#include "ui/widgets/Theme.h"

namespace fb::theme {

QString textStyle(const QColor &colour)
{
    return QStringLiteral("color: %1;").arg(colour.name());
}

QString boldTextStyle(const QColor &colour)
{
    return QStringLiteral("color: %1; font-weight: bold;").arg(colour.name());
}

QFont scaled(QFont font, qreal scale)
{
    font.setPointSizeF(font.pointSizeF() * scale);
    return font;
}

QFont scaledBold(QFont font, qreal scale)
{
    font.setPointSizeF(font.pointSizeF() * scale);
    font.setBold(true);
    return font;
}

QFont bold(QFont font)
{
    font.setBold(true);
    return font;
}

QFont monospace(QFont font, qreal scale)
{
    font.setFamily(QStringLiteral("monospace"));
    font.setStyleHint(QFont::Monospace);
    font.setPointSizeF(font.pointSizeF() * scale);
    return font;
}

} // namespace fb::theme
