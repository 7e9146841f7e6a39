#pragma once
// One pull from the new CRM, the same wherever it runs (the window's schedule on its pull thread, floorbridge-ctl
// pull): master data — MasterDataPuller for products, warehouses, parties and technicians (all or nothing), then
// ChangesPuller for call-types, parts and model-regions, one at a time — and/or the changes made in the CRM. Each
// resource's outcome goes to pull_status as it finishes. A failure ends that part (master data or changes) with its
// reason recorded; what came before stays applied, and the other part still runs.

#include "app/core/Clock.h"
#include "app/core/Result.h"
#include "sync/pull/ChangesPuller.h"

#include <QList>
#include <QMetaType>
#include <QObject>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace fb {

class Database;
class MasterDataPuller;

enum class PullJob { Changes, MasterData, Everything };

struct PullTarget
{
    QUrl url;      // crm.new.url
    QString token; // the new CRM's token, read by the caller (on the main thread: QtKeychain's jobs live there)
    int timeoutMs = 15000;
    int pageSize = 100; // master data page size
};

struct ResourcePull
{
    QString resource;
    int applied = 0;      // items applied (master data upserted, changes applied)
    qint64 elapsedMs = 0; // how long its requests and writes took
    std::optional<Error> error;

    bool ok() const { return !error.has_value(); }
};

struct PullRunReport
{
    PullJob job = PullJob::Everything;
    QList<ResourcePull> resources; // in the order pulled; a resource after a failure is missing
    std::optional<Error> blocked;  // no address or no token: nothing was asked

    bool ok() const;
    const ResourcePull *find(const QString &resource) const;
    // The first failure (or the block), if any.
    std::optional<Error> firstError() const;
    // Resources that brought something.
    QStringList applied() const;
    // true / false when that part ran to its end / failed; nothing when it was not part of this pull.
    std::optional<bool> changesOk() const;
    std::optional<bool> masterDataOk() const;
};

class PullRunner : public QObject
{
    Q_OBJECT
public:
    // The database and the network manager must belong to the caller's thread.
    PullRunner(Database &db, QNetworkAccessManager &nam, const Clock &clock, QObject *parent = nullptr);
    ~PullRunner() override;

    // Asynchronous: resourceStarted / resourceFinished as it goes, then finished() once (see report()).
    void start(PullJob job, const PullTarget &target);
    bool isRunning() const { return m_running; }
    const PullRunReport &report() const { return m_report; }

    // Blocking, for floorbridge-ctl: start() and wait in a local event loop.
    PullRunReport run(PullJob job, const PullTarget &target);

    static QStringList resources(PullJob job);

signals:
    void resourceStarted(const QString &resource);
    void resourceFinished(const fb::ResourcePull &result);
    void finished();

private:
    void next();
    void pullCoreMasterData();
    void pullServiceResource(const QString &resource);
    void pullChanges();
    ChangesPuller &changesPuller();
    // Starts timing `resource`; the handler records its outcome and moves on to the next step.
    std::function<void(Result<PullReport>)> whenPulled(const QString &resource);
    void record(const ResourcePull &result, bool logFailure = true);
    void skipRestOfMasterData();
    void finish();

    Database &m_db;
    QNetworkAccessManager &m_nam;
    const Clock &m_clock;
    PullTarget m_target;
    QStringList m_steps; // "core" (the four MasterDataPuller resources), a service resource, "changes"
    PullRunReport m_report;
    std::unique_ptr<MasterDataPuller> m_masterData;
    std::unique_ptr<ChangesPuller> m_changes;
    bool m_running = false;
};

} // namespace fb

Q_DECLARE_METATYPE(fb::ResourcePull)
Q_DECLARE_METATYPE(fb::PullRunReport)
