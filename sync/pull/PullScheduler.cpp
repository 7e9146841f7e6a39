#include "sync/pull/PullScheduler.h"

#include "app/core/Logging.h"
#include "app/core/SyncControl.h"
#include "app/storage/SettingsStore.h"
#include "sync/crm/CrmTarget.h"
#include "sync/pull/PullWorker.h"

#include <QCoreApplication>
#include <QScopedValueRollback>

#include <algorithm>

namespace fb {

namespace {

std::string s(const QString &text)
{
    return text.toStdString();
}

const char *jobName(PullJob job)
{
    switch (job) {
    case PullJob::Changes:
        return "changes";
    case PullJob::MasterData:
        return "master data";
    case PullJob::Everything:
        return "everything";
    }
    return "";
}

} // namespace

PullScheduler::PullScheduler(QString dbPath, SettingsStore &settings, CredentialStore &credentials, const Clock &clock,
                             QObject *parent)
    : PullControl(parent)
    , m_dbPath(std::move(dbPath))
    , m_settings(settings)
    , m_credentials(credentials)
    , m_clock(clock)
    , m_random(QRandomGenerator::securelySeeded())
{
    qRegisterMetaType<fb::ResourcePull>();
    qRegisterMetaType<fb::PullRunReport>();
    m_thread.setObjectName(QStringLiteral("fb-pull"));
    m_timer.setInterval(kDefaultTickMs);
    connect(&m_timer, &QTimer::timeout, this, &PullScheduler::tick);
}

PullScheduler::~PullScheduler()
{
    stop();
}

void PullScheduler::setTickMs(int ms)
{
    m_timer.setInterval(std::max(0, ms));
    if (ms <= 0)
        m_timer.stop();
    else if (m_worker)
        m_timer.start();
}

Status PullScheduler::start()
{
    if (m_worker)
        return Ok{};
    readSettings();
    auto *worker = new PullWorker(m_dbPath, m_clock, m_networkFactory);
    connect(worker, &PullWorker::resourceStarted, this, &PullScheduler::onResourceStarted);
    connect(worker, &PullWorker::resourceFinished, this, &PullScheduler::onResourceFinished);
    connect(worker, &PullWorker::finished, this, &PullScheduler::onWorkerFinished);
    worker->moveToThread(&m_thread);
    m_thread.start();
    std::optional<Result<QList<PullStatus>>> opened;
    QMetaObject::invokeMethod(
        worker, [worker, &opened] { opened = worker->open(); }, Qt::BlockingQueuedConnection);
    if (!opened->ok()) {
        QMetaObject::invokeMethod(
            worker, [worker] { worker->close(); }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
        delete worker;
        return opened->error();
    }
    m_worker = worker;
    const qint64 now = nowMs();
    m_startedMs = now;
    m_parts = {};
    m_pulling.reset();
    m_pullNowQueued = false;
    // Master data is as old as its least recent resource; a resource never pulled makes it due at once.
    qint64 oldest = -1;
    int found = 0;
    for (const PullStatus &status : opened->value()) {
        if (!masterDataResources().contains(status.resource) || status.succeededAt.isEmpty())
            continue;
        const QDateTime at = QDateTime::fromString(status.succeededAt, Qt::ISODate);
        if (!at.isValid())
            continue;
        ++found;
        oldest = oldest < 0 ? at.toMSecsSinceEpoch() : std::min(oldest, at.toMSecsSinceEpoch());
    }
    if (found == masterDataResources().size())
        m_parts[MasterData].lastMs = std::min(oldest, now);
    readToken(now);
    logger("sync.pull")
        ->info("pulls from the new CRM: changes every {} s, master data every {} min (0 = only on demand)",
               m_current.changesSeconds, m_current.masterDataMinutes);
    if (m_timer.interval() > 0)
        m_timer.start();
    publish();
    return Ok{};
}

void PullScheduler::stop()
{
    if (!m_worker)
        return;
    m_timer.stop();
    PullWorker *worker = m_worker;
    m_worker = nullptr;
    QMetaObject::invokeMethod(
        worker, [worker] { worker->close(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete worker; // its thread has ended
    m_pulling.reset();
    m_runningResource.clear();
    m_pullNowQueued = false;
    publish();
}

void PullScheduler::readSettings()
{
    m_current = PullSettings::fromSettings(m_settings);
    if (m_current.problems != m_problemsLogged) {
        for (const QString &problem : std::as_const(m_current.problems))
            logger("sync.pull")->warn("{}", s(problem));
        m_problemsLogged = m_current.problems;
    }
}

void PullScheduler::readToken(qint64 now)
{
    auto token = m_credentials.token(Crm::New);
    m_token = token.ok() ? token.value() : QString();
    m_tokenError.reset();
    if (!token.ok())
        m_tokenError = token.error();
    m_credentialsSeen = m_settings.value(SettingsStore::credentialsChangedKey(Crm::New));
    m_tokenReadMs = now;
}

qint64 PullScheduler::intervalMs(Part part) const
{
    return part == Changes ? m_current.changesIntervalMs() : m_current.masterDataIntervalMs();
}

qint64 PullScheduler::dueMs(Part part) const
{
    const qint64 interval = intervalMs(part);
    if (interval <= 0 || !m_worker)
        return 0; // only on demand
    const PartState &p = m_parts[part];
    if (p.failures > 0)
        return p.retryAtMs;
    if (p.lastMs < 0)
        return m_startedMs;
    return p.lastMs + interval;
}

std::optional<PullJob> PullScheduler::dueJob(qint64 now) const
{
    if (m_pullNowQueued)
        return PullJob::Everything;
    const qint64 changes = dueMs(Changes);
    const qint64 master = dueMs(MasterData);
    const bool changesDue = changes > 0 && changes <= now;
    const bool masterDue = master > 0 && master <= now;
    if (changesDue && masterDue)
        return PullJob::Everything;
    if (masterDue)
        return PullJob::MasterData;
    if (changesDue)
        return PullJob::Changes;
    return std::nullopt;
}

QString PullScheduler::blockedReason(qint64 now, bool rereadToken)
{
    const QUrl &url = m_current.url;
    if (!CrmTarget::isUsable(url))
        return CrmTarget::noAddress(Crm::New).message;
    const bool stampMoved = m_settings.value(SettingsStore::credentialsChangedKey(Crm::New)) != m_credentialsSeen;
    if (rereadToken || stampMoved || (m_token.isEmpty() && now - m_tokenReadMs >= kTokenRecheckMs))
        readToken(now);
    if (m_token.isEmpty())
        return CrmTarget::noToken(Crm::New, m_tokenError).message;
    return {};
}

void PullScheduler::tick()
{
    if (!m_worker || m_inTick)
        return;
    // Reading a token may spin a local event loop (QtKeychain): the timer must not come back in meanwhile.
    QScopedValueRollback<bool> guard(m_inTick, true);
    readSettings();
    const qint64 now = nowMs();
    // A clock set back must not postpone pulls by the difference.
    m_startedMs = std::min(m_startedMs, now);
    for (PartState &p : m_parts) {
        p.lastMs = std::min(p.lastMs, now);
        if (p.failures > 0)
            p.retryAtMs = std::min(p.retryAtMs, now + m_current.backoff.capMs);
    }
    if (m_pulling) {
        publish();
        return;
    }
    const std::optional<PullJob> job = dueJob(now);
    if (!job) {
        publish();
        return;
    }
    const QString blocked = blockedReason(now, false);
    if (!blocked.isEmpty()) {
        if (blocked != m_blocked)
            logger("sync.pull")->warn("not pulling: {}", s(blocked));
        m_blocked = blocked;
        m_pullNowQueued = false;
        publish();
        return;
    }
    launch(*job);
}

Status PullScheduler::pullNow()
{
    if (!m_worker)
        return makeError(tr("Pulls from the new CRM are not running in this window."), {},
                         QStringLiteral("pull.not_running"));
    if (m_pulling || m_inTick) {
        m_pullNowQueued = true; // it follows the pull under way
        publish();
        return Ok{};
    }
    QScopedValueRollback<bool> guard(m_inTick, true);
    readSettings();
    const qint64 now = nowMs();
    // The admin may have just stored the token: ask the keychain again when there is none.
    const QString blocked = blockedReason(now, m_token.isEmpty());
    if (!blocked.isEmpty()) {
        m_blocked = blocked;
        publish();
        return makeError(blocked, {}, QStringLiteral("pull.blocked"));
    }
    launch(PullJob::Everything);
    return Ok{};
}

void PullScheduler::launch(PullJob job)
{
    m_blocked.clear();
    m_pulling = job;
    if (job == PullJob::Everything)
        m_pullNowQueued = false;
    m_runningResource = PullRunner::resources(job).first();
    PullTarget target;
    target.url = m_current.url;
    target.token = m_token;
    target.timeoutMs = m_current.timeoutMs;
    logger("sync.pull")->debug("pulling {}", jobName(job));
    PullWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker, job, target] { worker->run(job, target); }, Qt::QueuedConnection);
    publish();
}

void PullScheduler::settle(Part part, std::optional<bool> ok, qint64 now)
{
    if (!ok)
        return; // not part of this pull
    PartState &p = m_parts[part];
    p.lastMs = now;
    if (*ok) {
        p.failures = 0;
        p.retryAtMs = 0;
        return;
    }
    ++p.failures;
    const qint64 delay = backoffDelayMs(m_current.backoff, p.failures, std::nullopt, m_random);
    p.retryAtMs = now + delay;
    logger("sync.pull")
        ->warn("{} pull failed ({} in a row): next try in {} ms", part == Changes ? "changes" : "master-data",
               p.failures, delay);
}

void PullScheduler::onResourceStarted(const QString &resource)
{
    if (!m_pulling)
        return;
    m_runningResource = resource;
    publish();
}

void PullScheduler::onResourceFinished(const ResourcePull &result)
{
    Q_UNUSED(result);
    if (m_pulling)
        emit planChanged(); // pull_status has a new row: the Sync page re-reads it
}

void PullScheduler::onWorkerFinished(const PullRunReport &report)
{
    if (!m_worker || !m_pulling)
        return; // a late report from a worker being stopped
    const qint64 now = nowMs();
    m_pulling.reset();
    m_runningResource.clear();
    if (report.blocked) {
        m_blocked = report.blocked->message; // the worker could not ask: no failure to back off from
    } else {
        settle(Changes, report.changesOk(), now);
        settle(MasterData, report.masterDataOk(), now);
    }
    const QStringList brought = report.applied();
    if (!brought.isEmpty()) {
        if (m_sync)
            m_sync->wake(); // the outbox rows a pulled decision wrote (for the legacy CRM)
        emit applied(brought);
    }
    emit pullFinished(report);
    publish();
    if (m_pullNowQueued) // asked while this one ran
        QMetaObject::invokeMethod(this, &PullScheduler::tick, Qt::QueuedConnection);
}

PullPlan PullScheduler::plan() const
{
    PullPlan p;
    p.running = m_runningResource;
    p.blockedReason = m_blocked;
    p.nextChangesMs = dueMs(Changes);
    p.nextMasterDataMs = dueMs(MasterData);
    p.changesFailures = m_parts[Changes].failures;
    p.masterDataFailures = m_parts[MasterData].failures;
    p.pullNowQueued = m_pullNowQueued;
    return p;
}

void PullScheduler::publish()
{
    const PullPlan now = plan();
    if (now == m_published)
        return;
    m_published = now;
    emit planChanged();
}

} // namespace fb
