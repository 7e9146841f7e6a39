#pragma once
// Which scanner this station uses and how it talks, typed, over the station's settings keys (scanner.*).

#include "app/core/Result.h"
#include "app/scanner/ScanDecoder.h"

#include <QCoreApplication>
#include <QSerialPort>
#include <QString>
#include <QStringList>

namespace fb {

class SettingsStore;

struct ScannerSettings
{
    enum class Source { Serial, Wedge, Hid };
    enum class SerialTerminator { Cr, Lf, CrLf, None }; // None: a code ends when the line is quiet for gapMs
    enum class WedgeTerminator { Enter, Tab, None };    // None: a burst ends when keys stop for maxInterKeyMs

    struct Serial
    {
        QString port; // "ttyUSB0", "/dev/ttyACM0" or any path (a socat link in tests)
        qint32 baud = 9600;
        QSerialPort::DataBits dataBits = QSerialPort::Data8;
        QSerialPort::Parity parity = QSerialPort::NoParity;
        QSerialPort::StopBits stopBits = QSerialPort::OneStop;
        QSerialPort::FlowControl flow = QSerialPort::NoFlowControl;
        SerialTerminator terminator = SerialTerminator::Cr;
        int gapMs = 50;         // quiet time that ends a code when there is no terminator
        int reconnectMs = 1000; // how often to look for the port again after an unplug
    };
    struct Wedge
    {
        int maxInterKeyMs = 35; // keys closer together than this are a scanner; people are slower
        int minLength = 6;      // shorter bursts are typing, whatever their speed
        WedgeTerminator terminator = WedgeTerminator::Enter;
    };

    struct Hid
    {
        quint16 vendorId = 0;   // 0: any HID POS scanner (usage page 0x8C)
        quint16 productId = 0;  // 0: any product of the vendor
        int reconnectMs = 1000; // how often to look for the scanner while it is unplugged
    };

    Source source = Source::Wedge;
    Serial serial;
    Wedge wedge;
    Hid hid;
    QString prefix; // settings text, with \xNN \r \n \t escapes for control characters
    QString suffix;
    bool aim = true;
    bool gs1 = true;

    // The values a station may use; load() falls back outside them, validate() refuses them.
    struct Range
    {
        int min;
        int max;
    };
    static constexpr Range kBaud{50, 4000000};
    static constexpr Range kGapMs{5, 5000};
    static constexpr Range kReconnectMs{50, 60000};
    static constexpr Range kInterKeyMs{1, 1000};
    static constexpr Range kMinLength{1, 200};

    ScannerConfig decoderConfig() const;

    // Ok, or the first value the station cannot use, with a message naming the field as Settings → Scanner labels it
    // and the fix; Error::field is the setting's key ("scanner.serial.port").
    Status validate() const;
    // A USB id as lsusb prints it ("0c2e", "0x0C2E"); empty means 0 (any). An error names `fieldLabel`.
    static Result<quint16> parseUsbId(const QString &text, const QString &fieldLabel, const QString &key);
    static QString usbIdText(quint16 id); // "0c2e"

    // Unknown or out-of-range values fall back to the defaults above; each is described in `problems`.
    static ScannerSettings load(const SettingsStore &store, QStringList *problems = nullptr);
    Status save(SettingsStore &store) const;

    static QString sourceText(Source s);
    static QString serialTerminatorText(SerialTerminator t);
    static QString wedgeTerminatorText(WedgeTerminator t);

    Q_DECLARE_TR_FUNCTIONS(fb::ScannerSettings)
};

} // namespace fb
