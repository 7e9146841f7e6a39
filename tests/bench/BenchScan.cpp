// bench_scan: scan-to-commit latency of an inward session, against a bare SQLite INSERT + COMMIT on the same disk with
// the same pragmas. One scan = raw scanner bytes → ScanDecoder → InwardService::scan (validated against the register,
// committed in its own transaction) → row appended to the inward model → row checked present. 10,000 scans with
// 100,000 serials already in the register; the bare transaction runs interleaved with the scans, so both see the same
// disk and the same neighbours. Prints key=value figures and ends with scan_to_commit_p99_ratio=<ours / bare>.
//
//   bench_scan [--dir DIR] [--scans N] [--register N]
#include "StagesFixture.h"

#include "app/domain/SerialNumber.h"
#include "app/scanner/ScanDecoder.h"
#include "app/services/InwardService.h"

#ifdef FB_BENCH_INWARD_MODEL
#include "ui/inward/InwardModel.h"
#else
#include <QAbstractListModel>
#endif

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <vector>

using namespace fb;

namespace {

#ifdef FB_BENCH_INWARD_MODEL
using Model = InwardModel; // the inward page's own model (ui/inward)
const char *kModelName = "InwardModel";
QString serialAt(const Model &m, int row)
{
    return m.index(row, InwardModel::SerialColumn).data().toString();
}
#else
// Stand-in for the inward page's model: appended with beginInsertRows, never reset.
class Model : public QAbstractListModel
{
public:
    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_lines.size()); }
    QVariant data(const QModelIndex &index, int role) const override
    {
        return role == Qt::DisplayRole && index.row() < m_lines.size() ? m_lines.at(index.row()).serial : QVariant();
    }
    void append(const InwardLine &line)
    {
        beginInsertRows({}, int(m_lines.size()), int(m_lines.size()));
        m_lines.append(line);
        endInsertRows();
    }

private:
    QList<InwardLine> m_lines;
};
const char *kModelName = "minimal";
QString serialAt(const Model &m, int row)
{
    return m.index(row, 0).data().toString();
}
#endif

[[noreturn]] void die(const QString &what)
{
    std::fprintf(stderr, "bench_scan: %s\n", qPrintable(what));
    std::exit(1);
}

double percentile(std::vector<qint64> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const size_t i = std::min(v.size() - 1, size_t(p * double(v.size() - 1) + 0.5));
    return double(v[i]) / 1000.0; // ns → µs
}

std::vector<qint64> slice(const std::vector<qint64> &v, size_t from, size_t count)
{
    return {v.begin() + qsizetype(std::min(from, v.size())), v.begin() + qsizetype(std::min(from + count, v.size()))};
}

// The register: `count` serials over the seed's products and consecutive days, running numbers 1001–1999 (station 1's
// block). Every 10th is GENERATED and kept for scanning; the rest are IN_STOCK elsewhere. One transaction.
QStringList fillRegister(Database &db, int count, int wanted)
{
    const QStringList products{QStringLiteral("CGSTV32"), QStringLiteral("CGSTV36"), QStringLiteral("CGSTV43")};
    QStringList toScan;
    Status s = db.write([&]() -> Status {
        QSqlQuery q(db.handle());
        if (!q.prepare(QStringLiteral("INSERT INTO serials(serial, product_code, made_on, running_no, state, "
                                      "warehouse_code, ref, updated_at, operator_code, station_id) "
                                      "VALUES(?, ?, ?, ?, ?, ?, ?, ?, 'W001', 'ST01')")))
            return makeError(q.lastError().text());
        int n = 0;
        for (QDate day(2025, 6, 1); n < count; day = day.addDays(1)) {
            for (const QString &product : products) {
                for (int no = 1001; no <= 1999 && n < count; ++no, ++n) {
                    const QString serial = formatSerial(product, day, no);
                    const bool scan = n % 10 == 0 && toScan.size() < wanted;
                    q.bindValue(0, serial);
                    q.bindValue(1, product);
                    q.bindValue(2, day.toString(Qt::ISODate));
                    q.bindValue(3, no);
                    q.bindValue(4, scan ? QStringLiteral("GENERATED") : QStringLiteral("IN_STOCK"));
                    q.bindValue(5, scan ? QVariant(QMetaType(QMetaType::QString)) : QVariant(QStringLiteral("WH002")));
                    q.bindValue(6, scan ? QVariant(QMetaType(QMetaType::QString))
                                        : QVariant(QStringLiteral("INV-2025-06-01-1001")));
                    q.bindValue(7, QStringLiteral("2025-09-01T09:00:00+05:30"));
                    if (!q.exec())
                        return makeError(q.lastError().text());
                    if (scan)
                        toScan << serial;
                }
            }
        }
        return Ok{};
    });
    if (!s)
        die(QStringLiteral("filling the register: ") + s.message());
    return toScan;
}

