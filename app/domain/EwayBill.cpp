#include "app/domain/EwayBill.h"

#include <QCoreApplication>

namespace fb {

namespace {

const QString kField = QStringLiteral("eway_bill_no");
constexpr int kDigits = 12;

// The messages' translation context (resources/translations/*.ts).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(fb::EwayBill)
};

bool isSeparator(QChar c)
{
    return c == u'-' || c == u' ';
}

} // namespace

Result<QString> normaliseEwayBillNumber(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return makeError(Tr::tr("E-way bill number is empty — enter the 12-digit number from the e-way bill, e.g. "
                                "3210-9988-7766"),
                         kField, QStringLiteral("eway.empty"));
    QString digits;
    for (qsizetype i = 0; i < t.size(); ++i) {
        const QChar c = t[i];
        if (c >= u'0' && c <= u'9') {
            digits += c;
            continue;
        }
        if (isSeparator(c) && i + 1 < t.size() && !isSeparator(t[i + 1]) && i > 0 && !isSeparator(t[i - 1]))
            continue;
        if (isSeparator(c))
            return makeError(Tr::tr("E-way bill number %1: separate digit groups with a single dash or space, e.g. "
                                    "3210-9988-7766")
                                 .arg(t),
                             kField, QStringLiteral("eway.chars"));
        return makeError(
            Tr::tr("E-way bill number %1: '%2' is not allowed — use the 12 digits, optionally grouped with "
                   "dashes or spaces, e.g. 3210-9988-7766")
                .arg(t, c),
            kField, QStringLiteral("eway.chars"));
    }
    if (digits.size() != kDigits)
        return makeError(Tr::tr("E-way bill number %1 has %2 digits — it must have exactly 12, e.g. 3210-9988-7766")
                             .arg(t)
                             .arg(digits.size()),
                         kField, QStringLiteral("eway.length"));
    return digits;
}

QString legacyEwayBillNumber(const QString &digits)
{
    if (digits.size() != kDigits)
        return digits;
    for (const QChar c : digits) {
        if (c < u'0' || c > u'9')
            return digits;
    }
    return QStringLiteral("%1-%2-%3").arg(digits.left(4), digits.mid(4, 4), digits.mid(8, 4));
}

bool ewayBillRequired(qint64 consignmentValuePaise, qint64 thresholdPaise)
{
    return consignmentValuePaise > thresholdPaise;
}

} // namespace fb
