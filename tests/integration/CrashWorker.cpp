// fb-crash-worker: what the crash proof kills. It does what a station does — business writes (numbered events into
// the outbox, a few per transaction) and deliveries (SyncEngine, its own thread) — until it is killed, or, with
// --drain, until every row is delivered. Settings (URLs, timeouts, backoff) come from the station database.
//
//   fb-crash-worker --db FILE [--keys N] [--max-events N] [--tick-ms N] [--per-tick N] [--drain] [--run-ms N]
//
// Exit codes: 0 drained (--drain) or --run-ms elapsed; 2 bad arguments or database; 3 drain timed out.
#include "MemoryCredentials.h"
#include "SyncProof.h"
#include "app/storage/Database.h"
#include "app/storage/Outbox.h"
#include "app/storage/OutboxStore.h"
#include "app/storage/SettingsStore.h"
#include "sync/SyncEngine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSqlQuery>
#include <QTimer>

#include <cstdio>

using namespace fb;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("station database"), QStringLiteral("file"));
    const QCommandLineOption keysOption(QStringLiteral("keys"), QStringLiteral("ordering keys"), QStringLiteral("n"),
                                        QStringLiteral("20"));
    const QCommandLineOption maxOption(QStringLiteral("max-events"), QStringLiteral("stop writing at"),
                                       QStringLiteral("n"), QStringLiteral("1000000"));
    const QCommandLineOption tickOption(QStringLiteral("tick-ms"), QStringLiteral("write every"), QStringLiteral("ms"),
                                        QStringLiteral("20"));
    const QCommandLineOption perTickOption(QStringLiteral("per-tick"), QStringLiteral("events per transaction"),
                                           QStringLiteral("n"), QStringLiteral("2"));
    const QCommandLineOption drainOption(QStringLiteral("drain"), QStringLiteral("exit 0 once all is delivered"));
    const QCommandLineOption runOption(QStringLiteral("run-ms"), QStringLiteral("exit 0 after"), QStringLiteral("ms"),
                                       QStringLiteral("0"));
    parser.addOptions({dbOption, keysOption, maxOption, tickOption, perTickOption, drainOption, runOption});
    parser.process(app);
    const QString path = parser.value(dbOption);
    const int keys = std::max(1, parser.value(keysOption).toInt());
    const int maxEvents = parser.value(maxOption).toInt();
    const int perTick = std::max(1, parser.value(perTickOption).toInt());

    auto opened = Database::open(path);
    if (!opened.ok()) {
        std::fprintf(stderr, "fb-crash-worker: %s\n", qPrintable(opened.message()));
        return 2;
    }
    std::unique_ptr<Database> db = std::move(opened).value();
    SettingsStore settings(*db);
    SystemClock clock;
    test::MemoryCredentials credentials;
    credentials.tokens.insert(int(Crm::Legacy), test::CrmSimProcess::legacyToken());
    credentials.tokens.insert(int(Crm::New), test::CrmSimProcess::newToken());
    SyncEngine engine(path, settings, credentials, clock);
    if (Status s = engine.start(); !s) {
        std::fprintf(stderr, "fb-crash-worker: %s\n", qPrintable(s.message()));
        return 2;
    }
    for (Crm crm : allCrms()) {
        const QString why = engine.status(crm).blockedReason;
        if (!why.isEmpty())
            std::printf("blocked %s: %s\n", qPrintable(crmName(crm)), qPrintable(why));
    }
    std::printf("worker ready pid=%lld\n", QCoreApplication::applicationPid());
    std::fflush(stdout);

    // The next event number: every event has one row per CRM, written in one transaction with its siblings.
    auto countEvents = [&]() -> int {
        auto q = db->exec(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE crm = 'new'"));
        return q.ok() && q.value().next() ? q.value().value(0).toInt() : -1;
    };
    int next = countEvents();
    if (next < 0)
        return 2;
    Actor actor{QStringLiteral("W001"), QStringLiteral("Worker"), Role::Warehouse, QStringLiteral("ST01")};
    OutboxWriter writer(*db, clock);
    QTimer writes;
    QObject::connect(&writes, &QTimer::timeout, &app, [&] {
        if (next >= maxEvents) {
            writes.stop();
            return;
        }
        const int upTo = std::min(maxEvents, next + perTick);
        Status s = db->write([&]() -> Status {
            for (int i = next; i < upTo; ++i) {
                auto id = writer.enqueue(actor, test::proofEvent(i, keys));
                if (!id.ok())
                    return id.error();
            }
            return Ok{};
        });
        if (s.ok()) {
            next = upTo;
            engine.wake();
        }
    });
    writes.start(std::max(1, parser.value(tickOption).toInt()));

    if (parser.isSet(drainOption)) {
        QTimer check;
        OutboxStore store(*db);
        QObject::connect(&check, &QTimer::timeout, &app, [&] {
            if (next < maxEvents)
                return;
            for (Crm crm : allCrms()) {
                auto summary = store.summary(crm);
                if (!summary.ok() || summary.value().pending + summary.value().inFlight + summary.value().failed > 0)
                    return;
            }
            engine.stop();
            app.exit(0);
        });
        check.start(50);
        QTimer::singleShot(120000, &app, [&] { app.exit(3); });
        return app.exec();
    }
    const int runMs = parser.value(runOption).toInt();
    if (runMs > 0)
        QTimer::singleShot(runMs, &app, [&] {
            engine.stop();
            app.exit(0);
        });
    return app.exec();
}
