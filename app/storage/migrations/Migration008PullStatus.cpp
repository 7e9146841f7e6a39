// What each pull from the new CRM last did, per resource, so the Sync page shows it after a restart and the pull
// schedule knows when master data was last brought in (by the window or by floorbridge-ctl pull).
#include "app/storage/Migrations.h"

namespace fb {

Migration migration008PullStatus()
{
    return {
        8,
        QStringLiteral("pull status per resource"),
        {
            // attempted_at / succeeded_at: ISO 8601 with offset; applied: items the last successful pull brought;
            // error: why the last attempt failed (empty when it succeeded); failures: failed attempts in a row.
            QStringLiteral("CREATE TABLE pull_status (resource TEXT PRIMARY KEY, attempted_at TEXT NOT NULL, "
                           "succeeded_at TEXT NOT NULL DEFAULT '', applied INTEGER NOT NULL DEFAULT 0, "
                           "error TEXT NOT NULL DEFAULT '', failures INTEGER NOT NULL DEFAULT 0, "
                           "elapsed_ms INTEGER NOT NULL DEFAULT 0)"),
        },
    };
}

} // namespace fb
