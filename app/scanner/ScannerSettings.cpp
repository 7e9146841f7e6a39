#include "app/scanner/ScannerSettings.h"

#include "app/storage/SettingsStore.h"

#include <tuple>
#include <utility>

namespace fb {

namespace {

template <typename E> using Choices = std::initializer_list<std::pair<const char16_t *, E>>;

template <typename E>
E pick(const SettingsStore &store, const QString &key, E fallback, Choices<E> choices, QStringList *problems)
{
    const QString text = store.value(key).trimmed().toLower();
    if (text.isEmpty())
        return fallback;
    for (const auto &[name, value] : choices) {
        if (text == QStringView(name))
            return value;
    }
    if (problems) {
        QStringList names;
        for (const auto &choice : choices)
            names << QString::fromUtf16(choice.first);
        *problems << ScannerSettings::tr("Setting %1 is '%2'; it should be one of %3. Using the default.")
                         .arg(key, text, names.join(u", "));
    }
    return fallback;
}

template <typename E> QString nameOf(E value, Choices<E> choices)
{
    for (const auto &[name, v] : choices) {
        if (v == value)
            return QString::fromUtf16(name);
    }
    return {};
}

int number(const SettingsStore &store, const QString &key, int fallback, int min, int max, QStringList *problems)
{
    const QString text = store.value(key).trimmed();
    if (text.isEmpty())
        return fallback;
    bool ok = false;
    const int v = text.toInt(&ok);
    if (ok && v >= min && v <= max)
        return v;
    if (problems)
        *problems << ScannerSettings::tr("Setting %1 is '%2'; it should be a whole number from %3 to %4. Using %5.")
                         .arg(key, text)
                         .arg(min)
                         .arg(max)
                         .arg(fallback);
    return fallback;
}

// USB ids as lsusb prints them: "0c2e", or "0x0c2e".
quint16 usbId(const SettingsStore &store, const QString &key, QStringList *problems)
{
    QString text = store.value(key).trimmed().toLower();
    if (text.isEmpty())
        return 0;
    if (text.startsWith(u"0x"))
        text = text.mid(2);
    bool ok = false;
    const uint v = text.toUInt(&ok, 16);
    if (ok && text.size() <= 4)
        return quint16(v);
    if (problems)
        *problems << ScannerSettings::tr(
                         "Setting %1 is '%2'; it should be a USB id of up to 4 hex digits, as lsusb shows it "
                         "(e.g. 0c2e). Using any.")
                         .arg(key, text);
    return 0;
}

const Choices<ScannerSettings::Source> kSources = {
    {u"serial", ScannerSettings::Source::Serial},
    {u"wedge", ScannerSettings::Source::Wedge},
    {u"hid", ScannerSettings::Source::Hid},
};
const Choices<QSerialPort::DataBits> kDataBits = {
    {u"8", QSerialPort::Data8}, {u"7", QSerialPort::Data7}, {u"6", QSerialPort::Data6}, {u"5", QSerialPort::Data5}};
const Choices<QSerialPort::Parity> kParity = {{u"none", QSerialPort::NoParity},
                                              {u"even", QSerialPort::EvenParity},
                                              {u"odd", QSerialPort::OddParity},
                                              {u"space", QSerialPort::SpaceParity},
                                              {u"mark", QSerialPort::MarkParity}};
const Choices<QSerialPort::StopBits> kStopBits = {
    {u"1", QSerialPort::OneStop}, {u"1.5", QSerialPort::OneAndHalfStop}, {u"2", QSerialPort::TwoStop}};
const Choices<QSerialPort::FlowControl> kFlow = {{u"none", QSerialPort::NoFlowControl},
                                                 {u"hardware", QSerialPort::HardwareControl},
                                                 {u"software", QSerialPort::SoftwareControl}};
const Choices<ScannerSettings::SerialTerminator> kSerialTerminators = {
    {u"cr", ScannerSettings::SerialTerminator::Cr},
    {u"lf", ScannerSettings::SerialTerminator::Lf},
    {u"crlf", ScannerSettings::SerialTerminator::CrLf},
    {u"none", ScannerSettings::SerialTerminator::None},
};
const Choices<ScannerSettings::WedgeTerminator> kWedgeTerminators = {
    {u"enter", ScannerSettings::WedgeTerminator::Enter},
    {u"tab", ScannerSettings::WedgeTerminator::Tab},
    {u"none", ScannerSettings::WedgeTerminator::None},
};

// A backslash-x that is not followed by two hex digits: ScanDecoder would take it literally, which is never meant.
bool badEscape(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'\\')
            continue;
        if (text.at(i + 1) == u'x') {
            const QStringView hex = QStringView(text).mid(i + 2, 2);
            bool ok = hex.size() == 2;
            if (ok)
                (void)hex.toInt(&ok, 16);
            if (!ok)
                return true;
        }
        ++i; // the escaped character is done with
    }
    return false;
}

