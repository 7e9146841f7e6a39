// floorbridge-ctl credentials set|check|remove legacy|new — CRM API tokens, kept only in the OS keychain.
#include "app/ctl/Context.h"
#include "app/ctl/Verbs.h"

namespace fb::ctl {

namespace {

// A running window re-reads the token when this stamp moves (the keychain tells nobody): not a secret, only a time.
void noteChanged(Context &ctx, Station &st, Crm crm)
{
    if (Status s = st.settings().setValue(SettingsStore::credentialsChangedKey(crm),
                                          ctx.clock().now().toString(Qt::ISODateWithMs));
        !s)
        ctx.err << s.message() << Qt::endl;
}

int execute(Context &ctx)
{
    const QString sub = ctx.arg(0);
    const auto crm = crmFromName(ctx.arg(1));
    if ((sub != u"set" && sub != u"check" && sub != u"remove") || !crm)
        return ctx.usage(QStringLiteral("Usage: floorbridge-ctl credentials set|check|remove legacy|new\n"
                                        "'set' reads the token from standard input (one line), never from the "
                                        "command line."));
    if (ctx.args.size() > 2)
        return ctx.usage(Ctl::tr("The token is read from standard input, not the "
                                 "command line (it would be visible to other users "
                                 "and kept in shell history)."));
    auto actor = ctx.authenticateOrSetup(Permission::ManageCredentials);
    if (!actor.ok())
        return exitCodeFor(actor.error());
    Station *st = ctx.station();
    CredentialStore &store = ctx.credentials(*st);
    if (sub == u"check") {
        auto token = store.token(*crm);
        if (!token.ok())
            return ctx.fail(token.error());
        ctx.out << Ctl::tr("A token for the %1 CRM is in the keychain (%2 characters).")
                       .arg(crmName(*crm))
                       .arg(token->size())
                << Qt::endl;
        return ExitOk;
    }
    if (sub == u"remove") {
        Status s = store.removeToken(*crm);
        if (!s)
            return ctx.fail(s.error());
        noteChanged(ctx, *st, *crm);
        ctx.out << Ctl::tr("Token for the %1 CRM removed.").arg(crmName(*crm)) << Qt::endl;
        return ExitOk;
    }
    if (ctx.interactive())
        ctx.err << Ctl::tr("Paste the %1 CRM token and press Enter: ").arg(crmName(*crm)) << Qt::flush;
    const QString token = ctx.readStdinLine().trimmed();
    if (token.isEmpty())
        return ctx.fail(makeError(Ctl::tr("No token on standard input: nothing was "
                                          "stored."),
                                  QStringLiteral("token")));
    Status s = store.setToken(*crm, token);
    if (!s)
        return ctx.fail(s.error());
    noteChanged(ctx, *st, *crm);
    ctx.out << Ctl::tr("Token for the %1 CRM stored in the OS keychain.").arg(crmName(*crm)) << Qt::endl;
    return ExitOk;
}

} // namespace

Verb credentialsVerb()
{
    return {
        QStringLiteral("credentials"), QStringLiteral("CRM tokens in the OS keychain: set|check|remove legacy|new"),
        QStringLiteral("echo TOKEN | floorbridge-ctl credentials set legacy|new\n"
                       "floorbridge-ctl credentials check legacy|new\n"
                       "floorbridge-ctl credentials remove legacy|new\n\n"
                       "Tokens live only in the OS keychain (Secret Service); with none reachable nothing is stored."),
        execute};
}

} // namespace fb::ctl
