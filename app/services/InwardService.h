#pragma once
// Stage 2: inward into a warehouse. A draft per station + warehouse + operator collects scans; each scan is validated
// at once and, when accepted, committed at once (its own transaction: a crash or power cut loses none; opening the
// draft again resumes it). Refused scans are kept in the draft's refused list. Submit gives the draft its request id
// INV-YYYY-MM-DD-NNNN (station block, unique across stations), moves the serials to IN_STOCK with a movement each and
// queues `inward.submitted` (seed 000's Stage 2 body) to both CRMs, all in one transaction.
//
// Refusal codes (ScanOutcome::code / Error::code), stable for colours, sounds, scripts and tests:
//   serial.chars, serial.unknown_product, serial.length, serial.bad_date, serial.future_date, serial.running_no
//                                (nomenclature, from fb::parseSerial)
//   serial.empty                 nothing but blanks was scanned
//   inward.duplicate             already scanned in this draft
//   inward.in_stock              already IN_STOCK (the message names the warehouse and the inward request)
//   inward.dispatched            DISPATCHED (the message names the party and the dispatch order)
//   inward.other_draft           held by another OPEN draft on this station (names the draft, operator, warehouse)
//   inward.unknown_serial        not in the serial register and `inward.unknown_serial` = block
//   plus the scanner's decode codes (gs1.gtin_check, …) recorded through refuse().
// Warning code (AcceptedWithWarning): inward.unknown_serial (warn mode, the default).

#include "app/core/Clock.h"
#include "app/core/Result.h"
#include "app/domain/Actor.h"
#include "app/storage/InwardStore.h"
#include "app/storage/MasterDataStore.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace fb {

class Database;
class SettingsStore;

struct InwardDraft
{
    InwardDraftInfo info;
    QString warehouseName;
    QList<InwardLine> lines;       // in scan order
    QList<InwardRefusal> refusals; // oldest first
    bool resumed = false;          // true when openDraft found this draft already OPEN (lines from before)

    QList<QPair<QString, int>> countsByProduct() const; // product code → lines, in order of first scan
};

enum class ScanVerdict { Accepted, AcceptedWithWarning, Refused };

struct ScanOutcome
{
    ScanVerdict verdict = ScanVerdict::Refused;
    QString raw;                          // the text as received
    QString serial;                       // normalised (trimmed, uppercase) when it parsed
    QString productCode;                  // when it parsed
    QString message;                      // refusal reason or warning, for the packer; empty when plainly accepted
    QString code;                         // refusal or warning code (see above); empty when plainly accepted
    std::optional<InwardLine> line;       // the committed line (accepted)
    std::optional<InwardRefusal> refusal; // the stored refusal (refused; absent for an empty scan)

    bool accepted() const { return verdict != ScanVerdict::Refused; }
};

struct InwardSubmission
{
    QString requestId; // INV-2025-09-25-1001
    QString warehouseCode;
    int total = 0;
    QList<QPair<QString, int>> countsByProduct;
    QString eventId;
    QJsonObject payload; // the event data: seed 000's Stage 2 body
};

struct ImportRefusal
{
    int lineNo = 0; // 1-based line in the file
    QString text;
    QString code;
    QString message;
};

struct ImportSummary
{
    int lines = 0;    // non-blank lines read
    int accepted = 0; // including with a warning
    int warnings = 0;
    QList<ImportRefusal> refused;
    QList<ImportRefusal> warned; // accepted with a warning (line numbers and why)
    bool cancelled = false;      // the progress callback asked to stop
};

enum class UnknownSerialPolicy { Warn, Block };

class InwardService
{
    Q_DECLARE_TR_FUNCTIONS(fb::InwardService)

public:
    InwardService(Database &db, SettingsStore &settings, const Clock &clock);
    ~InwardService();

    // The station's warehouses (master data) and the one last used here (setting `inward.last_warehouse`).
    QList<Warehouse> warehouses() const;
    QString rememberedWarehouse() const;
    UnknownSerialPolicy unknownSerialPolicy() const; // setting `inward.unknown_serial`: warn (default) | block

    // Opens this operator's OPEN draft for the warehouse on this station, or creates one; remembers the warehouse.
    // Refused: auth.forbidden, inward.unknown_warehouse.
    Result<InwardDraft> openDraft(const Actor &actor, const QString &warehouseCode);
    Result<InwardDraft> draft(const Actor &actor, qint64 draftId) const;
    // OPEN drafts on this station (any operator), for "resume" lists and supervisors.
    Result<QList<InwardDraftInfo>> openDrafts(const Actor &actor) const;

    // Validates and, when accepted, commits one scan. A refused scan is stored in the refused list (except an empty
    // one). Error (not an outcome) only when the draft cannot be used: auth.forbidden, inward.no_draft,
    // inward.draft_closed, inward.not_yours, or a database failure.
    Result<ScanOutcome> scan(const Actor &actor, qint64 draftId, const QString &text, const QString &source);
    // Records a scan the scanner could not decode (ScanSource::scanRejected) in the refused list.
    Result<InwardRefusal> refuse(const Actor &actor, qint64 draftId, const QString &raw, const Error &reason);

    // Removes the most recent line; returns it (inward.nothing_to_undo when empty).
    Result<InwardLine> undoLast(const Actor &actor, qint64 draftId);
    Status removeLine(const Actor &actor, qint64 draftId, const QString &serial); // inward.no_line
    // Submits: request id, IN_STOCK, movements, outbox — one transaction. Refused: inward.empty, and
    // inward.in_stock / inward.dispatched / inward.unknown_serial when a line is no longer valid (naming the serial).
    Result<InwardSubmission> submit(const Actor &actor, qint64 draftId);
    // Closes the draft without moving anything. The owner, or a Supervisor/Admin for someone else's draft.
    Status abandon(const Actor &actor, qint64 draftId);

    // Bulk inward from a text/CSV file's lines: one serial per line (the first CSV field; blank lines, '#' comments
    // and a "serial" header skipped), each validated and committed like a scan. `progress(done, total)` is called after
    // each line; returning false stops the import (summary.cancelled).
    Result<ImportSummary> importLines(const Actor &actor, qint64 draftId, const QStringList &lines,
                                      const std::function<bool(int done, int total)> &progress = {});

    static constexpr const char *kRequestPrefix = "INV";

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace fb
