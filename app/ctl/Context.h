#pragma once
// What a floorbridge-ctl verb works with: its arguments, the output streams, the station, the operator's login, and
// the process's surroundings (CtlEnvironment). All verbs call the same core services as the GUI (same validation,
// same permissions).

#include "app/core/Clock.h"
#include "app/core/CredentialStore.h"
#include "app/core/Result.h"
#include "app/ctl/Ctl.h"
#include "app/ctl/ExitCodes.h"
#include "app/domain/Actor.h"
#include "app/services/Station.h"
#include "sync/crm/CrmTarget.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <memory>
#include <optional>

namespace fb::ctl {

// Every floorbridge-ctl message is translated in the one context "fb::ctl" (resources/translations/*.ts): Ctl::tr().
struct Ctl
{
    Q_DECLARE_TR_FUNCTIONS(fb::ctl)
};

class Context
{
public:
    Context(QStringList args, const QString &dataDir, QTextStream &out, QTextStream &err, const CtlEnvironment &env);

    QStringList args; // after the verb
    QTextStream &out;
    QTextStream &err;
    bool json = false;

    // The option's value (`--name VALUE` or `--name=VALUE`), removing it from args; empty if absent.
    QString takeOption(const QString &name);
    bool takeFlag(const QString &name);
    // Positional argument i (after options are taken), or empty.
    QString arg(int i) const { return i < args.size() ? args.at(i) : QString(); }

    // Opens the station (migrating it) once; prints the reason and returns nullptr on failure.
    Station *station();
    const Clock &clock() const { return *m_env.clock; }
    QString dataDir() const { return m_dataDir; }
    // The station's credential store (the OS keychain for the process), made once.
    CredentialStore &credentials(Station &station);
    // The one way a verb reaches a CRM: its address, token and timeout, or what is missing (crm.no_url, crm.no_token).
    Result<CrmTarget> reachCrm(Station &station, Crm crm);

    // The operator for this command: --operator CODE (or $FLOORBRIDGE_OPERATOR), PIN from $FLOORBRIDGE_PIN or
    // the first line of standard input. Prints the refusal itself.
    Result<Actor> authenticate();
    // A station with no operators yet is being set up: configuration verbs run without a login.
    Result<Actor> authenticateOrSetup(Permission permission);

    // Reads one line of standard input (tokens, PINs): never from the command line.
    QString readStdinLine();
    // The next raw line of standard input (with its line end), or none at its end.
    std::optional<QByteArray> readLine();
    // Standard input is a terminal: worth a prompt.
    bool interactive() const { return m_env.interactive; }
    // $FLOORBRIDGE_PIN, none when it is not set.
    std::optional<QString> environmentPin() const { return m_env.pin; }

    // Print the error's message, or its field, message and code ("serial: … [complaint.serial_not_dispatched]"), and
    // return its exit code: exitCodeFor(error), the same in every verb.
    int fail(const Error &error);
    int failWithDetails(const Error &error);
    int usage(const QString &text);

private:
    const CtlEnvironment &m_env;
    QString m_dataDir;
    std::unique_ptr<Station> m_station;
    std::shared_ptr<CredentialStore> m_credentials;
    QString m_operatorOption;
};

} // namespace fb::ctl
