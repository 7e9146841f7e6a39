// fb-crash-worker: what the crash proof kills. It is a station at work — the proof's station script (StationProof.h)
// runs the real services one action per tick: generate, inward, dispatch, cancel, complaint and unit return — and
// deliveries (SyncEngine, its own thread, woken by every commit that queued events) until it is killed, or, with
// --drain, until every row is delivered. Settings (URLs, timeouts, backoff) come from the station database.
//
//   fb-crash-worker --db FILE [--seed N] [--max-events N] [--tick-ms N] [--drain] [--run-ms N]
//
// Exit codes: 0 drained (--drain) or --run-ms elapsed; 2 bad arguments or database; 3 drain timed out; 4 the station
// refused an action the script believed valid (printed).
#include "MemoryCredentials.h"
#include "StationProof.h"
#include "app/storage/Database.h"
#include "app/storage/OutboxStore.h"
#include "app/storage/SettingsStore.h"
#include "sync/SyncEngine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTimer>

#include <cstdio>

using namespace fb;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("station database"), QStringLiteral("file"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), QStringLiteral("station script seed"),
                                        QStringLiteral("n"), QStringLiteral("1"));
    const QCommandLineOption maxOption(QStringLiteral("max-events"), QStringLiteral("stop acting at"),
                                       QStringLiteral("n"), QStringLiteral("1000000"));
    const QCommandLineOption tickOption(QStringLiteral("tick-ms"), QStringLiteral("act every"), QStringLiteral("ms"),
                                        QStringLiteral("10"));
    const QCommandLineOption drainOption(QStringLiteral("drain"), QStringLiteral("exit 0 once all is delivered"));
    const QCommandLineOption runOption(QStringLiteral("run-ms"), QStringLiteral("exit 0 after"), QStringLiteral("ms"),
                                       QStringLiteral("0"));
    parser.addOptions({dbOption, seedOption, maxOption, tickOption, drainOption, runOption});
    parser.process(app);
    const QString path = parser.value(dbOption);
    const int maxEvents = parser.value(maxOption).toInt();

    auto opened = Database::open(path);
    if (!opened.ok()) {
        std::fprintf(stderr, "fb-crash-worker: %s\n", qPrintable(opened.message()));
        return 2;
    }
    std::unique_ptr<Database> db = std::move(opened).value();
    if (Status s = test::loadProofMasterData(*db); !s) {
        std::fprintf(stderr, "fb-crash-worker: %s\n", qPrintable(s.message()));
        return 2;
    }
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
    // As main() wires a station: every commit that queued events wakes delivery.
    db->setOutboxListener([&engine] { engine.wake(); });
    for (Crm crm : allCrms()) {
        const QString why = engine.status(crm).blockedReason;
        if (!why.isEmpty())
            std::printf("blocked %s: %s\n", qPrintable(crmName(crm)), qPrintable(why));
    }
    std::printf("worker ready pid=%lld\n", QCoreApplication::applicationPid());
    std::fflush(stdout);

    test::StationScript script(*db, settings, clock, parser.value(seedOption).toUInt());
    int events = script.events();
    if (events < 0)
        return 2;
    QTimer acts;
    QObject::connect(&acts, &QTimer::timeout, &app, [&] {
        if (events >= maxEvents) {
            acts.stop();
            return;
        }
        auto done = script.step();
        if (!done.ok()) {
            std::fprintf(stderr, "fb-crash-worker: the station refused: %s (%s)\n", qPrintable(done.message()),
                         qPrintable(done.error().code));
            engine.stop();
            app.exit(4);
            return;
        }
        events = script.events();
    });
    acts.start(std::max(0, parser.value(tickOption).toInt()));

    if (parser.isSet(drainOption)) {
        QTimer check;
        OutboxStore store(*db);
        QObject::connect(&check, &QTimer::timeout, &app, [&] {
            if (events < maxEvents)
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
