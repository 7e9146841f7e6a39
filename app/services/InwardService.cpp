#include "app/services/InwardService.h"

#include "app/services/ActionPipeline.h"
#include "app/services/BrandTime.h"
#include "app/services/Events.h"

#include "app/core/Logging.h"
#include "app/domain/SerialNumber.h"
#include "app/storage/Database.h"
#include "app/storage/DocumentNumbers.h"
#include "app/storage/SerialRegister.h"
#include "app/storage/SettingsStore.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>

namespace fb {

namespace {

const QString kLastWarehouseKey = QStringLiteral("inward.last_warehouse");
const QString kUnknownSerialKey = QStringLiteral("inward.unknown_serial");
const QString kSourceKey = QStringLiteral("crm.source");

// "WH001 (Main Warehouse)", or just the code when master data does not know it.
QString named(const QString &code, const QString &name)
{
    return name.isEmpty() || name == code ? code : QStringLiteral("%1 (%2)").arg(code, name);
}

bool supervises(const Actor &actor)
{
    return actor.role == Role::Supervisor || actor.role == Role::Admin;
}

// What a file line holds: the first CSV field (comma, semicolon or tab separated), without quotes.
QString firstField(QString line)
{
    if (line.startsWith(QChar(0xFEFF)))
        line.remove(0, 1);
    line = line.trimmed();
    qsizetype cut = line.size();
    for (QChar sep : {u',', u';', u'\t'}) {
        const qsizetype at = line.indexOf(sep);
        if (at >= 0 && at < cut)
            cut = at;
    }
    QString field = line.left(cut).trimmed();
    if (field.size() >= 2 && field.startsWith(u'"') && field.endsWith(u'"'))
        field = field.mid(1, field.size() - 2).trimmed();
    return field;
}

bool isHeader(const QString &field)
{
    const QString f = field.toLower();
    return f == u"serial" || f == u"serials" || f == u"sn" || f == u"serial_number" || f == u"serial number" ||
           f == u"serial_no";
}

} // namespace

QList<QPair<QString, int>> InwardDraft::countsByProduct() const
{
    QList<QPair<QString, int>> out;
    QHash<QString, qsizetype> index;
    for (const InwardLine &l : lines) {
        auto it = index.constFind(l.productCode);
        if (it == index.constEnd()) {
            index.insert(l.productCode, out.size());
            out.append({l.productCode, 1});
        } else {
            ++out[*it].second;
        }
    }
    return out;
}

struct InwardService::Impl
{
    Impl(Database &database, SettingsStore &settingsStore, const Clock &c)
        : db(database)
        , settings(settingsStore)
        , clock(c, brandZoneSetting(settingsStore))
        , store(database)
        , master(database)
        , actions(database, clock)
    {}

    Database &db;
    SettingsStore &settings;
    BrandClock clock; // the injected clock on the brand's calendar
    InwardStore store;
    MasterDataStore master;
    ActionPipeline actions;
    QStringList knownCodes;
    bool codesLoaded = false;

    const QStringList &codes(bool reload = false)
    {
        if (!codesLoaded || reload) {
            knownCodes = master.knownProductCodes();
            codesLoaded = true;
        }
        return knownCodes;
    }

    // Parses with the cached product codes; an unknown code re-reads master data once (a pull may have added it).
    Result<SerialNumber> parse(const QString &text, QDate today)
    {
        auto parsed = parseSerial(text, codes(), today);
        if (!parsed.ok() && parsed.error().code == u"serial.unknown_product")
            parsed = parseSerial(text, codes(true), today);
        return parsed;
    }

    UnknownSerialPolicy policy() const
    {
        return settings.value(kUnknownSerialKey).trimmed().toLower() == u"block" ? UnknownSerialPolicy::Block
                                                                                 : UnknownSerialPolicy::Warn;
    }

    QString warehouseName(const QString &code) const
    {
        const auto w = master.warehouse(code);
        return w ? w->name : QString();
    }

    // The draft must exist on this station, be OPEN and belong to the actor.
    Result<InwardDraftInfo> usableDraft(const Actor &actor, qint64 draftId)
    {
        auto header = store.draftHeader(draftId);
        if (!header.ok())
            return header.error();
        if (!header->has_value() || header->value().stationId != actor.stationId)
            return makeError(tr("There is no inward draft %1 on this station.").arg(draftId), {},
                             QStringLiteral("inward.no_draft"));
        const InwardDraftInfo &draft = header->value();
        if (draft.state != DraftState::Open)
            return makeError(draft.state == DraftState::Submitted
                                 ? tr("Inward draft %1 was already submitted as %2. Open a new inward to continue.")
                                       .arg(draftId)
                                       .arg(draft.requestId)
                                 : tr("Inward draft %1 was abandoned. Open a new inward to continue.").arg(draftId),
                             {}, QStringLiteral("inward.draft_closed"));
        if (draft.operatorCode != actor.operatorCode)
            return makeError(tr("Inward draft %1 belongs to %2. Log in as %2 to continue it, or ask a supervisor to "
                                "abandon it.")
                                 .arg(draftId)
                                 .arg(draft.operatorCode),
                             {}, QStringLiteral("inward.not_yours"));
        return draft;
    }

