// Ordering by what an event touches (docs/sync.md, "Ordering"): each outbox row lists its keys — the serials it moves
// and the documents it is about — and waits only for earlier open rows of its CRM that share one. Replaces the single
// ordering_key lane (every stock event of a CRM behind one "stock" key). Also records when a row first left the
// station, so a cancellation knows whether the CRM may hold the dispatch.
#include "app/storage/Migrations.h"

namespace fb {

Migration migration009OrderingKeys()
{
    return {
        9,
        QStringLiteral("outbox: ordering by touched serials and documents; when a row first left"),
        {
            // The keys of open rows only (a row's keys are deleted when it is delivered or discarded), so the table
            // is as small as the backlog and "is anything earlier open on this key" is one index probe per key.
            // A rowid table: as WITHOUT ROWID, Debian 12's SQLite 3.40.1 reports "NULL value in outbox_keys.crm" from
            // PRAGMA integrity_check for every row (a false alarm of that version's check).
            QStringLiteral("CREATE TABLE outbox_keys (outbox_id INTEGER NOT NULL, crm TEXT NOT NULL, key TEXT NOT "
                           "NULL, PRIMARY KEY (outbox_id, key))"),
            QStringLiteral("CREATE INDEX outbox_keys_by_key ON outbox_keys(crm, key, outbox_id)"),
            // Rows open at the upgrade keep their old lane (their ordering key), so nothing queued overtakes.
            QStringLiteral("INSERT INTO outbox_keys(outbox_id, crm, key) SELECT id, crm, ordering_key FROM outbox "
                           "WHERE ordering_key <> '' AND state IN ('PENDING','IN_FLIGHT','FAILED')"),
            // sent_ms: set when a row is first claimed. Rows that may have been sent before this column existed
            // count as sent (a cancellation then goes out rather than being dropped).
            QStringLiteral("ALTER TABLE outbox ADD COLUMN sent_ms INTEGER"),
            QStringLiteral("UPDATE outbox SET sent_ms = created_ms WHERE attempts > 0 OR last_status <> 0 OR "
                           "last_error <> '' OR state IN ('IN_FLIGHT','DELIVERED')"),
            QStringLiteral("DROP TRIGGER outbox_ready_insert"),
            QStringLiteral("DROP TRIGGER outbox_ready_promote"),
            QStringLiteral("DROP INDEX outbox_open_key"),
            // A row leaving the open states: the next open row of each of its keys becomes ready if nothing else
            // earlier holds it, then the row's keys go.
            QStringLiteral(
                "CREATE TRIGGER outbox_keys_close AFTER UPDATE OF state ON outbox WHEN NEW.state IN "
                "('DELIVERED','DISCARDED') AND OLD.state IN ('PENDING','IN_FLIGHT','FAILED') BEGIN "
                "UPDATE outbox SET ready = 1 WHERE ready = 0 AND id IN (SELECT (SELECT MIN(n.outbox_id) FROM "
                "outbox_keys n WHERE n.crm = k.crm AND n.key = k.key AND n.outbox_id > k.outbox_id) FROM outbox_keys k "
                "WHERE k.outbox_id = NEW.id) AND NOT EXISTS (SELECT 1 FROM outbox_keys kx JOIN outbox_keys kp ON "
                "kp.crm = kx.crm AND kp.key = kx.key AND kp.outbox_id < kx.outbox_id WHERE kx.outbox_id = outbox.id "
                "AND kp.outbox_id <> NEW.id); "
                "DELETE FROM outbox_keys WHERE outbox_id = NEW.id; END"),
            QStringLiteral("UPDATE outbox SET ready = NOT EXISTS (SELECT 1 FROM outbox_keys kx JOIN outbox_keys kp ON "
                           "kp.crm = kx.crm AND kp.key = kx.key AND kp.outbox_id < kx.outbox_id WHERE kx.outbox_id = "
                           "outbox.id) WHERE state IN ('PENDING','IN_FLIGHT','FAILED')"),
        },
    };
}

} // namespace fb
