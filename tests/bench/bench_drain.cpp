// bench_drain: how fast the delivery loop drains a backlog, against the best a plain HTTP client does on the same
// endpoint. Per point (latency L, concurrency C): N events are queued for the new CRM, crm-sim answers every request
// after L ms (fault latency_ms), and DeliveryLoop (own thread's event loop, real SQLite file, real HTTP on loopback)
// delivers them with sync.concurrency = C. Then `curl --parallel --parallel-max C` sends the same number of requests
// (same path, token, an Idempotency-Key each, the same mapped bodies) to the same crm-sim. The ideal is C / L.
// The events are real inward events from the event registry (events::inwardSubmitted), event i moving unit
// i % keys: each unit's moves reach the CRM in order, and different units flow side by side.
// stall_ratio (first point): the same drain with one FAILED event at the head (a unit's inward the CRM refused) and
// `--held` later events of that unit queued behind it: the unrelated events' drain rate over the rate with none.
// Prints key=value figures; the last lines are stall_ratio= and drain_vs_ideal=<ratio> for the first point. Not a
// ctest test.
//
//   bench_drain [--events 20000] [--keys 1000] [--held 20] [--points 50x8,20x16] [--curl curl] [--no-curl]
#include "CrmSimProcess.h"
#include "SyncProof.h"
#include "app/core/Clock.h"
#include "app/services/Events.h"
#include "app/storage/Database.h"
#include "app/storage/OutboxStore.h"
#include "sync/delivery/DeliveryLoop.h"
#include "sync/http/CrmClient.h"
#include "sync/mapping/PayloadMapping.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <algorithm>

using namespace fb;
using fb::test::CrmSimProcess;

