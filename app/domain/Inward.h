#pragma once
// An inward draft: the serials accepted into a warehouse, the scans refused on the way, and the draft's life from OPEN
// to SUBMITTED (INV-… number) or ABANDONED.

#include <QString>

#include <optional>

namespace fb {

enum class DraftState { Open, Submitted, Abandoned };
QString draftStateName(DraftState state); // "OPEN", "SUBMITTED", "ABANDONED"
std::optional<DraftState> draftStateFromName(const QString &name);

struct InwardLine
{
    QString serial;
    QString productCode;
    int seq = 0;       // 1, 2, 3 … in scan order within the draft (gaps after undo/remove)
    QString scannedAt; // ISO 8601 with offset
    QString source;    // "serial", "wedge", "typed", "file", "ctl" …
    QString warning;   // non-empty when accepted with a warning (serial unknown to the register, warn mode)
};

struct InwardRefusal
{
    qint64 id = 0;
    QString raw;     // what was scanned or typed, as text
    QString code;    // stable code: serial.unknown_product, inward.duplicate, … (see InwardService.h)
    QString message; // what the packer sees
    QString at;
};

struct InwardDraftInfo
{
    qint64 id = 0;
    QString warehouseCode;
    DraftState state = DraftState::Open;
    QString requestId; // INV-… once submitted
    QString createdAt;
    QString submittedAt;
    QString operatorCode;
    QString stationId;
    int lineCount = 0;
};

} // namespace fb
