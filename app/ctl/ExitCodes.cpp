#include "app/ctl/ExitCodes.h"

#include <QLatin1StringView>

namespace fb::ctl {

namespace {

struct Rule
{
    QLatin1StringView prefix;
    Exit exit;
};

// Error code prefixes → exit codes; the longest matching prefix wins, so an exception sits beside its category.
constexpr Rule kRules[] = {
    // Login and permission: auth.wrong (an unknown code, or a PIN that is wrong whatever its form), auth.locked,
    // auth.disabled, auth.code_missing, auth.not_logged_in, auth.forbidden.
    {QLatin1StringView("auth."), ExitAuth},
    // An operator's own data refused while it is created or changed is input, not a login.
    {QLatin1StringView("auth.code_format"), ExitRefused},
    {QLatin1StringView("auth.code_taken"), ExitRefused},
    {QLatin1StringView("auth.name"), ExitRefused},
    {QLatin1StringView("auth.not_first"), ExitRefused},
    {QLatin1StringView("auth.pin_format"), ExitRefused},
    {QLatin1StringView("ctl.station"), ExitStation},
    {QLatin1StringView("db."), ExitStation},
    // Reaching a CRM: its address and token (sync/crm/CrmTarget), the keychain, the pull and reconcile requests.
    {QLatin1StringView("crm."), ExitExternal},
    {QLatin1StringView("credentials."), ExitExternal},
    {QLatin1StringView("pull."), ExitExternal},
    {QLatin1StringView("reconcile."), ExitExternal},
    // The reconcile report's CSV file: a path that cannot be written is the user's to fix.
    {QLatin1StringView("reconcile.csv"), ExitRefused},
};

struct Meaning
{
    Exit exit;
    const char *text;
};

constexpr Meaning kMeanings[] = {
    {ExitOk, "done"},
    {ExitRefused, "refused: the input or a business rule (the message says why)"},
    {ExitUsage, "usage: the command line is wrong"},
    {ExitStation, "station: the data folder or its database cannot be used"},
    {ExitAuth, "login failed (operator code or PIN wrong, locked, disabled) or the operator may not do this"},
    {ExitExternal, "a CRM is not set up or cannot be reached: no address, no token, keychain, network, its answer"},
    {ExitMismatch, "reconcile found mismatches"},
};

} // namespace

int exitCodeFor(const Error &error)
{
    qsizetype matched = -1;
    int exit = ExitRefused;
    for (const Rule &rule : kRules) {
        if (rule.prefix.size() > matched && error.code.startsWith(rule.prefix)) {
            matched = rule.prefix.size();
            exit = rule.exit;
        }
    }
    return exit;
}

QString exitCodesHelp()
{
    QString text = QStringLiteral("Exit codes:\n");
    for (const Meaning &m : kMeanings)
        text += QStringLiteral("  %1  %2\n").arg(int(m.exit)).arg(QString::fromUtf8(m.text));
    return text;
}

} // namespace fb::ctl
