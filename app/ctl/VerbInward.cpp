// floorbridge-ctl inward — Stage 2 from a script: a file of serials (or standard input, one scan per line) into this
// operator's inward draft for a warehouse, every line validated and committed like a scan on the inward page.
#include "app/ctl/Context.h"
#include "app/ctl/Verbs.h"

#include "app/services/InwardService.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace fb::ctl {

namespace {

const QString kUsage = QStringLiteral(
    "floorbridge-ctl --operator CODE inward --warehouse WH --file FILE [--submit] [--allow-refused]\n"
    "    FILE: one serial per line (text, or CSV with the serial in the first column; a 'serial' header, '#'\n"
    "    comments and blank lines are skipped); '-' reads standard input and commits each line as it arrives (set "
    "$FLOORBRIDGE_PIN).\n"
    "    Lines go into the operator's open draft for WH (created, or resumed after a crash). Refused lines are\n"
    "    listed with their line numbers and reasons. --submit then submits the draft (INV-YYYY-MM-DD-NNNN), unless\n"
    "    a line was refused: then nothing is submitted and the exit code is 1, unless --allow-refused.\n"
    "floorbridge-ctl --operator CODE inward --warehouse WH --submit      submit the open draft as it is\n"
    "floorbridge-ctl --operator CODE inward --warehouse WH --abandon     abandon the open draft\n"
    "floorbridge-ctl --operator CODE inward --drafts                     open drafts on this station\n"
    "The CRMs get the inward at the next delivery: 'floorbridge-ctl sync --once' or the running application.");

QJsonArray entriesJson(const QList<ImportRefusal> &entries)
{
    QJsonArray out;
    for (const ImportRefusal &r : entries)
        out.append(QJsonObject{{QStringLiteral("line"), r.lineNo},
                               {QStringLiteral("text"), r.text},
                               {QStringLiteral("code"), r.code},
                               {QStringLiteral("message"), r.message}});
    return out;
}

// Standard input, one line at a time, each committed before the next is read (a killed process loses nothing that
// was acknowledged with "accepted").
Result<ImportSummary> importStdin(Context &ctx, InwardService &service, const Actor &actor, qint64 draftId)
{
    ImportSummary total;
    int lineNo = 0;
    while (const std::optional<QByteArray> raw = ctx.readLine()) {
        ++lineNo;
        const QString text = QString::fromUtf8(*raw);
        auto one = service.importLines(actor, draftId, {text});
        if (!one.ok())
            return one.error();
        total.lines += one->lines;
        total.accepted += one->accepted;
        total.warnings += one->warnings;
        for (ImportRefusal r : one->refused) {
            r.lineNo = lineNo;
            total.refused.append(r);
            if (!ctx.json)
                ctx.out << "refused " << r.text << " [" << r.code << "]" << Qt::endl;
        }
        for (ImportRefusal r : one->warned) {
            r.lineNo = lineNo;
            total.warned.append(r);
        }
        if (one->accepted > 0 && !ctx.json)
            ctx.out << "accepted " << text.trimmed() << Qt::endl;
    }
    return total;
}

int listDrafts(Context &ctx, InwardService &service, const Actor &actor)
{
    auto drafts = service.openDrafts(actor);
    if (!drafts.ok())
        return ctx.fail(drafts.error());
    QJsonArray rows;
    for (const InwardDraftInfo &d : *drafts) {
        if (ctx.json)
            rows.append(QJsonObject{{QStringLiteral("draft_id"), d.id},
                                    {QStringLiteral("warehouse_code"), d.warehouseCode},
                                    {QStringLiteral("operator_code"), d.operatorCode},
                                    {QStringLiteral("created_at"), d.createdAt},
                                    {QStringLiteral("lines"), d.lineCount}});
        else
            ctx.out << Ctl::tr("draft %1  %2  %3  %4 units  opened %5")
                           .arg(d.id)
                           .arg(d.warehouseCode, d.operatorCode)
                           .arg(d.lineCount)
                           .arg(d.createdAt)
                    << "\n";
    }
    if (ctx.json)
        ctx.out << QJsonDocument(rows).toJson(QJsonDocument::Indented);
    ctx.out.flush();
    return ExitOk;
}

int execute(Context &ctx)
{
    const QString warehouse = ctx.takeOption(QStringLiteral("warehouse"));
    const QString file = ctx.takeOption(QStringLiteral("file"));
    const bool submit = ctx.takeFlag(QStringLiteral("submit"));
    const bool allowRefused = ctx.takeFlag(QStringLiteral("allow-refused"));
    const bool abandon = ctx.takeFlag(QStringLiteral("abandon"));
    const bool drafts = ctx.takeFlag(QStringLiteral("drafts"));
    if (!ctx.args.isEmpty() || (!drafts && warehouse.isEmpty()) || (!drafts && file.isEmpty() && !submit && !abandon) ||
        (abandon && (submit || !file.isEmpty())))
        return ctx.usage(kUsage);

    // Read the file before logging in: a wrong path is a usage problem, not a half-done inward.
    QStringList lines;
    if (!file.isEmpty() && file != u"-") {
        QFile in(file);
        if (!in.open(QIODevice::ReadOnly | QIODevice::Text))
            return ctx.fail(
                makeError(Ctl::tr("Cannot read %1: %2").arg(file, in.errorString()), QStringLiteral("file")));
        while (!in.atEnd())
            lines << QString::fromUtf8(in.readLine());
    }

    Station *st = ctx.station();
    if (!st)
        return ExitStation;
    auto actor = ctx.authenticate();
    if (!actor.ok())
        return exitCodeFor(actor.error());
    InwardService service(st->db(), st->settings(), ctx.clock());
    if (drafts)
        return listDrafts(ctx, service, *actor);

    auto draft = service.openDraft(*actor, warehouse);
    if (!draft.ok())
        return ctx.fail(draft.error());
    const qint64 draftId = draft->info.id;
    if (!ctx.json)
        ctx.err << (draft->resumed
                        ? Ctl::tr("Inward draft %1 into %2 resumed: %3 units already scanned.")
                              .arg(draftId)
                              .arg(draft->info.warehouseCode)
                              .arg(draft->lines.size())
                        : Ctl::tr("Inward draft %1 into %2 opened.").arg(draftId).arg(draft->info.warehouseCode))
                << Qt::endl;

    QJsonObject report{{QStringLiteral("draft_id"), draftId},
                       {QStringLiteral("warehouse_code"), draft->info.warehouseCode},
                       {QStringLiteral("resumed"), draft->resumed}};
    if (abandon) {
        if (Status s = service.abandon(*actor, draftId); !s)
            return ctx.fail(s.error());
        if (ctx.json)
            ctx.out << QJsonDocument(report).toJson(QJsonDocument::Indented);
        else
            ctx.err << Ctl::tr("Draft %1 abandoned; nothing was moved.").arg(draftId) << Qt::endl;
        return ExitOk;
    }

    ImportSummary summary;
    if (!file.isEmpty()) {
        auto imported =
            file == u"-" ? importStdin(ctx, service, *actor, draftId) : service.importLines(*actor, draftId, lines);
        if (!imported.ok())
            return ctx.fail(imported.error());
        summary = std::move(imported).value();
        if (!ctx.json) {
            for (const ImportRefusal &r : std::as_const(summary.refused))
                ctx.err << Ctl::tr("line %1: %2 refused: %3 [%4]").arg(r.lineNo).arg(r.text, r.message, r.code)
                        << Qt::endl;
            for (const ImportRefusal &r : std::as_const(summary.warned))
                ctx.err << Ctl::tr("line %1: %2 accepted with a warning: %3").arg(r.lineNo).arg(r.text, r.message)
                        << Qt::endl;
            ctx.err << Ctl::tr("%1 lines: %2 accepted (%3 with a warning), %4 refused.")
                           .arg(summary.lines)
                           .arg(summary.accepted)
                           .arg(summary.warnings)
                           .arg(summary.refused.size())
                    << Qt::endl;
        }
        report.insert(QStringLiteral("lines"), summary.lines);
        report.insert(QStringLiteral("accepted"), summary.accepted);
        report.insert(QStringLiteral("refused"), entriesJson(summary.refused));
        report.insert(QStringLiteral("warnings"), entriesJson(summary.warned));
    }

    const bool blocked = !summary.refused.isEmpty() && !allowRefused;
    int exit = blocked ? ExitRefused : ExitOk;
    if (submit && !blocked) {
        auto submitted = service.submit(*actor, draftId);
        if (!submitted.ok()) {
            if (ctx.json) {
                report.insert(QStringLiteral("error"), submitted.message());
                report.insert(QStringLiteral("code"), submitted.error().code);
                ctx.out << QJsonDocument(report).toJson(QJsonDocument::Indented);
                ctx.out.flush();
            }
            return ctx.fail(submitted.error());
        }
        report.insert(QStringLiteral("submitted"), true);
        report.insert(QStringLiteral("request_id"), submitted->requestId);
        report.insert(QStringLiteral("event_id"), submitted->eventId);
        report.insert(QStringLiteral("total_sr"), submitted->total);
        if (!ctx.json) {
            QStringList counts;
            for (const auto &[code, n] : submitted->countsByProduct)
                counts << QStringLiteral("%1 ×%2").arg(code).arg(n);
            ctx.out << submitted->requestId << Qt::endl;
            ctx.err << Ctl::tr(
                           "Submitted %1: %2 units into %3 (%4). Queued for both CRMs; 'floorbridge-ctl sync --once' "
                           "delivers now.")
                           .arg(submitted->requestId)
                           .arg(submitted->total)
                           .arg(submitted->warehouseCode, counts.join(QStringLiteral(", ")))
                    << Qt::endl;
        }
    } else {
        report.insert(QStringLiteral("submitted"), false);
        if (!ctx.json)
            ctx.err
                << (blocked && submit
                        ? Ctl::tr("Not submitted: remove or fix the refused lines (or run with "
                                  "--allow-refused). Draft %1 stays open with the accepted lines.")
                              .arg(draftId)
                        : Ctl::tr("Draft %1 stays open; submit it with --submit or on the inward page.").arg(draftId))
                << Qt::endl;
    }
    if (ctx.json)
        ctx.out << QJsonDocument(report).toJson(QJsonDocument::Indented);
    ctx.out.flush();
    return exit;
}

} // namespace

Verb inwardVerb()
{
    return {QStringLiteral("inward"), QStringLiteral("Stage 2: inward a file of serials into a warehouse (--submit)"),
            kUsage, execute};
}

} // namespace fb::ctl
