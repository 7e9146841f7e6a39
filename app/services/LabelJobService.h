#pragma once
// Who printed which serial labels, when and where: every print and reprint of a Stage 1 label goes through here, so
// a second label for a unit (a duplicate stuck on another box) can always be traced in the audit log.

#include "app/core/Result.h"
#include "app/domain/Actor.h"
#include "app/services/ActionPipeline.h"
#include "app/storage/AuditLog.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace fb {

class Clock;
class Database;

enum class LabelJobKind {
    Print,   // labels for serials just generated (audit action "label.print")
    Reprint, // another label for serials printed before, or looked up (audit action "label.reprint")
};

QString labelJobAction(LabelJobKind kind); // "label.print", "label.reprint"

struct LabelJob
{
    LabelJobKind kind = LabelJobKind::Print;
    QStringList serials;
    QString destination; // the printer's name, or the PDF file
};

class LabelJobService
{
    Q_DECLARE_TR_FUNCTIONS(fb::LabelJobService)

public:
    LabelJobService(Database &db, const Clock &clock);

    // Ok when `actor` may print labels (Permission::GenerateSerials) for every one of `serials`, all of them in the
    // serial register. Refused: auth.*, label.none, label.unknown_serial (naming the serial).
    Status check(const Actor &actor, const QStringList &serials) const;
    // Checks again, then appends one audit entry per serial (subject: the serial; details: how many labels in the
    // job and where they went), all in one transaction.
    Status record(const Actor &actor, const LabelJob &job);
    // The label jobs of one serial, oldest first (for the serial lookup; Permission::Lookup).
    Result<QList<AuditEntry>> history(const Actor &actor, const QString &serial) const;

private:
    Database &m_db;
    ActionPipeline m_actions;
};

} // namespace fb
