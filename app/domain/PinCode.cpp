#include "app/domain/PinCode.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace fb {

namespace {

const QString kField = QStringLiteral("pin_code");

// The messages' translation context (resources/translations/*.ts).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(fb::PinCode)
};

} // namespace

Result<QString> normalisePinCode(const QString &text)
{
    QString pin = text.trimmed();
    pin.remove(QLatin1Char(' '));
    if (pin.isEmpty())
        return makeError(Tr::tr("PIN code is empty — enter the 6-digit PIN code, e.g. 411001"), kField,
                         QStringLiteral("pin.empty"));
    static const QRegularExpression sixDigits(QStringLiteral("^[0-9]{6}$"));
    if (!sixDigits.match(pin).hasMatch())
        return makeError(Tr::tr("PIN code %1 is not valid — a PIN code is exactly 6 digits, e.g. 411001").arg(pin),
                         kField, QStringLiteral("pin.format"));
    if (pin[0] == u'0')
        return makeError(Tr::tr("PIN code %1 cannot start with 0 — Indian PIN codes start with 1–9").arg(pin), kField,
                         QStringLiteral("pin.first_digit"));
    return pin;
}

} // namespace fb
