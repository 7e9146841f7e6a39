// Start-up at scale. Builds (once, cached) a station database with 1,000,000 serials, 200,000 movements and
// 100,000 outbox rows, then:
//   - spawns the real `floorbridge` 5 times (QT_QPA_PLATFORM=offscreen, FLOORBRIDGE_BENCH_EXIT_WHEN_READY=1): time
//     from spawn to the first paint of the main window with the event loop running, and its peak RSS (VmHWM);
//   - looks serials up through SerialLookupService (the lookup dialog's service): first lookup and median of 200.
// Prints key=value lines; targets: startup_s <= 1, lookup_ms <= 1, rss_mb <= 150.
//   bench_startup [--runs N] [--cache DIR] [--regenerate]

#include "StagesFixture.h"
#include "app/core/Clock.h"
#include "app/services/OperatorService.h"
#include "app/services/SerialLookupService.h"
#include "app/services/Station.h"
#include "app/storage/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

#include <algorithm>
#include <cstdio>

using namespace fb;

namespace {

constexpr int kSerials = 1'000'000;
constexpr int kMovements = 200'000;
constexpr int kOutbox = 100'000;
const QStringList kProducts{QStringLiteral("CGSTV32"), QStringLiteral("CGSTV36"), QStringLiteral("CGSTV43")};
const QString kMarker = QStringLiteral("bench-startup-v1");

void say(const char *key, const QString &value)
{
    std::printf("%s=%s\n", key, qPrintable(value));
    std::fflush(stdout);
}

double median(QList<double> v)
{
    if (v.isEmpty())
        return -1;
    std::sort(v.begin(), v.end());
    return v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
}

// The i-th serial: products in turn, 500 days back from 2025-09-25, up to 667 units per product per day.
QString serialAt(int i, QDate *madeOn = nullptr)
{
    const int product = i % 3;
    const int perProduct = i / 3;
    const QDate day = QDate(2025, 9, 25).addDays(-(perProduct / 667));
    if (madeOn)
        *madeOn = day;
    return kProducts[product] + day.toString(QStringLiteral("yyMMdd")) +
           QStringLiteral("%1").arg(1001 + perProduct % 667, 4, 10, QLatin1Char('0'));
}

bool exec(QSqlQuery &q)
{
    if (q.exec())
        return true;
    std::fprintf(stderr, "bench_startup: %s\n", qPrintable(q.lastError().text()));
    return false;
}

// One transaction, prepared statements: ~1.3 million rows in seconds.
bool generate(const QString &dataDir)
{
    QDir(dataDir).removeRecursively();
    QDir().mkpath(dataDir);
    FakeClock clock;
    {
        auto station = Station::open(dataDir, clock);
        if (!station.ok()) {
            std::fprintf(stderr, "bench_startup: %s\n", qPrintable(station.message()));
            return false;
        }
        if (!test::loadSeedMasterData(station.value()->db()).ok())
            return false;
        OperatorService ops(station.value()->db(), station.value()->settings(), clock);
        if (!ops.createFirstAdmin(QStringLiteral("A001"), QStringLiteral("Asha"), QStringLiteral("1234")).ok())
            return false;
    }
    auto opened = Database::open(QDir(dataDir).filePath(QStringLiteral("floorbridge.db")));
    if (!opened.ok())
        return false;
    QSqlDatabase &db = opened.value()->handle();
    QSqlQuery pragma(db);
    pragma.exec(QStringLiteral("PRAGMA synchronous=OFF"));
    if (!db.transaction())
        return false;
    const QString at = QStringLiteral("2025-09-25T17:00:00+05:30");

    QSqlQuery serial(db);
    serial.prepare(QStringLiteral("INSERT INTO serials (serial, product_code, made_on, running_no, state, "
                                  "warehouse_code, party_code, ref, updated_at, operator_code, station_id) "
                                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'A001', 'ST01')"));
    for (int i = 0; i < kSerials; ++i) {
        QDate made;
        const QString s = serialAt(i, &made);
        // 60 % in stock, 20 % generated, 20 % dispatched.
        const int bucket = i % 10;
        const QString state = bucket < 6   ? QStringLiteral("IN_STOCK")
                              : bucket < 8 ? QStringLiteral("GENERATED")
                                           : QStringLiteral("DISPATCHED");
        serial.bindValue(0, s);
        serial.bindValue(1, kProducts[i % 3]);
        serial.bindValue(2, made.toString(Qt::ISODate));
        serial.bindValue(3, s.right(4).toInt());
        serial.bindValue(4, state);
        serial.bindValue(5, bucket < 6 ? QStringLiteral("WH00%1").arg(1 + i % 2) : QString());
        serial.bindValue(6, bucket >= 8 ? QStringLiteral("RET123") : QString());
        serial.bindValue(7, bucket < 6 ? QStringLiteral("INV-%1").arg(i / 50) : QString());
        serial.bindValue(8, at);
        if (!exec(serial))
            return false;
    }
    QSqlQuery movement(db);
    movement.prepare(QStringLiteral("INSERT INTO movements (serial, kind, from_state, to_state, warehouse_code, "
                                    "party_code, ref, at, operator_code, station_id) VALUES (?, ?, ?, ?, ?, NULL, ?, "
                                    "?, 'A001', 'ST01')"));
    for (int i = 0; i < kMovements; ++i) {
        // Every in-stock serial among the first ones gets its inward movement (two of them per generated one).
        const int s = (i / 2) * 10 + (i % 2);
        movement.bindValue(0, serialAt(s));
        movement.bindValue(1, QStringLiteral("inward"));
        movement.bindValue(2, QStringLiteral("GENERATED"));
        movement.bindValue(3, QStringLiteral("IN_STOCK"));
        movement.bindValue(4, QStringLiteral("WH00%1").arg(1 + s % 2));
        movement.bindValue(5, QStringLiteral("INV-%1").arg(s / 50));
        movement.bindValue(6, at);
        if (!exec(movement))
            return false;
    }
    QSqlQuery outbox(db);
    outbox.prepare(QStringLiteral(
        "INSERT INTO outbox (crm, event_type, event_id, idempotency_key, ordering_key, payload, state, attempts, "
        "next_attempt_at, created_at, created_ms, delivered_at, delivered_ms, operator_code, station_id) "
        "VALUES (?, 'stock.inward', ?, ?, 'stock', ?, ?, ?, ?, ?, ?, ?, ?, 'A001', 'ST01')"));
    const qint64 createdMs = QDateTime::fromString(at, Qt::ISODate).toMSecsSinceEpoch();
    for (int i = 0; i < kOutbox; ++i) {
        const QString crm = i % 2 ? QStringLiteral("new") : QStringLiteral("legacy");
        const QString event = QStringLiteral("evt-%1").arg(i / 2);
        // 95 % delivered, 4 % waiting, 1 % failed: a station that has been running for months.
        const int bucket = i % 100;
        const QString state = bucket < 95   ? QStringLiteral("DELIVERED")
                              : bucket < 99 ? QStringLiteral("PENDING")
                                            : QStringLiteral("FAILED");
        outbox.bindValue(0, crm);
        outbox.bindValue(1, event);
        outbox.bindValue(2, event + u'-' + crm);
        outbox.bindValue(3, QStringLiteral("{\"request_id\":\"INV-%1\",\"total_sr\":1}").arg(i));
        outbox.bindValue(4, state);
        outbox.bindValue(5, state == u"FAILED" ? 8 : 1);
        outbox.bindValue(6, createdMs + i);
        outbox.bindValue(7, at);
        outbox.bindValue(8, createdMs + i);
        outbox.bindValue(9, state == u"DELIVERED" ? QVariant(at) : QVariant());
        outbox.bindValue(10, state == u"DELIVERED" ? QVariant(createdMs + i + 300) : QVariant());
        if (!exec(outbox))
            return false;
    }
    if (!db.commit())
        return false;
    pragma.exec(QStringLiteral("ANALYZE"));
    pragma.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    QFile marker(QDir(dataDir).filePath(kMarker));
    return marker.open(QIODevice::WriteOnly) && marker.write("ok\n") > 0;
}

struct Run
{
    double readyMs = -1;
    double rssMb = -1;
    double exitMs = -1;
    QString error;
};

Run startOnce(const QString &dataDir)
{
    Run run;
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("FLOORBRIDGE_BENCH_EXIT_WHEN_READY"), QStringLiteral("1"));
    QElapsedTimer timer;
    timer.start();
    env.insert(QStringLiteral("FLOORBRIDGE_BENCH_T0_MS"), QString::number(timer.msecsSinceReference()));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(FB_GUI_PATH), {QStringLiteral("--data-dir"), dataDir});
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        run.error = QStringLiteral("floorbridge did not become ready within 60 s");
        return run;
    }
    run.exitMs = double(timer.elapsed());
    const QList<QByteArray> lines = p.readAllStandardOutput().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("ready_ms="))
            run.readyMs = line.mid(9).toDouble();
        else if (line.startsWith("rss_mb="))
            run.rssMb = line.mid(7).toDouble();
    }
    if (run.readyMs < 0)
        run.error = QStringLiteral("no ready_ms from floorbridge (exit %1): %2")
                        .arg(p.exitCode())
                        .arg(QString::fromLocal8Bit(p.readAllStandardError().right(400)));
    return run;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    int runs = 5;
    QString cache = QDir(QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation))
                        .filePath(QStringLiteral("floorbridge-bench/startup"));
    bool regenerate = false;
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args[i] == u"--runs" && i + 1 < args.size())
            runs = std::max(1, args[++i].toInt());
        else if (args[i] == u"--cache" && i + 1 < args.size())
            cache = args[++i];
        else if (args[i] == u"--regenerate")
            regenerate = true;
    }
    say("serials", QString::number(kSerials));
    say("movements", QString::number(kMovements));
    say("outbox_rows", QString::number(kOutbox));
    say("data_dir", cache);

    const bool cached = QFile::exists(QDir(cache).filePath(kMarker)) && !regenerate;
    if (!cached) {
        QElapsedTimer t;
        t.start();
        if (!generate(cache)) {
            std::fprintf(stderr, "bench_startup: could not build the database in %s\n", qPrintable(cache));
            return 2;
        }
        say("generate_s", QString::number(t.elapsed() / 1000.0, 'f', 1));
    }
    say("db_mb",
        QString::number(QFileInfo(QDir(cache).filePath(QStringLiteral("floorbridge.db"))).size() / 1048576.0, 'f', 1));

    QList<double> ready, rss, exits;
    for (int i = 0; i < runs; ++i) {
        const Run r = startOnce(cache);
        if (!r.error.isEmpty()) {
            std::fprintf(stderr, "bench_startup: %s\n", qPrintable(r.error));
            return 3;
        }
        ready << r.readyMs;
        rss << r.rssMb;
        exits << r.exitMs;
        say(qPrintable(QStringLiteral("run%1").arg(i + 1)),
            QStringLiteral("ready_ms:%1,rss_mb:%2,exit_ms:%3").arg(r.readyMs).arg(r.rssMb).arg(r.exitMs));
    }

    // Lookups through the service the lookup dialog uses, on the same database.
    FakeClock clock;
    auto station = Station::open(cache, clock);
    if (!station.ok()) {
        std::fprintf(stderr, "bench_startup: %s\n", qPrintable(station.message()));
        return 4;
    }
    SerialLookupService lookups(station.value()->db(), clock);
    const Actor admin{QStringLiteral("A001"), QStringLiteral("Asha"), Role::Admin, QStringLiteral("ST01")};
    QList<double> lookupMs;
    double firstMs = -1;
    QRandomGenerator rng(7);
    for (int i = 0; i < 201; ++i) {
        // Serials with history (inwarded: the first rows) and without, spread over the million.
        const int index = i % 2 ? int(rng.bounded(kSerials)) : int(rng.bounded(kMovements / 2)) / 2 * 10;
        const QString serial = serialAt(index);
        QElapsedTimer t;
        t.start();
        auto found = lookups.lookup(admin, serial);
        const double ms = t.nsecsElapsed() / 1e6;
        if (!found.ok() || !found->found) {
            std::fprintf(stderr, "bench_startup: lookup of %s failed: %s\n", qPrintable(serial),
                         qPrintable(found.ok() ? found->message : found.message()));
            return 5;
        }
        if (i == 0)
            firstMs = ms;
        else
            lookupMs << ms;
    }

    const double startupS = median(ready) / 1000.0;
    const double lookup = median(lookupMs);
    const double rssMb = *std::max_element(rss.cbegin(), rss.cend());
    say("startup_s", QString::number(startupS, 'f', 3));
    say("startup_exit_s", QString::number(median(exits) / 1000.0, 'f', 3));
    say("lookup_ms", QString::number(lookup, 'f', 3));
    say("lookup_first_ms", QString::number(firstMs, 'f', 3));
    say("rss_mb", QString::number(rssMb, 'f', 1));
    const bool met = startupS <= 1.0 && lookup <= 1.0 && rssMb <= 150.0;
    say("targets", met ? QStringLiteral("met") : QStringLiteral("missed"));
    return 0;
}
