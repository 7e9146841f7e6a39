#include "ui/scanner/ScanSourceFactory.h"

#include "app/scanner/HidPosScanner.h"
#include "app/scanner/SerialScanner.h"
#include "ui/scanner/KeyboardWedge.h"

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
        return std::unique_ptr<ScanSource>(std::make_unique<HidPosScanner>(settings.hid, decoder, clock));
    }
    return makeError(QCoreApplication::translate("fb::ScanSourceFactory", "Unknown scanner source in Settings → "
                                                                          "Scanner; choose serial, wedge or hid."),
                     QStringLiteral("scanner.source"), QStringLiteral("scanner.source_unknown"));
}

} // namespace fb
