#pragma once
// The pull schedule's settings: how often changes and master data are pulled (sync.pull.*), with the new CRM's
// address, the request timeout and the backoff that delivery uses too (crm.new.url, sync.timeout_ms,
// sync.backoff.*). Unreadable values fall back to the default and say so; `check` refuses them before they are set.

#include "app/core/Result.h"
#include "sync/delivery/Backoff.h"

#include <QCoreApplication>
#include <QStringList>
#include <QUrl>

namespace fb {

class SettingsStore;

struct PullSettings
{
    static constexpr int kDefaultChangesSeconds = 60;
    static constexpr int kMinChangesSeconds = 5;
    static constexpr int kMaxChangesSeconds = 24 * 3600;
    static constexpr int kDefaultMasterDataMinutes = 60;
    static constexpr int kMaxMasterDataMinutes = 7 * 24 * 60;

    int changesSeconds = kDefaultChangesSeconds;       // 0: changes are pulled only on demand
    int masterDataMinutes = kDefaultMasterDataMinutes; // 0: master data is pulled only on demand
    QUrl url;                                          // crm.new.url
    int timeoutMs = 15000;                             // sync.timeout_ms
    BackoffPolicy backoff;                             // sync.backoff.base_ms / factor / cap_ms
    QStringList problems;                              // unreadable values replaced by their default

    static QString changesKey() { return QStringLiteral("sync.pull.changes_seconds"); }
    static QString masterDataKey() { return QStringLiteral("sync.pull.masterdata_minutes"); }

    qint64 changesIntervalMs() const { return qint64(changesSeconds) * 1000; }
    qint64 masterDataIntervalMs() const { return qint64(masterDataMinutes) * 60 * 1000; }

    static PullSettings fromSettings(const SettingsStore &settings);
    // For `floorbridge-ctl config set`: Ok, or what `value` should be. Every sync.pull.* key is checked, so a
    // misspelt key is refused instead of silently doing nothing.
    static Status check(const QString &key, const QString &value);

    Q_DECLARE_TR_FUNCTIONS(fb::PullSettings)
};

} // namespace fb
