// floorbridge-ctl operator add|list|unlock|disable|enable|pin — operators of this station (admin).
#include "app/ctl/Context.h"
#include "app/ctl/Verbs.h"

#include "app/services/OperatorService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace fb::ctl {

namespace {

int execute(Context &ctx)
{
    const QString sub = ctx.arg(0);
    Station *st = ctx.station();
    if (!st)
        return ExitStation;
    OperatorService ops(st->db(), st->settings(), ctx.clock());

    if (sub == u"first-admin") {
        // New station: the admin's code and name on the command line, the PIN on standard input.
        const QString code = ctx.arg(1).toUpper();
        const QString name = ctx.args.mid(2).join(u' ');
        if (code.isEmpty() || name.isEmpty())
            return ctx.usage(QStringLiteral("Usage: floorbridge-ctl operator first-admin CODE NAME  (PIN on stdin)"));
        const QString line = ctx.readStdinLine(); // the first line is read either way; $FLOORBRIDGE_PIN wins
        const QString pin = ctx.environmentPin().value_or(line);
        auto admin = ops.createFirstAdmin(code, name, pin);
        if (!admin.ok())
            return ctx.fail(admin.error());
        ctx.out << Ctl::tr("Admin %1 created.").arg(code) << Qt::endl;
        return ExitOk;
    }

    auto actor = ctx.authenticate();
    if (!actor.ok())
        return exitCodeFor(actor.error());
    if (sub == u"add") {
        const QString code = ctx.arg(1).toUpper();
        const auto role = roleFromName(ctx.arg(2));
        const QString name = ctx.args.mid(3).join(u' ');
        if (code.isEmpty() || !role || name.isEmpty())
            return ctx.usage(QStringLiteral("Usage: floorbridge-ctl --operator ADMIN operator add CODE "
                                            "warehouse|technician|supervisor|admin NAME  (admin's PIN, then the new "
                                            "operator's PIN, one per line on stdin)"));
        const QString pin = ctx.readStdinLine();
        Status s = ops.createOperator(*actor, code, name, *role, pin);
        if (!s)
            return ctx.fail(s.error());
        ctx.out << Ctl::tr("Operator %1 (%2) added.").arg(code, roleTitle(*role)) << Qt::endl;
        return ExitOk;
    }
    if (sub == u"list") {
        auto list = ops.list(*actor);
        if (!list.ok())
            return ctx.fail(list.error());
        QJsonArray rows;
        for (const OperatorInfo &o : *list) {
            if (ctx.json)
                rows.append(QJsonObject{{QStringLiteral("code"), o.code},
                                        {QStringLiteral("name"), o.name},
                                        {QStringLiteral("role"), roleName(o.role)},
                                        {QStringLiteral("active"), o.active},
                                        {QStringLiteral("locked_until"), o.lockedUntil}});
            else
                ctx.out << o.code.leftJustified(8) << roleName(o.role).leftJustified(12) << o.name
                        << (o.active ? QString() : QStringLiteral("  (disabled)"))
                        << (o.lockedUntil.isEmpty() ? QString()
                                                    : QStringLiteral("  (locked until %1)").arg(o.lockedUntil))
                        << "\n";
        }
        if (ctx.json)
            ctx.out << QJsonDocument(rows).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    if (sub == u"unlock" || sub == u"disable" || sub == u"enable") {
        const QString code = ctx.arg(1).toUpper();
        if (code.isEmpty())
            return ctx.usage(QStringLiteral("Usage: floorbridge-ctl operator unlock|disable|enable CODE"));
        Status s = sub == u"unlock" ? ops.unlock(*actor, code) : ops.setActive(*actor, code, sub == u"enable");
        if (!s)
            return ctx.fail(s.error());
        ctx.out << code << ": " << sub << "d" << Qt::endl;
        return ExitOk;
    }
    return ctx.usage(QStringLiteral("Usage: floorbridge-ctl operator first-admin|add|list|unlock|disable|enable …"));
}

} // namespace

Verb operatorVerb()
{
    return {
        QStringLiteral("operator"), QStringLiteral("operators: first-admin, add, list, unlock, disable, enable"),
        QStringLiteral("floorbridge-ctl operator first-admin CODE NAME          (new station; PIN on stdin)\n"
                       "floorbridge-ctl --operator ADMIN operator add CODE ROLE NAME   (stdin: admin PIN, new PIN)\n"
                       "floorbridge-ctl --operator ADMIN operator list|unlock CODE|disable CODE|enable CODE"),
        execute};
}

} // namespace fb::ctl
