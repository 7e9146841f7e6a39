// floorbridge-ctl demo init — the demo profile: one operator per role and the CRM simulator's URLs.
#include "app/ctl/Context.h"
#include "app/ctl/Verbs.h"

#include "app/services/OperatorService.h"

#include <QCoreApplication>

namespace fb::ctl {

namespace {

struct DemoOperator
{
    const char *code;
    const char *name;
    Role role;
    const char *pin;
};

// Also in README.md: a newcomer logs in with these.
constexpr DemoOperator kDemoOperators[] = {
    {"A001", "Asha Admin", Role::Admin, "1111"},
    {"W001", "Wasim Warehouse", Role::Warehouse, "2222"},
    {"T001", "Tarun Technician", Role::Technician, "3333"},
    {"S001", "Sunita Supervisor", Role::Supervisor, "4444"},
};

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
        return ctx.fail(makeError(QCoreApplication::translate("fb::ctl", "This station already has operators: the "
                                                                         "demo profile is only for a new station.")));
    Status s = st->db().write([&]() -> Status {
        const QList<std::pair<QString, QString>> settings{
            {QStringLiteral("station.id"), QStringLiteral("DEMO01")},
            {QStringLiteral("station.number"), QStringLiteral("1")},
            {QStringLiteral("crm.legacy.url"), legacyUrl},
            {QStringLiteral("crm.new.url"), newUrl},
            {QStringLiteral("inward.warehouse"), QStringLiteral("WH001")},
            {QStringLiteral("scanner.source"), QStringLiteral("wedge")},
        };
        for (const auto &[key, value] : settings) {
            if (value.isEmpty())
                continue;
            if (Status set = st->settings().setValue(key, value); !set)
                return set;
        }
        const DemoOperator &first = kDemoOperators[0];
        auto admin =
            ops.createFirstAdmin(QLatin1String(first.code), QLatin1String(first.name), QLatin1String(first.pin));
        if (!admin.ok())
            return admin.error();
        for (const DemoOperator &op : kDemoOperators) {
            if (op.role == Role::Admin)
                continue;
            if (Status added = ops.createOperator(*admin, QLatin1String(op.code), QLatin1String(op.name), op.role,
                                                  QLatin1String(op.pin));
                !added)
                return added;
        }
        return Ok{};
    });
    if (!s)
        return ctx.fail(s.error());
    ctx.out << QCoreApplication::translate("fb::ctl", "Demo station ready:") << "\n";
    for (const DemoOperator &op : kDemoOperators)
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
