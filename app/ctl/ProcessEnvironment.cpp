// The surroundings of the floorbridge-ctl process, for run(): environment variables, the system clock, the OS
// keychain and standard input.
#include "app/ctl/Ctl.h"

#include "app/core/Paths.h"
#include "sync/credentials/KeychainCredentialStore.h"

#include <cstdio>
#include <unistd.h>

namespace fb::ctl {

namespace {

// One line of standard input, however long, read through stdio: nothing past the line is consumed, so a line read
// here and the next one read later (the admin's PIN, then the new operator's) never lose anything in between.
std::optional<QByteArray> readStdinLine()
{
    QByteArray line;
    char buffer[4096];
    while (std::fgets(buffer, sizeof buffer, stdin)) {
        line.append(buffer);
        if (line.endsWith('\n'))
            return line;
    }
    if (line.isEmpty())
        return std::nullopt;
    return line;
}

} // namespace

CtlEnvironment processEnvironment()
{
    CtlEnvironment env;
    env.dataDir = resolveDataDir({});
    env.operatorCode = qEnvironmentVariable("FLOORBRIDGE_OPERATOR");
    if (qEnvironmentVariableIsSet("FLOORBRIDGE_PIN"))
        env.pin = qEnvironmentVariable("FLOORBRIDGE_PIN");
    env.clock = std::make_shared<SystemClock>();
    env.credentials = [](const QString &scope) { return std::make_shared<KeychainCredentialStore>(scope); };
    env.readLine = readStdinLine;
    env.interactive = isatty(STDIN_FILENO);
    env.writeLog = true;
    return env;
}

} // namespace fb::ctl
