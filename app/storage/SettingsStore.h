#pragma once
// Station settings (key → text) kept in the station database, so they travel with the station's data folder.
// Secrets never go here: tokens live in the OS keychain (see CredentialStore).

#include "core/Result.h"

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

    // Keys that look like they hold a secret are refused: a token typed into `config set` must not land on disk.
    static bool looksSecret(const QString &key);

private:
    void loadLocked() const;
    Database &m_db;
    mutable QMutex m_mutex;
    mutable QHash<QString, QString> m_cache;
    mutable bool m_loaded = false;
};

} // namespace fb
