// bench_synchistory [ROWS…]: the Sync page's 24-hour charts (SyncHistoryService::lastDay: waiting events rebuilt from
// the outbox and latency percentiles per hour, both CRMs) on a station whose outbox holds ROWS rows (default 100,000
// and 200,000) with a delivered attempt each. Two shapes per size: the rows spread over the 7 days the metrics keep
// (a busy station) and all of them in the last day (the worst case: the whole outbox is the window). Prints
// key=value figures in milliseconds, the median of 15 runs, wall clock and CPU; the last line is the CPU time of the
// 200,000-row worst case.
#include "app/core/Clock.h"
#include "app/services/SyncHistoryService.h"
#include "app/storage/Database.h"
#include "app/storage/SyncHistoryStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <ctime>
#include <functional>

using namespace fb;

namespace {

constexpr qint64 kHour = 3600 * 1000;

// Fills the outbox as delivery leaves it: most rows delivered 1–120 s after creation (one delivered attempt each,
// 40–900 ms, plus a transient error for one in thirty), one in a hundred in the failed queue, one in two hundred
// discarded, and the newest 2,000 still waiting. Payloads of a realistic size, so the table's pages are too.
Status fill(Database &db, int rows, int days, qint64 nowMs)
{
    return db.write([&]() -> Status {
        // Prepared once: the fill is not what is measured, and 200,000 prepares would dominate it.
        QSqlQuery outbox(db.handle());
        QSqlQuery attempts(db.handle());
        if (!outbox.prepare(QStringLiteral(
                "INSERT INTO outbox(crm, event_type, event_id, idempotency_key, ordering_key, payload, state, "
                "attempts, next_attempt_at, created_at, created_ms, delivered_at, delivered_ms, failed_at, failed_ms, "
                "operator_code, station_id) VALUES(?, 'inward.submitted', ?, ?, ?, ?, ?, 1, ?, "
                "'2025-09-25T17:00:00+05:30', ?, ?, ?, ?, ?, 'W001', 'ST01')")) ||
            !attempts.prepare(QStringLiteral("INSERT INTO sync_attempts(crm, outbox_id, status, outcome, latency_ms, "
                                             "at_ms) VALUES(?, ?, ?, ?, ?, ?)")))
            return makeError(outbox.lastError().text() + attempts.lastError().text());
        QRandomGenerator random(42);
        const QString product = QStringLiteral(R"({"product_code":"CGSTV32","serials":[{"sn":"CGSTV322509251001",)"
                                               R"("status":"IN_STOCK"}]})");
        const QString payload = QStringLiteral(R"({"type":"inward.submitted","data":{"request_id":"INV-%1",)"
                                               R"("warehouse_code":"WH001","products":[%2]}})");
        const QString products = QStringList(4, product).join(QLatin1Char(','));
        const QString stamp = QStringLiteral("2025-09-25T17:00:00+05:30");
        const qint64 span = days * 24 * kHour;
        for (int i = 0; i < rows; ++i) {
            const QString crm = i % 2 ? QStringLiteral("new") : QStringLiteral("legacy");
            const qint64 created = nowMs - span + span * i / rows;
            const qint64 answered = created + 1000 + random.bounded(119000);
            QString state = QStringLiteral("DELIVERED");
            if (i >= rows - 2000)
                state = QStringLiteral("PENDING");
            else if (i % 100 == 7)
                state = QStringLiteral("FAILED");
            else if (i % 200 == 11)
                state = QStringLiteral("DISCARDED");
            const bool delivered = state == u"DELIVERED";
            const bool failed = state == u"FAILED";
            const QVariantList values{crm,
                                      QStringLiteral("E%1").arg(i / 2),
                                      QStringLiteral("E%1:%2").arg(i / 2).arg(crm),
                                      QStringLiteral("CGSTV3225092%1").arg(i % 50000, 5, 10, QLatin1Char('0')),
                                      payload.arg(i).arg(products),
                                      state,
                                      created,
                                      created,
                                      delivered ? QVariant(stamp) : QVariant(),
                                      delivered ? QVariant(answered) : QVariant(),
                                      failed ? QVariant(stamp) : QVariant(),
                                      failed ? QVariant(answered) : QVariant()};
            for (int v = 0; v < values.size(); ++v)
                outbox.bindValue(v, values[v]);
            if (!outbox.exec())
                return makeError(outbox.lastError().text());
            const auto attempt = [&](const QString &outcome, qint64 at) -> Status {
                const QVariantList a{crm, i + 1, outcome == u"delivered" ? 200 : 503, outcome, 40 + random.bounded(860),
                                     at};
                for (int v = 0; v < a.size(); ++v)
                    attempts.bindValue(v, a[v]);
                return attempts.exec() ? Status(Ok{}) : Status(makeError(attempts.lastError().text()));
            };
            Status recorded = Ok{};
            if (failed)
                recorded = attempt(QStringLiteral("permanent"), answered);
            if (delivered && i % 30 == 0)
                recorded = attempt(QStringLiteral("transient"), answered - 500);
            if (delivered && recorded)
                recorded = attempt(QStringLiteral("delivered"), answered);
            if (!recorded)
                return recorded;
        }
        return Ok{};
    });
}

// Median wall-clock and CPU milliseconds of 15 runs. The CPU figure is what the query costs on a machine other work
// shares (the wall figure then mostly measures the neighbours).
struct Timing
{
    double wallMs = -1;
    double cpuMs = -1;
};

Timing measure(const std::function<bool()> &work)
{
    if (!work()) // warm, and stop at the first failure
        return {};
    QList<double> wall;
    QList<double> cpu;
    for (int i = 0; i < 15; ++i) {
        QElapsedTimer t;
        const std::clock_t c = std::clock();
        t.start();
        work();
        wall << double(t.nsecsElapsed()) / 1e6;
        cpu << double(std::clock() - c) * 1000.0 / CLOCKS_PER_SEC;
    }
    std::sort(wall.begin(), wall.end());
    std::sort(cpu.begin(), cpu.end());
    return {wall.at(wall.size() / 2), cpu.at(cpu.size() / 2)};
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QList<int> sizes;
    for (int i = 1; i < argc; ++i)
        sizes << QString::fromLocal8Bit(argv[i]).toInt();
    if (sizes.isEmpty())
        sizes = {100000, 200000};
    FakeClock clock;
    const qint64 nowMs = clock.now().toMSecsSinceEpoch();
    for (int rows : sizes) {
        for (int days : {7, 1}) {
            QTemporaryDir dir;
            auto opened = Database::open(dir.filePath(QStringLiteral("bench.db")));
            if (!opened.ok()) {
                out << "bench_synchistory: " << opened.message() << Qt::endl;
                return 1;
            }
            Database &db = *opened.value();
            QElapsedTimer filling;
            filling.start();
            if (Status s = fill(db, rows, days, nowMs); !s) {
                out << "bench_synchistory: " << s.message() << Qt::endl;
                return 1;
            }
            const QString k = QStringLiteral("rows%1_days%2_").arg(rows).arg(days);
            out << k << "fill_ms=" << filling.elapsed() << Qt::endl;
            SyncHistoryService service(db, clock);
            SyncHistoryStore store(db);
            auto day = service.lastDay();
            if (!day.ok()) {
                out << "bench_synchistory: " << day.message() << Qt::endl;
                return 1;
            }
            const qint64 from = day->from.toMSecsSinceEpoch();
            int delivered = 0;
            for (const LatencyBucket &b : day->crms.first().latency)
                delivered += b.delivered;
            out << k << "legacy_delivered_in_day=" << delivered << '\n'
                << k << "legacy_waiting_now=" << day->crms.first().backlog.constLast().waiting << Qt::endl;
            const auto print = [&](const QString &name, const std::function<bool()> &work) {
                const Timing t = measure(work);
                out << k << name << "_ms=" << QString::number(t.wallMs, 'f', 2) << '\n'
                    << k << name << "_cpu_ms=" << QString::number(t.cpuMs, 'f', 2) << Qt::endl;
            };
            print(QStringLiteral("backlog_query"),
                  [&] { return store.backlog(Crm::Legacy, from, 15 * 60000, nowMs).ok(); });
            print(QStringLiteral("latency_query"), [&] { return store.latency(Crm::Legacy, from, kHour, 24).ok(); });
            print(QStringLiteral("last_day"), [&] { return service.lastDay().ok(); });
        }
    }
    return 0;
}
