#include "app/domain/Gstin.h"

#include "app/domain/IndianStates.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace fb {

namespace {

const QString kField = QStringLiteral("gstin");

// The messages' translation context (resources/translations/*.ts).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(fb::Gstin)
};

int charValue(QChar c)
{
    if (c >= u'0' && c <= u'9')
        return c.unicode() - u'0';
    if (c >= u'A' && c <= u'Z')
        return c.unicode() - u'A' + 10;
    return -1;
}

} // namespace

std::optional<QChar> gstinCheckChar(QStringView first14)
{
    static const QStringView chars = u"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    if (first14.size() != 14)
        return std::nullopt;
    int sum = 0;
    for (int i = 0; i < 14; ++i) {
        const int v = charValue(first14[i]);
        if (v < 0)
            return std::nullopt;
        const int p = v * (i % 2 == 0 ? 1 : 2);
        sum += p / 36 + p % 36;
    }
    return chars[(36 - sum % 36) % 36];
}

Result<Gstin> validateGstin(const QString &text)
{
    QString g = text.trimmed().toUpper();
    g.remove(QLatin1Char(' '));
    if (g.isEmpty())
        return makeError(Tr::tr("GSTIN is empty — enter the party's 15-character GSTIN, e.g. 27AAPFU0939F1ZV"), kField,
                         QStringLiteral("gstin.empty"));
    for (qsizetype i = 0; i < g.size(); ++i) {
        if (charValue(g[i]) < 0)
            return makeError(Tr::tr("GSTIN %1: '%2' at position %3 is not allowed — a GSTIN has only letters A–Z and "
                                    "digits 0–9")
                                 .arg(g, g[i])
                                 .arg(i + 1),
                             kField, QStringLiteral("gstin.chars"));
    }
    if (g.size() != 15)
        return makeError(
            Tr::tr("GSTIN %1 has %2 characters — a GSTIN has exactly 15 (e.g. 27AAPFU0939F1ZV)").arg(g).arg(g.size()),
            kField, QStringLiteral("gstin.length"));

    const QString stateDigits = g.left(2);
    const bool digits = stateDigits[0].isDigit() && stateDigits[1].isDigit();
    const std::optional<IndianState> state = digits ? indianStateByGstCode(stateDigits.toInt()) : std::nullopt;
    if (!state)
        return makeError(
            Tr::tr("GSTIN %1: state code %2 is not valid — the first two characters must be a GST state code "
                   "01–38 or 97 (e.g. 27 Maharashtra, 29 Karnataka)")
                .arg(g, stateDigits),
            kField, QStringLiteral("gstin.state_code"));

    const QString pan = g.mid(2, 10);
    static const QRegularExpression panRe(QStringLiteral("^[A-Z]{5}[0-9]{4}[A-Z]$"));
    if (!panRe.match(pan).hasMatch())
        return makeError(Tr::tr("GSTIN %1: characters 3–12 (%2) are not a PAN — a PAN is 5 letters, 4 digits, 1 letter "
                                "(e.g. AAPFU0939F)")
                             .arg(g, pan),
                         kField, QStringLiteral("gstin.pan"));

    const QChar entity = g[12];
    if (entity == u'0')
        return makeError(Tr::tr("GSTIN %1: the 13th character (registration number in the state) cannot be 0 — it is "
                                "1–9 or A–Z")
                             .arg(g),
                         kField, QStringLiteral("gstin.entity"));

    if (g[13] != u'Z')
        return makeError(Tr::tr("GSTIN %1: the 14th character should be Z, not %2").arg(g, g[13]), kField,
                         QStringLiteral("gstin.z"));

    const QChar expected = *gstinCheckChar(QStringView(g).left(14));
    if (g[14] != expected)
        return makeError(
            Tr::tr("GSTIN check character should be %1, not %2 (GSTIN %3) — re-check the GSTIN against the "
                   "party's GST certificate")
                .arg(expected, g[14], g),
            kField, QStringLiteral("gstin.check_char"));

    return Gstin{g, state->gstCode, state->name, pan, entity, g[14]};
}

QString gstinStateName(int stateCode)
{
    const std::optional<IndianState> state = indianStateByGstCode(stateCode);
    return state ? state->name : QString();
}

QString gstinStateName(const QString &stateCode)
{
    static const QRegularExpression re(QStringLiteral("^\\d{2}$"));
    const QString code = stateCode.trimmed();
    return re.match(code).hasMatch() ? gstinStateName(code.toInt()) : QString();
}

std::optional<QString> gstinStateMismatchWarning(const Gstin &gstin, const QString &billToStateOrAddress)
{
    const QList<int> billTo = gstCodesNamedIn(billToStateOrAddress);
    if (billTo.isEmpty() || billTo.contains(gstin.stateCode))
        return std::nullopt;
    const QString billToName = gstinStateName(billTo.constFirst());
    return Tr::tr("GSTIN %1 is registered in %2 (state code %3), but the bill-to state is %4 — check the GSTIN or the "
                  "bill-to address")
        .arg(gstin.text, gstinStateName(gstin.stateCode),
             QStringLiteral("%1").arg(gstin.stateCode, 2, 10, QLatin1Char('0')), billToName);
}

std::optional<QString> gstinStateMismatchWarning(const QString &gstin, const QString &billToStateOrAddress)
{
    QString g = gstin.trimmed().toUpper();
    g.remove(QLatin1Char(' '));
    const int code = gstinStateName(g.left(2)).isEmpty() ? 0 : g.left(2).toInt();
    if (code == 0)
        return std::nullopt;
    return gstinStateMismatchWarning(Gstin{g, code, gstinStateName(code), g.mid(2, 10), {}, {}}, billToStateOrAddress);
}

} // namespace fb
