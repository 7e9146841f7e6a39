#include "scanner/ScanSourceFactory.h"

#include "scanner/KeyboardWedge.h"
#include "scanner/SerialScanner.h"

#include <QCoreApplication>

namespace fb {

Result<std::unique_ptr<ScanSource>> makeScanSource(const ScannerSettings &settings, const Clock &clock,
                                                   QWidget *scanWindow)
{
    const ScanDecoder decoder(settings.decoderConfig());
    switch (settings.source) {
    case ScannerSettings::Source::Serial:
        return std::unique_ptr<ScanSource>(std::make_unique<SerialScanner>(settings.serial, decoder, clock));
    case ScannerSettings::Source::Wedge: {
        auto wedge = std::make_unique<KeyboardWedge>(settings.wedge, decoder, clock);
        wedge->setScanWindow(scanWindow);
        return std::unique_ptr<ScanSource>(std::move(wedge));
    }
    case ScannerSettings::Source::Hid:
        break;
    }
    return makeError(QCoreApplication::translate("fb::ScanSourceFactory",
                                                 "HID POS scanners are not supported yet. In Settings → Scanner, "
                                                 "choose 'serial' or 'wedge' (set the scanner to keyboard mode)."),
                     QStringLiteral("scanner.source"), QStringLiteral("scanner.hid_unsupported"));
}

} // namespace fb
