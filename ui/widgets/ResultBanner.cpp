#include "ui/widgets/ResultBanner.h"

namespace fb {

ResultBanner::ResultBanner(QWidget *parent)
    : QLabel(parent)
{
    setWordWrap(true);
    setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    setMinimumHeight(72);
    setTextFormat(Qt::PlainText);
    QFont f = font();
    f.setPointSizeF(f.pointSizeF() * 2.0);
    f.setBold(true);
    setFont(f);
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
    QString colours;
    switch (kind) {
    case Kind::Accepted:
        colours = QStringLiteral("background: #1b7a2e; color: #ffffff;");
        break;
    case Kind::Warning:
        colours = QStringLiteral("background: #ffb300; color: #000000;");
        break;
    case Kind::Refused:
        colours = QStringLiteral("background: #b00020; color: #ffffff;");
        break;
    case Kind::Info:
        colours = QStringLiteral("background: #37474f; color: #ffffff;");
        break;
    case Kind::None:
        colours = QStringLiteral("background: transparent;");
        break;
    }
    setStyleSheet(QStringLiteral("QLabel { %1 padding: 10px 16px; border-radius: 6px; }").arg(colours));
}

} // namespace fb
