#pragma once
// The delivery loop: per CRM, claims due head-of-key outbox rows (up to the concurrency), sends them, and records
// each answer (delivered / retry later with backoff / pause the CRM / failed with the CRM's message).
//
// It owns its own database connection and QNetworkAccessManager, both created in start(): SyncEngine moves it to a
// thread of its own and drives it through queued calls; tests may run it on their own thread. It never touches the
// keychain or the station settings: tokens, settings and pauses are handed in, pauses it decides are signalled out
// (SyncEngine persists them), so only one thread ever writes the settings.

#include "app/core/Clock.h"
#include "app/core/Crm.h"
#include "app/storage/OutboxStore.h"
#include "app/storage/SyncMetrics.h"
#include "sync/delivery/Backoff.h"
#include "sync/mapping/PayloadMapping.h"

#include <QElapsedTimer>
#include <QHash>
#include <QLockFile>
#include <QObject>
#include <QPointer>
#include <QRandomGenerator>
#include <QTimer>
#include <QUrl>

#include <array>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QNetworkAccessManager;
class QNetworkReply;

namespace fb {

class CrmClient;
class Database;
class PayloadMapping;
class SettingsStore;

struct DeliverySettings
{
    int maxAttempts = 10;
    BackoffPolicy backoff;
    int timeoutMs = 15000;
    int concurrency = 4;                  // requests in flight per CRM
    int pollMs = 1000;                    // safety net: look for due rows this often even without a wake()
    qint64 failedRetryMs = 3600LL * 1000; // the failed queue is re-tried this long after a row failed (seed 001: 1 h)
    int failedRetryCap = 24;              // … at most this many times per row; then only an admin can retry it
    std::array<QUrl, 2> urls;
    std::array<double, 2> ratePerSecond{0.0, 0.0}; // requests per second per CRM; 0 = no limit

    QUrl url(Crm crm) const { return urls[static_cast<size_t>(crm)]; }
    double rate(Crm crm) const { return ratePerSecond[static_cast<size_t>(crm)]; }
    // crm.<crm>.url and sync.* from the station settings, defaults where unset or unreadable.
    static DeliverySettings fromSettings(const SettingsStore &settings);
};

// What the admin sees per CRM.
struct CrmStatus
{
    Crm crm = Crm::Legacy;
    bool running = false;     // the loop is started
    QString pausedReason;     // 401/403 or an admin's pause: nothing is sent until resumed
    QString blockedReason;    // no token, no URL or an unusable mapping: nothing can be sent
    OutboxSummary summary;    // backlog, failed queue, last success, last error
    SyncFigures figures;      // request latency p50/p95 and error rate over the last hour
    qint64 lastAttemptMs = 0; // wall-clock epoch ms of the last answer (0: none since start)
    bool delivering() const { return running && pausedReason.isEmpty() && blockedReason.isEmpty(); }
};

using NetworkFactory = std::function<std::unique_ptr<QNetworkAccessManager>()>;

class DeliveryLoop : public QObject
{
    Q_OBJECT
public:
    // `networkFactory` makes the loop's QNetworkAccessManager in start() (tests pass a fake); empty = a real one.
    DeliveryLoop(QString dbPath, DeliverySettings settings, const Clock &clock, NetworkFactory networkFactory = {},
                 QObject *parent = nullptr);
    ~DeliveryLoop() override;

    // Before start() or from the loop's own thread (SyncEngine queues these).
    // An empty token blocks the CRM, with `missingReason` (the keychain's message) for the admin.
    void setToken(Crm crm, const QString &token, const QString &missingReason = {});
    void setPaused(Crm crm, const QString &reason); // empty: resume
    void setSettings(const DeliverySettings &settings);
    void setRandomSeed(quint32 seed) { m_random.seed(seed); }

