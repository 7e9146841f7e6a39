#include "app/scanner/ScanDecoder.h"

#include <QDate>
#include <QRegularExpression>
#include <QStringDecoder>

#include <optional>

namespace fb {

namespace {

constexpr char16_t kGs = 0x1D; // ASCII group separator: how scanners transmit an FNC1 between GS1 elements

struct AiSpec
{
    const char *ai;
    int fixedLength; // 0 = variable length, terminated by GS or the end of the code
    int maxLength;
    bool numeric;
    bool date; // YYMMDD
};

// The application identifiers a warehouse meets. Lengths from the GS1 General Specifications, section 3.
// An identifier not listed here is refused rather than guessed at: its length decides where the next one starts.
constexpr AiSpec kAis[] = {
    {"00", 18, 18, true, false},   {"01", 14, 14, true, false},   {"02", 14, 14, true, false},
    {"10", 0, 20, false, false},   {"11", 6, 6, true, true},      {"12", 6, 6, true, true},
    {"13", 6, 6, true, true},      {"15", 6, 6, true, true},      {"16", 6, 6, true, true},
    {"17", 6, 6, true, true},      {"20", 2, 2, true, false},     {"21", 0, 20, false, false},
    {"22", 0, 20, false, false},   {"235", 0, 28, false, false},  {"240", 0, 30, false, false},
    {"241", 0, 30, false, false},  {"242", 0, 6, true, false},    {"243", 0, 20, false, false},
    {"250", 0, 30, false, false},  {"251", 0, 30, false, false},  {"253", 0, 30, false, false},
    {"254", 0, 20, false, false},  {"255", 0, 25, false, false},  {"30", 0, 8, true, false},
    {"37", 0, 8, true, false},     {"400", 0, 30, false, false},  {"401", 0, 30, false, false},
    {"402", 17, 17, true, false},  {"403", 0, 30, false, false},  {"410", 13, 13, true, false},
    {"411", 13, 13, true, false},  {"412", 13, 13, true, false},  {"413", 13, 13, true, false},
    {"414", 13, 13, true, false},  {"415", 13, 13, true, false},  {"416", 13, 13, true, false},
    {"417", 13, 13, true, false},  {"420", 0, 20, false, false},  {"421", 0, 12, false, false},
    {"422", 3, 3, true, false},    {"7003", 10, 10, true, false}, {"8003", 0, 30, false, false},
    {"8004", 0, 30, false, false}, {"8006", 18, 18, true, false}, {"8017", 18, 18, true, false},
    {"8018", 18, 18, true, false}, {"8020", 0, 25, false, false}, {"90", 0, 30, false, false},
    {"91", 0, 90, false, false},   {"92", 0, 90, false, false},   {"93", 0, 90, false, false},
    {"94", 0, 90, false, false},   {"95", 0, 90, false, false},   {"96", 0, 90, false, false},
    {"97", 0, 90, false, false},   {"98", 0, 90, false, false},   {"99", 0, 90, false, false},
};

bool allDigits(QStringView s)
{
    for (QChar c : s) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return !s.isEmpty();
}

// Measures (310n–369n: six digits with n decimals) and amounts (390n–393n) carry the decimal point in the AI.
std::optional<AiSpec> measureSpec(QStringView data)
{
    if (data.size() < 4 || !allDigits(data.left(4)))
        return std::nullopt;
    const int group = data.left(2).toInt();
    if (group >= 31 && group <= 36)
        return AiSpec{nullptr, 6, 6, true, false};
    const int amount = data.left(3).toInt();
    if (amount == 390 || amount == 392)
        return AiSpec{nullptr, 0, 15, true, false};
    if (amount == 391 || amount == 393)
        return AiSpec{nullptr, 0, 18, true, false};
    return std::nullopt;
}

QString textOf(const QByteArray &bytes)
{
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString s = utf8.decode(bytes);
    if (utf8.hasError())
        return QString::fromLatin1(bytes);
    return s;
}

QByteArray trimCrLf(QByteArray b)
{
    while (!b.isEmpty() && (b.front() == '\r' || b.front() == '\n'))
        b.remove(0, 1);
    while (!b.isEmpty() && (b.back() == '\r' || b.back() == '\n'))
        b.chop(1);
    return b;
}

// "]C1", "]d2": ']' then a symbology letter then a modifier character.
bool startsWithAim(const QString &s)
{
    return s.size() >= 3 && s.at(0) == u']' && s.at(1).isLetter() && s.at(1).unicode() < 128 &&
           s.at(2).isLetterOrNumber() && s.at(2).unicode() < 128;
}

bool aimMeansGs1(const QString &aim)
{
    return aim == u"]C1" || aim == u"]d2" || aim == u"]Q3" || aim == u"]e0" || aim == u"]J1";
}

} // namespace

ScanDecoder::ScanDecoder(ScannerConfig config)
    : m_config(std::move(config))
{}

int ScanDecoder::gs1CheckDigit(const QString &digits)
{
    if (digits.size() < 2 || !allDigits(digits))
        return -1;
    int sum = 0;
    int weight = 3; // the digit just left of the check digit weighs 3, then alternate 1, 3, …
    for (qsizetype i = digits.size() - 2; i >= 0; --i) {
        sum += (digits.at(i).unicode() - u'0') * weight;
        weight = weight == 3 ? 1 : 3;
    }
    return (10 - sum % 10) % 10;
}

QString ScanDecoder::symbologyName(const QString &aimId)
{
    if (aimId.size() < 3)
        return {};
    const QChar m = aimId.at(2);
    switch (aimId.at(1).unicode()) {
    case u'A':
        return QStringLiteral("Code 39");
    case u'C':
        return m == u'1' ? QStringLiteral("GS1-128") : QStringLiteral("Code 128");
    case u'd':
        return m == u'2' ? QStringLiteral("GS1 DataMatrix") : QStringLiteral("Data Matrix");
    case u'E':
        return m == u'4' ? QStringLiteral("EAN-8") : QStringLiteral("EAN/UPC");
    case u'e':
        return QStringLiteral("GS1 DataBar");
    case u'F':
        return QStringLiteral("Codabar");
    case u'G':
        return QStringLiteral("Code 93");
    case u'I':
        return QStringLiteral("Interleaved 2 of 5");
    case u'J':
        return m == u'1' ? QStringLiteral("GS1 DotCode") : QStringLiteral("DotCode");
    case u'L':
        return QStringLiteral("PDF417");
    case u'Q':
        return m == u'3' ? QStringLiteral("GS1 QR Code") : QStringLiteral("QR Code");
    case u'z':
        return QStringLiteral("Aztec");
    case u'X':
        return QStringLiteral("Other");
    default:
        return {};
    }
}

QByteArray ScanDecoder::unescape(const QString &text)
{
    const QByteArray in = text.toUtf8();
    QByteArray out;
    for (qsizetype i = 0; i < in.size(); ++i) {
        const char c = in.at(i);
        if (c != '\\' || i + 1 >= in.size()) {
            out.append(c);
            continue;
        }
        const char n = in.at(++i);
        if (n == 'r')
            out.append('\r');
        else if (n == 'n')
            out.append('\n');
        else if (n == 't')
            out.append('\t');
        else if (n == 'x') {
            const QByteArray hex = in.mid(i + 1, 2);
            bool ok = false;
            const int v = hex.size() == 2 ? hex.toInt(&ok, 16) : 0;
            if (ok) {
                out.append(char(v));
                i += 2;
            } else {
                out.append("\\x");
            }
        } else {
            out.append(n); // "\\" → "\", and any other escaped character stands for itself
        }
    }
    return out;
}

QString ScanDecoder::escape(const QByteArray &bytes)
{
    QString out;
    for (char c : bytes) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '\\')
            out += u"\\\\";
        else if (c == '\r')
            out += u"\\r";
        else if (c == '\n')
            out += u"\\n";
        else if (c == '\t')
            out += u"\\t";
        else if (u < 0x20 || u == 0x7F)
            out += QStringLiteral("\\x%1").arg(u, 2, 16, QLatin1Char('0'));
        else
            out += QLatin1Char(c);
    }
    return out;
}

