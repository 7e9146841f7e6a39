#pragma once
// Reconciliation (seed 003's daily "CRM — WMS — ERP" report): what this station moved against what each CRM
// acknowledged and, for the new CRM, what it says it holds per serial. Read-only apart from one audit entry; works in
// batches (outbox rows by id, the register by serial, the CRM's answers page by page), so 100,000 serials cost
// time, not memory. HTTP stays in fb_sync: the new CRM's answers come through a CrmSerialSource.

#include "app/core/Clock.h"
#include "app/core/Crm.h"
#include "app/core/Result.h"
#include "app/domain/Actor.h"
#include "app/services/ActionPipeline.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace fb {

class Database;

enum class MismatchKind {
    // (a) the outbox against each CRM's acknowledgements
    Pending,        // the event is still waiting to be delivered
    Failed,         // the event is in the failed queue
    Discarded,      // an admin discarded the event: the CRM never got it
    AnswerMismatch, // delivered, but the CRM's answer does not acknowledge this event
    // (b) the register against what the new CRM reports
    MissingAtCrm,    // the register has the serial, the CRM does not
    StateDiffers,    // both have it, in different states
    LocationDiffers, // same state, different warehouse (IN_STOCK) or party (DISPATCHED)
    UnknownLocally,  // the CRM says this station moved it; the register has no such serial
};
QString mismatchKindName(MismatchKind kind); // "pending", "failed", … "unknown_locally" (stable, for scripts)
std::optional<MismatchKind> mismatchKindFromName(const QString &name);
const QList<MismatchKind> &allMismatchKinds();

struct Mismatch
{
    QString serial;
    Crm crm = Crm::New;
    MismatchKind kind = MismatchKind::Pending;
    QString localValue;  // what this station holds / sent ("DISPATCHED to RET123", "dispatch.submitted DO-…")
    QString crmValue;    // what the CRM holds / answered ("IN_STOCK at WH001", "not known", "")
    qint64 outboxId = 0; // the outbox row at fault, 0 when none
    QString hint;        // what to do about it
};

// One serial as the CRM reports it.
struct CrmSerialState
{
    QString serial;
    QString productCode;
    QString state; // GENERATED, IN_STOCK, DISPATCHED, RETURNED
    QString warehouseCode;
    QString partyCode;
    QString stationId; // the station whose event last moved it
    QString eventType;
    QString ref;
    QString updatedAt;
};

struct CrmSerialPage
{
    QList<CrmSerialState> items;
    bool hasMore = false;
};

// What a CRM says it holds per serial; fb_sync implements it over HTTP (NewCrmSerials), tests may fake it.
// Errors are messages for the user (unreachable, token refused, a malformed answer naming the field).
class CrmSerialSource
{
public:
    virtual ~CrmSerialSource() = default;
    // The states of those of `serials` the CRM knows (at most maxQuery() at once); unknown ones are left out.
    virtual Result<QList<CrmSerialState>> query(const QStringList &serials) = 0;
    // Up to `pageSize` of the serials whose events came from `stationId`, in serial order, after `after` (empty:
    // from the first). Keyset paging: stable while the CRM changes, and cheap for the CRM at any depth.
    virtual Result<CrmSerialPage> page(const QString &stationId, const QString &after, int pageSize) = 0;
    virtual int maxQuery() const { return 500; }
};

struct ReconcileOptions
{
    QList<Crm> crms = allCrms();
    int batchSize = 500; // outbox rows / serials per batch
};

struct CrmReconcileCounts
{
    int eventsChecked = 0;      // stock events in the outbox for this CRM
    int serialsChecked = 0;     // register serials compared with the CRM's state (new CRM)
    int crmSerialsChecked = 0;  // serials the CRM attributes to this station (new CRM)
    bool stateCompared = false; // the CRM's own state was read (new CRM with a source)
    QMap<MismatchKind, int> mismatches;
    int total() const;
};

struct ReconcileReport
{
    QString startedAt;
    QString stationId;
    QMap<Crm, CrmReconcileCounts> crms;
    int mismatchCount() const;
};

class ReconciliationService
{
    Q_DECLARE_TR_FUNCTIONS(fb::Reconciliation)

public:
    ReconciliationService(Database &db, const Clock &clock);

    using Sink = std::function<void(const Mismatch &)>;

    // Needs Permission::ViewAudit (supervisors, admins). `newCrm` may be null: the new CRM is then compared on its
    // acknowledgements only. Each mismatch goes to `sink` as it is found; on an error (a CRM unreachable, a
    // malformed answer) the run stops and returns the error, so a caller writing a file can leave it unwritten.
    Result<ReconcileReport> run(const Actor &actor, const ReconcileOptions &options, CrmSerialSource *newCrm,
                                const Sink &sink);
    // The same, collecting the mismatches (for the GUI and tests).
    Result<std::pair<ReconcileReport, QList<Mismatch>>>
    runAndCollect(const Actor &actor, const ReconcileOptions &options, CrmSerialSource *newCrm);

private:
    Database &m_db;
    const Clock &m_clock;
    ActionPipeline m_actions;
};

} // namespace fb
