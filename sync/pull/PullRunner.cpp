#include "sync/pull/PullRunner.h"

#include "app/core/Logging.h"
#include "app/core/PullControl.h"
#include "app/storage/PullStatusStore.h"
#include "sync/crm/CrmTarget.h"
#include "sync/pull/ChangesPuller.h"
#include "sync/pull/MasterDataPuller.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>

namespace fb {

namespace {

const QString kCoreStep = QStringLiteral("core"); // products, warehouses, parties, technicians: one MasterDataPuller

std::string s(const QString &text)
{
    return text.toStdString();
}

bool includesChanges(PullJob job)
{
    return job != PullJob::MasterData;
}

bool includesMasterData(PullJob job)
{
    return job != PullJob::Changes;
}

} // namespace

bool PullRunReport::ok() const
{
    return !firstError().has_value();
}

const ResourcePull *PullRunReport::find(const QString &resource) const
{
    for (const ResourcePull &r : resources) {
        if (r.resource == resource)
            return &r;
    }
    return nullptr;
}

std::optional<Error> PullRunReport::firstError() const
{
    if (blocked)
        return blocked;
    for (const ResourcePull &r : resources) {
        if (!r.ok())
            return r.error;
    }
    return std::nullopt;
}

QStringList PullRunReport::applied() const
{
    QStringList out;
    for (const ResourcePull &r : resources) {
        if (r.ok() && r.applied > 0)
            out << r.resource;
    }
    return out;
}

std::optional<bool> PullRunReport::changesOk() const
{
    if (const ResourcePull *r = find(changesResource()))
        return r->ok();
    return std::nullopt;
}

std::optional<bool> PullRunReport::masterDataOk() const
{
    int done = 0;
    for (const QString &resource : masterDataResources()) {
        if (const ResourcePull *r = find(resource)) {
            if (!r->ok())
                return false;
            ++done;
        }
    }
    if (done == masterDataResources().size())
        return true;
    return std::nullopt;
}

PullRunner::PullRunner(Database &db, QNetworkAccessManager &nam, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_nam(nam)
    , m_clock(clock)
{}

PullRunner::~PullRunner() = default;

QStringList PullRunner::resources(PullJob job)
{
    QStringList out;
    if (includesMasterData(job))
        out += masterDataResources();
    if (includesChanges(job))
        out << changesResource();
    return out;
}

void PullRunner::start(PullJob job, const PullTarget &target)
{
    if (m_running)
        return;
    m_running = true;
    m_target = target;
    m_report = PullRunReport{};
    m_report.job = job;
    m_steps.clear();
    if (!CrmTarget::isUsable(target.url))
        m_report.blocked = CrmTarget::noAddress(Crm::New);
    else if (target.token.isEmpty())
        m_report.blocked = CrmTarget::noToken(Crm::New);
    if (!m_report.blocked) {
        if (includesMasterData(job)) {
            m_steps << kCoreStep;
            m_steps += ChangesPuller::serviceResources();
        }
        if (includesChanges(job))
            m_steps << changesResource();
    }
    // Always asynchronous, even when there is nothing to ask: finished() never comes before start() returns.
    QMetaObject::invokeMethod(this, &PullRunner::next, Qt::QueuedConnection);
}

PullRunReport PullRunner::run(PullJob job, const PullTarget &target)
{
    QEventLoop loop;
    connect(this, &PullRunner::finished, &loop, &QEventLoop::quit);
    start(job, target);
    loop.exec();
    return m_report;
}

void PullRunner::next()
{
    if (m_steps.isEmpty()) {
        finish();
        return;
    }
    const QString step = m_steps.takeFirst();
    if (step == kCoreStep)
        pullCoreMasterData();
    else if (step == changesResource())
        pullChanges();
    else
        pullServiceResource(step);
}

void PullRunner::pullCoreMasterData()
{
    PullOptions options;
    options.baseUrl = m_target.url;
    options.token = m_target.token;
    options.timeoutMs = m_target.timeoutMs;
    options.pageSize = m_target.pageSize;
    m_masterData = std::make_unique<MasterDataPuller>(m_db, m_nam, m_clock, options);
    connect(m_masterData.get(), &MasterDataPuller::progress, this, [this](const QString &resource, int page) {
        if (page == 1)
            emit resourceStarted(resource);
    });
    connect(m_masterData.get(), &MasterDataPuller::finished, this, [this, options] {
        const Result<MasterDataReport> result = m_masterData->result();
        // Pages are applied one by one: the resources finished before a failure were pulled; the failing one and
        // those after it get the error (they resume from their cursors next time).
        const int failedAt = m_masterData->failedResourceIndex();
        const MasterDataReport &soFar = m_masterData->appliedSoFar();
        for (int i = 0; i < options.resources.size(); ++i) {
            const QString &resource = options.resources.at(i);
            ResourcePull r;
            r.resource = resource;
            if (result.ok() || i < failedAt) {
                r.applied = soFar.counts.value(resource);
                r.elapsedMs = soFar.elapsedMs;
            } else {
                r.error = result.error();
            }
            record(r, false); // MasterDataPuller has logged why, once
        }
        m_masterData.release()->deleteLater(); // we are inside its signal
        if (!result.ok())
            skipRestOfMasterData();
        next();
    });
    m_masterData->start();
}

void PullRunner::pullServiceResource(const QString &resource)
{
    changesPuller().pullMasterData(resource, whenPulled(resource));
}

void PullRunner::pullChanges()
{
    changesPuller().pullChanges(whenPulled(changesResource()));
}

ChangesPuller &PullRunner::changesPuller()
{
    if (!m_changes)
        m_changes =
            std::make_unique<ChangesPuller>(m_db, m_nam, m_target.url, m_target.token, m_clock, m_target.timeoutMs);
    return *m_changes;
}

std::function<void(Result<PullReport>)> PullRunner::whenPulled(const QString &resource)
{
    emit resourceStarted(resource);
    QElapsedTimer timer;
    timer.start();
    return [this, resource, timer](const Result<PullReport> &pulled) {
        ResourcePull r;
        r.resource = resource;
        r.elapsedMs = timer.elapsed();
        if (pulled.ok())
            r.applied = pulled->applied;
        else
            r.error = pulled.error();
        record(r);
        if (!r.ok())
            skipRestOfMasterData(); // changes come last: nothing to skip after them
        next();
    };
}

void PullRunner::record(const ResourcePull &result, bool logFailure)
{
    PullStatusStore store(m_db);
    const QDateTime now = m_clock.now();
    const Status kept = result.ok() ? store.recordSuccess(result.resource, now, result.applied, result.elapsedMs)
                                    : store.recordFailure(result.resource, now, result.error->message);
    if (!kept.ok())
        logger("sync.pull")
            ->error("the outcome of the {} pull could not be recorded: {}", s(result.resource), s(kept.message()));
    if (result.ok())
        logger("sync.pull")->info("{}: {} applied in {} ms", s(result.resource), result.applied, result.elapsedMs);
    else if (logFailure)
        logger("sync.pull")->warn("{}: {}", s(result.resource), s(result.error->message));
    m_report.resources.append(result);
    emit resourceFinished(result);
}

void PullRunner::skipRestOfMasterData()
{
    // Changes are independent: master data failing does not keep a spare decision from arriving.
    m_steps.removeIf([](const QString &step) { return step != changesResource(); });
}

void PullRunner::finish()
{
    m_running = false;
    if (m_changes)
        m_changes.release()->deleteLater(); // possibly inside its reply's handler
    emit finished();
}

} // namespace fb
