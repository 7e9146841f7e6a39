#include "app/storage/Database.h"

#include "app/storage/Migrations.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>

#include <utility>

namespace fb {

namespace {

QString uniqueConnectionName()
{
    static QAtomicInteger<int> counter{0};
    return QStringLiteral("fb-db-%1").arg(counter.fetchAndAddRelaxed(1));
}

// SQLite's result codes for the failures a person can do something about.
constexpr int kSqliteBusy = 5;
constexpr int kSqliteLocked = 6;
constexpr int kSqliteReadOnly = 8;
constexpr int kSqliteCantOpen = 14;
constexpr int kSqliteCorrupt = 11;
constexpr int kSqliteNotADb = 26;
constexpr int kBusyTimeoutMs = 5000;

} // namespace

Database::Database(const QSqlDatabase &db, QString path)
    : m_db(db)
    , m_path(std::move(path))
    , m_connectionName(m_db.connectionName())
{}

Database::~Database()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

int Database::latestSchemaVersion()
{
    return migrations().constLast().version;
}

QString Database::describe(const QString &what, const QSqlError &error) const
{
    const int code = error.nativeErrorCode().toInt() & 0xff;
    const QString file = QDir::toNativeSeparators(m_path);
    switch (code) {
    case kSqliteBusy:
    case kSqliteLocked:
        return QCoreApplication::translate("fb::Database",
                                           "%1: the database %2 is locked by another program. Close the other "
                                           "Floorbridge window or tool using it, then try again.")
            .arg(what, file);
    case kSqliteReadOnly:
    case kSqliteCantOpen:
        return QCoreApplication::translate("fb::Database",
                                           "%1: the database %2 cannot be written. Check that the folder exists and "
                                           "that you may write to it, or choose another with --data-dir.")
            .arg(what, file);
    case kSqliteCorrupt:
    case kSqliteNotADb:
        return QCoreApplication::translate("fb::Database",
                                           "%1: %2 is damaged or is not a Floorbridge database. It was left as it is; "
                                           "restore it from a backup or move it aside to start a fresh one.")
            .arg(what, file);
    default:
        return QCoreApplication::translate("fb::Database", "%1: database %2 reported: %3")
            .arg(what, file, error.text());
    }
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, Mode mode, const QString &connectionName)
{
    const QString name = connectionName.isEmpty() ? uniqueConnectionName() : connectionName;
    const QFileInfo info(path);
    const QString file = QDir::toNativeSeparators(path);
    if (mode == Mode::Migrate && !info.exists()) {
        if (!QDir().mkpath(info.absolutePath()))
            return makeError(QCoreApplication::translate("fb::Database",
                                                         "Cannot create the folder %1 for the database. Check the "
                                                         "permissions or choose another with --data-dir.")
                                 .arg(QDir::toNativeSeparators(info.absolutePath())),
                             QStringLiteral("data-dir"), QStringLiteral("db.cannot_create"));
    }
    if (mode == Mode::ReadOnly && !info.exists())
        return makeError(QCoreApplication::translate("fb::Database", "There is no database at %1 yet.").arg(file),
                         QStringLiteral("data-dir"), QStringLiteral("db.missing"));
    if (info.exists() && info.isDir())
        return makeError(QCoreApplication::translate("fb::Database", "%1 is a folder, not a database file.").arg(file),
                         QStringLiteral("data-dir"), QStringLiteral("db.is_dir"));

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(path);
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(kBusyTimeoutMs);
    if (mode == Mode::ReadOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    db.setConnectOptions(options);
    std::unique_ptr<Database> self(new Database(db, path));
    if (!self->m_db.open())
        return makeError(
            self->describe(QCoreApplication::translate("fb::Database", "Cannot open"), self->m_db.lastError()),
            QStringLiteral("data-dir"), QStringLiteral("db.cannot_open"));

    // Read the version before anything writes: a newer file must be left exactly as it is.
    QSqlQuery q(self->m_db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return makeError(self->describe(QCoreApplication::translate("fb::Database", "Cannot read"), q.lastError()),
                         QStringLiteral("data-dir"), QStringLiteral("db.unreadable"));
    const int version = q.value(0).toInt();
    q.finish();
    if (version > latestSchemaVersion())
        return makeError(QCoreApplication::translate("fb::Database",
                                                     "The database %1 was written by a newer Floorbridge (schema %2; "
                                                     "this version knows up to %3). It was left untouched: install "
                                                     "the newer Floorbridge, or choose another --data-dir.")
                             .arg(file)
                             .arg(version)
                             .arg(latestSchemaVersion()),
                         QStringLiteral("data-dir"), QStringLiteral("db.newer"));

    if (mode == Mode::Migrate) {
        // cache_size: 16 MiB of pages (SQLite's default is 2 MiB), so a scan's checks against a register of 100,000s
        // of serials stay in memory; memory bounded whatever the database size.
        for (const char *pragma : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL", "PRAGMA foreign_keys=ON",
                                   "PRAGMA cache_size=-16384"}) {
            if (!q.exec(QString::fromLatin1(pragma)))
                return makeError(
                    self->describe(QCoreApplication::translate("fb::Database", "Cannot prepare"), q.lastError()),
                    QStringLiteral("data-dir"), QStringLiteral("db.pragma"));
            q.finish();
        }
        if (Status migrated = self->migrate(); !migrated)
            return migrated.error();
    }
    return self;
}

int Database::schemaVersion() const
{
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
        return q.value(0).toInt();
    return -1;
}

Status Database::migrate()
{
    const int current = schemaVersion();
    for (const Migration &m : migrations()) {
        if (m.version <= current)
            continue;
        Status applied = write([&]() -> Status {
            for (const QString &sql : m.statements) {
                QSqlQuery q(m_db);
                if (!q.exec(sql))
                    return makeError(
                        describe(QCoreApplication::translate("fb::Database", "Migration %1 failed").arg(m.version),
                                 q.lastError()),
                        {}, QStringLiteral("db.migration"));
            }
            QSqlQuery q(m_db);
            // PRAGMA takes no bound parameters; the value is our own integer.
            if (!q.exec(QStringLiteral("PRAGMA user_version=%1").arg(m.version)))
                return makeError(describe(QStringLiteral("Migration"), q.lastError()));
            return Ok{};
        });
        if (!applied)
            return applied;
    }
    return Ok{};
}

Status Database::write(const std::function<Status()> &work)
{
    if (m_depth > 0) { // nested call: a savepoint of the caller's transaction
        const QString name = QStringLiteral("fb_sp%1").arg(m_depth);
        QSqlQuery savepoint(m_db);
        if (!savepoint.exec(QStringLiteral("SAVEPOINT ") + name))
            return makeError(
                describe(QCoreApplication::translate("fb::Database", "Cannot save"), savepoint.lastError()), {},
                QStringLiteral("db.begin"));
        ++m_depth;
        Status s = work();
        --m_depth;
        QSqlQuery end(m_db);
        if (!s) {
            end.exec(QStringLiteral("ROLLBACK TO ") + name);
            end.exec(QStringLiteral("RELEASE ") + name);
            return s;
        }
        if (!end.exec(QStringLiteral("RELEASE ") + name))
            return makeError(describe(QCoreApplication::translate("fb::Database", "Cannot save"), end.lastError()), {},
                             QStringLiteral("db.commit"));
        return Ok{};
    }
    QSqlQuery begin(m_db);
    if (!begin.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return makeError(describe(QCoreApplication::translate("fb::Database", "Cannot save"), begin.lastError()), {},
                         QStringLiteral("db.begin"));
    ++m_depth;
    m_outboxWritten = false;
    Status s = [&]() -> Status {
        try {
            return work();
        } catch (...) {
            QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
            m_depth = 0;
            m_outboxWritten = false;
            throw;
        }
    }();
    --m_depth;
    const bool queued = std::exchange(m_outboxWritten, false);
    QSqlQuery end(m_db);
    if (!s) {
        end.exec(QStringLiteral("ROLLBACK"));
        return s;
    }
    if (!end.exec(QStringLiteral("COMMIT"))) {
        const QSqlError err = end.lastError();
        QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
        return makeError(describe(QCoreApplication::translate("fb::Database", "Cannot save"), err), {},
                         QStringLiteral("db.commit"));
    }
    if (queued && m_outboxListener)
        m_outboxListener();
    return Ok{};
}

Result<QSqlQuery> Database::exec(const QString &sql, const QVariantList &bindings)
{
    QSqlQuery q(m_db);
    if (!q.prepare(sql))
        return makeError(describe(QStringLiteral("Query"), q.lastError()), {}, QStringLiteral("db.prepare"));
    for (const QVariant &v : bindings) {
        // A null QString (e.g. a missing JSON field) would bind as SQL NULL and trip NOT NULL text columns; code that
        // means NULL passes a null QVariant instead.
        if (!v.isNull() && v.typeId() == QMetaType::QString && v.toString().isNull())
            q.addBindValue(QStringLiteral(""));
        else
            q.addBindValue(v);
    }
    if (!q.exec())
        return makeError(describe(QCoreApplication::translate("fb::Database", "Cannot save"), q.lastError()), {},
                         QStringLiteral("db.exec"));
    return q;
}

} // namespace fb
