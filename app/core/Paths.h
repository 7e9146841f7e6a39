#pragma once
// Where a station keeps its data: --data-dir, else $FLOORBRIDGE_DATA_DIR, else the user's data folder.

#include <QString>

namespace fb {

QString resolveDataDir(const QString &commandLineValue);
QString databasePath(const QString &dataDir);
QString logDir(const QString &dataDir);
inline constexpr const char *kDataDirEnv = "FLOORBRIDGE_DATA_DIR";

} // namespace fb
