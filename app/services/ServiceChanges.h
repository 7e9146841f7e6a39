#pragma once
// Applies status changes made in the new CRM (GET /api/v2/changes) to the local records, all of a page and the
// cursor in one transaction. Items (docs/service.md):
//   {"id":"CHG-1","entity":"spare_request","ref":"PR-…","status":"APPROVED"|"REJECTED","reason":"…","by":"…"}
//   {"id":"CHG-2","entity":"complaint","ref":"CMP-…","status":"CLOSED","notes":"…","by":"…"}
// A spare decision is recorded as an approval with source "crm" and forwarded to the legacy CRM only (the new CRM
// made it); a complaint status is recorded as a call update with source "crm". Changes for unknown records, or
// that conflict with the local state (a request already decided), are skipped and counted, never fatal. Each change
// is applied once: its id is kept in applied_changes (migration 10) in the same transaction.

#include "app/core/BrandCalendar.h"
#include "app/core/Clock.h"
#include "app/core/Result.h"
#include "app/services/ActionPipeline.h"

#include <QJsonArray>
#include <QString>
#include <QStringList>

namespace fb {

class Database;

struct ChangesApplied
{
    int applied = 0;
    int skipped = 0;
    QStringList notes; // one line per skipped change, for the log
};

class ServiceChanges
{
public:
    ServiceChanges(Database &db, const Clock &clock);
    static constexpr const char *kCursorName = "changes";
    QString cursor() const; // empty: never pulled
    // One page of items and the cursor to store with them, in one transaction. A change whose id was applied before
    // is skipped. Every item is checked first (check()): one unreadable item applies nothing of the page.
    Result<ChangesApplied> apply(const QJsonArray &items, const QString &cursor);
    // Each item needs id, entity, ref and status as text; updated_at, when sent, an ISO 8601 timestamp with offset. The
    // error names the item and field: "changes[3].updated_at: not a timestamp …" (Error::field
    // "changes[3].updated_at").
    static Status check(const QJsonArray &items);

private:
    Database &m_db;
    BrandClock m_clock; // the injected clock on the brand's calendar
    ActionPipeline m_actions;
};

} // namespace fb