Result<DecodedScan> ScanDecoder::decode(const QByteArray &raw) const
{
    QByteArray bytes = trimCrLf(raw);
    if (!m_config.prefix.isEmpty() && bytes.startsWith(m_config.prefix))
        bytes.remove(0, m_config.prefix.size());
    if (!m_config.suffix.isEmpty() && bytes.endsWith(m_config.suffix))
        bytes.chop(m_config.suffix.size());
    bytes = trimCrLf(bytes);
    if (bytes.isEmpty())
        return makeError(tr("The scanner sent an empty code. Scan again; if it keeps happening, check the scanner's "
                            "prefix and suffix in Settings."),
                         {}, QStringLiteral("scan.empty"));

    DecodedScan out;
    const QString all = textOf(bytes);
    QString data = all;
    if (startsWithAim(all)) {
        out.aimId = all.left(3);
        out.symbology = symbologyName(out.aimId);
        data = all.mid(3);
    }
    out.text = (m_config.stripAim && !out.aimId.isEmpty()) ? data : all;

    if (m_config.gs1) {
        static const QRegularExpression hri(QStringLiteral(R"(^(\(\d{2,4}\)[^()]+)+$)"));
        const bool gs1Aim = aimMeansGs1(out.aimId);
        const bool leadingFnc1 = out.aimId.isEmpty() && data.startsWith(QChar(kGs));
        const bool typedHri = out.aimId.isEmpty() && hri.match(data).hasMatch();
        if (typedHri) {
            // "(01)09506000134352(21)ABC" typed or printed under the barcode: same elements, brackets as delimiters.
            static const QRegularExpression element(QStringLiteral(R"(\((\d{2,4})\)([^()]+))"));
            QString joined;
            for (auto it = element.globalMatch(data); it.hasNext();) {
                const auto m = it.next();
                if (!joined.isEmpty())
                    joined += QChar(kGs);
                joined += m.captured(1) + m.captured(2);
            }
            data = joined;
        }
        if (gs1Aim || leadingFnc1 || typedHri) {
            if (Status s = parseGs1(data, out); !s)
                return s.error();
            out.isGs1 = true;
            out.text = out.serial.isEmpty() ? out.humanReadable : out.serial;
            return out;
        }
    }

    // An EAN/UPC carries a GTIN too: widen it to 14 digits so that it compares equal to an AI 01.
    if (out.aimId.startsWith(u"]E") && allDigits(data) &&
        (data.size() == 8 || data.size() == 12 || data.size() == 13)) {
        const int expected = gs1CheckDigit(data);
        if (data.back().unicode() - u'0' != expected)
            return makeError(tr("Barcode %1 has check digit %2; it should be %3. The label is damaged or misread: scan "
                                "it again, or key the code in.")
                                 .arg(data, data.back())
                                 .arg(expected),
                             {}, QStringLiteral("ean.check_digit"));
        out.gtin = data.rightJustified(14, u'0');
    }
    return out;
}

