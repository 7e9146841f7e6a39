#pragma once
// The facade the GUI and floorbridge-ctl use: owns the delivery thread and its loop, hands it the settings and the
// tokens (read here, on the caller's thread — QtKeychain's jobs belong to the main thread), records pauses in the
// station settings, and reports each CRM's status. Settings and tokens changed by another process (floorbridge-ctl
// config set / credentials set) are picked up while it runs: every couple of seconds it asks the SettingsStore whether
// the table changed and then re-reads what delivery depends on.

#include "app/core/Clock.h"
#include "app/core/CredentialStore.h"
#include "app/core/SyncControl.h"
#include "sync/delivery/DeliveryLoop.h"

#include <QThread>
#include <QTimer>

#include <array>
#include <memory>

namespace fb {

class SettingsStore;

class SyncEngine : public SyncControl
{
    Q_OBJECT
public:
    SyncEngine(QString dbPath, SettingsStore &settings, CredentialStore &credentials, const Clock &clock,
               QObject *parent = nullptr);
    ~SyncEngine() override;

    // Tests: the network the loop uses (a fake, or a real one with other defaults). Before start().
    void setNetworkFactory(NetworkFactory factory) { m_networkFactory = std::move(factory); }

    // Reads settings and tokens, starts the delivery thread and waits until it has opened its connection. A CRM
    // without a token or URL is reported blocked, not an error: the other one still delivers.
    Status start();
    // Clean shutdown: requests in flight are aborted and their rows go back to PENDING (re-sent on the next start
    // under the same idempotency key). Safe to call twice.
    void stop();
    bool isRunning() const { return m_loop != nullptr; }

    // Admin: stop / restart sending to one CRM. Resume re-reads the token (an admin usually just replaced it).
    Status pause(Crm crm, const QString &reason);
    Status resume(Crm crm);
    // Re-read settings (URLs, backoff, concurrency…) or tokens after they changed.
    void reloadSettings();
    void reloadCredentials();
    // SyncControl: re-read the settings table now and apply what changed (pauses, URLs, sync.*, tokens of CRMs that
    // have none or whose credentials_changed_at moved). Also runs every settingsCheckMs() while started.
    void reloadNow() override;
    QString blockedReason(Crm crm) const override { return status(crm).blockedReason; }
    // How often the settings table is checked for changes made elsewhere (default 2000 ms; tests shorten it).
    void setSettingsCheckMs(int ms) { m_settingsCheck.setInterval(ms); }
    int settingsCheckMs() const { return m_settingsCheck.interval(); }

    // The latest status the loop reported (updated at most ~10 times a second, and on every pause/resume).
    CrmStatus status(Crm crm) const { return m_status[static_cast<size_t>(crm)]; }

    // For `floorbridge-ctl sync --once`: wakes the loop and waits until nothing is in flight or due now (rows
    // waiting for a later retry do not count), or until the timeout. True when it got there.
    bool drainUntilIdle(int timeoutMs);

    static QString pausedKey(Crm crm) { return QStringLiteral("sync.%1.paused").arg(crmName(crm)); }

public slots:
    // Call after committing an action that enqueued events: delivery starts at once instead of at the next poll.
    void wake() override;

signals:
    // (crmStatusChanged(fb::Crm) comes from SyncControl.)
    void attempted(qint64 id, fb::Crm crm, int httpStatus, const QString &outcome);
    void idle();

private:
    void onLoopStatus(Crm crm, const CrmStatus &status);
    void onLoopPaused(Crm crm, const QString &reason);
    void pushToken(Crm crm);
    void onSettingsCheck();
    void applySettings(bool force);
    void applyPaused(Crm crm, const QString &reason);
    static QString deliveryFingerprint(const SettingsStore &settings);

    QString m_dbPath;
    SettingsStore &m_settings;
    CredentialStore &m_credentials;
    const Clock &m_clock;
    NetworkFactory m_networkFactory;
    QThread m_thread;
    DeliveryLoop *m_loop = nullptr; // lives in m_thread
    std::array<CrmStatus, 2> m_status;
    QTimer m_settingsCheck;
    QString m_deliveryFingerprint;            // crm.* / sync.* values the loop was last given
    std::array<QString, 2> m_pausedApplied;   // the pause the loop was last given
    std::array<QString, 2> m_authPause;       // a pause the loop decided (401/403), lifted by a new token
    std::array<QString, 2> m_credentialsSeen; // sync.<crm>.credentials_changed_at when the token was last read
    std::array<bool, 2> m_hasToken{false, false};
};

} // namespace fb
