// floorbridge-ctl demo init — the demo profile: one operator per role and the CRM simulator's URLs.
#include "app/ctl/Context.h"
#include "app/ctl/Verbs.h"

#include "app/services/DemoProfileService.h"
#include "app/services/OperatorService.h"

namespace fb::ctl {

namespace {

int execute(Context &ctx)
{
    if (ctx.arg(0) != u"init")
        return ctx.usage(QStringLiteral("Usage: floorbridge-ctl demo init --legacy-url URL --new-url URL"));
    const QString legacyUrl = ctx.takeOption(QStringLiteral("legacy-url"));
    const QString newUrl = ctx.takeOption(QStringLiteral("new-url"));
    Station *st = ctx.station();
    if (!st)
        return ExitStation;
    OperatorService ops(st->db(), st->settings(), ctx.clock());
    if (!ops.needsFirstAdmin())
        return ctx.fail(makeError(Ctl::tr("This station already has operators: the "
                                          "demo profile is only for a new station.")));
    Status s = DemoProfileService(st->db(), st->settings(), ctx.clock()).apply(legacyUrl, newUrl);
    if (!s)
        return ctx.fail(s.error());
    ctx.out << Ctl::tr("Demo station ready:") << "\n";
    for (const DemoOperator &op : DemoProfileService::operators())
        ctx.out << "  " << op.code << "  PIN " << op.pin << "  " << roleTitle(op.role) << "\n";
    ctx.out.flush();
    return ExitOk;
}

} // namespace

Verb demoVerb()
{
    return {QStringLiteral("demo"), QStringLiteral("set up the demo profile on a new station"),
            QStringLiteral("floorbridge-ctl demo init --legacy-url URL --new-url URL"), execute};
}

} // namespace fb::ctl
