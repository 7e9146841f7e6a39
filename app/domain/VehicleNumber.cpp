#include "app/domain/VehicleNumber.h"

#include "app/domain/IndianStates.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace fb {

namespace {

const QString kField = QStringLiteral("vehicle_no");
constexpr int kBharatFirstYear = 21; // the BH series began in September 2021

// The messages' translation context (resources/translations/*.ts).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(fb::VehicleNumber)
};

QString formsHint()
{
    return Tr::tr(
        "accepted forms: MH12AB1234, MH12A1234, MH121234, MH12ABC1234, DL123A1234 (state code first), old "
        "series ABC1234, Bharat series 22BH1234AB, temporary T0125MH1234AB, defence 14A123456X, and the e-way "
        "bill portal's TM…, DF…, BP…, NP… forms");
}

Error formatError(const QString &v, const QString &hint = {})
{
    QString message = Tr::tr("Vehicle number %1 is not in a recognised form").arg(v);
    if (!hint.isEmpty())
        message += QStringLiteral(" — ") + hint;
    message += QStringLiteral(" (") + formsHint() + QStringLiteral(")");
    return makeError(message, kField, QStringLiteral("vehicle.format"));
}

QRegularExpression anchored(const char16_t *pattern)
{
    return QRegularExpression(QStringLiteral("^") + QString::fromUtf16(pattern) + QStringLiteral("$"));
}

} // namespace

