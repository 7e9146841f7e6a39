#include "sync/pull/PullWorker.h"

#include "app/storage/Database.h"

#include <QNetworkAccessManager>

namespace fb {

PullWorker::PullWorker(QString dbPath, const Clock &clock, NetworkFactory networkFactory, QObject *parent)
    : QObject(parent)
    , m_dbPath(std::move(dbPath))
    , m_clock(clock)
    , m_networkFactory(std::move(networkFactory))
{}

PullWorker::~PullWorker()
{
    close();
}

Result<QList<PullStatus>> PullWorker::open()
{
    if (!m_db) {
        auto db = Database::open(m_dbPath, Database::Mode::Migrate);
        if (!db.ok())
            return db.error();
        m_db = std::move(db).value();
        m_nam = m_networkFactory ? m_networkFactory() : std::make_unique<QNetworkAccessManager>();
        m_runner = std::make_unique<PullRunner>(*m_db, *m_nam, m_clock);
        connect(m_runner.get(), &PullRunner::resourceStarted, this, &PullWorker::resourceStarted);
        connect(m_runner.get(), &PullRunner::resourceFinished, this, &PullWorker::resourceFinished);
        connect(m_runner.get(), &PullRunner::finished, this, [this] { emit finished(m_runner->report()); });
    }
    return PullStatusStore(*m_db).all();
}

void PullWorker::close()
{
    // The runner first (it aborts its requests), then the network manager its pullers use, then the connection.
    m_runner.reset();
    m_nam.reset();
    m_db.reset();
}

void PullWorker::run(PullJob job, const PullTarget &target)
{
    if (!m_runner) {
        PullRunReport report;
        report.job = job;
        report.blocked =
            makeError(tr("The pull thread has no database connection."), {}, QStringLiteral("pull.closed"));
        emit finished(report);
        return;
    }
    if (m_runner->isRunning())
        return; // never two at once; the scheduler waits for the first one's finished()
    m_runner->start(job, target);
}

} // namespace fb
