#pragma once
// The delivery side of the outbox: claiming due rows head-of-key, recording each answer, health figures and the
// admin actions (retry now, discard). OutboxWriter (Outbox.h) fills the table; this class drains it.

#include "app/core/Crm.h"
#include "app/core/Result.h"
#include "app/storage/Outbox.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace fb {

class Database;

// A row with the fields only the admin views need.
struct OutboxDetail
{
    OutboxRow row;
    QString response; // the CRM's last answer body (delivered rows) — trimmed to a readable size
    QString failedAt;
    qint64 deliveredMs = 0;
};

struct OutboxSummary
{
    int pending = 0;
    int inFlight = 0;
    int failed = 0;
    int delivered = 0;
    int discarded = 0;
    qint64 oldestPendingMs = 0; // created_ms of the oldest undelivered (PENDING / IN_FLIGHT) row; 0 when none
    QString lastSuccessAt;      // delivered_at of the most recent delivery; empty when none
    QString lastError;          // last_error of the most recent row still waiting or failed; empty when none
};

struct OutboxFilter
{
    std::optional<Crm> crm;
    std::optional<OutboxState> state;
    QString eventType;
    QString orderingKey;
    int limit = 100;
};

class OutboxStore
{
public:
    explicit OutboxStore(Database &db);

    // For the delivery loop's own connection: its commits are not flushed to disk one by one (WAL with
    // synchronous=NORMAL; a process crash loses nothing, a power cut at most the last answers recorded, whose rows
    // are then re-sent under their idempotency keys and answered as replays). Other connections keep theirs.
    Status relaxCommitSync();

    // PENDING rows of `crm` due at `nowMs` that nothing holds back (no earlier PENDING, IN_FLIGHT or FAILED row of
    // `crm` shares one of their ordering keys: a serial or a document), oldest due first, marked IN_FLIGHT in one
    // transaction; the first claim stamps sent_ms. Rows without keys are independent of everything.
    Result<QList<OutboxRow>> claimDue(Crm crm, qint64 nowMs, int limit);
    // The earliest next_attempt_at among the PENDING heads of `crm`, if any (to schedule the next wake-up).
    Result<std::optional<qint64>> nextDueMs(Crm crm);

    // Answers for an IN_FLIGHT row; each counts one attempt. An error if the row is no longer IN_FLIGHT.
    Status markDelivered(qint64 id, int status, const QString &response, const QDateTime &now);
    Status markRetry(qint64 id, int status, const QString &error, qint64 nextAttemptMs);
    Status markFailed(qint64 id, int status, const QString &error, const QDateTime &now);
    // Back to PENDING without counting an attempt: the CRM was paused (401/403) or delivery stopped mid-request.
    Status release(qint64 id, int status, const QString &error);

    // At start-up and shutdown: IN_FLIGHT → PENDING. A crash mid-request re-sends; the idempotency key makes that
    // safe. Returns how many rows were released.
    Result<int> releaseInFlight();

    Result<OutboxSummary> summary(Crm crm);
    Result<QList<OutboxRow>> list(const OutboxFilter &filter);
    Result<std::optional<OutboxDetail>> get(qint64 id);
    // How many open rows wait behind row `id`: rows sharing one of its keys, and rows behind those (capped at 10,000).
    // list() and get() fill OutboxRow::waitingBehind with it for FAILED rows.
    Result<int> waitingBehind(qint64 id);

    // Admin actions (the caller records them in the audit log). retryNow: a FAILED or PENDING row becomes due at
    // `nowMs` with its attempt count reset; discard: a PENDING or FAILED row is dropped for good, with the reason.
    Status retryNow(qint64 id, qint64 nowMs);

    // The failed queue's schedule: FAILED rows of `crm` that failed at or before `failedBeforeMs` and have been
    // re-tried fewer than `maxRetries` times go back to PENDING, due at `nowMs`, with `attemptsBefore` attempts
    // counted (so one more transient failure sends them back). Returns how many.
    Result<int> requeueFailed(Crm crm, qint64 nowMs, qint64 failedBeforeMs, int maxRetries, int attemptsBefore);
    // The failed_ms of the oldest FAILED row of `crm` still under the retry cap (to schedule the next sweep).
    Result<std::optional<qint64>> nextFailedRetryMs(Crm crm, int maxRetries);
    // After the clock was stepped back: PENDING heads of `crm` due after `latestDueMs` become due at `latestDueMs`, and
    // FAILED rows that failed after `nowMs` count as failed at `nowMs` (for the failed queue's schedule). Returns how
    // many rows changed.
    Result<int> clampFuture(Crm crm, qint64 nowMs, qint64 latestDueMs);
    // Recomputes the ready flag of every open row and drops the keys of closed ones (start-up: repairs rows changed
    // outside this class).
    Result<int> refreshReady();
    Status discard(qint64 id, const QString &reason);

    // Cancelling a dispatch: the rows of one event (every CRM), and dropping those that must not be sent any more
    // (→ DISCARDED with the reason; returns how many): PENDING rows that never left the station, and FAILED rows (the
    // CRM refused the dispatch; re-sending a cancelled one is pointless). PENDING rows that were sent once (a
    // timeout, a crash mid-request) stay: the CRM may hold the dispatch, so it gets it and then the cancellation.
    // Call inside the caller's Database::write().
    Result<QList<OutboxRow>> rowsForEvent(const QString &eventId);
    Result<int> discardForCancellation(const QString &eventId, const QString &reason);

    static constexpr int kMaxStoredText = 2000; // response bodies and error texts are cut to this many characters

private:
    Status updateInFlight(qint64 id, const QString &sql, const QVariantList &bindings);
    Database &m_db;
};

} // namespace fb
