#pragma once
// The pull thread's side of PullScheduler: its own database connection and network manager, and the PullRunner that
// uses them — so neither a pull's requests nor its writes ever run on the GUI thread.

#include "app/core/Clock.h"
#include "app/core/Result.h"
#include "app/storage/PullStatusStore.h"
#include "sync/delivery/DeliveryLoop.h"
#include "sync/pull/PullRunner.h"

#include <QObject>

#include <memory>

namespace fb {

class Database;

class PullWorker : public QObject
{
    Q_OBJECT
public:
    // `networkFactory` makes the worker's QNetworkAccessManager in open() (tests pass a fake); empty = a real one.
    PullWorker(QString dbPath, const Clock &clock, NetworkFactory networkFactory = {}, QObject *parent = nullptr);
    ~PullWorker() override;

    // On the worker's thread: opens the connection and the network manager; returns what pull_status holds.
    Result<QList<PullStatus>> open();
    // On the worker's thread: drops a pull under way (each page and its cursor are one transaction, so nothing is
    // half-applied; the next pull asks again from the cursor) and closes the connection.
    void close();
    // On the worker's thread, one at a time (PullScheduler sees to it).
    void run(fb::PullJob job, const fb::PullTarget &target);

signals:
    void resourceStarted(const QString &resource);
    void resourceFinished(const fb::ResourcePull &result);
    void finished(const fb::PullRunReport &report);

private:
    QString m_dbPath;
    const Clock &m_clock;
    NetworkFactory m_networkFactory;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<PullRunner> m_runner;
};

} // namespace fb
