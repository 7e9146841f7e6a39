#include "app/domain/Gtin.h"

#include <QCoreApplication>

namespace fb {

namespace {

const QString kField = QStringLiteral("gtin");

// The messages' translation context (resources/translations/*.ts).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(fb::Gtin)
};

bool validLength(qsizetype n)
{
    return n == 8 || n == 12 || n == 13 || n == 14;
}

} // namespace

std::optional<int> gtinExpectedCheckDigit(const QString &gtin)
{
    const QString g = gtin.trimmed();
    if (!validLength(g.size()))
        return std::nullopt;
    int sum = 0;
    // Weights 3,1,3,1… from the digit next to the check digit leftwards.
    for (qsizetype i = g.size() - 2, weight = 3; i >= 0; --i, weight = 4 - weight) {
        const QChar c = g[i];
        if (c < u'0' || c > u'9')
            return std::nullopt;
        sum += (c.unicode() - u'0') * int(weight);
    }
    if (g.back() < u'0' || g.back() > u'9')
        return std::nullopt;
    return (10 - sum % 10) % 10;
}

Status validateGtin(const QString &gtin)
{
    const QString g = gtin.trimmed();
    if (g.isEmpty())
        return makeError(Tr::tr("GTIN is empty — scan the product barcode (8, 12, 13 or 14 digits)"), kField,
                         QStringLiteral("gtin.empty"));
    for (const QChar c : g) {
        if (c < u'0' || c > u'9')
            return makeError(Tr::tr("GTIN %1: '%2' is not allowed — a GTIN has digits only").arg(g, c), kField,
                             QStringLiteral("gtin.chars"));
    }
    if (!validLength(g.size()))
        return makeError(Tr::tr("GTIN %1 has %2 digits — a GTIN has 8, 12, 13 or 14").arg(g).arg(g.size()), kField,
                         QStringLiteral("gtin.length"));
    const int expected = *gtinExpectedCheckDigit(g);
    const int actual = g.back().unicode() - u'0';
    if (expected != actual)
        return makeError(Tr::tr("GTIN %1: check digit should be %2, not %3 — rescan or re-type the barcode")
                             .arg(g)
                             .arg(expected)
                             .arg(actual),
                         kField, QStringLiteral("gtin.check_digit"));
    return Ok{};
}

} // namespace fb
