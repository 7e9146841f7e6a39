#pragma once
// floorbridge-ctl as a library: run() is the whole command line (global options, the verb, its exit code), with
// everything the process would otherwise take from its surroundings handed in, so tests drive the verbs in-process.

#include "app/core/Clock.h"
#include "app/core/CredentialStore.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <memory>
#include <optional>

namespace fb::ctl {

struct CtlEnvironment
{
    // The data folder when the command line names none: $FLOORBRIDGE_DATA_DIR, else the user's data folder.
    QString dataDir;
    QString operatorCode;       // $FLOORBRIDGE_OPERATOR; --operator wins
    std::optional<QString> pin; // $FLOORBRIDGE_PIN; none when it is not set
    std::shared_ptr<const Clock> clock;
    // The credential store of the station whose Station::credentialScope() is given: the OS keychain in the process.
    std::function<std::shared_ptr<CredentialStore>(const QString &scope)> credentials;
    // The next line of standard input with its line end, or none at its end. Only called when a verb needs input.
    std::function<std::optional<QByteArray>()> readLine;
    bool interactive = false; // standard input is a terminal: PIN and token prompts are shown
    bool writeLog = false;    // the rotating log file in <data folder>/logs (the process writes it, tests do not)
};

// This process's environment: its variables, the system clock, the OS keychain, standard input. Call it after the
// QCoreApplication has its names (the default data folder depends on them).
CtlEnvironment processEnvironment();

// `args` are the command line after the program name; the result is the exit code (app/ctl/ExitCodes.h).
int run(const QStringList &args, QTextStream &out, QTextStream &err, const CtlEnvironment &env);

} // namespace fb::ctl