// The bare baseline: its own file in the same folder, the station's pragmas, one row per transaction.
class Bare
{
public:
    explicit Bare(const QString &path)
    {
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bare"));
        m_db.setDatabaseName(path);
        m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!m_db.open())
            die(QStringLiteral("bare: ") + m_db.lastError().text());
        QSqlQuery q(m_db);
        for (const char *sql : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL", "PRAGMA foreign_keys=ON",
                                "CREATE TABLE bare (id INTEGER PRIMARY KEY, serial TEXT NOT NULL, at TEXT NOT NULL)"}) {
            if (!q.exec(QString::fromLatin1(sql)))
                die(QStringLiteral("bare: ") + q.lastError().text());
            q.finish();
        }
        m_begin = QSqlQuery(m_db);
        m_insert = QSqlQuery(m_db);
        m_commit = QSqlQuery(m_db);
        if (!m_begin.prepare(QStringLiteral("BEGIN IMMEDIATE")) ||
            !m_insert.prepare(QStringLiteral("INSERT INTO bare(serial, at) VALUES(?, ?)")) ||
            !m_commit.prepare(QStringLiteral("COMMIT")))
            die(QStringLiteral("bare: prepare"));
    }
    ~Bare()
    {
        m_begin = QSqlQuery();
        m_insert = QSqlQuery();
        m_commit = QSqlQuery();
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("bare"));
    }
    void insertAndCommit(const QString &serial, const QString &at)
    {
        m_insert.bindValue(0, serial);
        m_insert.bindValue(1, at);
        if (!m_begin.exec() || !m_insert.exec() || !m_commit.exec())
            die(QStringLiteral("bare: ") + m_db.lastError().text());
    }

