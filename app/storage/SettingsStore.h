#pragma once
// Station settings (key → text) kept in the station database, so they travel with the station's data folder.
// Secrets never go here: tokens live in the OS keychain (see CredentialStore).

#include "app/core/Crm.h"
#include "app/core/Result.h"

#include <QHash>
#include <QMutex>
#include <QString>
#include <QStringList>

namespace fb {

class Database;

class SettingsStore
{
public:
    explicit SettingsStore(Database &db);

    QString value(const QString &key, const QString &fallback = {}) const;
    int intValue(const QString &key, int fallback) const;
    bool boolValue(const QString &key, bool fallback) const;
    Status setValue(const QString &key, const QString &value);
    Status remove(const QString &key);
    QStringList keys() const;

    // Another process (floorbridge-ctl config set, another window) or another connection may have written settings
    // since this store read them: re-reads the table when SQLite says the file changed (PRAGMA data_version) and
    // returns true when any value differs from what this store had. Call from the thread that owns the database.
    bool reloadIfChanged();
    // Forget the cached values (a caller's transaction that wrote through this store was rolled back).
    void invalidate();

    // Bumped (to the time of the change) by whoever stores or removes a CRM's token in the keychain, so a running
    // delivery re-reads that token: the keychain itself tells nobody. Not a secret.
    static QString credentialsChangedKey(Crm crm)
    {
        return QStringLiteral("sync.%1.credentials_changed_at").arg(crmName(crm));
    }

    // Keys that look like they hold a secret are refused: a token typed into `config set` must not land on disk.
    static bool looksSecret(const QString &key);

private:
    void loadLocked() const;
    Database &m_db;
    mutable QMutex m_mutex;
    mutable QHash<QString, QString> m_cache;
    mutable bool m_loaded = false;
    qint64 m_dataVersion = -1;
};

} // namespace fb
