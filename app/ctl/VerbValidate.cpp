// floorbridge-ctl validate gstin|ewaybill|vehicle|lr VALUE — the dispatch form's field checks from a script: prints
// the stored form of the value, or the same message the form shows and exit status 1.
#include "app/ctl/Context.h"
#include "app/ctl/Verbs.h"

#include "app/domain/EwayBill.h"
#include "app/domain/Gstin.h"
#include "app/domain/Transport.h"
#include "app/domain/VehicleNumber.h"

#include <QDate>
#include <QJsonDocument>
#include <QJsonObject>

namespace fb::ctl {

namespace {

const QString kUsage = QStringLiteral(
    "floorbridge-ctl validate gstin VALUE [--bill-to ADDRESS]   GSTIN; warns when its state is not the bill-to's\n"
    "floorbridge-ctl validate ewaybill VALUE                    12 digits, grouping allowed (3210-9988-7766)\n"
    "floorbridge-ctl validate vehicle VALUE [--mode ROAD|RAIL|AIR|SHIP] [--lr LR]   registration number (and the "
    "mode's rules)\n"
    "floorbridge-ctl validate lr VALUE                          LR number: at most 15 letters, digits, - and /\n"
    "Prints the value as it would be stored; on refusal prints the message to stderr and exits 1.");

int answer(Context &ctx, const QString &value, const std::optional<Error> &error, const QString &warning = {})
{
    if (ctx.json) {
        QJsonObject o{{QStringLiteral("ok"), !error.has_value()}};
        if (error) {
            o.insert(QStringLiteral("message"), error->message);
            o.insert(QStringLiteral("code"), error->code);
            o.insert(QStringLiteral("field"), error->field);
        } else {
            o.insert(QStringLiteral("value"), value);
        }
        if (!warning.isEmpty())
            o.insert(QStringLiteral("warning"), warning);
        ctx.out << QJsonDocument(o).toJson(QJsonDocument::Compact) << Qt::endl;
        return error ? exitCodeFor(*error) : ExitOk;
    }
    if (!warning.isEmpty())
        ctx.err << warning << Qt::endl;
    if (error)
        return ctx.fail(*error);
    ctx.out << value << Qt::endl;
    return ExitOk;
}

int execute(Context &ctx)
{
    const QString billTo = ctx.takeOption(QStringLiteral("bill-to"));
    const QString mode = ctx.takeOption(QStringLiteral("mode"));
    const QString lr = ctx.takeOption(QStringLiteral("lr"));
    const QString what = ctx.arg(0).toLower();
    if (ctx.args.size() != 2)
        return ctx.usage(kUsage);
    const QString value = ctx.arg(1);

    if (what == u"gstin") {
        const Result<Gstin> g = validateGstin(value);
        if (!g)
            return answer(ctx, {}, g.error());
        QString warning;
        if (!billTo.isEmpty())
            warning = gstinStateMismatchWarning(*g, billTo).value_or(QString());
        return answer(ctx, g->text, std::nullopt, warning);
    }
    if (what == u"ewaybill" || what == u"eway") {
        const Result<QString> e = normaliseEwayBillNumber(value);
        return e ? answer(ctx, *e, std::nullopt) : answer(ctx, {}, e.error());
    }
    if (what == u"vehicle") {
        if (!mode.isEmpty()) {
            const Result<TransportMode> m = parseTransportMode(mode);
            if (!m)
                return answer(ctx, {}, m.error());
            if (Status s = validateTransportModeRules(*m, value, lr); !s)
                return answer(ctx, {}, s.error());
            if (value.trimmed().isEmpty())
                return answer(ctx, QString(), std::nullopt);
        }
        const Result<VehicleNumber> v = validateVehicleNumber(value, QDate::currentDate());
        return v ? answer(ctx, v->text, std::nullopt) : answer(ctx, {}, v.error());
    }
    if (what == u"lr") {
        const Result<QString> l = normaliseLrNumber(value);
        return l ? answer(ctx, *l, std::nullopt) : answer(ctx, {}, l.error());
    }
    return ctx.usage(kUsage);
}

} // namespace

Verb validateVerb()
{
    return {QStringLiteral("validate"),
            QStringLiteral("check a GSTIN, e-way bill, vehicle or LR number as the "
                           "dispatch form does"),
            kUsage, execute};
}

} // namespace fb::ctl