private:
    QSqlDatabase m_db;
    QSqlQuery m_begin;
    QSqlQuery m_insert;
    QSqlQuery m_commit;
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Inward scan-to-commit latency against a bare SQLite commit."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("dir"), QStringLiteral("Folder for the databases (the disk under test)."),
                      QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("scans"), QStringLiteral("Scans in the session (10000)."), QStringLiteral("N"),
                      QStringLiteral("10000")});
    parser.addOption({QStringLiteral("register"), QStringLiteral("Serials already registered (100000)."),
                      QStringLiteral("N"), QStringLiteral("100000")});
    parser.process(app);
    const int scans = parser.value(QStringLiteral("scans")).toInt();
    const int registered = parser.value(QStringLiteral("register")).toInt();
    if (scans < 1 || registered < scans * 10)
        die(QStringLiteral("--register must be at least 10 × --scans"));

    std::unique_ptr<QTemporaryDir> dir =
        parser.isSet(QStringLiteral("dir"))
            ? std::make_unique<QTemporaryDir>(
                  QDir(parser.value(QStringLiteral("dir"))).filePath(QStringLiteral("bench_scan-XXXXXX")))
            : std::make_unique<QTemporaryDir>();
    if (!dir->isValid())
        die(QStringLiteral("cannot create a temporary folder: ") + dir->errorString());

    FakeClock clock; // 2025-09-25 17:00 +05:30: the register's serials are all in the past
    auto opened = Database::open(dir->filePath(QStringLiteral("floorbridge.db")));
    if (!opened.ok())
        die(opened.message());
    std::unique_ptr<Database> db = std::move(opened).value();
    SettingsStore settings(*db);
    if (Status s = test::loadSeedMasterData(*db); !s)
        die(s.message());
    QElapsedTimer fill;
    fill.start();
    const QStringList toScan = fillRegister(*db, registered, scans);
    const qint64 fillMs = fill.elapsed();
    if (toScan.size() < scans)
        die(QStringLiteral("only %1 serials to scan").arg(toScan.size()));

    const Actor actor = test::warehouseActor();
    InwardService inward(*db, settings, clock);
    auto draft = inward.openDraft(actor, QStringLiteral("WH001"));
    if (!draft.ok())
        die(draft.message());
    const qint64 draftId = draft->info.id;
    Model model;
    const ScanDecoder decoder; // AIM identifier stripped, as from a real scanner
    Bare bare(dir->filePath(QStringLiteral("bare.db")));

    std::vector<qint64> ours;
    std::vector<qint64> baseline;
    ours.reserve(size_t(scans));
    baseline.reserve(size_t(scans));
    QElapsedTimer timer;
    for (int i = 0; i < scans; ++i) {
        const QByteArray raw = QByteArrayLiteral("]C0") + toScan.at(i).toLatin1();

        timer.start();
        auto decoded = decoder.decode(raw);
        if (!decoded.ok())
            die(decoded.message());
        auto outcome = inward.scan(actor, draftId, decoded->text, QStringLiteral("serial"));
        if (!outcome.ok() || !outcome->line)
            die(QStringLiteral("scan %1 not accepted: %2")
                    .arg(toScan.at(i), outcome.ok() ? outcome->message : outcome.message()));
        model.append(*outcome->line);
        if (model.rowCount() != i + 1 || serialAt(model, i) != toScan.at(i))
            die(QStringLiteral("row %1 missing from the model").arg(i));
        ours.push_back(timer.nsecsElapsed());

        timer.start();
        bare.insertAndCommit(toScan.at(i), QStringLiteral("2025-09-25T17:00:00+05:30"));
        baseline.push_back(timer.nsecsElapsed());
    }

    const double p50 = percentile(ours, 0.50);
    const double p99 = percentile(ours, 0.99);
    const double bareP50 = percentile(baseline, 0.50);
    const double bareP99 = percentile(baseline, 0.99);
    const size_t window = std::min<size_t>(1000, size_t(scans));
    const double first = percentile(slice(ours, 0, window), 0.50);
    const double last = percentile(slice(ours, size_t(scans) - window, window), 0.50);
    QTextStream out(stdout);
    out.setRealNumberNotation(QTextStream::FixedNotation);
    out.setRealNumberPrecision(1);
    out << "db_dir=" << dir->path() << "\n"
        << "model=" << kModelName << "\n"
        << "register_serials=" << registered << "\n"
        << "register_fill_ms=" << fillMs << "\n"
        << "scans=" << scans << "\n"
        << "p50_us=" << p50 << "\n"
        << "p99_us=" << p99 << "\n"
        << "max_us=" << percentile(ours, 1.0) << "\n"
        << "bare_p50_us=" << bareP50 << "\n"
        << "bare_p99_us=" << bareP99 << "\n"
        << "bare_max_us=" << percentile(baseline, 1.0) << "\n"
        << "first_1000_p50_us=" << first << "\n"
        << "last_1000_p50_us=" << last << "\n";
    out.setRealNumberPrecision(3);
    out << "growth_last_over_first_p50=" << (first > 0 ? last / first : 0) << "\n"
        << "scan_to_commit_p50_ratio=" << (bareP50 > 0 ? p50 / bareP50 : 0) << "\n"
        << "scan_to_commit_p99_ratio=" << (bareP99 > 0 ? p99 / bareP99 : 0) << Qt::endl;
    return 0;
}
