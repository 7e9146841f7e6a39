// Schema for the hardened sync engine: head-of-key flag kept by triggers (claiming without scanning the backlog),
// failed-queue schedule columns, per-attempt metrics, and indexes that keep the health summary cheap.
#include "app/storage/Migrations.h"

namespace fb {

Migration migration005Sync()
{
    return {
        5,
        QStringLiteral("sync: head-of-key flag, failed-queue schedule, attempt metrics, summary indexes"),
        {
            // ready = 1: the row is the first open (PENDING / IN_FLIGHT / FAILED) row of its CRM and ordering key, or
            // has no ordering key. Claiming reads only ready rows, so a backlog of 20,000 rows queued behind their
            // heads costs nothing per claim.
            QStringLiteral("ALTER TABLE outbox ADD COLUMN ready INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("ALTER TABLE outbox ADD COLUMN failed_ms INTEGER"),
            QStringLiteral("ALTER TABLE outbox ADD COLUMN failed_retries INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("CREATE INDEX outbox_open_key ON outbox(crm, ordering_key, id) WHERE state IN "
                           "('PENDING','IN_FLIGHT','FAILED')"),
            QStringLiteral("UPDATE outbox SET ready = 1 WHERE ordering_key = '' OR id IN (SELECT MIN(id) FROM outbox "
                           "WHERE state IN ('PENDING','IN_FLIGHT','FAILED') GROUP BY crm, ordering_key)"),
            // A new row is ready when nothing of its key is open before it.
            QStringLiteral("CREATE TRIGGER outbox_ready_insert AFTER INSERT ON outbox BEGIN UPDATE outbox SET ready = "
                           "(NEW.ordering_key = '' OR NOT EXISTS (SELECT 1 FROM outbox p WHERE p.crm = NEW.crm AND "
                           "p.ordering_key = NEW.ordering_key AND p.id < NEW.id AND p.state IN "
                           "('PENDING','IN_FLIGHT','FAILED'))) WHERE id = NEW.id; END"),
            // A row that leaves the open states hands the head of its key to the next open row.
            QStringLiteral("CREATE TRIGGER outbox_ready_promote AFTER UPDATE OF state ON outbox WHEN NEW.state IN "
                           "('DELIVERED','DISCARDED') AND OLD.state IN ('PENDING','IN_FLIGHT','FAILED') AND "
                           "NEW.ordering_key <> '' BEGIN UPDATE outbox SET ready = 1 WHERE id = (SELECT MIN(id) FROM "
                           "outbox WHERE crm = NEW.crm AND ordering_key = NEW.ordering_key AND state IN "
                           "('PENDING','IN_FLIGHT','FAILED')); END"),
            QStringLiteral("CREATE INDEX outbox_ready_due ON outbox(crm, next_attempt_at, id) WHERE ready = 1 AND "
                           "state = 'PENDING'"),
            // Summary figures in O(log n): oldest open row, last success, last error, failed queue by age.
            QStringLiteral("CREATE INDEX outbox_waiting_age ON outbox(crm, created_ms) WHERE state IN "
                           "('PENDING','IN_FLIGHT')"),
            QStringLiteral("CREATE INDEX outbox_delivered_at ON outbox(crm, delivered_ms) WHERE state = 'DELIVERED'"),
            QStringLiteral("CREATE INDEX outbox_last_error ON outbox(crm, id) WHERE state IN "
                           "('PENDING','IN_FLIGHT','FAILED') AND last_error <> ''"),
            QStringLiteral("CREATE INDEX outbox_failed_since ON outbox(crm, failed_ms) WHERE state = 'FAILED'"),
            // Terminal states are counted as they happen, so the summary never counts 100,000 delivered rows.
            QStringLiteral("CREATE TABLE outbox_counts (crm TEXT NOT NULL, state TEXT NOT NULL, n INTEGER NOT NULL, "
                           "PRIMARY KEY (crm, state))"),
            QStringLiteral("INSERT INTO outbox_counts(crm, state, n) SELECT crm, state, COUNT(*) FROM outbox WHERE "
                           "state IN ('DELIVERED','DISCARDED') GROUP BY crm, state"),
            QStringLiteral("CREATE TRIGGER outbox_count_terminal AFTER UPDATE OF state ON outbox WHEN NEW.state IN "
                           "('DELIVERED','DISCARDED') AND OLD.state <> NEW.state BEGIN INSERT INTO "
                           "outbox_counts(crm, state, n) VALUES (NEW.crm, NEW.state, 1) ON CONFLICT(crm, state) DO "
                           "UPDATE SET n = n + 1; END"),
            // One row per answer (or mapping failure): latency percentiles and error rate. Pruned by age.
            QStringLiteral("CREATE TABLE sync_attempts (id INTEGER PRIMARY KEY AUTOINCREMENT, crm TEXT NOT NULL, "
                           "outbox_id INTEGER NOT NULL, status INTEGER NOT NULL, outcome TEXT NOT NULL, latency_ms "
                           "INTEGER NOT NULL, at_ms INTEGER NOT NULL)"),
            QStringLiteral("CREATE INDEX sync_attempts_at ON sync_attempts(crm, at_ms)"),
        }};
}

} // namespace fb
