#pragma once
// One station's SQLite file: opening it safely (migrations, pragmas, clear refusals) and running write transactions.

#include "app/core/Result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <functional>
#include <memory>

namespace fb {

class Database
{
public:
    enum class Mode {
        Migrate,  // the application and floorbridge-ctl: bring the schema up to date
        ReadOnly, // inspection tools: never change the file
    };

    // Opens (creating if needed) the database at `path` under a connection name unique to the caller's thread.
    // Every failure is a message that names the file and what to do: never a crash, never a half-migrated file.
    static Result<std::unique_ptr<Database>> open(const QString &path, Mode mode = Mode::Migrate,
                                                  const QString &connectionName = {});
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase &handle() { return m_db; }
    QString path() const { return m_path; }
    int schemaVersion() const;
    static int latestSchemaVersion();

    // Runs `work` inside BEGIN IMMEDIATE … COMMIT. If `work` returns an error, or any statement fails, everything
    // is rolled back and the error returned: a user action and its outbox rows are both there or neither is.
    // Called inside another write, `work` runs in a SAVEPOINT of that transaction: its failure undoes only its own
    // changes, and the caller decides whether the whole transaction fails.
    Status write(const std::function<Status()> &work);
    bool inTransaction() const { return m_depth > 0; }

    // Delivery's wake-up call: runs after a transaction that queued outbox rows commits (never after a rollback), on
    // the committing thread. main() points it at the delivery engine; with none set, delivery finds the rows on its
    // next poll. OutboxWriter marks the open transaction.
    void setOutboxListener(std::function<void()> listener) { m_outboxListener = std::move(listener); }
    void markOutboxWritten()
    {
        if (m_depth > 0)
            m_outboxWritten = true;
        else if (m_outboxListener) // written outside a transaction: already committed
            m_outboxListener();
    }

    // Prepares and runs a statement with positional bindings; returns the executed query or a message.
    Result<QSqlQuery> exec(const QString &sql, const QVariantList &bindings = {});

    // The text of the last SQLite error phrased for a person, naming the file.
    QString describe(const QString &what, const QSqlError &error) const;

private:
    Database(const QSqlDatabase &db, QString path);
    Status migrate();
    QSqlDatabase m_db;
    QString m_path;
    QString m_connectionName;
    int m_depth = 0;
    bool m_outboxWritten = false;
    std::function<void()> m_outboxListener;
};

} // namespace fb