    // Why a parsed serial may not join draft `draftId`, or the warning it joins with. Runs inside the scan's
    // transaction, so nothing can change between the check and the insert.
    struct Verdict
    {
        bool refused = false;
        QString code;
        QString message;
    };

    Result<Verdict> judge(qint64 draftId, const QString &serial)
    {
        auto holdings = store.openHoldings(serial);
        if (!holdings.ok())
            return holdings.error();
        for (const DraftHolding &h : *holdings) {
            if (h.draftId == draftId)
                return Verdict{
                    true, QStringLiteral("inward.duplicate"),
                    tr("%1 is already in this inward (line %2). Scan the next unit.").arg(serial).arg(h.seq)};
        }
        if (!holdings->isEmpty()) {
            const DraftHolding &h = holdings->first();
            return Verdict{true, QStringLiteral("inward.other_draft"),
                           tr("%1 is already in another open inward: draft %2 of operator %3 into %4. Finish or "
                              "abandon that inward first.")
                               .arg(serial)
                               .arg(h.draftId)
                               .arg(h.operatorCode, named(h.warehouseCode, warehouseName(h.warehouseCode)))};
        }
        auto facts = store.registerFacts(serial);
        if (!facts.ok())
            return facts.error();
        if (!facts->has_value()) {
            if (policy() == UnknownSerialPolicy::Block)
                return Verdict{true, QStringLiteral("inward.unknown_serial"),
                               tr("%1 is not in the serial register: it was never generated. This station blocks "
                                  "unregistered serials (setting inward.unknown_serial). Put the unit aside for a "
                                  "supervisor.")
                                   .arg(serial)};
            return Verdict{false, QStringLiteral("inward.unknown_serial"),
                           tr("%1 is not in the serial register (never generated here); it is accepted and will be "
                              "registered when this inward is submitted.")
                               .arg(serial)};
        }
        const RegisterFacts &f = facts->value();
        if (f.state == u"IN_STOCK")
            return Verdict{true, QStringLiteral("inward.in_stock"),
                           (f.ref.isEmpty()
                                ? tr("%1 is already in stock at %2. A unit cannot be inwarded twice.")
                                      .arg(serial, named(f.warehouseCode, warehouseName(f.warehouseCode)))
                                : tr("%1 is already in stock at %2, inward %3. A unit cannot be inwarded "
                                     "twice.")
                                      .arg(serial, named(f.warehouseCode, warehouseName(f.warehouseCode)), f.ref))};
        if (f.state == u"DISPATCHED") {
            const auto party = master.party(f.partyCode);
            const QString to = named(f.partyCode, party ? party->name : QString());
            return Verdict{true, QStringLiteral("inward.dispatched"),
                           tr("%1 was dispatched to %2 on %3 (%4). A dispatched unit comes back through a return "
                              "order, not an inward.")
                               .arg(serial, to.isEmpty() ? tr("a party") : to,
                                    f.ref.isEmpty() ? tr("an earlier dispatch") : f.ref, f.updatedAt.left(10))};
        }
        return Verdict{}; // GENERATED, or RETURNED: back into stock
    }
};

InwardService::InwardService(Database &db, SettingsStore &settings, const Clock &clock)
    : d(std::make_unique<Impl>(db, settings, clock))
{}

InwardService::~InwardService() = default;

QList<Warehouse> InwardService::warehouses() const
{
    return d->master.warehouses();
}

QString InwardService::rememberedWarehouse() const
{
    return d->settings.value(kLastWarehouseKey);
}

UnknownSerialPolicy InwardService::unknownSerialPolicy() const
{
    return d->policy();
}

Result<InwardDraft> InwardService::openDraft(const Actor &actor, const QString &warehouseCode)
{
    const QString code = warehouseCode.trimmed().toUpper();
    bool resumed = true;
    qint64 draftId = 0;
    Status opened = d->actions.run(actor, Permission::Inward, [&](ActionContext &ctx) -> Status {
        const auto warehouse = d->master.warehouse(code);
        if (!warehouse)
            return makeError(code.isEmpty()
                                 ? tr("Choose the warehouse the goods are coming into.")
                                 : tr("There is no warehouse %1 in the master data. Choose one from the list, "
                                      "or pull master data if it was added in the CRM today.")
                                       .arg(code),
                             QStringLiteral("warehouse"), QStringLiteral("inward.unknown_warehouse"));
        auto found = d->store.findOpen(actor.stationId, code, actor.operatorCode);
        if (!found.ok())
            return found.error();
        if (found->has_value()) {
            draftId = found->value().id;
            return Ok{};
        }
        resumed = false;
        auto created = d->store.createDraft(code, ctx.now().toString(Qt::ISODate), actor.operatorCode, actor.stationId);
        if (!created.ok())
            return created.error();
        draftId = *created;
        return ctx.audit(QStringLiteral("inward.open"), QStringLiteral("draft %1").arg(draftId), code);
    });
    if (!opened)
        return opened.error();
    if (d->settings.value(kLastWarehouseKey) != code) {
        if (Status remembered = d->settings.setValue(kLastWarehouseKey, code); !remembered)
            logger("db")->warn("could not remember the inward warehouse: {}", remembered.message().toStdString());
    }
    auto result = draft(actor, draftId);
    if (result.ok())
        result.value().resumed = resumed;
    return result;
}

Result<InwardDraft> InwardService::draft(const Actor &actor, qint64 draftId) const
{
    if (Status allowed = require(actor, Permission::Inward); !allowed)
        return allowed.error();
    auto info = d->store.draft(draftId);
    if (!info.ok())
        return info.error();
    if (!info->has_value() || info->value().stationId != actor.stationId)
        return makeError(tr("There is no inward draft %1 on this station.").arg(draftId), {},
                         QStringLiteral("inward.no_draft"));
    InwardDraft out;
    out.info = info->value();
    out.warehouseName = d->warehouseName(out.info.warehouseCode);
    auto lines = d->store.lines(draftId);
    if (!lines.ok())
        return lines.error();
    out.lines = std::move(lines).value();
    auto refusals = d->store.refusals(draftId);
    if (!refusals.ok())
        return refusals.error();
    out.refusals = std::move(refusals).value();
    return out;
}

Result<QList<InwardDraftInfo>> InwardService::openDrafts(const Actor &actor) const
{
    if (Status allowed = require(actor, Permission::Inward); !allowed)
        return allowed.error();
    return d->store.openDrafts(actor.stationId);
}

Result<ScanOutcome> InwardService::scan(const Actor &actor, qint64 draftId, const QString &text, const QString &source)
{
    ScanOutcome out;
    Status written = d->actions.run(actor, Permission::Inward, [&](ActionContext &) -> Status {
        out.raw = text;
        if (text.trimmed().isEmpty()) {
            out.code = QStringLiteral("serial.empty");
            out.message = tr("Nothing was scanned: scan the serial barcode, or type the serial and press Enter.");
            return Ok{};
        }
        const QDateTime now = d->clock.now();
        const QString at = now.toString(Qt::ISODate);
        auto parsed = d->parse(text, now.date());

        auto header = d->usableDraft(actor, draftId);
        if (!header.ok())
            return header.error();
        Impl::Verdict verdict;
        if (!parsed.ok()) {
            verdict = {true, parsed.error().code, parsed.error().message};
        } else {
            out.serial = parsed->text;
            out.productCode = parsed->productCode;
            auto judged = d->judge(draftId, parsed->text);
            if (!judged.ok())
                return judged.error();
            verdict = std::move(judged).value();
        }
        out.code = verdict.code;
        out.message = verdict.message;
        if (verdict.refused) {
            out.verdict = ScanVerdict::Refused;
            InwardRefusal refusal{0, text.trimmed(), verdict.code, verdict.message, at};
            auto id = d->store.appendRefusal(draftId, refusal);
            if (!id.ok())
                return id.error();
            refusal.id = *id;
            out.refusal = refusal;
            return Ok{};
        }
        out.verdict = verdict.message.isEmpty() ? ScanVerdict::Accepted : ScanVerdict::AcceptedWithWarning;
        auto line =
            d->store.appendLine(draftId, InwardLine{out.serial, out.productCode, 0, at, source, verdict.message});
        if (!line.ok())
            return line.error();
        out.line = std::move(line).value();
        return Ok{};
    });
    if (!written)
        return written.error();
    return out;
}

Result<InwardRefusal> InwardService::refuse(const Actor &actor, qint64 draftId, const QString &raw, const Error &reason)
{
    InwardRefusal refusal{0, raw, reason.code.isEmpty() ? QStringLiteral("scan.decode") : reason.code, reason.message,
                          d->clock.now().toString(Qt::ISODate)};
    Status written = d->actions.run(actor, Permission::Inward, [&](ActionContext &) -> Status {
        auto header = d->usableDraft(actor, draftId);
        if (!header.ok())
            return header.error();
        auto id = d->store.appendRefusal(draftId, refusal);
        if (!id.ok())
            return id.error();
        refusal.id = *id;
        return Ok{};
    });
    if (!written)
        return written.error();
    return refusal;
}

Result<InwardLine> InwardService::undoLast(const Actor &actor, qint64 draftId)
{
    InwardLine removed;
    Status written = d->actions.run(actor, Permission::Inward, [&](ActionContext &) -> Status {
        auto header = d->usableDraft(actor, draftId);
        if (!header.ok())
            return header.error();
        auto last = d->store.lastLine(draftId);
        if (!last.ok())
            return last.error();
        if (!last->has_value())
            return makeError(tr("Nothing to undo: this inward has no scanned units."), {},
                             QStringLiteral("inward.nothing_to_undo"));
        removed = last->value();
        auto gone = d->store.removeLine(draftId, removed.serial);
        if (!gone.ok())
            return gone.error();
        return Ok{};
    });
    if (!written)
        return written.error();
    return removed;
}

Status InwardService::removeLine(const Actor &actor, qint64 draftId, const QString &serial)
{
    return d->actions.run(actor, Permission::Inward, [&](ActionContext &) -> Status {
        const QString s = serial.trimmed().toUpper();
        auto header = d->usableDraft(actor, draftId);
        if (!header.ok())
            return header.error();
        auto gone = d->store.removeLine(draftId, s);
        if (!gone.ok())
            return gone.error();
        if (!*gone)
            return makeError(tr("%1 is not in this inward.").arg(s), QStringLiteral("serial"),
                             QStringLiteral("inward.no_line"));
        return Ok{};
    });
}

Result<InwardSubmission> InwardService::submit(const Actor &actor, qint64 draftId)
{
    InwardSubmission result;
    Status written = d->actions.run(actor, Permission::Inward, [&](ActionContext &ctx) -> Status {
        auto station = DocumentNumbers::stationNumber(d->settings);
        if (!station.ok())
            return station.error();
        const QDateTime now = d->clock.now();
        const QString at = now.toString(Qt::ISODate);
        auto header = d->usableDraft(actor, draftId);
        if (!header.ok())
            return header.error();
        auto lines = d->store.lines(draftId);
        if (!lines.ok())
            return lines.error();
        if (lines->isEmpty())
            return makeError(tr("Nothing to submit: scan the units first."), {}, QStringLiteral("inward.empty"));
        auto requestId = DocumentNumbers(d->db).next(QString::fromLatin1(kRequestPrefix), now.date(), *station);
        if (!requestId.ok())
            return requestId.error();
        result.requestId = *requestId;
        result.warehouseCode = header->warehouseCode;

        SerialRegister reg(d->db);
        // Products in the order they were first scanned, serials in scan order (seed 000 groups them this way).
        QList<QPair<QString, QJsonArray>> groups;
        QHash<QString, qsizetype> groupIndex;
        for (const InwardLine &line : *lines) {
            // The checks made at scan time, once more: another window may have moved a unit since.
            auto facts = d->store.registerFacts(line.serial);
            if (!facts.ok())
                return facts.error();
            SerialChange change;
            change.serial = line.serial;
            change.kind = QStringLiteral("inward");
            change.to = SerialState::InStock;
            change.warehouseCode = header->warehouseCode;
            change.ref = result.requestId;
            if (!facts->has_value()) {
                if (d->policy() == UnknownSerialPolicy::Block)
                    return makeError(tr("%1 is not in the serial register and this station blocks unregistered "
                                        "serials. Remove it from the inward, then submit.")
                                         .arg(line.serial),
                                     QStringLiteral("serial"), QStringLiteral("inward.unknown_serial"));
                // Registered as it comes in; the nomenclature was checked at scan time.
                const QString tail = line.serial.mid(line.productCode.size());
                change.from = std::nullopt;
                change.productCode = line.productCode;
                change.madeOn = QDate::fromString(QStringLiteral("20") + tail.left(6), QStringLiteral("yyyyMMdd"));
                change.runningNo = tail.mid(6).toInt();
            } else {
                const RegisterFacts &f = facts->value();
                const auto state = serialStateFromName(f.state);
                if (state == SerialState::InStock || state == SerialState::Dispatched)
                    return makeError(tr("%1 is now %2 (%3): another window moved it after it was scanned. Remove it "
                                        "from the inward, then submit.")
                                         .arg(line.serial, f.state, f.ref),
                                     QStringLiteral("serial"),
                                     state == SerialState::InStock ? QStringLiteral("inward.in_stock")
                                                                   : QStringLiteral("inward.dispatched"));
                change.from = state;
            }
            if (Status s = reg.apply(actor, now, change); !s)
                return s;
            auto it = groupIndex.constFind(line.productCode);
            if (it == groupIndex.constEnd()) {
                groupIndex.insert(line.productCode, groups.size());
                groups.append({line.productCode, QJsonArray()});
                it = groupIndex.constFind(line.productCode);
            }
            groups[*it].second.append(QJsonObject{{QStringLiteral("sn"), line.serial},
                                                  {QStringLiteral("status"), QStringLiteral("IN_STOCK")}});
        }
        QJsonArray products;
        for (const auto &[productCode, serials] : groups) {
            const auto product = d->master.productByCode(productCode);
            if (!product)
                return makeError(
                    tr("Product %1 is no longer in the master data; pull master data, then submit.").arg(productCode),
                    {}, QStringLiteral("inward.unknown_product"));
            products.append(QJsonObject{{QStringLiteral("product_id"), product->id},
                                        {QStringLiteral("product_code"), productCode},
                                        {QStringLiteral("serials"), serials}});
            result.countsByProduct.append({productCode, int(serials.size())});
        }
        result.total = int(lines->size());
        // Seed 000, Stage 2, field for field.
        result.payload = QJsonObject{
            {QStringLiteral("request_id"), result.requestId},
            {QStringLiteral("warehouse_code"), result.warehouseCode},
            {QStringLiteral("total_sr"), result.total},
            {QStringLiteral("products"), products},
            {QStringLiteral("source"), d->settings.value(kSourceKey, QStringLiteral("mobile_app"))},
            {QStringLiteral("timestamp"), at},
        };
        if (Status closed = d->store.close(draftId, DraftState::Submitted, result.requestId, at); !closed)
            return closed;
        auto eventId = ctx.queue(events::inwardSubmitted(result.payload));
        if (!eventId.ok())
            return eventId.error();
        result.eventId = *eventId;
        return ctx.audit(QStringLiteral("inward.submit"), result.requestId,
                         QStringLiteral("%1 units into %2, draft %3, event %4")
                             .arg(result.total)
                             .arg(result.warehouseCode)
                             .arg(draftId)
                             .arg(result.eventId));
    });
    if (!written)
        return written.error();
    return result;
}

Status InwardService::abandon(const Actor &actor, qint64 draftId)
{
    return d->actions.run(actor, Permission::Inward, [&](ActionContext &ctx) -> Status {
        auto header = d->usableDraft(actor, draftId);
        if (!header.ok() && !(header.error().code == u"inward.not_yours" && supervises(actor)))
            return header.error();
        const QDateTime now = d->clock.now();
        if (Status closed = d->store.close(draftId, DraftState::Abandoned, {}, now.toString(Qt::ISODate)); !closed)
            return closed;
        return ctx.audit(QStringLiteral("inward.abandon"), QStringLiteral("draft %1").arg(draftId));
    });
}

Result<ImportSummary> InwardService::importLines(const Actor &actor, qint64 draftId, const QStringList &lines,
                                                 const std::function<bool(int, int)> &progress)
{
    if (Status allowed = require(actor, Permission::Inward); !allowed)
        return allowed.error();
    ImportSummary summary;
    const int total = int(lines.size());
    bool atFirst = true;
    for (int i = 0; i < total; ++i) {
        const QString field = firstField(lines.at(i));
        if (!field.isEmpty() && !field.startsWith(u'#')) {
            const bool header = atFirst && isHeader(field);
            atFirst = false;
            if (!header) {
                ++summary.lines;
                auto outcome = scan(actor, draftId, field, QStringLiteral("file"));
                if (!outcome.ok())
                    return outcome.error();
                const ImportRefusal entry{i + 1, field, outcome->code, outcome->message};
                if (outcome->accepted()) {
                    ++summary.accepted;
                    if (outcome->verdict == ScanVerdict::AcceptedWithWarning) {
                        ++summary.warnings;
                        summary.warned.append(entry);
                    }
                } else {
                    summary.refused.append(entry);
                }
            }
        }
        if (progress && !progress(i + 1, total)) {
            summary.cancelled = true;
            break;
        }
    }
    return summary;
}

} // namespace fb
