#pragma once
// spdlog with a rotating file in the data folder; one named logger per module; Qt's messages routed in.
// Never log tokens, PINs or customer phone numbers.

#include <QString>

#include <spdlog/logger.h>

#include <memory>

namespace fb {

// Sets up the rotating file `<dataDir>/logs/<program>.log` (5 × 5 MB) and, if asked, stderr for warnings and above.
void initLogging(const QString &dataDir, const QString &program, bool alsoStderr);
// The logger for a module: "app", "db", "scan", "sync.http", "sync.pull", "ui", "auth", "cli".
std::shared_ptr<spdlog::logger> logger(const char *module);
void shutdownLogging();

} // namespace fb
