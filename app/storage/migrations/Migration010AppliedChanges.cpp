// The ids of the new CRM's changes (GET /api/v2/changes) this station has applied, so a change pulled twice — a
// cursor stored before a crash, a CRM that re-sends a page — is applied once and its event queued once.
#include "app/storage/Migrations.h"

namespace fb {

Migration migration010AppliedChanges()
{
    return {
        10,
        QStringLiteral("applied CRM change ids"),
        {
            // change_id: the CRM's id ("CHG-…"); entity/ref: what it was about; applied_at: ISO 8601 with offset.
            QStringLiteral("CREATE TABLE applied_changes (change_id TEXT PRIMARY KEY, entity TEXT NOT NULL, "
                           "ref TEXT NOT NULL, updated_at TEXT NOT NULL, applied_at TEXT NOT NULL) WITHOUT ROWID"),
        },
    };
}

} // namespace fb
