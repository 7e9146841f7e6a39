// floorbridge-ctl part-request create|update|show|parts|document — parts for a complaint (PartRequestService).
#include "app/ctl/Context.h"
#include "app/ctl/ServiceCtl.h"
#include "app/ctl/Verbs.h"

#include "app/services/PartRequestService.h"

#include <QFile>
#include <QJsonDocument>

namespace fb::ctl {

namespace {

const char *const kUsage =
    "floorbridge-ctl --operator CODE part-request create CMP-… --part CODE[:QTY[:SERIAL,SERIAL…]] [--part …]\n"
    "        [--notes TEXT]              (class A parts need one part serial per unit)\n"
    "floorbridge-ctl --operator CODE part-request update PR-… --action issued|replaced|consumed --document FILE\n"
    "        [--document FILE…] [--notes TEXT]   (PNG, JPEG or PDF; at least one)\n"
    "floorbridge-ctl --operator CODE [--json] part-request show PR-…\n"
    "floorbridge-ctl --operator CODE [--json] part-request parts\n"
    "floorbridge-ctl --operator CODE part-request document SHA256 --out FILE";

// "P-TV-PANEL32:2:PS1001,PS1002" → code, quantity, serials. A bad quantity is 0 (the service refuses it).
PartLineDraft parseLine(const QString &spec)
{
    PartLineDraft line;
    const QStringList parts = spec.split(u':');
    line.partCode = parts.value(0);
    if (parts.size() > 1 && !parts.at(1).isEmpty()) {
        bool ok = false;
        line.quantity = parts.at(1).toInt(&ok);
        if (!ok)
            line.quantity = 0;
    }
    if (parts.size() > 2)
        line.partSerials = parts.at(2).split(u',', Qt::SkipEmptyParts);
    return line;
}

void print(Context &ctx, const PartRequest &r, const QString &headline)
{
    if (ctx.json) {
        ctx.out << QJsonDocument(partRequestJson(r)).toJson(QJsonDocument::Indented);
        return;
    }
    ctx.out << headline << "\n";
    for (const PartRequestLine &l : r.lines)
        ctx.out << "  " << l.partCode << " (" << l.partClass << ") × " << l.quantity
                << (l.partSerials.isEmpty() ? QString() : QStringLiteral("  ") + l.partSerials.join(u',')) << "\n";
    for (const PartDocument &d : r.documents)
        ctx.out << "  " << d.action << ": " << d.document.fileName << " " << d.document.mime << " " << d.document.sha256
                << "\n";
    ctx.out.flush();
}

int execute(Context &ctx)
{
    const QString sub = ctx.arg(0);
    if (sub != u"create" && sub != u"update" && sub != u"show" && sub != u"parts" && sub != u"document")
        return ctx.usage(QString::fromUtf8(kUsage));
    Station *st = ctx.station();
    if (!st)
        return ExitStation;
    auto actor = ctx.authenticate();
    if (!actor.ok())
        return exitCodeFor(actor.error());
    PartRequestService service(st->db(), st->settings(), ctx.clock(), st->dataDir());

    if (sub == u"create") {
        const QStringList specs = takeAll(ctx, QStringLiteral("part"));
        const QString notes = ctx.takeOption(QStringLiteral("notes"));
        if (ctx.arg(1).isEmpty() || specs.isEmpty())
            return ctx.usage(QString::fromUtf8(kUsage));
        QList<PartLineDraft> lines;
        for (const QString &spec : specs)
            lines.append(parseLine(spec));
        auto r = service.create(*actor, ctx.arg(1), lines, notes);
        if (!r.ok())
            return ctx.failWithDetails(r.error());
        print(ctx, *r,
              Ctl::tr("Part request %1 for %2 is waiting for a supervisor's approval.")
                  .arg(r->number, r->complaintNumber));
        return ExitOk;
    }
    if (sub == u"update") {
        const QString actionName = ctx.takeOption(QStringLiteral("action"));
        const QStringList files = takeAll(ctx, QStringLiteral("document"));
        const QString notes = ctx.takeOption(QStringLiteral("notes"));
        const auto action = partActionFromName(actionName);
        if (ctx.arg(1).isEmpty() || !action)
            return ctx.usage(QString::fromUtf8(kUsage));
        QList<DocumentInput> docs;
        for (const QString &file : files) {
            auto doc = PartRequestService::readDocumentFile(file);
            if (!doc.ok())
                return ctx.failWithDetails(doc.error());
            docs.append(*doc);
        }
        auto r = service.update(*actor, ctx.arg(1), *action, docs, notes);
        if (!r.ok())
            return ctx.failWithDetails(r.error());
        print(ctx, *r, Ctl::tr("Part request %1 is %2.").arg(r->number, partRequestStatusName(r->status)));
        return ExitOk;
    }
    if (sub == u"show") {
        auto r = service.get(*actor, ctx.arg(1));
        if (!r.ok())
            return ctx.failWithDetails(r.error());
        print(ctx, *r,
              QStringLiteral("%1  %2  %3").arg(r->number, r->complaintNumber, partRequestStatusName(r->status)));
        return ExitOk;
    }
    if (sub == u"document") {
        const QString outPath = ctx.takeOption(QStringLiteral("out"));
        if (ctx.arg(1).isEmpty() || outPath.isEmpty())
            return ctx.usage(QString::fromUtf8(kUsage));
        auto doc = service.document(*actor, ctx.arg(1));
        if (!doc.ok())
            return ctx.failWithDetails(doc.error());
        QFile file(outPath);
        if (!file.open(QIODevice::WriteOnly) || file.write(doc->second) != doc->second.size())
            return ctx.fail(makeError(Ctl::tr("Cannot write %1: %2").arg(outPath, file.errorString())));
        ctx.out << Ctl::tr("%1 (%2, %3 bytes) written to %4.")
                       .arg(doc->first.fileName, doc->first.mime)
                       .arg(doc->first.size)
                       .arg(outPath)
                << Qt::endl;
        return ExitOk;
    }
    // parts
    const QList<Part> parts = service.parts();
    if (ctx.json) {
        QJsonArray rows;
        for (const Part &p : parts)
            rows.append(QJsonObject{{QStringLiteral("code"), p.code},
                                    {QStringLiteral("name"), p.name},
                                    {QStringLiteral("class"), p.partClass},
                                    {QStringLiteral("price_paise"), p.pricePaise}});
        ctx.out << QJsonDocument(rows).toJson(QJsonDocument::Indented);
    } else {
        for (const Part &p : parts)
            ctx.out << p.code.leftJustified(16) << p.partClass << "  " << p.name << "\n";
        ctx.out.flush();
    }
    return ExitOk;
}

} // namespace

Verb partRequestVerb()
{
    return {QStringLiteral("part-request"),
            QStringLiteral("part requests: create, update (issued/replaced/consumed with documents), show"),
            QString::fromUtf8(kUsage), execute};
}

} // namespace fb::ctl
