#pragma once
// floorbridge-ctl: each verb lives in its own file and registers itself here; all verbs call the same core
// services as the GUI (same validation, same permissions).

#include "app/core/Clock.h"
#include "app/core/Result.h"
#include "app/domain/Actor.h"
#include "app/services/Station.h"

#include <QStringList>
#include <QTextStream>

#include <functional>
#include <memory>

namespace fb::ctl {

// Exit codes scripts can rely on.
enum Exit : int {
    ExitOk = 0,
    ExitRefused = 1,  // the input was refused (validation, a business rule): the message says why
    ExitUsage = 2,    // wrong command line
    ExitStation = 3,  // the data folder / database cannot be used
    ExitAuth = 4,     // login failed or the operator may not do this
    ExitExternal = 5, // keychain or CRM unreachable
    ExitMismatch = 6, // reconcile: the run worked and found mismatches (the list says which)
};

class Context
{
public:
    Context(QStringList args, QString dataDirOption);

    QStringList args; // after the verb
    QTextStream out;
    QTextStream err;
    bool json = false;

    // The option's value (`--name VALUE` or `--name=VALUE`), removing it from args; empty if absent.
    QString takeOption(const QString &name);
    bool takeFlag(const QString &name);
    // Positional argument i (after options are taken), or empty.
    QString arg(int i) const { return i < args.size() ? args.at(i) : QString(); }

    // Opens the station (migrating it) once; prints the reason and returns nullptr on failure.
    Station *station();
    const Clock &clock() const { return m_clock; }
    QString dataDir() const { return m_dataDir; }

    // The operator for this command: --operator CODE (or $FLOORBRIDGE_OPERATOR), PIN from $FLOORBRIDGE_PIN or
    // the first line of standard input. Prints the refusal itself.
    Result<Actor> authenticate();
    // A station with no operators yet is being set up: configuration verbs run without a login.
    Result<Actor> authenticateOrSetup(Permission permission);

    // Reads one line of standard input (tokens, PINs): never from the command line.
    QString readStdinLine();

    int fail(const Error &error, int code = ExitRefused);
    int usage(const QString &text);

private:
    SystemClock m_clock;
    QString m_dataDir;
    std::unique_ptr<Station> m_station;
    QString m_operatorOption;
};

struct Verb
{
    QString name;    // "config", "status", "outbox"
    QString summary; // one line for --help
    QString usage;   // the verb's own help
    std::function<int(Context &)> run;
};

// Verbs register from their own files: `static const bool registered = registerVerb({...});`
bool registerVerb(Verb verb);
const QList<Verb> &verbs();

} // namespace fb::ctl
