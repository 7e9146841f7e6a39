#include "app/domain/SerialNumber.h"

#include <QCoreApplication>

#include <algorithm>

namespace fb {

namespace {

const QString kField = QStringLiteral("serial");
constexpr int kDateDigits = 6;
constexpr int kRunningDigits = 4;
constexpr int kTailDigits = kDateDigits + kRunningDigits;
constexpr int kCodesShown = 6;

// The messages' translation context (resources/translations/*.ts).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(fb::SerialNumber)
};

bool isAsciiUpperOrDigit(QChar c)
{
    return (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
}

bool allDigits(QStringView s)
{
    return std::all_of(s.begin(), s.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

QDate dateFromDigits(QStringView yymmdd)
{
    return QDate(2000 + yymmdd.mid(0, 2).toInt(), yymmdd.mid(2, 2).toInt(), yymmdd.mid(4, 2).toInt());
}

// Whether the text after a product code is exactly YYMMDD (a real date) and NNNN.
bool tailFits(QStringView tail)
{
    return tail.size() == kTailDigits && allDigits(tail) && dateFromDigits(tail.left(kDateDigits)).isValid();
}

QString knownCodesHint(QStringList codes)
{
    codes.sort();
    if (codes.size() <= kCodesShown)
        return codes.join(QStringLiteral(", "));
    return QStringList(codes.mid(0, kCodesShown)).join(QStringLiteral(", ")) + QStringLiteral("…");
}

} // namespace

Result<SerialNumber> parseSerial(const QString &text, const QStringList &knownProductCodes, QDate today)
{
    const QString s = text.trimmed().toUpper();
    if (s.isEmpty())
        return makeError(Tr::tr("Serial is empty — scan the barcode or type the serial, e.g. CGSTV322509251001"),
                         kField, QStringLiteral("serial.length"));
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (!isAsciiUpperOrDigit(s[i]))
            return makeError(Tr::tr("Serial %1: '%2' at position %3 is not allowed — a serial has only letters A–Z and "
                                    "digits 0–9")
                                 .arg(s, s[i])
                                 .arg(i + 1),
                             kField, QStringLiteral("serial.chars"));
    }

    // Longest matching code; but a shorter code that leaves a real date and a running number wins over a longer one
    // that does not (codes such as CGSTV3 and CGSTV32 can both prefix a serial).
    QString code;
    bool codeFits = false;
    for (const QString &known : knownProductCodes) {
        const QString k = known.trimmed().toUpper();
        if (k.isEmpty() || !s.startsWith(k))
            continue;
        const bool fits = tailFits(QStringView(s).mid(k.size()));
        if ((fits && !codeFits) || (fits == codeFits && k.size() > code.size())) {
            code = k;
            codeFits = fits;
        }
    }
    if (code.isEmpty()) {
        if (knownProductCodes.isEmpty())
            return makeError(
                Tr::tr("Serial %1: no product codes are loaded, so the serial cannot be checked — sync the "
                       "product master and scan again")
                    .arg(s),
                kField, QStringLiteral("serial.unknown_product"));
        const bool tailLooksRight = s.size() > kTailDigits && allDigits(QStringView(s).right(kTailDigits));
        if (tailLooksRight)
            return makeError(Tr::tr("Serial %1: unknown product code %2 — known codes: %3")
                                 .arg(s, s.left(s.size() - kTailDigits), knownCodesHint(knownProductCodes)),
                             kField, QStringLiteral("serial.unknown_product"));
        return makeError(
            Tr::tr("Serial %1: unknown product code — known codes: %2").arg(s, knownCodesHint(knownProductCodes)),
            kField, QStringLiteral("serial.unknown_product"));
    }

    const QStringView tail = QStringView(s).mid(code.size());
    for (qsizetype i = 0; i < tail.size(); ++i) {
        if (!tail[i].isDigit())
            return makeError(Tr::tr("Serial %1: '%2' at position %3 — after product code %4 only digits may follow "
                                    "(YYMMDD date, then a 4-digit running number)")
                                 .arg(s, tail[i])
                                 .arg(code.size() + i + 1)
                                 .arg(code),
                             kField, QStringLiteral("serial.chars"));
    }
    if (tail.size() < kDateDigits)
        return makeError(
            Tr::tr("Serial %1: wrong length — expected a 6-digit date (YYMMDD) after product code %2, found "
                   "%3 digits")
                .arg(s, code)
                .arg(tail.size()),
            kField, QStringLiteral("serial.length"));

    const QStringView dateDigits = tail.left(kDateDigits);
    const QDate madeOn = dateFromDigits(dateDigits);
    if (!madeOn.isValid())
        return makeError(Tr::tr("Serial %1: %2-%3-%4 is not a real date (YYMMDD) — check the 6 digits after product "
                                "code %5")
                             .arg(s, dateDigits.mid(0, 2).toString(), dateDigits.mid(2, 2).toString(),
                                  dateDigits.mid(4, 2).toString(), code),
                         kField, QStringLiteral("serial.bad_date"));

    if (tail.size() != kTailDigits)
        return makeError(Tr::tr("Serial %1: wrong length — expected 4-digit running number after the date, found %2 "
                                "digits")
                             .arg(s)
                             .arg(tail.size() - kDateDigits),
                         kField, QStringLiteral("serial.length"));

    if (today.isValid() && madeOn > today)
        return makeError(Tr::tr("Serial %1: made on %2, which is in the future (today is %3) — check the date digits")
                             .arg(s, madeOn.toString(Qt::ISODate), today.toString(Qt::ISODate)),
                         kField, QStringLiteral("serial.future_date"));

    const int runningNo = tail.mid(kDateDigits).toInt();
    if (runningNo == 0)
        return makeError(Tr::tr("Serial %1: running number 0000 is not valid — units are numbered 0001–9999").arg(s),
                         kField, QStringLiteral("serial.running_no"));

    return SerialNumber{s, code, madeOn, runningNo};
}

QString formatSerial(const QString &productCode, QDate madeOn, int runningNo)
{
    const QString code = productCode.trimmed().toUpper();
    if (code.isEmpty() || !madeOn.isValid() || madeOn.year() < 2000 || madeOn.year() > 2099 || runningNo < 1 ||
        runningNo > 9999)
        return {};
    return code + madeOn.toString(QStringLiteral("yyMMdd")) +
           QStringLiteral("%1").arg(runningNo, 4, 10, QLatin1Char('0'));
}

} // namespace fb