Status outOfRange(const QString &label, const QString &key, int value, ScannerSettings::Range range,
                  const QString &unit)
{
    return makeError(ScannerSettings::tr("%1 is %2; it should be from %3 to %4%5.")
                         .arg(label)
                         .arg(value)
                         .arg(range.min)
                         .arg(range.max)
                         .arg(unit),
                     key, QStringLiteral("scanner.out_of_range"));
}

} // namespace

ScannerConfig ScannerSettings::decoderConfig() const
{
    ScannerConfig c;
    c.prefix = ScanDecoder::unescape(prefix);
    c.suffix = ScanDecoder::unescape(suffix);
    c.stripAim = aim;
    c.gs1 = gs1;
    return c;
}

QString ScannerSettings::sourceText(Source s)
{
    return nameOf(s, kSources);
}
QString ScannerSettings::serialTerminatorText(SerialTerminator t)
{
    return nameOf(t, kSerialTerminators);
}
QString ScannerSettings::wedgeTerminatorText(WedgeTerminator t)
{
    return nameOf(t, kWedgeTerminators);
}

ScannerSettings ScannerSettings::load(const SettingsStore &store, QStringList *problems)
{
    ScannerSettings s;
    s.source = pick(store, QStringLiteral("scanner.source"), s.source, kSources, problems);
    s.serial.port = store.value(QStringLiteral("scanner.serial.port")).trimmed();
    s.serial.baud = number(store, QStringLiteral("scanner.serial.baud"), s.serial.baud, kBaud.min, kBaud.max, problems);
    s.serial.dataBits = pick(store, QStringLiteral("scanner.serial.data_bits"), s.serial.dataBits, kDataBits, problems);
    s.serial.parity = pick(store, QStringLiteral("scanner.serial.parity"), s.serial.parity, kParity, problems);
    s.serial.stopBits = pick(store, QStringLiteral("scanner.serial.stop_bits"), s.serial.stopBits, kStopBits, problems);
    s.serial.flow = pick(store, QStringLiteral("scanner.serial.flow"), s.serial.flow, kFlow, problems);
    s.serial.terminator =
        pick(store, QStringLiteral("scanner.serial.terminator"), s.serial.terminator, kSerialTerminators, problems);
    s.serial.gapMs =
        number(store, QStringLiteral("scanner.serial.gap_ms"), s.serial.gapMs, kGapMs.min, kGapMs.max, problems);
    s.serial.reconnectMs = number(store, QStringLiteral("scanner.serial.reconnect_ms"), s.serial.reconnectMs,
                                  kReconnectMs.min, kReconnectMs.max, problems);
    s.wedge.maxInterKeyMs = number(store, QStringLiteral("scanner.wedge.max_interkey_ms"), s.wedge.maxInterKeyMs,
                                   kInterKeyMs.min, kInterKeyMs.max, problems);
    s.wedge.minLength = number(store, QStringLiteral("scanner.wedge.min_length"), s.wedge.minLength, kMinLength.min,
                               kMinLength.max, problems);
    s.wedge.terminator =
        pick(store, QStringLiteral("scanner.wedge.terminator"), s.wedge.terminator, kWedgeTerminators, problems);
    s.hid.vendorId = usbId(store, QStringLiteral("scanner.hid.vendor_id"), problems);
    s.hid.productId = usbId(store, QStringLiteral("scanner.hid.product_id"), problems);
    s.hid.reconnectMs = number(store, QStringLiteral("scanner.hid.reconnect_ms"), s.hid.reconnectMs, kReconnectMs.min,
                               kReconnectMs.max, problems);
    s.prefix = store.value(QStringLiteral("scanner.prefix"));
    s.suffix = store.value(QStringLiteral("scanner.suffix"));
    s.aim = store.boolValue(QStringLiteral("scanner.aim"), s.aim);
    s.gs1 = store.boolValue(QStringLiteral("scanner.gs1"), s.gs1);
    return s;
}

