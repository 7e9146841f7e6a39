#include "app/domain/Phone.h"

#include <QCoreApplication>

namespace fb {

namespace {

const QString kField = QStringLiteral("phone");

// The messages' translation context (resources/translations/*.ts).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(fb::Phone)
};

} // namespace

Result<QString> normalisePhone(const QString &text)
{
    QString t = text.trimmed();
    t.removeIf([](QChar c) { return c == u' ' || c == u'-' || c == u'.' || c == u'(' || c == u')'; });
    if (t.isEmpty())
        return makeError(Tr::tr("Phone number is empty — enter a 10-digit mobile number, e.g. 98765 43210"), kField,
                         QStringLiteral("phone.empty"));
    bool plus = false;
    if (t.startsWith(u'+')) {
        plus = true;
        t.remove(0, 1);
    }
    QString digits;
    for (const QChar c : std::as_const(t)) {
        if (c >= u'0' && c <= u'9')
            digits += c;
        else
            return makeError(
                Tr::tr("Phone number: '%1' is not allowed — use digits, with +91 or 0 in front if you like").arg(c),
                kField, QStringLiteral("phone.chars"));
    }
    if (plus) {
        if (!digits.startsWith(QStringLiteral("91")))
            return makeError(Tr::tr("Phone number: only Indian numbers (+91) are accepted — enter a 10-digit mobile "
                                    "number"),
                             kField, QStringLiteral("phone.chars"));
        digits.remove(0, 2);
    } else if (digits.size() == 12 && digits.startsWith(QStringLiteral("91"))) {
        digits.remove(0, 2);
    } else if (digits.size() == 11 && digits.startsWith(u'0')) {
        digits.remove(0, 1);
    }
    if (digits.size() != 10)
        return makeError(
            Tr::tr("Phone number has %1 digits — a mobile number has 10 (after +91 or 0), e.g. 98765 43210")
                .arg(digits.size()),
            kField, QStringLiteral("phone.length"));
    if (digits[0] < u'6')
        return makeError(
            Tr::tr("Phone number starts with %1 — Indian mobile numbers start with 6, 7, 8 or 9").arg(digits[0]),
            kField, QStringLiteral("phone.first_digit"));
    return digits;
}

} // namespace fb
