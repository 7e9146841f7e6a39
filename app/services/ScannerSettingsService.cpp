#include "app/services/ScannerSettingsService.h"

#include "app/services/StationSettingsService.h"
#include "app/storage/SettingsStore.h"

namespace fb {

namespace {

QString parityLetter(QSerialPort::Parity parity)
{
    switch (parity) {
    case QSerialPort::EvenParity:
        return QStringLiteral("E");
    case QSerialPort::OddParity:
        return QStringLiteral("O");
    case QSerialPort::SpaceParity:
        return QStringLiteral("S");
    case QSerialPort::MarkParity:
        return QStringLiteral("M");
    default:
        return QStringLiteral("N");
    }
}

} // namespace

ScannerSettingsService::ScannerSettingsService(Database &db, SettingsStore &settings, const Clock &clock)
    : m_db(db)
    , m_settings(settings)
    , m_clock(clock)
{}

ScannerSettings ScannerSettingsService::load(QStringList *problems) const
{
    return ScannerSettings::load(m_settings, problems);
}

Status ScannerSettingsService::save(const Actor &actor, const ScannerSettings &settings)
{
    if (Status s = require(actor, Permission::ManageSettings); !s)
        return s;
    if (Status s = settings.validate(); !s)
        return s;
    const QString text = summary(settings);
    return StationSettingsService(m_db, m_settings, m_clock)
        .change(actor, QStringLiteral("settings.scanner"), ScannerSettings::sourceText(settings.source), text,
                [&](SettingsStore &store) { return settings.save(store); });
}

QString ScannerSettingsService::summary(const ScannerSettings &s)
{
    switch (s.source) {
    case ScannerSettings::Source::Serial: {
        const QString stop = s.serial.stopBits == QSerialPort::OneAndHalfStop ? QStringLiteral("1.5")
                             : s.serial.stopBits == QSerialPort::TwoStop      ? QStringLiteral("2")
                                                                              : QStringLiteral("1");
        return QStringLiteral("serial %1 %2 %3%4%5 %6")
            .arg(s.serial.port)
            .arg(s.serial.baud)
            .arg(int(s.serial.dataBits))
            .arg(parityLetter(s.serial.parity), stop, ScannerSettings::serialTerminatorText(s.serial.terminator));
    }
    case ScannerSettings::Source::Wedge:
        return QStringLiteral("wedge %1 ms, min %2, %3")
            .arg(s.wedge.maxInterKeyMs)
            .arg(s.wedge.minLength)
            .arg(ScannerSettings::wedgeTerminatorText(s.wedge.terminator));
    case ScannerSettings::Source::Hid:
        return QStringLiteral("hid %1:%2")
            .arg(ScannerSettings::usbIdText(s.hid.vendorId), ScannerSettings::usbIdText(s.hid.productId));
    }
    return {};
}

} // namespace fb
