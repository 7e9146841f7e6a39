#include "app/domain/IndianStates.h"

#include <QRegularExpression>
#include <QSet>

namespace fb {

namespace {

struct Alias
{
    const char16_t *name;
    int gstCode;
};

// Older or alternative spellings still written on bills.
const Alias kAliases[] = {
    {u"Orissa", 21},
    {u"Pondicherry", 34},
    {u"Uttaranchal", 5},
    {u"Jammu & Kashmir", 1},
    {u"Andaman & Nicobar", 35},
    {u"Andaman and Nicobar", 35},
    {u"Dadra and Nagar Haveli", 26},
    {u"Dadra & Nagar Haveli", 26},
    {u"Daman & Diu", 25},
    {u"Andhra Pradesh", 28}, // "Andhra Pradesh" names both the old (28) and the present (37) code
};

QList<IndianState> buildStates()
{
    const auto s = [](int code, const char16_t *name, std::initializer_list<const char16_t *> abbrevs) {
        IndianState st{code, QString::fromUtf16(name), {}};
        for (const char16_t *a : abbrevs)
            st.abbreviations << QString::fromUtf16(a);
        return st;
    };
    return {
        s(1, u"Jammu and Kashmir", {u"JK"}),
        s(2, u"Himachal Pradesh", {u"HP"}),
        s(3, u"Punjab", {u"PB"}),
        s(4, u"Chandigarh", {u"CH"}),
        s(5, u"Uttarakhand", {u"UK", u"UA"}),
        s(6, u"Haryana", {u"HR"}),
        s(7, u"Delhi", {u"DL"}),
        s(8, u"Rajasthan", {u"RJ"}),
        s(9, u"Uttar Pradesh", {u"UP"}),
        s(10, u"Bihar", {u"BR"}),
        s(11, u"Sikkim", {u"SK"}),
        s(12, u"Arunachal Pradesh", {u"AR"}),
        s(13, u"Nagaland", {u"NL"}),
        s(14, u"Manipur", {u"MN"}),
        s(15, u"Mizoram", {u"MZ"}),
        s(16, u"Tripura", {u"TR"}),
        s(17, u"Meghalaya", {u"ML"}),
        s(18, u"Assam", {u"AS"}),
        s(19, u"West Bengal", {u"WB"}),
        s(20, u"Jharkhand", {u"JH"}),
        s(21, u"Odisha", {u"OD", u"OR"}),
        s(22, u"Chhattisgarh", {u"CG", u"CT"}),
        s(23, u"Madhya Pradesh", {u"MP"}),
        s(24, u"Gujarat", {u"GJ"}),
        s(25, u"Daman and Diu", {u"DD"}),
        s(26, u"Dadra and Nagar Haveli and Daman and Diu", {u"DN", u"DD"}),
        s(27, u"Maharashtra", {u"MH"}),
        s(28, u"Andhra Pradesh (before 2014)", {u"AP"}),
        s(29, u"Karnataka", {u"KA"}),
        s(30, u"Goa", {u"GA"}),
        s(31, u"Lakshadweep", {u"LD"}),
        s(32, u"Kerala", {u"KL"}),
        s(33, u"Tamil Nadu", {u"TN"}),
        s(34, u"Puducherry", {u"PY"}),
        s(35, u"Andaman and Nicobar Islands", {u"AN"}),
        s(36, u"Telangana", {u"TS", u"TG"}),
        s(37, u"Andhra Pradesh", {u"AP"}),
        s(38, u"Ladakh", {u"LA"}),
        s(97, u"Other Territory", {}),
    };
}

QList<int> codesForAbbreviation(const QString &abbrev)
{
    QList<int> codes;
    for (const IndianState &st : indianStates()) {
        if (st.abbreviations.contains(abbrev, Qt::CaseInsensitive))
            codes << st.gstCode;
    }
    return codes;
}

// Every name a state goes by (its table name plus aliases), paired with the codes it stands for.
QList<QPair<QString, QList<int>>> namesWithCodes()
{
    QList<QPair<QString, QList<int>>> out;
    for (const IndianState &st : indianStates()) {
        if (st.gstCode == 28 || st.gstCode == 97)
            continue; // "Andhra Pradesh (before 2014)" is reached through the alias; "Other Territory" is no address
        QList<int> codes{st.gstCode};
        if (st.gstCode == 37)
            codes << 28;
        out.append({st.name, codes});
    }
    for (const Alias &a : kAliases) {
        QList<int> codes{a.gstCode};
        if (a.gstCode == 28)
            codes << 37;
        out.append({QString::fromUtf16(a.name), codes});
    }
    return out;
}

QList<int> codesForName(const QString &text)
{
    for (const auto &[name, codes] : namesWithCodes()) {
        if (text.compare(name, Qt::CaseInsensitive) == 0)
            return codes;
    }
    return {};
}

} // namespace

const QList<IndianState> &indianStates()
{
    static const QList<IndianState> states = buildStates();
    return states;
}

std::optional<IndianState> indianStateByGstCode(int gstCode)
{
    for (const IndianState &st : indianStates()) {
        if (st.gstCode == gstCode)
            return st;
    }
    return std::nullopt;
}

QList<int> gstCodesNamedIn(const QString &stateOrAddress)
{
    const QString text = stateOrAddress.simplified();
    if (text.isEmpty())
        return {};

    // The whole field is a GST code, an abbreviation or a state name.
    static const QRegularExpression twoDigits(QStringLiteral("^\\d{2}$"));
    if (twoDigits.match(text).hasMatch()) {
        if (indianStateByGstCode(text.toInt()))
            return {text.toInt()};
        return {};
    }
    if (text.size() == 2)
        return codesForAbbreviation(text);
    if (QList<int> codes = codesForName(text); !codes.isEmpty())
        return codes;

    // An address: the last comma-separated part, less its PIN code, is usually the state ("…, MH 411001").
    static const QRegularExpression trailingPin(QStringLiteral("[\\s-]*\\d{3}\\s?\\d{3}$"));
    QString last = text.section(QLatin1Char(','), -1).trimmed();
    last.remove(trailingPin);
    last = last.trimmed();
    if (last.size() == 2) {
        if (QList<int> codes = codesForAbbreviation(last); !codes.isEmpty())
            return codes;
    }
    if (QList<int> codes = codesForName(last); !codes.isEmpty())
        return codes;
    // "Pune MH 411001": a capitalised two-letter word just before the PIN code.
    static const QRegularExpression lastWord(QStringLiteral("(?:^|\\s)([A-Z]{2})$"));
    if (const auto m = lastWord.match(last); m.hasMatch()) {
        if (QList<int> codes = codesForAbbreviation(m.captured(1)); !codes.isEmpty())
            return codes;
    }

    // Otherwise the state name written last in the address wins (addresses end with the state).
    qsizetype bestEnd = -1;
    qsizetype bestLength = 0;
    QList<int> best;
    for (const auto &[name, codes] : namesWithCodes()) {
        const QRegularExpression re(QStringLiteral("\\b") + QRegularExpression::escape(name) + QStringLiteral("\\b"),
                                    QRegularExpression::CaseInsensitiveOption);
        auto it = re.globalMatch(text);
        while (it.hasNext()) {
            const auto m = it.next();
            const qsizetype end = m.capturedEnd();
            if (end > bestEnd || (end == bestEnd && name.size() > bestLength)) {
                bestEnd = end;
                bestLength = name.size();
                best = codes;
            }
        }
    }
    return best;
}

bool isRtoStateCode(const QString &twoLetters)
{
    static const QSet<QString> codes = [] {
        QSet<QString> set;
        for (const IndianState &st : indianStates()) {
            for (const QString &a : st.abbreviations) {
                if (a != u"CT")
                    set.insert(a); // CT is an ISO/postal code for Chhattisgarh, never on a plate (CG is)
            }
        }
        return set;
    }();
    return twoLetters.size() == 2 && codes.contains(twoLetters.toUpper());
}

} // namespace fb
