#pragma once
// The big line a packer reads from a step away: green "✓ … accepted", amber "⚠ …" for accepted with a warning, red
// "✗ <reason>" for a refusal, grey for plain information. High contrast, large text, and the verdict as a property
// ("accepted", "warning", "refused", "info", "") for tests and style sheets.

#include <QLabel>

namespace fb {

class ResultBanner : public QLabel
{
    Q_OBJECT
    Q_PROPERTY(QString verdict READ verdict)

public:
    enum class Kind { None, Accepted, Warning, Refused, Info };

    explicit ResultBanner(QWidget *parent = nullptr);

    void showAccepted(const QString &text) { setResult(Kind::Accepted, text); }
    void showWarning(const QString &text) { setResult(Kind::Warning, text); }
    void showRefused(const QString &text) { setResult(Kind::Refused, text); }
    void showInfo(const QString &text) { setResult(Kind::Info, text); }
    void clearResult() { setResult(Kind::None, {}); }

    Kind kind() const { return m_kind; }
    QString verdict() const;

private:
    void setResult(Kind kind, const QString &text);
    Kind m_kind = Kind::None;
};

} // namespace fb
