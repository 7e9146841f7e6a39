// Schema additions for Stage 2 inward (the tables themselves are in migration 1).
#include "app/storage/Migrations.h"

namespace fb {

Migration migration004Inward()
{
    return {4,
            QStringLiteral("inward: scan-order index, refusal codes, one open draft per station/warehouse/operator"),
            {
                // The next line number is MAX(seq)+1: with this index it costs the same at line 10,000 as at line 1.
                QStringLiteral("CREATE INDEX inward_lines_seq ON inward_lines(draft_id, seq)"),
                // The refusal's stable code, so a resumed draft shows refusals with the right colour and sound.
                QStringLiteral("ALTER TABLE inward_refusals ADD COLUMN code TEXT NOT NULL DEFAULT ''"),
                QStringLiteral("CREATE INDEX inward_refusals_draft ON inward_refusals(draft_id, id)"),
                // The GUI and floorbridge-ctl may open a draft at the same moment: only one of them can create it.
                QStringLiteral("CREATE UNIQUE INDEX inward_drafts_one_open ON inward_drafts(station_id, "
                               "warehouse_code, operator_code) WHERE state = 'OPEN'"),
            }};
}

} // namespace fb