Status ScanDecoder::parseGs1(const QString &input, DecodedScan &out) const
{
    QStringView rest(input);
    while (!rest.isEmpty() && rest.front() == QChar(kGs))
        rest = rest.mid(1);
    if (rest.isEmpty())
        return makeError(tr("The GS1 barcode holds no data. Scan it again."), {}, QStringLiteral("gs1.empty"));

    while (!rest.isEmpty()) {
        std::optional<AiSpec> spec;
        QString ai;
        for (const AiSpec &candidate : kAis) {
            const QLatin1String key(candidate.ai);
            if (rest.startsWith(key)) {
                spec = candidate;
                ai = key;
                break;
            }
        }
        if (!spec) {
            spec = measureSpec(rest);
            if (spec)
                ai = rest.left(4).toString();
        }
        if (!spec) {
            const QString shown = rest.left(std::min<qsizetype>(4, rest.size())).toString();
            return makeError(tr("The GS1 barcode has an application identifier Floorbridge does not know (it starts "
                                "'%1'). Scan a different barcode on the label, or ask a supervisor to key it in.")
                                 .arg(shown),
                             {}, QStringLiteral("gs1.unknown_ai"));
        }
        rest = rest.mid(ai.size());

        QStringView value;
        if (spec->fixedLength > 0) {
            value = rest.left(spec->fixedLength);
            const qsizetype gs = value.indexOf(QChar(kGs));
            if (value.size() < spec->fixedLength || gs >= 0) {
                return makeError(tr("The GS1 barcode ends early: AI (%1) needs %2 characters but has %3. Scan it "
                                    "again.")
                                     .arg(ai)
                                     .arg(spec->fixedLength)
                                     .arg(gs >= 0 ? gs : value.size()),
                                 {}, QStringLiteral("gs1.truncated"));
            }
            rest = rest.mid(spec->fixedLength);
        } else {
            const qsizetype gs = rest.indexOf(QChar(kGs));
            value = gs < 0 ? rest : rest.left(gs);
            rest = gs < 0 ? QStringView() : rest.mid(gs);
            if (value.isEmpty())
                return makeError(tr("The GS1 barcode has an empty AI (%1). Scan it again.").arg(ai), {},
                                 QStringLiteral("gs1.empty_value"));
            if (value.size() > spec->maxLength)
                return makeError(tr("The GS1 barcode's AI (%1) is %2 characters long; at most %3 are allowed. The "
                                    "code was misread or a separator is missing: scan it again.")
                                     .arg(ai)
                                     .arg(value.size())
                                     .arg(spec->maxLength),
                                 {}, QStringLiteral("gs1.too_long"));
        }
        while (!rest.isEmpty() && rest.front() == QChar(kGs))
            rest = rest.mid(1);

        const QString v = value.toString();
        if (spec->numeric && !allDigits(v))
            return makeError(
                tr("The GS1 barcode's AI (%1) should hold only digits, not '%2'. Scan it again.").arg(ai, v), {},
                QStringLiteral("gs1.not_numeric"));
        if (ai == u"01" || ai == u"02" || ai == u"00") {
            const int expected = gs1CheckDigit(v);
            if (v.back().unicode() - u'0' != expected)
                return makeError(tr("%1 %2 has check digit %3; it should be %4. The label is misprinted or was "
                                    "misread: scan it again, or key the serial in.")
                                     .arg(ai == u"00" ? tr("SSCC") : tr("GTIN"), v, v.back())
                                     .arg(expected),
                                 {}, QStringLiteral("gs1.gtin_check"));
        }
        if (spec->date) {
            const int yy = v.left(2).toInt();
            const int mm = v.mid(2, 2).toInt();
            const int dd = v.mid(4, 2).toInt();
            QDate date(2000 + yy, mm, dd == 0 ? 1 : dd);
            if (!date.isValid())
                return makeError(tr("The GS1 barcode's date in AI (%1) is not a real date (%2, as YYMMDD). Check the "
                                    "label and key the date in.")
                                     .arg(ai, v),
                                 {}, QStringLiteral("gs1.bad_date"));
            if (dd == 0) // GS1: day 00 means the end of that month
                date = QDate(date.year(), mm, date.daysInMonth());
            if (ai == u"17")
                out.expiry = date.toString(Qt::ISODate);
        }
        if (ai == u"01")
            out.gtin = v;
        else if (ai == u"21")
            out.serial = v;
        else if (ai == u"10")
            out.batch = v;
        out.elements.append({ai, v});
        out.humanReadable += u'(' + ai + u')' + v;
    }
    return Ok{};
}

} // namespace fb