namespace {

struct Point
{
    int latencyMs = 50;
    int concurrency = 8;
    QString name() const { return QStringLiteral("l%1_c%2").arg(latencyMs).arg(concurrency); }
    double ideal() const { return concurrency * 1000.0 / latencyMs; }
};

struct Figures
{
    qint64 drainMs = -1;
    int delivered = 0;
    int requests = 0;
    qint64 curlMs = -1;
    int curlOk = 0;
    QString problem;
};

QByteArray configString(const QByteArray &text)
{
    QByteArray out = text;
    out.replace('\\', "\\\\").replace('"', "\\\"").replace('\n', "\\n").replace('\r', "\\r").replace('\t', "\\t");
    return '"' + out + '"';
}

const Actor kActor{QStringLiteral("W001"), QStringLiteral("Wasim"), Role::Warehouse, QStringLiteral("ST01")};

// Event i: an inward (the sync proofs' body) of unit i % keys, through the registry, so its ordering keys are the
// real ones (the inward document and the unit's serial).
OutboxEvent stockEvent(int i, int keys)
{
    QJsonObject data = test::proofEvent(i, keys).data;
    QJsonObject product = data.value(QStringLiteral("products")).toArray().at(0).toObject();
    product[u"serials"] = QJsonArray{
        QJsonObject{{QStringLiteral("sn"), QStringLiteral("CGSTV32%1").arg(i % keys, 10, 10, QLatin1Char('0'))},
                    {QStringLiteral("status"), QStringLiteral("IN_STOCK")}}};
    data[u"products"] = QJsonArray{product};
    OutboxEvent event = events::inwardSubmitted(data);
    event.targets = {Crm::New};
    return event;
}

// The stall scenario's head: unit `keys` (touched by no other event) refused by the CRM, FAILED, with `held` more
// events of that unit queued behind it.
Status enqueueFailedHead(Database &db, const Clock &clock, int keys, int held)
{
    OutboxWriter writer(db, clock);
    Status s = db.write([&]() -> Status {
        for (int n = 0; n <= held; ++n) {
            OutboxEvent event = stockEvent(keys, keys + 1);
            event.data[u"request_id"] = QStringLiteral("SP-HELD-%1").arg(n);
            event.orderingKeys.replace(0, ordering::inward(QStringLiteral("SP-HELD-%1").arg(n)));
            if (auto id = writer.enqueue(kActor, event); !id.ok())
                return id.error();
        }
        return Ok{};
    });
    if (!s)
        return s;
    OutboxStore store(db);
    auto head = store.claimDue(Crm::New, clock.now().toMSecsSinceEpoch(), 1);
    if (!head.ok())
        return head.error();
    if (head->size() != 1)
        return makeError(QStringLiteral("the failed head was not claimable"));
    return store.markFailed(head->first().id, 422, QStringLiteral("refused by the bench"), clock.now());
}

// Queues `events` stock events for the new CRM only.
Status enqueue(Database &db, const Clock &clock, int events, int keys)
{
    OutboxWriter writer(db, clock);
    for (int from = 0; from < events; from += 2000) {
        Status s = db.write([&]() -> Status {
            for (int i = from; i < std::min(events, from + 2000); ++i) {
                const OutboxEvent event = stockEvent(i, keys);
                if (auto id = writer.enqueue(kActor, event); !id.ok())
                    return id.error();
            }
            return Ok{};
        });
        if (!s)
            return s;
    }
    return Ok{};
}

// The drain: from DeliveryLoop::start() to the last row recorded DELIVERED.
void drain(CrmSimProcess &sim, const QString &dbPath, const Point &point, int events, Figures &f)
{
    SystemClock clock;
    DeliverySettings settings;
    settings.concurrency = point.concurrency;
    settings.timeoutMs = 15000;
    settings.urls[size_t(Crm::New)] = sim.newUrl();
    DeliveryLoop loop(dbPath, settings, clock);
    loop.setToken(Crm::New, CrmSimProcess::newToken());
    QEventLoop wait;
    QObject::connect(&loop, &DeliveryLoop::attempted, &wait, [&](qint64, Crm, int, const QString &outcome) {
        if (outcome == QStringLiteral("delivered") && ++f.delivered == events) // the unrelated ones, in a stall run
            wait.quit();
    });
    QTimer limit;
    limit.setSingleShot(true);
    QObject::connect(&limit, &QTimer::timeout, &wait, [&] {
        f.problem = QStringLiteral("drain did not finish within 20 minutes");
        wait.quit();
    });
    limit.start(20 * 60 * 1000);
    QElapsedTimer timer;
    timer.start();
    if (Status s = loop.start(); !s) {
        f.problem = s.message();
        return;
    }
    wait.exec();
    f.drainMs = timer.elapsed();
    loop.stop();
    f.requests = sim.stats(Crm::New).value(QStringLiteral("received")).toInt();
}

// The same requests (path, headers, bodies) with fresh idempotency keys, from curl with the same concurrency.
void curlRun(CrmSimProcess &sim, Database &db, const QString &dir, const QString &curl, const Point &point, int events,
             Figures &f)
{
    auto mapping = PayloadMapping::builtIn(Crm::New);
    if (!mapping.ok()) {
        f.problem = mapping.message();
        return;
    }
    OutboxStore store(db);
    OutboxFilter filter;
    filter.crm = Crm::New;
    filter.limit = events;
    auto rows = store.list(filter);
    if (!rows.ok()) {
        f.problem = rows.message();
        return;
    }
    QFile config(QDir(dir).filePath(QStringLiteral("curl-%1.conf").arg(point.name())));
    if (!config.open(QIODevice::WriteOnly)) {
        f.problem = config.errorString();
        return;
    }
    const QByteArray auth = "Authorization: Bearer " + CrmSimProcess::newToken().toUtf8();
    for (const OutboxRow &row : rows.value()) {
        auto mapped = mapping.value().map(row.eventType, row.payload);
        if (!mapped.ok()) {
            f.problem = mapped.message();
            return;
        }
        const QByteArray url = CrmClient::join(sim.newUrl(), mapped.value().path).toEncoded();
        QByteArray entry;
        entry += "url = " + configString(url) + "\nrequest = " + configString(mapped.value().method) + '\n';
        entry += "header = " + configString(auth) + '\n';
        entry += "header = \"Accept: application/json\"\nheader = \"Content-Type: application/json\"\n";
        entry += "header = " + configString("Idempotency-Key: curl-" + row.idempotencyKey.toUtf8()) + '\n';
        entry += "data-binary = " + configString(mapped.value().body) + '\n';
        entry += "output = \"/dev/null\"\nwrite-out = \"%{http_code}\\n\"\nnext\n";
        config.write(entry);
    }
    config.close();

    QProcess process;
    process.setProgram(curl);
    process.setArguments({QStringLiteral("--silent"), QStringLiteral("--parallel"), QStringLiteral("--parallel-max"),
                          QString::number(point.concurrency), QStringLiteral("--parallel-immediate"),
                          QStringLiteral("--config"), config.fileName()});
    QElapsedTimer timer;
    timer.start();
    process.start();
    if (!process.waitForStarted(10000) || !process.waitForFinished(20 * 60 * 1000)) {
        f.problem = QStringLiteral("%1 did not run: %2").arg(curl, process.errorString());
        return;
    }
    f.curlMs = timer.elapsed();
    for (const QByteArray &line : process.readAllStandardOutput().split('\n'))
        f.curlOk += line.startsWith('2') ? 1 : 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Delivery loop drain rate against crm-sim with a fixed latency."));
    parser.addHelpOption();
    const QCommandLineOption eventsOption(QStringLiteral("events"), QStringLiteral("Events per point."),
                                          QStringLiteral("n"), QStringLiteral("20000"));
    const QCommandLineOption keysOption(QStringLiteral("keys"), QStringLiteral("Ordering keys."), QStringLiteral("n"),
                                        QStringLiteral("1000"));
    const QCommandLineOption heldOption(QStringLiteral("held"),
                                        QStringLiteral("Events held behind the failed head (stall_ratio)."),
                                        QStringLiteral("n"), QStringLiteral("20"));
    const QCommandLineOption pointsOption(QStringLiteral("points"),
                                          QStringLiteral("Latency (ms) x concurrency, comma-separated; the first one "
                                                         "gives drain_vs_ideal."),
                                          QStringLiteral("LxC,…"), QStringLiteral("50x8,20x16"));
    const QCommandLineOption curlOption(QStringLiteral("curl"), QStringLiteral("The curl to compare with."),
                                        QStringLiteral("path"), QStringLiteral("curl"));
    const QCommandLineOption noCurlOption(QStringLiteral("no-curl"), QStringLiteral("Skip the curl comparison."));
    parser.addOptions({eventsOption, keysOption, heldOption, pointsOption, curlOption, noCurlOption});
    parser.process(app);

    QTextStream out(stdout);
    const int events = std::max(1, parser.value(eventsOption).toInt());
    const int keys = std::max(1, parser.value(keysOption).toInt());
    const int held = std::max(0, parser.value(heldOption).toInt());
    QList<Point> points;
    for (const QString &text : parser.value(pointsOption).split(u',', Qt::SkipEmptyParts)) {
        const QStringList parts = text.split(u'x');
        Point p{parts.value(0).toInt(), parts.value(1).toInt()};
        if (parts.size() != 2 || p.latencyMs <= 0 || p.concurrency <= 0 || p.concurrency > 64) {
            out << "bench_drain: --points wants LxC with L ≥ 1 ms and 1 ≤ C ≤ 64, not " << text << Qt::endl;
            return 2;
        }
        points.append(p);
    }
    if (points.isEmpty()) {
        out << "bench_drain: no --points" << Qt::endl;
        return 2;
    }
    if (qEnvironmentVariableIsEmpty("FB_CRM_SIM"))
        qputenv("FB_CRM_SIM", FB_CRM_SIM_PATH);

    CrmSimProcess sim;
    if (!sim.start()) {
        out << "bench_drain: " << sim.errorString() << Qt::endl;
        return 1;
    }
    out << "events=" << events << "\nkeys=" << keys << Qt::endl;
    double headline = 0;
    double stallRatio = -1;
    for (const Point &point : points) {
        QTemporaryDir dir;
        const QString path = QDir(dir.path()).filePath(QStringLiteral("floorbridge.db"));
        auto opened = Database::open(path);
        if (!opened.ok()) {
            out << "bench_drain: " << opened.message() << Qt::endl;
            return 1;
        }
        std::unique_ptr<Database> db = std::move(opened).value();
        SystemClock clock;
        if (Status s = enqueue(*db, clock, events, keys); !s) {
            out << "bench_drain: " << s.message() << Qt::endl;
            return 1;
        }
        if (!sim.reset() || !sim.setFaults(Crm::New, QJsonObject{{QStringLiteral("latency_ms"), point.latencyMs}})) {
            out << "bench_drain: crm-sim refused the reset or the latency" << Qt::endl;
            return 1;
        }
        Figures f;
        drain(sim, path, point, events, f);
        if (f.problem.isEmpty() && !parser.isSet(noCurlOption)) {
            sim.reset();
            sim.setFaults(Crm::New, QJsonObject{{QStringLiteral("latency_ms"), point.latencyMs}});
            curlRun(sim, *db, dir.path(), parser.value(curlOption), point, events, f);
        }
        if (!f.problem.isEmpty()) {
            out << "bench_drain: " << point.name() << ": " << f.problem << Qt::endl;
            return 1;
        }
        const QString k = point.name() + u'_';
        const double rate = events * 1000.0 / std::max<qint64>(1, f.drainMs);
        out << k << "latency_ms=" << point.latencyMs << '\n'
            << k << "concurrency=" << point.concurrency << '\n'
            << k << "ideal_events_per_s=" << QString::number(point.ideal(), 'f', 1) << '\n'
            << k << "drain_ms=" << f.drainMs << '\n'
            << k << "drain_events_per_s=" << QString::number(rate, 'f', 1) << '\n'
            << k << "drain_requests=" << f.requests << '\n'
            << k << "drain_vs_ideal=" << QString::number(rate / point.ideal(), 'f', 3) << '\n';
        if (f.curlMs >= 0) {
            const double curlRate = events * 1000.0 / std::max<qint64>(1, f.curlMs);
            out << k << "curl_ms=" << f.curlMs << '\n'
                << k << "curl_ok=" << f.curlOk << '\n'
                << k << "curl_events_per_s=" << QString::number(curlRate, 'f', 1) << '\n'
                << k << "curl_vs_ideal=" << QString::number(curlRate / point.ideal(), 'f', 3) << '\n'
                << k << "drain_vs_curl=" << QString::number(rate / curlRate, 'f', 3) << '\n';
        }
        out.flush();
        if (&point != &points.constFirst())
            continue;
        headline = rate / point.ideal();
        // The same drain with a FAILED event at the head and `held` events of its unit behind it.
        QTemporaryDir stallDir;
        const QString stallPath = QDir(stallDir.path()).filePath(QStringLiteral("floorbridge.db"));
        auto stallDb = Database::open(stallPath);
        if (!stallDb.ok()) {
            out << "bench_drain: " << stallDb.message() << Qt::endl;
            return 1;
        }
        if (Status st = enqueueFailedHead(*stallDb.value(), clock, keys, held); !st) {
            out << "bench_drain: " << st.message() << Qt::endl;
            return 1;
        }
        if (Status st = enqueue(*stallDb.value(), clock, events, keys); !st) {
            out << "bench_drain: " << st.message() << Qt::endl;
            return 1;
        }
        stallDb.value().reset();
        sim.reset();
        sim.setFaults(Crm::New, QJsonObject{{QStringLiteral("latency_ms"), point.latencyMs}});
        Figures stall;
        drain(sim, stallPath, point, events, stall);
        if (!stall.problem.isEmpty()) {
            out << "bench_drain: stall: " << stall.problem << Qt::endl;
            return 1;
        }
        const double stallRate = events * 1000.0 / std::max<qint64>(1, stall.drainMs);
        stallRatio = stallRate / rate;
        out << k << "stall_held=" << held << '\n'
            << k << "stall_drain_ms=" << stall.drainMs << '\n'
            << k << "stall_events_per_s=" << QString::number(stallRate, 'f', 1) << '\n';
    }
    out << "stall_ratio=" << QString::number(stallRatio, 'f', 3) << '\n';
    out << "drain_vs_ideal=" << QString::number(headline, 'f', 3) << Qt::endl;
    return 0;
}
