#pragma once
// SQL for inward drafts: the draft, its accepted lines and its refused scans. Every accepted scan is its own committed
// transaction (the caller wraps it in Database::write), so a crash or power cut loses none.
// The per-scan statements are prepared once and reused: a scan costs the same at line 10,000 as at line 1.

#include "app/core/Result.h"
#include "app/domain/Inward.h"

#include <QHash>
#include <QList>
#include <QSqlQuery>
#include <QString>

#include <memory>
#include <optional>

namespace fb {

class Database;

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
