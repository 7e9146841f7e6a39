#include "app/storage/SettingsStore.h"

#include "app/storage/Database.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace fb {

SettingsStore::SettingsStore(Database &db)
    : m_db(db)
{}

void SettingsStore::loadLocked() const
{
    if (m_loaded)
        return;
    auto q = m_db.exec(QStringLiteral("SELECT key, value FROM settings"));
    if (q.ok()) {
        QSqlQuery query = std::move(q).value();
        while (query.next())
            m_cache.insert(query.value(0).toString(), query.value(1).toString());
    }
    m_loaded = true;
}

bool SettingsStore::reloadIfChanged()
{
    // data_version changes when another connection commits anything (the delivery loop commits often), so it only
    // says when reading the (small) table again is worth it; the comparison decides whether settings changed.
    auto version = m_db.exec(QStringLiteral("PRAGMA data_version"));
    if (!version.ok() || !version.value().next())
        return false;
    const qint64 current = version.value().value(0).toLongLong();
    QMutexLocker lock(&m_mutex);
    if (m_loaded && current == m_dataVersion)
        return false;
    m_dataVersion = current;
    auto q = m_db.exec(QStringLiteral("SELECT key, value FROM settings"));
    if (!q.ok())
        return false;
    QHash<QString, QString> fresh;
    QSqlQuery query = std::move(q).value();
    while (query.next())
        fresh.insert(query.value(0).toString(), query.value(1).toString());
    const bool changed = !m_loaded || fresh != m_cache;
    m_cache = std::move(fresh);
    m_loaded = true;
    return changed;
}

void SettingsStore::invalidate()
{
    QMutexLocker lock(&m_mutex);
    m_cache.clear();
    m_loaded = false;
}

QString SettingsStore::value(const QString &key, const QString &fallback) const
{
    QMutexLocker lock(&m_mutex);
    loadLocked();
    return m_cache.value(key, fallback);
}

int SettingsStore::intValue(const QString &key, int fallback) const
{
    bool ok = false;
    const int v = value(key).toInt(&ok);
    return ok ? v : fallback;
}

bool SettingsStore::boolValue(const QString &key, bool fallback) const
{
    const QString v = value(key).toLower();
    if (v == u"true" || v == u"1" || v == u"yes" || v == u"on")
        return true;
    if (v == u"false" || v == u"0" || v == u"no" || v == u"off")
        return false;
    return fallback;
}

bool SettingsStore::looksSecret(const QString &key)
{
    const QString k = key.toLower();
    for (const char *word : {"token", "secret", "password", "apikey", "api_key", "pin"}) {
        if (k.contains(QLatin1String(word)))
            return true;
    }
    return false;
}

Status SettingsStore::setValue(const QString &key, const QString &value)
{
    if (key.trimmed().isEmpty())
        return makeError(QCoreApplication::translate("fb::SettingsStore", "A setting needs a name."),
                         QStringLiteral("key"));
    if (looksSecret(key))
        return makeError(QCoreApplication::translate("fb::SettingsStore",
                                                     "'%1' looks like a secret. Secrets are kept only in the OS "
                                                     "keychain: use 'floorbridge-ctl credentials set legacy|new'.")
                             .arg(key),
                         QStringLiteral("key"), QStringLiteral("settings.secret"));
    Status s = m_db.write([&]() -> Status {
        auto q = m_db.exec(QStringLiteral("INSERT INTO settings(key, value) VALUES(?, ?) "
                                          "ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
                           {key, value});
        if (!q.ok())
            return q.error();
        return Ok{};
    });
    if (s) {
        QMutexLocker lock(&m_mutex);
        m_cache.insert(key, value);
    }
    return s;
}

Status SettingsStore::remove(const QString &key)
{
    Status s = m_db.write([&]() -> Status {
        auto q = m_db.exec(QStringLiteral("DELETE FROM settings WHERE key = ?"), {key});
        if (!q.ok())
            return q.error();
        return Ok{};
    });
    if (s) {
        QMutexLocker lock(&m_mutex);
        m_cache.remove(key);
    }
    return s;
}

QStringList SettingsStore::keys() const
{
    QMutexLocker lock(&m_mutex);
    loadLocked();
    QStringList k = m_cache.keys();
    k.sort();
    return k;
}

} // namespace fb
