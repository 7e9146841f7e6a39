#pragma once
// Pulls from the new CRM while the window runs, so nobody has to run floorbridge-ctl pull: the changes made there
// (spare decisions, complaint statuses) every sync.pull.changes_seconds (default 60), master data every
// sync.pull.masterdata_minutes (default 60), and everything on demand (pullNow). Owned by the running application;
// the window sees it as a PullControl.
//
// The pulls run on their own thread (PullWorker: own connection, own network manager), one at a time. A failed pull
// is retried after an exponential backoff with full jitter (sync.backoff.*, as delivery); offline it simply keeps
// trying, further apart. Without an address or a token for the new CRM nothing is asked and the plan says why — no
// failures, no retries — until both exist (a token stored with floorbridge-ctl credentials set is picked up through
// sync.new.credentials_changed_at). Times come from the injected Clock: the timer only decides how often the schedule
// is looked at, so tests move the clock and call tick().

#include "app/core/Clock.h"
#include "app/core/CredentialStore.h"
#include "app/core/PullControl.h"
#include "app/core/SyncControl.h"
#include "sync/delivery/DeliveryLoop.h"
#include "sync/pull/PullRunner.h"
#include "sync/pull/PullSettings.h"

#include <QPointer>
#include <QRandomGenerator>
#include <QThread>
#include <QTimer>

#include <array>
#include <optional>

namespace fb {

class PullWorker;
class SettingsStore;

class PullScheduler : public PullControl
{
    Q_OBJECT
public:
    static constexpr int kDefaultTickMs = 1000;
    static constexpr qint64 kTokenRecheckMs = 60LL * 1000; // without a token, the keychain is asked again this often

    // `settings` is the station's (kept fresh by SyncEngine's periodic check; read here, never reloaded, so that
    // check still sees every change). `credentials` is read on this (the main) thread.
    PullScheduler(QString dbPath, SettingsStore &settings, CredentialStore &credentials, const Clock &clock,
                  QObject *parent = nullptr);
    ~PullScheduler() override;

    // Before start(): the worker's network (tests pass a fake).
    void setNetworkFactory(NetworkFactory factory) { m_networkFactory = std::move(factory); }
    // Woken after a pull applied something (a spare decision taken in the CRM goes on to the legacy CRM).
    void setSyncControl(SyncControl *sync) { m_sync = sync; }
    // How often the schedule is looked at (default 1 s); 0 = only when tick() is called.
    void setTickMs(int ms);
    // Tests: the backoff's jitter.
    void setRandomSeed(quint32 seed) { m_random.seed(seed); }

    // Starts the pull thread. Changes are due at once; master data when the last complete pull recorded in
    // pull_status (by this window or floorbridge-ctl pull) is older than its interval.
    Status start();
    // Drops a pull under way (nothing is half-applied) and joins the thread. Safe to call twice.
    void stop();
    bool isRunning() const { return m_worker != nullptr; }
    bool isPulling() const { return m_pulling.has_value(); }

    PullPlan plan() const override;
    Status pullNow() override;

public slots:
    // Looks at the schedule now: starts what is due unless a pull is under way. The timer calls it.
    void tick();

signals:
    // Every pull's report, after pull_status is written (tests, logs).
    void pullFinished(const fb::PullRunReport &report);

private:
    enum Part { Changes, MasterData };
    struct PartState
    {
        qint64 lastMs = -1; // when it last finished (succeeded or failed); -1: never
        int failures = 0;   // in a row; > 0: the next pull is at retryAtMs
        qint64 retryAtMs = 0;
    };

    qint64 nowMs() const { return m_clock.now().toMSecsSinceEpoch(); }
    qint64 intervalMs(Part part) const;
    qint64 dueMs(Part part) const; // 0: not scheduled
    std::optional<PullJob> dueJob(qint64 now) const;
    QString blockedReason(qint64 now, bool rereadToken);
    void readToken(qint64 now);
    void readSettings();
    void launch(PullJob job);
    void settle(Part part, std::optional<bool> ok, qint64 now);
    void publish();
    void onResourceStarted(const QString &resource);
    void onResourceFinished(const fb::ResourcePull &result);
    void onWorkerFinished(const fb::PullRunReport &report);

    QString m_dbPath;
    SettingsStore &m_settings;
    CredentialStore &m_credentials;
    const Clock &m_clock;
    NetworkFactory m_networkFactory;
    QPointer<SyncControl> m_sync;
    QThread m_thread;
    PullWorker *m_worker = nullptr; // lives in m_thread
    QTimer m_timer;
    QRandomGenerator m_random;
    PullSettings m_current;
    QStringList m_problemsLogged;
    std::array<PartState, 2> m_parts;
    qint64 m_startedMs = 0;
    std::optional<PullJob> m_pulling;
    QString m_runningResource;
    bool m_pullNowQueued = false;
    QString m_blocked;
    QString m_token;
    std::optional<Error> m_tokenError; // why the store gave no token
    QString m_credentialsSeen;
    qint64 m_tokenReadMs = 0;
    bool m_inTick = false;
    PullPlan m_published;
};

} // namespace fb
