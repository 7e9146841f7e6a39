#include "sync/delivery/DeliveryLoop.h"

#include "app/core/Logging.h"
#include "app/storage/Database.h"
#include "app/storage/SettingsStore.h"
#include "sync/delivery/Outcome.h"
#include "sync/http/CrmClient.h"
#include "sync/mapping/PayloadMapping.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>

#include <algorithm>
#include <cmath>
#include <iterator>
#include <limits>
#include <utility>

namespace fb {

namespace {

std::string s(const QString &text)
{
    return text.toStdString();
}

} // namespace

DeliverySettings DeliverySettings::fromSettings(const SettingsStore &settings)
{
    DeliverySettings d;
    d.maxAttempts = std::max(1, settings.intValue(QStringLiteral("sync.max_attempts"), d.maxAttempts));
    d.backoff.baseMs = std::max(0, settings.intValue(QStringLiteral("sync.backoff.base_ms"), int(d.backoff.baseMs)));
    bool ok = false;
    const double factor = settings.value(QStringLiteral("sync.backoff.factor")).toDouble(&ok);
    if (ok && factor >= 1.0)
        d.backoff.factor = factor;
    d.backoff.capMs = std::max(0, settings.intValue(QStringLiteral("sync.backoff.cap_ms"), int(d.backoff.capMs)));
    d.timeoutMs = std::max(100, settings.intValue(QStringLiteral("sync.timeout_ms"), d.timeoutMs));
    d.concurrency = std::clamp(settings.intValue(QStringLiteral("sync.concurrency"), d.concurrency), 1, 64);
    d.pollMs = std::clamp(settings.intValue(QStringLiteral("sync.poll_ms"), d.pollMs), 10, 60000);
    const int minutes = settings.intValue(QStringLiteral("sync.failed_retry_minutes"), 60);
    d.failedRetryMs = qint64(std::clamp(minutes, 1, 7 * 24 * 60)) * 60 * 1000;
    d.failedRetryCap =
        std::clamp(settings.intValue(QStringLiteral("sync.failed_retry_cap"), d.failedRetryCap), 0, 10000);
    const double defaultRate = settings.value(QStringLiteral("sync.rate_per_s")).toDouble(&ok);
    for (Crm crm : allCrms()) {
        d.urls[static_cast<size_t>(crm)] =
            QUrl(settings.value(QStringLiteral("crm.%1.url").arg(crmName(crm))).trimmed(), QUrl::StrictMode);
        bool rateOk = false;
        const double rate = settings.value(QStringLiteral("sync.%1.rate_per_s").arg(crmName(crm))).toDouble(&rateOk);
        const double chosen = rateOk ? rate : (ok ? defaultRate : 0.0);
        d.ratePerSecond[static_cast<size_t>(crm)] = std::clamp(chosen, 0.0, 10000.0);
    }
    return d;
}

DeliveryLoop::DeliveryLoop(QString dbPath, DeliverySettings settings, const Clock &clock, NetworkFactory networkFactory,
                           QObject *parent)
    : QObject(parent)
    , m_dbPath(std::move(dbPath))
    , m_settings(std::move(settings))
    , m_clock(clock)
    , m_networkFactory(std::move(networkFactory))
{
    for (Crm crm : allCrms())
        prepareLane(crm);
}

DeliveryLoop::~DeliveryLoop()
{
    stop();
}

void DeliveryLoop::setToken(Crm crm, const QString &token, const QString &missingReason)
{
    lane(crm).token = token;
    lane(crm).tokenProblem = missingReason;
    prepareLane(crm);
    if (!token.isEmpty())
        wake();
}

void DeliveryLoop::setPaused(Crm crm, const QString &reason)
{
    if (lane(crm).pausedReason == reason)
        return;
    lane(crm).pausedReason = reason;
    logger("sync.http")->info("{} CRM {}", s(crmName(crm)), reason.isEmpty() ? "resumed" : "paused: " + s(reason));
    markDirty(crm);
    if (reason.isEmpty())
        wake();
}

void DeliveryLoop::setSettings(const DeliverySettings &settings)
{
    m_settings = settings;
    if (m_pollTimer)
        m_pollTimer->setInterval(m_settings.pollMs);
    for (Crm crm : allCrms())
        prepareLane(crm);
    wake();
}

void DeliveryLoop::prepareLane(Crm crm)
{
    Lane &l = lane(crm);
    l.clients.clear();
    l.clientLoad.clear();
    if (m_db)
        ensureNetwork();
    const QUrl url = m_settings.url(crm);
    if (!url.isValid() || url.isRelative()) {
        l.blockedReason = tr("No address is set for the %1 CRM: set crm.%1.url (for example "
                             "'floorbridge-ctl config set crm.%1.url https://…').")
                              .arg(crmName(crm));
    } else if (!m_standbyReason.isEmpty()) {
        l.blockedReason = m_standbyReason;
    } else if (l.token.isEmpty()) {
        l.blockedReason =
            !l.tokenProblem.isEmpty()
                ? l.tokenProblem
                : tr("No token for the %1 CRM: set one with 'floorbridge-ctl credentials set %1'.").arg(crmName(crm));
    } else {
        if (!l.mapping) {
            // The admin's <data folder>/mappings/<crm>.json wins over the built-in one; a broken one blocks the CRM
            // with the message naming the event and field (nothing is sent with a half-understood mapping).
            auto mapping = PayloadMapping::forStation(crm, QFileInfo(m_dbPath).absolutePath());
            if (mapping.ok())
                l.mapping = std::make_shared<PayloadMapping>(std::move(mapping).value());
            else
                l.blockedReason = mapping.message();
        }
        if (l.mapping) {
            l.blockedReason.clear();
            for (const auto &nam : m_nams)
                l.clients.push_back(std::make_unique<CrmClient>(*nam, url, l.token, m_settings.timeoutMs));
            l.clientLoad.assign(l.clients.size(), 0);
            for (const Lane::Request &r : std::as_const(l.inFlight)) {
                if (r.client < l.clientLoad.size())
                    ++l.clientLoad[r.client];
            }
        }
    }
    markDirty(crm);
}

QString DeliveryLoop::lockPath(const QString &dbPath)
{
    const QString canonical = QFileInfo(dbPath).canonicalFilePath(); // empty while the file does not exist
    return (canonical.isEmpty() ? QFileInfo(dbPath).absoluteFilePath() : canonical) + QStringLiteral(".delivery.lock");
}

Status DeliveryLoop::start()
{
    if (m_db)
        return Ok{};
    auto db = Database::open(m_dbPath, Database::Mode::Migrate);
    if (!db.ok())
        return db.error();
    m_db = std::move(db).value();
    m_store = std::make_unique<OutboxStore>(*m_db);
    m_metrics = std::make_unique<SyncMetrics>(*m_db);
    // One fsync per batch of answers made a slow disk the bottleneck of delivery (CI: a 20,000-event backlog did
    // not drain in 6 minutes); what this connection writes is safe to lose in a power cut (see relaxCommitSync).
    if (Status relaxed = m_store->relaxCommitSync(); !relaxed)
        logger("sync.http")->warn("answers are flushed to disk one batch at a time: {}", s(relaxed.message()));
    m_lock = std::make_unique<QLockFile>(lockPath(m_dbPath)); // the database exists now: its canonical path
    m_lock->setStaleLockTime(0); // stale only when its process is gone: a long delivery run is not a stale lock
    ensureNetwork();
    m_pollTimer = new QTimer(this);
    m_pollTimer->setInterval(m_settings.pollMs);
    connect(m_pollTimer, &QTimer::timeout, this, &DeliveryLoop::pump);
    m_dueTimer = new QTimer(this);
    m_dueTimer->setSingleShot(true);
    connect(m_dueTimer, &QTimer::timeout, this, &DeliveryLoop::pump);
    m_statusTimer = new QTimer(this);
    m_statusTimer->setSingleShot(true);
    m_statusTimer->setInterval(100); // coalesces a burst of answers into one status update
    connect(m_statusTimer, &QTimer::timeout, this, &DeliveryLoop::publishStatus);
    m_flushTimer = new QTimer(this);
    m_flushTimer->setSingleShot(true);
    m_flushTimer->setInterval(kFlushDelayMs);
    connect(m_flushTimer, &QTimer::timeout, this, &DeliveryLoop::flushAnswers);
    if (!tryActivate()) {
        logger("sync.http")->warn("{}", s(m_standbyReason));
        for (Crm crm : allCrms())
            prepareLane(crm);
    }
    m_pollTimer->start();
    wake();
    return Ok{};
}

void DeliveryLoop::ensureNetwork()
{
    const size_t wanted =
        size_t(std::max(1, (m_settings.concurrency + kConnectionsPerManager - 1) / kConnectionsPerManager));
    while (m_nams.size() < wanted)
        m_nams.push_back(m_networkFactory ? m_networkFactory() : std::make_unique<QNetworkAccessManager>());
}

bool DeliveryLoop::tryActivate()
{
    if (m_active)
        return true;
    bool locked = m_lock->tryLock(0);
    if (!locked) {
        qint64 pid = 0;
        QString host;
        QString app;
        const bool readable = m_lock->getLockInfo(&pid, &host, &app);
        // An empty or garbled lock file names no owner, and QLockFile never calls it stale (it judges by the owner's
        // pid). An owner writes its pid right after creating the file, so one still unreadable at the next look (a
        // poll later) is debris — a crash mid-write, a full disk, a copied folder — and is taken over.
        if (!readable && m_unreadableLockSeen) {
            logger("sync.http")->warn("the delivery lock {} cannot be read; taking it over", s(m_lock->fileName()));
            m_lock->removeStaleLockFile();
            locked = m_lock->tryLock(0);
        }
        m_unreadableLockSeen = !readable && !locked;
        if (!locked) {
            const QString reason =
                readable ? tr("Another process is delivering for this station (pid %1): this one does not send. "
                              "Close the other Floorbridge window or 'floorbridge-ctl sync' first.")
                               .arg(pid)
                         : tr("The delivery lock %1 cannot be read: this one does not send yet, and takes the lock "
                              "over at the next look if it stays unreadable.")
                               .arg(m_lock->fileName());
            if (reason != m_standbyReason) {
                m_standbyReason = reason;
                for (Crm crm : allCrms())
                    markDirty(crm);
            }
            return false;
        }
    }
    m_active = true;
    m_unreadableLockSeen = false;
    m_standbyReason.clear();
    // Only the lock holder may touch rows in flight: they are its own, left by a crash or a clean stop.
    auto released = m_store->releaseInFlight();
    if (released.ok() && released.value() > 0)
        logger("sync.http")
            ->warn("{} outbox rows were in flight when delivery last stopped; they will be re-sent "
                   "under their idempotency keys",
                   released.value());
    if (!released.ok())
        logger("sync.http")->error("cannot release rows in flight: {}", s(released.message()));
    if (auto ready = m_store->refreshReady(); !ready.ok())
        logger("sync.http")->error("cannot refresh the head-of-key flags: {}", s(ready.message()));
    for (Crm crm : allCrms())
        prepareLane(crm);
    logger("sync.http")
        ->info("delivery started (concurrency {}, max attempts {}, timeout {} ms, rate {}/{} per s, failed queue "
               "every {} min up to {} times)",
               m_settings.concurrency, m_settings.maxAttempts, m_settings.timeoutMs, m_settings.rate(Crm::Legacy),
               m_settings.rate(Crm::New), m_settings.failedRetryMs / 60000, m_settings.failedRetryCap);
    return true;
}

void DeliveryLoop::stop()
{
    if (!m_db)
        return;
    for (QTimer *t : {m_pollTimer, m_dueTimer, m_statusTimer, m_flushTimer})
        delete t;
    m_pollTimer = m_dueTimer = m_statusTimer = m_flushTimer = nullptr;
    // Answers already received are kept (no pump: the timers are gone, nothing new is claimed).
    if (!m_pendingAnswers.isEmpty()) {
        const QList<PendingAnswer> batch = std::exchange(m_pendingAnswers, {});
        Status kept = m_db->write([&]() -> Status {
            for (const PendingAnswer &a : batch) {
                if (a.mark().ok())
                    (void)m_metrics->record(a.crm, a.row.id, a.status, a.outcome, a.latencyMs, a.atMs);
            }
            return Ok{};
        });
        if (!kept.ok())
            logger("sync.http")->error("answers could not be recorded at stop: {}", s(kept.message()));
    }
    m_unrecorded.clear(); // still IN_FLIGHT: releaseInFlight below puts them back
    int aborted = 0;
    for (Lane &l : m_lanes) {
        const auto replies = l.inFlight.keys();
        l.inFlight.clear();
        for (QNetworkReply *reply : replies) {
            disconnect(reply, nullptr, this, nullptr);
            reply->abort();
            delete reply;
            ++aborted;
        }
        l.clients.clear();
        l.clientLoad.clear();
    }
    if (m_active) {
        auto released = m_store->releaseInFlight();
        logger("sync.http")
            ->info("delivery stopped; {} requests aborted, {} rows back to pending", aborted,
                   released.ok() ? released.value() : -1);
    }
    for (Crm crm : allCrms()) {
        CrmStatus st = status(crm);
        st.running = false;
        emit crmStatusChanged(crm, st);
    }
    if (m_active)
        m_lock->unlock();
    m_active = false;
    m_lock.reset();
    m_metrics.reset();
    m_store.reset();
    m_nams.clear();
    m_db.reset();
}

CrmStatus DeliveryLoop::status(Crm crm)
{
    Lane &l = lane(crm);
    CrmStatus st;
    st.crm = crm;
    st.running = m_db != nullptr;
    st.pausedReason = l.pausedReason;
    st.blockedReason = l.blockedReason;
    st.lastAttemptMs = l.lastAttemptMs;
    if (m_store) {
        auto summary = m_store->summary(crm);
        if (summary.ok())
            st.summary = summary.value();
    }
    if (m_metrics) {
        // The percentiles read the last hour's attempts: refreshed at most every two seconds.
        const qint64 mono = m_clock.monotonicMs();
        if (l.figuresMono < 0 || mono - l.figuresMono >= 2000 || mono < l.figuresMono) {
            auto figures = m_metrics->figures(crm, nowMs() - SyncMetrics::kWindowMs);
            if (figures.ok())
                l.figures = figures.value();
            l.figuresMono = mono;
        }
        st.figures = l.figures;
    }
    return st;
}

void DeliveryLoop::wake()
{
    m_reportIdle = true;
    pump();
}

int DeliveryLoop::rateAllowance(Crm crm)
{
    const double rate = m_settings.rate(crm);
    if (rate <= 0)
        return std::numeric_limits<int>::max();
    Lane &l = lane(crm);
    const qint64 mono = m_clock.monotonicMs();
    const double burst = std::max(1.0, rate / 10.0); // at most a tenth of a second's worth at once
    if (l.refilledMono < 0 || mono < l.refilledMono)
        l.tokens = burst;
    else
        l.tokens = std::min(burst, l.tokens + double(mono - l.refilledMono) * rate / 1000.0);
    l.refilledMono = mono;
    return int(std::floor(l.tokens));
}

void DeliveryLoop::sweepFailed(qint64 now)
{
    // A clock stepped back leaves m_nextSweepMs far ahead: sweep anyway rather than wait for the clock to catch up.
    if (now < m_nextSweepMs && m_nextSweepMs - now <= 1000)
        return;
    m_nextSweepMs = now + 1000;
    clampFuture(now);
    for (Crm crm : allCrms()) {
        if (m_settings.failedRetryCap <= 0)
            break;
        auto requeued = m_store->requeueFailed(crm, now, now - m_settings.failedRetryMs, m_settings.failedRetryCap,
                                               m_settings.maxAttempts - 1);
        if (requeued.ok() && requeued.value() > 0) {
            logger("sync.http")
                ->info("failed queue of the {} CRM: {} rows re-tried on schedule", s(crmName(crm)), requeued.value());
            markDirty(crm);
        }
    }
    static constexpr qint64 kPruneEveryMs = 10LL * 60 * 1000;
    if (now / kPruneEveryMs != (now - 1000) / kPruneEveryMs)
        if (auto pruned = m_metrics->prune(now - SyncMetrics::kRetentionMs); !pruned.ok())
            logger("sync.http")->warn("cannot prune old delivery metrics: {}", s(pruned.message()));
}

void DeliveryLoop::clampFuture(qint64 now)
{
    // Due times and failure times are wall-clock: after the clock is stepped back (a year, say) rows would wait until
    // it catches up. Nothing the loop decides waits longer than maxWaitMs, so anything further ahead is brought back.
    for (Crm crm : allCrms()) {
        auto clamped = m_store->clampFuture(crm, now, now + maxWaitMs(m_settings.backoff));
        if (!clamped.ok())
            logger("sync.http")->warn("cannot bring back due times ahead of the clock: {}", s(clamped.message()));
        else if (clamped.value() > 0) {
            logger("sync.http")
                ->warn("{} rows of the {} CRM were due or failed further ahead than the clock allows (was it stepped "
                       "back?): brought back",
                       clamped.value(), s(crmName(crm)));
            markDirty(crm);
        }
    }
}

void DeliveryLoop::keepUnrecorded(Crm crm, const OutboxRow &row, const Status &written, int status,
                                  const QString &outcome)
{
    // "Not IN_FLIGHT any more" means the row moved on (discarded meanwhile): nothing to put back.
    if (written.ok() || written.error().code == u"outbox.state")
        return;
    m_unrecorded.append(Unrecorded{crm, row.id, row.attempts, status,
                                   tr("The answer (%1, HTTP %2) could not be recorded: %3. It is sent again under the "
                                      "same idempotency key.")
                                       .arg(outcome)
                                       .arg(status)
                                       .arg(written.message())});
}

void DeliveryLoop::retryUnrecorded()
{
    const qint64 now = nowMs();
    for (auto it = m_unrecorded.begin(); it != m_unrecorded.end();) {
        // Counted as an attempt (it was one) and backed off, so a database that keeps failing is not hammered.
        const qint64 due = now + backoffDelayMs(m_settings.backoff, it->attempts + 1, std::nullopt, m_random);
        const Status back = m_store->markRetry(it->id, it->status, it->error, due);
        if (!back.ok() && back.error().code != u"outbox.state") {
            ++it; // still failing: the next tick tries again
            continue;
        }
        logger("sync.http")->warn("outbox {}: {}", it->id, s(it->error));
        markDirty(it->crm);
        it = m_unrecorded.erase(it);
    }
}

void DeliveryLoop::pump()
{
    if (!m_db)
        return;
    if (!m_active) {
        if (!tryActivate())
            return; // another process delivers: try again at the next poll
    }
    if (m_pumping) {
        m_pumpAgain = true;
        return;
    }
    m_pumping = true;
    bool claimFailed = false;
    do {
        m_pumpAgain = false;
        const qint64 now = nowMs();
        if (!m_unrecorded.isEmpty() && !m_db->inTransaction()) // not inside a batch that may yet roll back
            retryUnrecorded();
        sweepFailed(now);
        for (Crm crm : allCrms()) {
            Lane &l = lane(crm);
            if (!l.pausedReason.isEmpty() || !l.blockedReason.isEmpty() || l.clients.empty())
                continue;
            // A CRM that answers nothing but transient failures (an outage) gets one probe at a time until it
            // delivers again: the backlog does not hammer it, and the other CRM keeps the loop's time.
            const int limit = l.consecutiveTransient >= 2 * m_settings.concurrency ? 1 : m_settings.concurrency;
            int free = limit - int(l.inFlight.size());
            if (free <= 0)
                continue;
            const int allowed = rateAllowance(crm);
            if (allowed < free) {
                // Throttled by our own limit: look again when the next token is there.
                const double rate = m_settings.rate(crm);
                const qint64 waitMs =
                    std::max<qint64>(1, qint64(std::ceil((1.0 - (l.tokens - allowed)) * 1000.0 / rate)));
                l.rateWaitUntilMs = now + waitMs;
                free = allowed;
            } else {
                l.rateWaitUntilMs = -1;
            }
            if (free <= 0)
                continue;
            auto rows = m_store->claimDue(crm, now, free);
            if (!rows.ok()) {
                claimFailed = true;
                logger("sync.http")
                    ->error("cannot claim outbox rows for the {} CRM: {}", s(crmName(crm)), s(rows.message()));
                continue;
            }
            if (m_settings.rate(crm) > 0)
                l.tokens -= rows.value().size();
            for (const OutboxRow &row : rows.value())
                send(crm, row);
            if (!rows.value().isEmpty())
                markDirty(crm);
        }
    } while (m_pumpAgain && m_db);
    m_pumping = false;
    if (!m_db)
        return;

    bool inFlight = false;
    for (const Lane &l : m_lanes)
        inFlight = inFlight || !l.inFlight.isEmpty();
    inFlight = inFlight || !m_pendingAnswers.isEmpty(); // answered but not yet recorded
    if (inFlight) {
        m_busy = true;
    } else if (m_busy || m_reportIdle) {
        m_busy = false;
        m_reportIdle = false;
        emit idle();
    }
    scheduleNext();
    if (claimFailed && m_dueTimer)
        m_dueTimer->start(m_settings.pollMs); // a database problem: no hot loop, try again at the poll interval
}

void DeliveryLoop::send(Crm crm, const OutboxRow &row)
{
    Lane &l = lane(crm);
    auto mapped = l.mapping->map(row.eventType, row.payload);
    if (!mapped.ok()) {
        // Not the CRM's fault and no retry will help: the failed queue, naming the event type.
        const QDateTime now = m_clock.now();
        const QString outcome = outcomeKindName(OutcomeKind::Permanent);
        const Status written =
            answer([&] { return m_store->markFailed(row.id, 0, mapped.message(), now); }, crm, row.id, 0, outcome, 0);
        keepUnrecorded(crm, row, written, 0, outcome);
        record(crm, row, written, 0, outcome);
        m_pumpAgain = true; // the claim had room for this one: look again
        return;
    }
    const auto client = size_t(std::distance(l.clientLoad.begin(), std::ranges::min_element(l.clientLoad)));
    ++l.clientLoad[client];
    QElapsedTimer timer;
    timer.start();
    QNetworkReply *reply = l.clients[client]->send(mapped.value(), row.idempotencyKey);
    l.inFlight.insert(reply, Lane::Request{row, timer, client, l.mapping->ack(row.eventType)});
    connect(reply, &QNetworkReply::finished, this, [this, crm, reply] { onReplyFinished(crm, reply); });
}

void DeliveryLoop::onReplyFinished(Crm crm, QNetworkReply *reply)
{
    Lane &l = lane(crm);
    auto it = l.inFlight.find(reply);
    if (it == l.inFlight.end())
        return;
    const OutboxRow row = it->row;
    const AckRule ack = it->ack;
    const qint64 elapsed = it->timer.elapsed();
    if (it->client < l.clientLoad.size() && l.clientLoad[it->client] > 0)
        --l.clientLoad[it->client];
    l.inFlight.erase(it);
    reply->deleteLater();

    const HttpResult result = CrmClient::collect(reply, elapsed, m_settings.timeoutMs);
    const QDateTime now = m_clock.now();
    const Outcome outcome = classify(result, now, ack);
    l.lastAttemptMs = now.toMSecsSinceEpoch();
    QString outcomeName = outcomeKindName(outcome.kind);
    l.consecutiveTransient = outcome.kind == OutcomeKind::Transient ? l.consecutiveTransient + 1
                             : outcome.kind == OutcomeKind::Pause   ? l.consecutiveTransient
                                                                    : 0;
    std::function<Status()> mark;
    qint64 retryInMs = -1;
    switch (outcome.kind) {
    case OutcomeKind::Delivered:
        mark = [this, id = row.id, status = result.status, body = QString::fromUtf8(result.body), now] {
            return m_store->markDelivered(id, status, body, now);
        };
        break;
    case OutcomeKind::Permanent:
        mark = [this, id = row.id, status = result.status, message = outcome.message, now] {
            return m_store->markFailed(id, status, message, now);
        };
        break;
    case OutcomeKind::Transient: {
        const int attempts = row.attempts + 1;
        if (attempts >= m_settings.maxAttempts) {
            outcomeName = QStringLiteral("gave-up");
            const QString message =
                tr("Gave up after %1 attempts; the last answer was: %2").arg(attempts).arg(outcome.message);
            mark = [this, id = row.id, status = result.status, message, now] {
                return m_store->markFailed(id, status, message, now);
            };
        } else {
            retryInMs = backoffDelayMs(m_settings.backoff, attempts, outcome.retryAfterMs, m_random);
            const qint64 due = now.toMSecsSinceEpoch() + retryInMs;
            mark = [this, id = row.id, status = result.status, message = outcome.message, due] {
                return m_store->markRetry(id, status, message, due);
            };
        }
        break;
    }
    case OutcomeKind::Pause:
        // The event is fine, the credentials are not: keep the row as it was and stop this CRM only.
        mark = [this, id = row.id, status = result.status, message = outcome.message] {
            return m_store->release(id, status, message);
        };
        if (l.pausedReason.isEmpty()) {
            l.pausedReason = tr("%1 (at %2). Set a new token with 'floorbridge-ctl credentials set %3', then resume "
                                "sync for the %3 CRM.")
                                 .arg(outcome.message, now.toString(Qt::ISODate), crmName(crm));
            emit crmPaused(crm, l.pausedReason);
        }
        break;
    }
    auto log = logger("sync.http");
    log->info("outbox {} crm={} event={} attempt={} status={} outcome={} {} ms{}{}", row.id, s(crmName(crm)),
              s(row.eventType), row.attempts + 1, result.status, s(outcomeName), elapsed,
              retryInMs >= 0 ? " retry_in_ms=" + std::to_string(retryInMs) : std::string(),
              outcome.message.isEmpty() ? std::string() : " error=" + s(outcome.message));
    // Answers that arrive together are recorded in one transaction (one fsync for the batch, not one per answer).
    // Until then the row stays IN_FLIGHT: a crash before the flush re-sends it under its idempotency key.
    m_pendingAnswers.append(
        PendingAnswer{std::move(mark), crm, row, result.status, outcomeName, elapsed, now.toMSecsSinceEpoch()});
    if (m_flushTimer && !m_flushTimer->isActive())
        m_flushTimer->start();
}

void DeliveryLoop::flushAnswers()
{
    if (m_pendingAnswers.isEmpty() || !m_db)
        return;
    const QList<PendingAnswer> batch = std::exchange(m_pendingAnswers, {});
    QList<Status> results;
    results.reserve(batch.size());
    Status all = m_db->write([&]() -> Status {
        for (const PendingAnswer &a : batch) {
            Status marked = a.mark();
            if (marked.ok())
                marked = m_metrics->record(a.crm, a.row.id, a.status, a.outcome, a.latencyMs, a.atMs);
            results.append(marked); // a row that moved on (e.g. discarded meanwhile) must not undo the others
        }
        // Claim the next rows in the same transaction: one commit per batch of answers. Requests may leave before
        // the commit; a crash then re-sends them under the same idempotency key.
        pump();
        return Ok{};
    });
    if (!all.ok()) {
        // Nothing was recorded (the database was busy past its timeout, or the commit failed): keep the answers and
        // try again shortly. Dropping them would leave their rows IN_FLIGHT — holding their keys — until a restart.
        logger("sync.http")
            ->warn("{} answers could not be recorded yet, trying again: {}", batch.size(), s(all.message()));
        m_pendingAnswers = batch + m_pendingAnswers;
        if (m_flushTimer)
            m_flushTimer->start(std::clamp(m_settings.pollMs, 10, 1000));
        return;
    }
    if (m_flushTimer)
        m_flushTimer->setInterval(kFlushDelayMs);
    bool unrecorded = false;
    for (int i = 0; i < batch.size(); ++i) {
        const Status written = results.value(i, Status(Ok{}));
        keepUnrecorded(batch[i].crm, batch[i].row, written, batch[i].status, batch[i].outcome);
        unrecorded = unrecorded || !written.ok();
        record(batch[i].crm, batch[i].row, written, batch[i].status, batch[i].outcome);
    }
    if (unrecorded && !m_unrecorded.isEmpty() && m_dueTimer)
        m_dueTimer->start(0); // put them back at the next tick
}

Status DeliveryLoop::answer(const std::function<Status()> &mark, Crm crm, qint64 id, int status, const QString &outcome,
                            qint64 latencyMs)
{
    // The row's new state and its metrics row in one transaction: one fsync per answer, never one without the other.
    return m_db->write([&]() -> Status {
        if (Status marked = mark(); !marked)
            return marked;
        return m_metrics->record(crm, id, status, outcome, latencyMs, nowMs());
    });
}

void DeliveryLoop::record(Crm crm, const OutboxRow &row, const Status &written, int status, const QString &outcome)
{
    if (!written.ok())
        logger("sync.http")->error("outbox {}: the answer could not be recorded: {}", row.id, s(written.message()));
    if (status == 0 && outcome == outcomeKindName(OutcomeKind::Permanent))
        logger("sync.http")
            ->warn("outbox {} crm={} event={} failed before sending", row.id, s(crmName(crm)), s(row.eventType));
    markDirty(crm);
    emit attempted(row.id, crm, status, outcome);
}

void DeliveryLoop::scheduleNext()
{
    if (!m_dueTimer)
        return;
    std::optional<qint64> next;
    for (Crm crm : allCrms()) {
        const Lane &l = lane(crm);
        // A full or stopped lane is woken by its answers or by resume, not by the clock.
        if (!l.pausedReason.isEmpty() || !l.blockedReason.isEmpty() || l.clients.empty() ||
            int(l.inFlight.size()) >=
                (l.consecutiveTransient >= 2 * m_settings.concurrency ? 1 : m_settings.concurrency))
            continue;
        auto due = m_store->nextDueMs(crm);
        if (due.ok() && due.value()) {
            // Rows due now but held back by the rate limit: wake when the next token is there, not in a hot loop.
            const qint64 at = l.rateWaitUntilMs >= 0 ? std::max(*due.value(), l.rateWaitUntilMs) : *due.value();
            next = next ? std::min(*next, at) : at;
        }
    }
    if (!next) {
        m_dueTimer->stop();
        return;
    }
    const qint64 delay = std::clamp<qint64>(*next - nowMs(), 1, m_settings.pollMs);
    m_dueTimer->start(int(delay));
}

void DeliveryLoop::markDirty(Crm crm)
{
    lane(crm).dirty = true;
    if (m_statusTimer && !m_statusTimer->isActive())
        m_statusTimer->start();
}

void DeliveryLoop::publishStatus()
{
    QElapsedTimer cost;
    cost.start();
    for (Crm crm : allCrms()) {
        if (!lane(crm).dirty)
            continue;
        lane(crm).dirty = false;
        emit crmStatusChanged(crm, status(crm));
    }
    // The summary counts the backlog (20 ms for 20,000 queued rows on a busy machine): refreshed every 100 ms, it
    // took a fifth of the loop's time while draining. Keep it to about 5 % of the loop: at most every 20 × its cost.
    if (m_statusTimer)
        m_statusTimer->setInterval(int(std::clamp<qint64>(20 * cost.elapsed(), 100, 2000)));
}

} // namespace fb
