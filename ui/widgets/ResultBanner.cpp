#include "ui/widgets/ResultBanner.h"

#include "ui/widgets/Theme.h"

namespace fb {

ResultBanner::ResultBanner(QWidget *parent)
    : QLabel(parent)
{
    setWordWrap(true);
    setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    setMinimumHeight(72);
    setTextFormat(Qt::PlainText);
    setFont(theme::scaledBold(font(), theme::kBannerScale));
    // Screen readers announce the verdict as it changes.
    setAccessibleName(tr("Last scan result"));
    setResult(Kind::None, {});
}

QString ResultBanner::verdict() const
{
    switch (m_kind) {
    case Kind::Accepted:
        return QStringLiteral("accepted");
    case Kind::Warning:
        return QStringLiteral("warning");
    case Kind::Refused:
        return QStringLiteral("refused");
    case Kind::Info:
        return QStringLiteral("info");
    case Kind::None:
        break;
    }
    return {};
}

void ResultBanner::setResult(Kind kind, const QString &text)
{
    setText(text);
    if (kind == m_kind && !styleSheet().isEmpty())
        return; // a run of accepted scans re-styles nothing
    m_kind = kind;
    // White on saturated colours reads from a distance and keeps well above 4.5:1 contrast.
    const auto on = [](const QColor &background, const QColor &foreground) {
        return QStringLiteral("background: %1; color: %2;").arg(background.name(), foreground.name());
    };
    QString colours;
    switch (kind) {
    case Kind::Accepted:
        colours = on(theme::kReady, theme::kOnColour);
        break;
    case Kind::Warning:
        colours = on(theme::kCaution, theme::kOnCaution);
        break;
    case Kind::Refused:
        colours = on(theme::kError, theme::kOnColour);
        break;
    case Kind::Info:
        colours = on(theme::kInfo, theme::kOnColour);
        break;
    case Kind::None:
        colours = QStringLiteral("background: transparent;");
        break;
    }
    setStyleSheet(QStringLiteral("QLabel { %1 padding: 10px 16px; border-radius: 6px; }").arg(colours));
}

} // namespace fb