    // Opens the loop's connection and takes the station's delivery lock (<db>.delivery.lock). With the lock it puts
    // rows left IN_FLIGHT by a crash back to PENDING and starts delivering; without it (another process is
    // delivering for this station) it sends nothing, reports why as each CRM's blockedReason, and tries the lock
    // again at every poll — a process that died (even by SIGKILL) leaves a stale lock that is taken over.
    Status start();
    bool holdsLock() const { return m_active; }
    // <db>.delivery.lock beside the database's canonical path, so two spellings of one database (a symlink, "./",
    // "..") share one lock.
    static QString lockPath(const QString &dbPath);
    // Aborts requests in flight (their rows go back to PENDING: the next start re-sends them under the same
    // idempotency key), stops the timers, closes the connection.
    void stop();
    bool isRunning() const { return m_db != nullptr; }
    CrmStatus status(Crm crm);

public slots:
    // Look for due rows now (the app calls it after committing an action that enqueued events).
    void wake();

signals:
    void crmStatusChanged(fb::Crm crm, const fb::CrmStatus &status);
    // 401/403: the loop stopped sending to `crm`; the owner records the reason (sync.<crm>.paused) for the admin.
    void crmPaused(fb::Crm crm, const QString &reason);
    // One per answer (or mapping failure): outcome is "delivered", "transient", "pause", "permanent", "gave-up".
    void attempted(qint64 id, fb::Crm crm, int httpStatus, const QString &outcome);
    // Nothing in flight and nothing due for any CRM that may send; emitted once per busy → idle change and after
    // each wake().
    void idle();

private:
    struct Lane
    {
        QString token;
        QString tokenProblem; // why there is no token (the keychain's words)
        QString pausedReason;
        QString blockedReason;
        // One client per network manager (see kConnectionsPerManager); each request goes to the least busy one.
        std::vector<std::unique_ptr<CrmClient>> clients;
        std::vector<int> clientLoad;
        std::shared_ptr<PayloadMapping> mapping;
        struct Request
        {
            OutboxRow row;
            QElapsedTimer timer;
            size_t client = 0;
            AckRule ack; // how the route's 2xx answers are read
        };
        QHash<QNetworkReply *, Request> inFlight;
        bool dirty = true;
        qint64 lastAttemptMs = 0;
        int consecutiveTransient = 0; // answers in a row that were transient: an outage probes one at a time
        double tokens = 1.0;          // rate limit: a token bucket of one second's worth (at least one request)
        qint64 refilledMono = -1;     // monotonic ms of the last refill
        qint64 rateWaitUntilMs = -1;  // rows are due but the rate limit holds them until then (wall ms)
        SyncFigures figures;
        qint64 figuresMono = -1;
    };
    // A QNetworkAccessManager opens at most six HTTP/1.1 connections per host (fixed in Qt 6.4) and queues the rest:
    // with a concurrency above six the loop uses one manager per six requests, so each request has a connection.
    static constexpr int kConnectionsPerManager = 6;
    // Answers already queued when the loop gets to them share a transaction; none waits for more to arrive (a 2 ms
    // wait cost a slot 2 ms per request: bench_drain 0.84 → 0.93 of the ideal C / L without it).
    static constexpr int kFlushDelayMs = 0;

    Lane &lane(Crm crm) { return m_lanes[static_cast<size_t>(crm)]; }
    void ensureNetwork();
    void prepareLane(Crm crm);
    bool tryActivate();
    int rateAllowance(Crm crm);
    void sweepFailed(qint64 now);
    void pump();
    void send(Crm crm, const OutboxRow &row);
    void onReplyFinished(Crm crm, QNetworkReply *reply);
    void record(Crm crm, const OutboxRow &row, const Status &written, int status, const QString &outcome);
    void keepUnrecorded(Crm crm, const OutboxRow &row, const Status &written, int status, const QString &outcome);
    void retryUnrecorded();
    void clampFuture(qint64 now);
    void flushAnswers();
    Status answer(const std::function<Status()> &mark, Crm crm, qint64 id, int status, const QString &outcome,
                  qint64 latencyMs);
    void scheduleNext();
    void publishStatus();
    void markDirty(Crm crm);
    qint64 nowMs() const { return m_clock.now().toMSecsSinceEpoch(); }

    QString m_dbPath;
    DeliverySettings m_settings;
    const Clock &m_clock;
    NetworkFactory m_networkFactory;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<OutboxStore> m_store;
    std::unique_ptr<SyncMetrics> m_metrics;
    std::unique_ptr<QLockFile> m_lock;
    bool m_active = false;   // holds the lock: this loop is the station's one sender
    QString m_standbyReason; // why not (another process is delivering)
    qint64 m_nextSweepMs = 0;
    std::vector<std::unique_ptr<QNetworkAccessManager>> m_nams;
    std::array<Lane, 2> m_lanes;
    QTimer *m_pollTimer = nullptr;
    QTimer *m_dueTimer = nullptr;
    QTimer *m_statusTimer = nullptr;
    QTimer *m_flushTimer = nullptr;
    struct PendingAnswer
    {
        std::function<Status()> mark;
        Crm crm;
        OutboxRow row;
        int status;
        QString outcome;
        qint64 latencyMs;
        qint64 atMs;
    };
    QList<PendingAnswer> m_pendingAnswers;
    // Rows whose answer could not be written although the transaction went through (a statement failed: disk full,
    // I/O error): still IN_FLIGHT, holding their keys. Put back to PENDING at the next tick (retried until it works),
    // then re-sent under the same idempotency key.
    struct Unrecorded
    {
        Crm crm;
        qint64 id;
        int attempts; // before this answer
        int status;
        QString error;
    };
    QList<Unrecorded> m_unrecorded;
    bool m_unreadableLockSeen = false; // the lock file could not be read at the last look
    QRandomGenerator m_random{QRandomGenerator::securelySeeded()};
    bool m_busy = false;
    bool m_reportIdle = false;
    bool m_pumping = false;
    bool m_pumpAgain = false;
};

} // namespace fb

Q_DECLARE_METATYPE(fb::CrmStatus)
