// Schema for the service desk: complaints, call updates, part requests, approvals, documents, return orders.
#include "app/storage/Migrations.h"

namespace fb {

Migration migration003Service()
{
    return {3,
            QStringLiteral("service desk"),
            {
                // Service master data, pulled from the new CRM (call-types, parts, model-regions).
                QStringLiteral("CREATE TABLE call_types (code TEXT PRIMARY KEY, name TEXT NOT NULL, "
                               "updated_at TEXT NOT NULL)"),
                QStringLiteral("CREATE TABLE parts (code TEXT PRIMARY KEY, name TEXT NOT NULL, class TEXT NOT NULL "
                               "CHECK (class IN ('A','B','C')), price_paise INTEGER NOT NULL DEFAULT 0, "
                               "part_serial_pattern TEXT NOT NULL DEFAULT '', updated_at TEXT NOT NULL)"),
                QStringLiteral("CREATE TABLE model_regions (model TEXT PRIMARY KEY, states TEXT NOT NULL DEFAULT "
                               "'[]', cities TEXT NOT NULL DEFAULT '[]', updated_at TEXT NOT NULL)"),
                QStringLiteral("CREATE TABLE customers (code TEXT PRIMARY KEY, name TEXT NOT NULL, phone TEXT NOT "
                               "NULL, city TEXT NOT NULL, state TEXT NOT NULL, pin_code TEXT NOT NULL, "
                               "updated_at TEXT NOT NULL)"),
                // The customer's fields are copied into the complaint as registered (the customer may move later).
                QStringLiteral(
                    "CREATE TABLE complaints (number TEXT PRIMARY KEY, customer_code TEXT NOT NULL, customer_name "
                    "TEXT NOT NULL, customer_phone TEXT NOT NULL, city TEXT NOT NULL, state TEXT NOT NULL, pin_code "
                    "TEXT NOT NULL, serial TEXT NOT NULL, product_code TEXT NOT NULL, model TEXT NOT NULL, call_type "
                    "TEXT NOT NULL, technician_code TEXT NOT NULL DEFAULT '', status TEXT NOT NULL CHECK (status IN "
                    "('OPEN','ASSIGNED','VISITED','AWAITING_PARTS','RESOLVED','CLOSED','CANCELLED')), description "
                    "TEXT NOT NULL DEFAULT '', serial_override_reason TEXT NOT NULL DEFAULT '', crm_status TEXT NOT "
                    "NULL DEFAULT '', created_at TEXT NOT NULL, created_ms INTEGER NOT NULL, updated_at TEXT NOT "
                    "NULL, operator_code TEXT NOT NULL, station_id TEXT NOT NULL) WITHOUT ROWID"),
                // List and dashboard: newest first overall and within each filter (keyset on created_ms, number).
                QStringLiteral("CREATE INDEX complaints_created ON complaints(created_ms, number)"),
                QStringLiteral("CREATE INDEX complaints_status ON complaints(status, created_ms, number)"),
                // The dashboard: open complaints by status and call type, and by age.
                QStringLiteral("CREATE INDEX complaints_open ON complaints(status, call_type, created_ms)"),
                QStringLiteral("CREATE INDEX complaints_call_type ON complaints(call_type, created_ms, number)"),
                QStringLiteral("CREATE INDEX complaints_technician ON complaints(technician_code, created_ms, number)"),
                QStringLiteral("CREATE INDEX complaints_serial ON complaints(serial, created_ms)"),
                QStringLiteral("CREATE INDEX complaints_customer ON complaints(customer_code, created_ms)"),
                QStringLiteral("CREATE TABLE call_updates (id INTEGER PRIMARY KEY AUTOINCREMENT, complaint_number "
                               "TEXT NOT NULL REFERENCES complaints(number), from_status TEXT NOT NULL, to_status "
                               "TEXT NOT NULL, notes TEXT NOT NULL DEFAULT '', source TEXT NOT NULL DEFAULT 'local' "
                               "CHECK (source IN ('local','crm')), at TEXT NOT NULL, operator_code TEXT NOT NULL, "
                               "station_id TEXT NOT NULL)"),
                QStringLiteral("CREATE INDEX call_updates_complaint ON call_updates(complaint_number, id)"),
                QStringLiteral(
                    "CREATE TABLE part_requests (number TEXT PRIMARY KEY, complaint_number TEXT NOT NULL REFERENCES "
                    "complaints(number), status TEXT NOT NULL CHECK (status IN ('PENDING','APPROVED','REJECTED',"
                    "'ISSUED','REPLACED','CONSUMED')), notes TEXT NOT NULL DEFAULT '', decision_reason TEXT NOT NULL "
                    "DEFAULT '', decided_by TEXT NOT NULL DEFAULT '', decision_source TEXT NOT NULL DEFAULT '', "
                    "created_at TEXT NOT NULL, updated_at TEXT NOT NULL, operator_code TEXT NOT NULL, station_id "
                    "TEXT NOT NULL)"),
                QStringLiteral("CREATE INDEX part_requests_complaint ON part_requests(complaint_number)"),
                QStringLiteral("CREATE INDEX part_requests_status ON part_requests(status, created_at)"),
                QStringLiteral("CREATE TABLE part_request_lines (request_number TEXT NOT NULL REFERENCES "
                               "part_requests(number), seq INTEGER NOT NULL, part_code TEXT NOT NULL, part_name TEXT "
                               "NOT NULL DEFAULT '', part_class TEXT NOT NULL, quantity INTEGER NOT NULL CHECK "
                               "(quantity > 0), part_serials TEXT NOT NULL DEFAULT '[]', PRIMARY KEY "
                               "(request_number, seq))"),
                // One row per part serial on a request line, so "already used on another request" is an index
                // lookup.
                QStringLiteral("CREATE TABLE part_serials (serial TEXT NOT NULL, request_number TEXT NOT NULL, "
                               "part_code TEXT NOT NULL, PRIMARY KEY (serial, request_number))"),
                QStringLiteral("CREATE TABLE approvals (id INTEGER PRIMARY KEY AUTOINCREMENT, request_number TEXT "
                               "NOT NULL REFERENCES part_requests(number), decision TEXT NOT NULL CHECK (decision IN "
                               "('APPROVED','REJECTED')), reason TEXT NOT NULL, decided_by TEXT NOT NULL, source TEXT "
                               "NOT NULL CHECK (source IN ('local','crm')), at TEXT NOT NULL, operator_code TEXT NOT "
                               "NULL, station_id TEXT NOT NULL)"),
                QStringLiteral("CREATE INDEX approvals_request ON approvals(request_number, id)"),
                // Documents by content: the file is <dataDir>/documents/<sha256>.
                QStringLiteral("CREATE TABLE documents (sha256 TEXT PRIMARY KEY, mime TEXT NOT NULL, size INTEGER NOT "
                               "NULL, file_name TEXT NOT NULL, path TEXT NOT NULL, created_at TEXT NOT NULL)"),
                QStringLiteral("CREATE TABLE part_request_documents (id INTEGER PRIMARY KEY AUTOINCREMENT, "
                               "request_number TEXT NOT NULL REFERENCES part_requests(number), action TEXT NOT NULL, "
                               "sha256 TEXT NOT NULL REFERENCES documents(sha256), file_name TEXT NOT NULL, at TEXT "
                               "NOT NULL, operator_code TEXT NOT NULL, station_id TEXT NOT NULL)"),
                QStringLiteral("CREATE INDEX part_request_documents_request ON part_request_documents(request_number)"),
                QStringLiteral("CREATE TABLE return_orders (number TEXT PRIMARY KEY, complaint_number TEXT NOT NULL "
                               "REFERENCES complaints(number), part_request_number TEXT NOT NULL DEFAULT '', reason "
                               "TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL, operator_code TEXT NOT NULL, "
                               "station_id TEXT NOT NULL)"),
                QStringLiteral("CREATE INDEX return_orders_complaint ON return_orders(complaint_number)"),
                QStringLiteral("CREATE TABLE return_order_lines (order_number TEXT NOT NULL REFERENCES "
                               "return_orders(number), seq INTEGER NOT NULL, kind TEXT NOT NULL CHECK (kind IN "
                               "('PART','UNIT')), part_code TEXT NOT NULL DEFAULT '', part_class TEXT NOT NULL "
                               "DEFAULT '', serial TEXT NOT NULL DEFAULT '', quantity INTEGER NOT NULL DEFAULT 1, "
                               "PRIMARY KEY (order_number, seq))"),
                QStringLiteral("CREATE INDEX return_order_lines_serial ON return_order_lines(serial)"),
            }};
}

} // namespace fb
