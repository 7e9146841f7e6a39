#pragma once
// Builds the scan source this station's settings choose (scanner.source), so the shell wires one ScanSource.

#include "app/core/Result.h"
#include "app/scanner/ScanSource.h"
#include "app/scanner/ScannerSettings.h"

#include <memory>

class QWidget;

namespace fb {

class Clock;

// `scanWindow` is the main window: the keyboard wedge captures only keys headed there. The clock must outlive the
// source.
Result<std::unique_ptr<ScanSource>> makeScanSource(const ScannerSettings &settings, const Clock &clock,
                                                   QWidget *scanWindow = nullptr);

} // namespace fb
