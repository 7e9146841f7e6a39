// Schema for Stage 3 dispatch orders (owned by the dispatch work): the order with its form fields, from draft to
// submitted (DO-… number) to cancelled, and its scanned lines. Every accepted scan is committed at once, like inward.
#include "app/storage/Migrations.h"

namespace fb {

Migration migration002Dispatch()
{
    return {
        2,
        QStringLiteral("dispatch orders"),
        {
            // One row per dispatch, draft or not. The form is kept on the row so a crash keeps what was typed.
            // order_lines: the order's quantities, JSON [{"product_code":"CGSTV32","quantity":2}] ([] = none).
            // payload: the dispatch.submitted body as sent (the challan and a cancellation read it back).
            QStringLiteral(
                "CREATE TABLE dispatch_orders (id INTEGER PRIMARY KEY AUTOINCREMENT, state TEXT NOT NULL CHECK "
                "(state IN ('DRAFT','SUBMITTED','CANCELLED','ABANDONED')), request_id TEXT UNIQUE, "
                "warehouse_code TEXT NOT NULL, order_id TEXT NOT NULL DEFAULT '', distributor_code TEXT NOT NULL "
                "DEFAULT '', party_code TEXT NOT NULL DEFAULT '', bill_to_name TEXT NOT NULL DEFAULT '', "
                "bill_to_code TEXT NOT NULL DEFAULT '', bill_to_gstin TEXT NOT NULL DEFAULT '', bill_to_address "
                "TEXT NOT NULL DEFAULT '', ship_to_name TEXT NOT NULL DEFAULT '', ship_to_code TEXT NOT NULL "
                "DEFAULT '', ship_to_address TEXT NOT NULL DEFAULT '', transporter_name TEXT NOT NULL DEFAULT '', "
                "transport_mode TEXT NOT NULL DEFAULT '', vehicle_no TEXT NOT NULL DEFAULT '', lr_no TEXT NOT "
                "NULL DEFAULT '', eway_bill_no TEXT NOT NULL DEFAULT '', dispatch_datetime TEXT NOT NULL DEFAULT "
                "'', remarks TEXT NOT NULL DEFAULT '', order_lines TEXT NOT NULL DEFAULT '[]', consignment_paise "
                "INTEGER NOT NULL DEFAULT 0, event_id TEXT, payload TEXT, created_at TEXT NOT NULL, submitted_at "
                "TEXT, cancelled_at TEXT, cancel_reason TEXT, cancelled_by TEXT, operator_code TEXT NOT NULL, "
                "station_id TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX dispatch_orders_open ON dispatch_orders(station_id, state, operator_code)"),
            QStringLiteral("CREATE TABLE dispatch_lines (draft_id INTEGER NOT NULL REFERENCES dispatch_orders(id), "
                           "serial TEXT NOT NULL, product_code TEXT NOT NULL, seq INTEGER NOT NULL, scanned_at "
                           "TEXT NOT NULL, source TEXT NOT NULL DEFAULT '', PRIMARY KEY (draft_id, serial))"),
            QStringLiteral("CREATE INDEX dispatch_lines_serial ON dispatch_lines(serial)"),
        }};
}

} // namespace fb
