#include "app/core/Paths.h"

#include <QDir>
#include <QStandardPaths>

namespace fb {

QString resolveDataDir(const QString &commandLineValue)
{
    if (!commandLineValue.isEmpty())
        return QDir(commandLineValue).absolutePath();
    const QString env = qEnvironmentVariable(kDataDirEnv);
    if (!env.isEmpty())
        return QDir(env).absolutePath();
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString databasePath(const QString &dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("floorbridge.db"));
}

QString logDir(const QString &dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("logs"));
}

} // namespace fb