Result<VehicleNumber> validateVehicleNumber(const QString &text, QDate today)
{
    QString v;
    for (const QChar c : text) {
        if (c == u' ' || c == u'-' || c == u'.' || c == u'\u2191' || c.isSpace())
            continue;
        v += c.toUpper();
    }
    if (v.isEmpty())
        return makeError(Tr::tr("Vehicle number is empty — enter the registration number on the number plate, e.g. "
                                "MH12AB1234"),
                         kField, QStringLiteral("vehicle.empty"));
    for (const QChar c : std::as_const(v)) {
        if (!((c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9')))
            return makeError(
                Tr::tr("Vehicle number %1: '%2' is not allowed — use letters and digits (spaces and dashes "
                       "are ignored)")
                    .arg(v, c),
                kField, QStringLiteral("vehicle.chars"));
    }

    // Bharat series: YY BH NNNN L(L)
    static const QRegularExpression bharat = anchored(u"(\\d{2})BH(\\d{4})([A-Z]{1,2})");
    if (const auto m = bharat.match(v); m.hasMatch()) {
        const int yy = m.captured(1).toInt();
        if (yy < kBharatFirstYear || (today.isValid() && 2000 + yy > today.year()))
            return makeError(Tr::tr("Vehicle number %1: BH-series year %2 is not possible — the series began in 2021, "
                                    "and the year cannot be in the future")
                                 .arg(v, m.captured(1)),
                             kField, QStringLiteral("vehicle.bh_year"));
        if (m.captured(3).contains(u'I') || m.captured(3).contains(u'O'))
            return makeError(Tr::tr("Vehicle number %1: BH-series letters never use I or O — check for 1 or 0").arg(v),
                             kField, QStringLiteral("vehicle.bh_letters"));
        return VehicleNumber{v, VehicleRegistrationKind::Bharat, {}};
    }
    if (v.size() > 4 && v[0].isDigit() && v[1].isDigit() && v.mid(2, 2) == u"BH")
        return formatError(v, Tr::tr("a Bharat-series number is year, BH, 4 digits, 1–2 letters, e.g. 22BH1234AB"));

    // Temporary registration (MoRTH 2021): T MMYY SS NNNN L(L)
    static const QRegularExpression temporary = anchored(u"T(\\d{2})(\\d{2})([A-Z]{2})(\\d{4})([A-Z]{1,2})");
    if (const auto m = temporary.match(v); m.hasMatch()) {
        const int mm = m.captured(1).toInt();
        const QDate purchased(2000 + m.captured(2).toInt(), qMax(mm, 1), 1);
        if (mm < 1 || mm > 12 || (today.isValid() && purchased > today))
            return makeError(
                Tr::tr("Vehicle number %1: temporary registration month/year %2/%3 is not possible — after "
                       "T come the month (01–12) and year of purchase, e.g. T0125MH1234AB")
                    .arg(v, m.captured(1), m.captured(2)),
                kField, QStringLiteral("vehicle.temp_date"));
        if (!isRtoStateCode(m.captured(3)))
            return makeError(Tr::tr("Vehicle number %1: %2 is not an Indian state/UT code — a temporary number has the "
                                    "state code after the month and year, e.g. T0125MH1234AB")
                                 .arg(v, m.captured(3)),
                             kField, QStringLiteral("vehicle.state_code"));
        return VehicleNumber{v, VehicleRegistrationKind::Temporary, m.captured(3)};
    }

    // Defence: YY L NNNNN(N) L
    static const QRegularExpression defence = anchored(u"\\d{2}[A-Z]\\d{5,6}[A-Z]");
    if (defence.match(v).hasMatch())
        return VehicleNumber{v, VehicleRegistrationKind::Defence, {}};

    // The e-way bill portal's own forms for vehicles without a state number: 7 to 15 characters.
    static const QRegularExpression portal = anchored(u"(TM|DF|BP|NP)[A-Z0-9]{5,13}");
    if (portal.match(v).hasMatch())
        return VehicleNumber{v, VehicleRegistrationKind::PortalSpecial, {}};
    static const QRegularExpression portalPrefix(QStringLiteral("^(TM|DF|BP|NP)"));
    if (portalPrefix.match(v).hasMatch())
        return formatError(v, Tr::tr("the e-way bill portal's %1… form has 7 to 15 letters and digits").arg(v.left(2)));

    // Old series, before state codes: ABC1234
    static const QRegularExpression oldSeries = anchored(u"[A-Z]{3}\\d{4}");
    if (oldSeries.match(v).hasMatch())
        return VehicleNumber{v, VehicleRegistrationKind::OldSeries, {}};

    // State series: SS RR L{0,3} NNNN, SS R L{0,3} NNNN (Delhi writes DL1…), SS RRR L NNNN
    static const QRegularExpression stateForms[] = {
        anchored(u"([A-Z]{2})(\\d{2})([A-Z]{0,3})(\\d{4})"),
        anchored(u"([A-Z]{2})(\\d)([A-Z]{0,3})(\\d{4})"),
        anchored(u"([A-Z]{2})(\\d{3})([A-Z])(\\d{4})"),
    };
    const bool startsLikeState = v.size() > 2 && !v[0].isDigit() && !v[1].isDigit() && v[2].isDigit();
    if (startsLikeState && !isRtoStateCode(v.left(2)))
        return makeError(
            Tr::tr("Vehicle number %1: %2 is not an Indian state/UT code — the number starts with the state "
                   "code, such as MH, KA, DL, TN, GJ")
                .arg(v, v.left(2)),
            kField, QStringLiteral("vehicle.state_code"));
    for (const QRegularExpression &form : stateForms) {
        const auto m = form.match(v);
        if (!m.hasMatch())
            continue;
        const QString state = m.captured(1);
        QString rto = m.captured(2);
        const QString series = m.captured(3);
        const QString number = m.captured(4);
        if (rto.toInt() == 0)
            return makeError(Tr::tr("Vehicle number %1: RTO number %2 is not possible — after the state code comes the "
                                    "RTO number (01, 02, …)")
                                 .arg(v, rto),
                             kField, QStringLiteral("vehicle.rto"));
        if (number == u"0000")
            return makeError(Tr::tr("Vehicle number %1: the last 4 digits cannot be 0000").arg(v), kField,
                             QStringLiteral("vehicle.number"));
        if (rto.size() == 1)
            rto.prepend(QLatin1Char('0')); // the e-way bill portal wants DL01…, not DL1…
        return VehicleNumber{state + rto + series + number, VehicleRegistrationKind::State, state};
    }

    // A state number whose last part lost its leading zeros: MH12AB123 → MH12AB0123.
    static const QRegularExpression shortNumber = anchored(u"([A-Z]{2}\\d{1,3}[A-Z]{1,3})(\\d{1,3})");
    if (const auto m = shortNumber.match(v); startsLikeState && m.hasMatch())
        return makeError(Tr::tr("Vehicle number %1: the last part must be 4 digits — add leading zeros, e.g. %2")
                             .arg(v, m.captured(1) + m.captured(2).rightJustified(4, QLatin1Char('0'))),
                         kField, QStringLiteral("vehicle.number"));
    static const QRegularExpression threeDigitRto = anchored(u"[A-Z]{2}\\d{3}[A-Z]{0,3}\\d{4}");
    if (threeDigitRto.match(v).hasMatch())
        return formatError(v, Tr::tr("a 3-digit RTO number is followed by exactly one letter, e.g. DL123A1234"));
    return formatError(v);
}

} // namespace fb