Status ScannerSettings::save(SettingsStore &store) const
{
    const QList<std::pair<QString, QString>> values = {
        {QStringLiteral("scanner.source"), sourceText(source)},
        {QStringLiteral("scanner.serial.port"), serial.port},
        {QStringLiteral("scanner.serial.baud"), QString::number(serial.baud)},
        {QStringLiteral("scanner.serial.data_bits"), nameOf(serial.dataBits, kDataBits)},
        {QStringLiteral("scanner.serial.parity"), nameOf(serial.parity, kParity)},
        {QStringLiteral("scanner.serial.stop_bits"), nameOf(serial.stopBits, kStopBits)},
        {QStringLiteral("scanner.serial.flow"), nameOf(serial.flow, kFlow)},
        {QStringLiteral("scanner.serial.terminator"), serialTerminatorText(serial.terminator)},
        {QStringLiteral("scanner.serial.gap_ms"), QString::number(serial.gapMs)},
        {QStringLiteral("scanner.serial.reconnect_ms"), QString::number(serial.reconnectMs)},
        {QStringLiteral("scanner.wedge.max_interkey_ms"), QString::number(wedge.maxInterKeyMs)},
        {QStringLiteral("scanner.wedge.min_length"), QString::number(wedge.minLength)},
        {QStringLiteral("scanner.wedge.terminator"), wedgeTerminatorText(wedge.terminator)},
        {QStringLiteral("scanner.hid.vendor_id"), usbIdText(hid.vendorId)},
        {QStringLiteral("scanner.hid.product_id"), usbIdText(hid.productId)},
        {QStringLiteral("scanner.hid.reconnect_ms"), QString::number(hid.reconnectMs)},
        {QStringLiteral("scanner.prefix"), prefix},
        {QStringLiteral("scanner.suffix"), suffix},
        {QStringLiteral("scanner.aim"), aim ? QStringLiteral("true") : QStringLiteral("false")},
        {QStringLiteral("scanner.gs1"), gs1 ? QStringLiteral("true") : QStringLiteral("false")},
    };
    for (const auto &[key, value] : values) {
        if (Status s = store.setValue(key, value); !s)
            return s;
    }
    return Ok{};
}

QString ScannerSettings::usbIdText(quint16 id)
{
    return QStringLiteral("%1").arg(id, 4, 16, QLatin1Char('0'));
}

Result<quint16> ScannerSettings::parseUsbId(const QString &text, const QString &fieldLabel, const QString &key)
{
    QString hex = text.trimmed().toLower();
    if (hex.startsWith(u"0x"))
        hex = hex.mid(2);
    if (text.trimmed().isEmpty())
        return quint16(0);
    bool ok = false;
    const uint v = hex.toUInt(&ok, 16);
    if (ok && !hex.isEmpty() && hex.size() <= 4)
        return quint16(v);
    return makeError(tr("%1 '%2' is not a USB id: write up to 4 hex digits as lsusb shows them (e.g. 0c2e), or leave "
                        "it empty for any.")
                         .arg(fieldLabel, text.trimmed()),
                     key, QStringLiteral("scanner.usb_id"));
}

Status ScannerSettings::validate() const
{
    const QString ms = tr(" ms");
    if (source == Source::Serial && serial.port.trimmed().isEmpty())
        return makeError(tr("Serial port is empty: choose the port the scanner is on, or type its path (e.g. "
                            "/dev/ttyUSB0 or /dev/serial/by-id/…)."),
                         QStringLiteral("scanner.serial.port"), QStringLiteral("scanner.port_missing"));
    const struct
    {
        QString label;
        const char *key;
        int value;
        Range range;
        QString unit;
    } numbers[] = {
        {tr("Baud rate"), "scanner.serial.baud", serial.baud, kBaud, QString()},
        {tr("Inter-byte gap"), "scanner.serial.gap_ms", serial.gapMs, kGapMs, ms},
        {tr("Serial reconnect interval"), "scanner.serial.reconnect_ms", serial.reconnectMs, kReconnectMs, ms},
        {tr("Max time between keys"), "scanner.wedge.max_interkey_ms", wedge.maxInterKeyMs, kInterKeyMs, ms},
        {tr("Minimum length"), "scanner.wedge.min_length", wedge.minLength, kMinLength, tr(" characters")},
        {tr("HID reconnect interval"), "scanner.hid.reconnect_ms", hid.reconnectMs, kReconnectMs, ms},
    };
    for (const auto &n : numbers) {
        if (n.value < n.range.min || n.value > n.range.max)
            return outOfRange(n.label, QString::fromLatin1(n.key), n.value, n.range, n.unit);
    }
    for (const auto &[label, key, text] :
         {std::tuple{tr("Prefix"), "scanner.prefix", prefix}, std::tuple{tr("Suffix"), "scanner.suffix", suffix}}) {
        if (badEscape(text))
            return makeError(tr("%1 '%2' has a \\x that is not followed by two hex digits: write a control character "
                                "as \\x02, a backslash as \\\\.")
                                 .arg(label, text),
                             QString::fromLatin1(key), QStringLiteral("scanner.escape"));
    }
    return Ok{};
}

} // namespace fb
