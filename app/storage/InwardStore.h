#pragma once
// SQL for inward drafts: the draft, its accepted lines and its refused scans. Every accepted scan is its own committed
// transaction (the caller wraps it in Database::write), so a crash or power cut loses none.
// The per-scan statements are prepared once and reused: a scan costs the same at line 10,000 as at line 1.

#include "app/core/Result.h"

#include <QHash>
#include <QList>
#include <QSqlQuery>
#include <QString>

#include <memory>
#include <optional>

namespace fb {

class Database;

enum class DraftState { Open, Submitted, Abandoned };
QString draftStateName(DraftState state); // "OPEN", "SUBMITTED", "ABANDONED"

struct InwardLine
{
    QString serial;
    QString productCode;
    int seq = 0;       // 1, 2, 3 … in scan order within the draft (gaps after undo/remove)
    QString scannedAt; // ISO 8601 with offset
    QString source;    // "serial", "wedge", "typed", "file", "ctl" …
    QString warning;   // non-empty when accepted with a warning (serial unknown to the register, warn mode)
};

struct InwardRefusal
{
    qint64 id = 0;
    QString raw;     // what was scanned or typed, as text
    QString code;    // stable code: serial.unknown_product, inward.duplicate, … (see InwardService.h)
    QString message; // what the packer sees
    QString at;
};

struct InwardDraftInfo
{
    qint64 id = 0;
    QString warehouseCode;
    DraftState state = DraftState::Open;
    QString requestId; // INV-… once submitted
    QString createdAt;
    QString submittedAt;
    QString operatorCode;
    QString stationId;
    int lineCount = 0;
};

// Where a serial sits in OPEN drafts (for "duplicate in this session" and "in another open draft").
struct DraftHolding
{
    qint64 draftId = 0;
    QString warehouseCode;
    QString operatorCode;
    int seq = 0;
};

// What the register says about a serial, read with one reused statement on the scan path.
struct RegisterFacts
{
    QString state; // "GENERATED", "IN_STOCK", "DISPATCHED", "RETURNED"
    QString warehouseCode;
    QString partyCode;
    QString ref;
    QString updatedAt;
};

class InwardStore
{
public:
    explicit InwardStore(Database &db);
    ~InwardStore();
    InwardStore(const InwardStore &) = delete;
    InwardStore &operator=(const InwardStore &) = delete;

    // Drafts
    Result<std::optional<InwardDraftInfo>> findOpen(const QString &stationId, const QString &warehouseCode,
                                                    const QString &operatorCode) const;
    Result<std::optional<InwardDraftInfo>> draft(qint64 draftId) const;
    // The same without counting lines (lineCount = 0): what every scan checks.
    Result<std::optional<InwardDraftInfo>> draftHeader(qint64 draftId);
    Result<QList<InwardDraftInfo>> openDrafts(const QString &stationId) const;
    Result<qint64> createDraft(const QString &warehouseCode, const QString &createdAt, const QString &operatorCode,
                               const QString &stationId);
    // OPEN → SUBMITTED (with request id) or ABANDONED; refuses a draft that is no longer OPEN.
    Status close(qint64 draftId, DraftState to, const QString &requestId, const QString &at);

    Result<QList<InwardLine>> lines(qint64 draftId) const; // in scan order
    Result<QList<InwardRefusal>> refusals(qint64 draftId) const;

    // The scan path (prepared once)
    Result<QList<DraftHolding>> openHoldings(const QString &serial);
    Result<std::optional<RegisterFacts>> registerFacts(const QString &serial);
    Result<InwardLine> appendLine(qint64 draftId, InwardLine line); // assigns seq = max + 1
    Result<qint64> appendRefusal(qint64 draftId, const InwardRefusal &refusal);

    Result<std::optional<InwardLine>> lastLine(qint64 draftId) const;
    Result<bool> removeLine(qint64 draftId, const QString &serial); // false: no such line

    // Names for people: operators' names (lookup's movement history shows who).
    QHash<QString, QString> operatorNames() const;

private:
    struct Prepared;
    Status ensurePrepared();
    Database &m_db;
    std::unique_ptr<Prepared> m_prepared;
};

} // namespace fb
