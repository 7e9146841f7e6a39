#pragma once
// What the window and the core services may ask of the running pull schedule (fb_sync's PullScheduler implements it;
// main() hands it over), so fb_ui and fb_core never include fb_sync.

#include "app/core/Result.h"

#include <QObject>
#include <QString>
#include <QStringList>

namespace fb {

// What is pulled from the new CRM, in the order the Sync page lists it: status changes made there (spare decisions,
// complaint statuses) on the short schedule; master data (GET /api/v2/<resource>) on the long one.
inline QString changesResource()
{
    return QStringLiteral("changes");
}
inline QStringList masterDataResources()
{
    return {QStringLiteral("products"),     QStringLiteral("warehouses"), QStringLiteral("parties"),
            QStringLiteral("technicians"),  QStringLiteral("call-types"), QStringLiteral("parts"),
            QStringLiteral("model-regions")};
}
inline QStringList pullResources()
{
    return QStringList{changesResource()} + masterDataResources();
}

// The schedule as it stands. Times are epoch ms of the injected clock.
struct PullPlan
{
    QString running;             // the resource being pulled now; empty when no pull is under way
    QString blockedReason;       // no address or no token for the new CRM: nothing is pulled until both exist
    qint64 nextChangesMs = 0;    // the next pull of changes; 0 = none scheduled (sync.pull.changes_seconds = 0)
    qint64 nextMasterDataMs = 0; // the next pull of master data; 0 = none scheduled
    int changesFailures = 0;     // failed in a row: the next pull is a retry after a backoff
    int masterDataFailures = 0;
    bool pullNowQueued = false; // Pull now was asked while a pull was under way: it follows that one

    qint64 nextMs(const QString &resource) const
    {
        return resource == changesResource() ? nextChangesMs : nextMasterDataMs;
    }
    bool operator==(const PullPlan &) const = default;
};

class PullControl : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    virtual PullPlan plan() const = 0;
    // Pull everything (master data, then changes) now, or as soon as the pull under way is over — never two at once.
    // Without an address or a token for the new CRM, that reason (nothing is pulled).
    virtual Status pullNow() = 0;

signals:
    // A pull started, a resource finished, the schedule moved.
    void planChanged();
    // A pull committed new data: the resources that brought something (changes, products, …).
    void applied(const QStringList &resources);
};

} // namespace fb
