#include "app/storage/Migrations.h"

namespace fb {

// Never edit a released migration: add a new one. Times are ISO 8601 text with offset; money is integer paise.
const QList<Migration> &migrations()
{
    static const QList<Migration> list = {
        {1,
         QStringLiteral("foundation: settings, operators, audit, master data, serial register, outbox"),
         {
             QStringLiteral("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
             QStringLiteral(
                 "CREATE TABLE operators (code TEXT PRIMARY KEY, name TEXT NOT NULL, role TEXT NOT NULL "
                 "CHECK (role IN ('warehouse','technician','supervisor','admin')), pin_hash BLOB NOT NULL, "
                 "pin_salt BLOB NOT NULL, pin_iterations INTEGER NOT NULL, failed_attempts INTEGER NOT NULL DEFAULT 0, "
                 "locked_until TEXT, active INTEGER NOT NULL DEFAULT 1, created_at TEXT NOT NULL, "
                 "operator_code TEXT NOT NULL, station_id TEXT NOT NULL)"),
             // Append-only: the triggers make any rewrite of history fail, whoever tries it.
             QStringLiteral("CREATE TABLE audit_log (id INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT NOT NULL, "
                            "operator_code TEXT NOT NULL, station_id TEXT NOT NULL, action TEXT NOT NULL, "
                            "subject TEXT NOT NULL DEFAULT '', details TEXT NOT NULL DEFAULT '')"),
             QStringLiteral("CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
                            "BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END"),
             QStringLiteral("CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log "
                            "BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END"),
             // Master data, pulled from the new CRM.
             QStringLiteral(
                 "CREATE TABLE products (id TEXT PRIMARY KEY, code TEXT NOT NULL UNIQUE, name TEXT NOT NULL, "
                 "models TEXT NOT NULL DEFAULT '[]', price_paise INTEGER NOT NULL DEFAULT 0, "
                 "gtin TEXT NOT NULL DEFAULT '', updated_at TEXT NOT NULL)"),
             QStringLiteral("CREATE TABLE warehouses (code TEXT PRIMARY KEY, name TEXT NOT NULL, city TEXT NOT NULL "
                            "DEFAULT '', state TEXT NOT NULL DEFAULT '', updated_at TEXT NOT NULL)"),
             QStringLiteral("CREATE TABLE parties (code TEXT PRIMARY KEY, kind TEXT NOT NULL CHECK (kind IN "
                            "('party','distributor')), name TEXT NOT NULL, gstin TEXT NOT NULL DEFAULT '', "
                            "address TEXT NOT NULL DEFAULT '', city TEXT NOT NULL DEFAULT '', state TEXT NOT NULL "
                            "DEFAULT '', pin_code TEXT NOT NULL DEFAULT '', distributor_code TEXT NOT NULL DEFAULT '', "
                            "ship_to TEXT NOT NULL DEFAULT '[]', updated_at TEXT NOT NULL)"),
             QStringLiteral("CREATE TABLE technicians (code TEXT PRIMARY KEY, name TEXT NOT NULL, city TEXT NOT NULL "
                            "DEFAULT '', state TEXT NOT NULL DEFAULT '', active INTEGER NOT NULL DEFAULT 1, "
                            "updated_at TEXT NOT NULL)"),
             QStringLiteral("CREATE TABLE sync_cursors (name TEXT PRIMARY KEY, cursor TEXT NOT NULL, "
                            "pulled_at TEXT NOT NULL)"),
             // The serial register: one row per unit, plus an append-only movement history.
             QStringLiteral("CREATE TABLE serials (serial TEXT PRIMARY KEY, product_code TEXT NOT NULL, "
                            "made_on TEXT NOT NULL, running_no INTEGER NOT NULL, state TEXT NOT NULL CHECK (state IN "
                            "('GENERATED','IN_STOCK','DISPATCHED','RETURNED')), warehouse_code TEXT, party_code TEXT, "
                            "ref TEXT, updated_at TEXT NOT NULL, operator_code TEXT NOT NULL, station_id TEXT NOT NULL)"
                            " WITHOUT ROWID"),
             QStringLiteral("CREATE TABLE movements (id INTEGER PRIMARY KEY AUTOINCREMENT, serial TEXT NOT NULL, "
                            "kind TEXT NOT NULL, from_state TEXT, to_state TEXT NOT NULL, warehouse_code TEXT, "
                            "party_code TEXT, ref TEXT, at TEXT NOT NULL, operator_code TEXT NOT NULL, "
                            "station_id TEXT NOT NULL)"),
             QStringLiteral("CREATE INDEX movements_serial ON movements(serial, id)"),
             // Running numbers: the next number this station will use per product per day (see docs/serials.md).
             QStringLiteral("CREATE TABLE serial_counters (product_code TEXT NOT NULL, day TEXT NOT NULL, "
                            "next_no INTEGER NOT NULL, PRIMARY KEY (product_code, day))"),
             // Document numbers (INV-…, DO-…, complaint numbers): per prefix per day, station-owned block.
             QStringLiteral("CREATE TABLE doc_counters (prefix TEXT NOT NULL, day TEXT NOT NULL, "
                            "next_no INTEGER NOT NULL, PRIMARY KEY (prefix, day))"),
             // The outbox: one row per event per target CRM, written in the same transaction as the business change.
             QStringLiteral(
                 "CREATE TABLE outbox (id INTEGER PRIMARY KEY AUTOINCREMENT, crm TEXT NOT NULL CHECK (crm IN "
                 "('legacy','new')), event_type TEXT NOT NULL, event_id TEXT NOT NULL, idempotency_key TEXT NOT NULL "
                 "UNIQUE, ordering_key TEXT NOT NULL, payload TEXT NOT NULL, state TEXT NOT NULL DEFAULT 'PENDING' "
                 "CHECK (state IN ('PENDING','IN_FLIGHT','DELIVERED','FAILED','DISCARDED')), attempts INTEGER NOT "
                 "NULL DEFAULT 0, next_attempt_at INTEGER NOT NULL, last_error TEXT NOT NULL DEFAULT '', "
                 "last_status INTEGER NOT NULL DEFAULT 0, response TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL, "
                 "created_ms INTEGER NOT NULL, delivered_at TEXT, delivered_ms INTEGER, failed_at TEXT, "
                 "operator_code TEXT NOT NULL, station_id TEXT NOT NULL)"),
             QStringLiteral("CREATE INDEX outbox_due ON outbox(crm, state, next_attempt_at)"),
             QStringLiteral("CREATE INDEX outbox_key ON outbox(crm, ordering_key, id)"),
             // Inward drafts: every accepted scan is committed at once, so a crash loses nothing.
             QStringLiteral("CREATE TABLE inward_drafts (id INTEGER PRIMARY KEY AUTOINCREMENT, warehouse_code TEXT "
                            "NOT NULL, state TEXT NOT NULL CHECK (state IN ('OPEN','SUBMITTED','ABANDONED')), "
                            "request_id TEXT UNIQUE, created_at TEXT NOT NULL, submitted_at TEXT, "
                            "operator_code TEXT NOT NULL, station_id TEXT NOT NULL)"),
             QStringLiteral("CREATE TABLE inward_lines (draft_id INTEGER NOT NULL REFERENCES inward_drafts(id), "
                            "serial TEXT NOT NULL, product_code TEXT NOT NULL, seq INTEGER NOT NULL, "
                            "scanned_at TEXT NOT NULL, source TEXT NOT NULL DEFAULT '', warning TEXT NOT NULL "
                            "DEFAULT '', PRIMARY KEY (draft_id, serial))"),
             QStringLiteral("CREATE INDEX inward_lines_serial ON inward_lines(serial)"),
             QStringLiteral("CREATE TABLE inward_refusals (id INTEGER PRIMARY KEY AUTOINCREMENT, draft_id INTEGER "
                            "NOT NULL, raw TEXT NOT NULL, reason TEXT NOT NULL, at TEXT NOT NULL)"),
         }},
        migration002Dispatch(),
        migration003Service(),
        migration004Inward(),
        migration005Sync(),
        migration006AuditSubject(),
        migration007SyncHistory(),
        migration008PullStatus(),
        migration009OrderingKeys(),
        migration010AppliedChanges(),
    };
    return list;
}

} // namespace fb
