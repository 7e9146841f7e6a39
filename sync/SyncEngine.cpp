#include "sync/SyncEngine.h"

#include "app/core/Logging.h"
#include "app/storage/SettingsStore.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>

namespace fb {

SyncEngine::SyncEngine(QString dbPath, SettingsStore &settings, CredentialStore &credentials, const Clock &clock,
                       QObject *parent)
    : SyncControl(parent)
    , m_dbPath(std::move(dbPath))
    , m_settings(settings)
    , m_credentials(credentials)
    , m_clock(clock)
{
    m_thread.setObjectName(QStringLiteral("fb-delivery"));
    for (Crm crm : allCrms())
        m_status[static_cast<size_t>(crm)].crm = crm;
    m_settingsCheck.setInterval(2000);
    connect(&m_settingsCheck, &QTimer::timeout, this, &SyncEngine::onSettingsCheck);
}

SyncEngine::~SyncEngine()
{
    stop();
}

Status SyncEngine::start()
{
    if (m_loop)
        return Ok{};
    m_settings.reloadIfChanged(); // another process may have changed them since this one read them
    auto *loop = new DeliveryLoop(m_dbPath, DeliverySettings::fromSettings(m_settings), m_clock, m_networkFactory);
    m_deliveryFingerprint = deliveryFingerprint(m_settings);
    for (Crm crm : allCrms()) {
        const auto i = static_cast<size_t>(crm);
        m_pausedApplied[i] = m_settings.value(pausedKey(crm));
        m_authPause[i].clear();
        loop->setPaused(crm, m_pausedApplied[i]);
        m_credentialsSeen[i] = m_settings.value(SettingsStore::credentialsChangedKey(crm));
        auto token = m_credentials.token(crm);
        m_hasToken[i] = token.ok() && !token.value().isEmpty();
        loop->setToken(crm, token.ok() ? token.value() : QString(), token.message());
    }
    connect(loop, &DeliveryLoop::crmStatusChanged, this, &SyncEngine::onLoopStatus);
    connect(loop, &DeliveryLoop::crmPaused, this, &SyncEngine::onLoopPaused);
    connect(loop, &DeliveryLoop::attempted, this, &SyncEngine::attempted);
    connect(loop, &DeliveryLoop::idle, this, &SyncEngine::idle);
    loop->moveToThread(&m_thread);
    m_thread.start();
    Status started = Ok{};
    QMetaObject::invokeMethod(
        loop, [loop, &started] { started = loop->start(); }, Qt::BlockingQueuedConnection);
    if (!started.ok()) {
        m_thread.quit();
        m_thread.wait();
        delete loop;
        return started;
    }
    m_loop = loop;
    // The first status at once (blocked, standby because another process delivers, backlog), not at the loop's
    // first report.
    for (Crm crm : allCrms()) {
        CrmStatus st;
        QMetaObject::invokeMethod(
            loop, [loop, crm, &st] { st = loop->status(crm); }, Qt::BlockingQueuedConnection);
        onLoopStatus(crm, st);
    }
    m_settingsCheck.start();
    return Ok{};
}

void SyncEngine::stop()
{
    if (!m_loop)
        return;
    m_settingsCheck.stop();
    DeliveryLoop *loop = m_loop;
    m_loop = nullptr;
    QMetaObject::invokeMethod(
        loop, [loop] { loop->stop(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete loop; // its thread has ended: nothing of it runs any more
    // Deliver the final statuses the loop queued while stopping.
    QCoreApplication::sendPostedEvents(this);
    for (CrmStatus &st : m_status)
        st.running = false;
    for (Crm crm : allCrms())
        emit crmStatusChanged(crm);
}

void SyncEngine::wake()
{
    if (m_loop)
        QMetaObject::invokeMethod(m_loop, &DeliveryLoop::wake, Qt::QueuedConnection);
}

void SyncEngine::pushToken(Crm crm)
{
    auto token = m_credentials.token(crm);
    const QString value = token.ok() ? token.value() : QString();
    const QString problem = token.message();
    m_hasToken[static_cast<size_t>(crm)] = !value.isEmpty();
    m_credentialsSeen[static_cast<size_t>(crm)] = m_settings.value(SettingsStore::credentialsChangedKey(crm));
    if (m_loop) {
        DeliveryLoop *loop = m_loop;
        QMetaObject::invokeMethod(
            loop, [loop, crm, value, problem] { loop->setToken(crm, value, problem); }, Qt::QueuedConnection);
    }
}

Status SyncEngine::pause(Crm crm, const QString &reason)
{
    const QString text = reason.trimmed().isEmpty()
                             ? tr("Paused by an administrator at %1.").arg(m_clock.now().toString(Qt::ISODate))
                             : reason.trimmed();
    if (Status s = m_settings.setValue(pausedKey(crm), text); !s)
        return s;
    applyPaused(crm, text);
    return Ok{};
}

Status SyncEngine::resume(Crm crm)
{
    if (Status s = m_settings.remove(pausedKey(crm)); !s)
        return s;
    pushToken(crm);
    applyPaused(crm, QString());
    return Ok{};
}

void SyncEngine::applyPaused(Crm crm, const QString &reason)
{
    const auto i = static_cast<size_t>(crm);
    m_pausedApplied[i] = reason;
    if (reason != m_authPause[i])
        m_authPause[i].clear(); // an admin's pause or a resume replaces the CRM's refusal
    if (m_loop) {
        DeliveryLoop *loop = m_loop;
        QMetaObject::invokeMethod(
            loop, [loop, crm, reason] { loop->setPaused(crm, reason); }, Qt::QueuedConnection);
    }
    m_status[i].pausedReason = reason;
    emit crmStatusChanged(crm);
}

QString SyncEngine::deliveryFingerprint(const SettingsStore &settings)
{
    // What DeliverySettings::fromSettings reads; pauses and credential stamps are handled on their own.
    QString out;
    for (const QString &key : settings.keys()) {
        if (!key.startsWith(u"crm.") && !key.startsWith(u"sync."))
            continue;
        if (key.endsWith(u".paused") || key.endsWith(u".credentials_changed_at"))
            continue;
        out += key + QLatin1Char('=') + settings.value(key) + QLatin1Char('\n');
    }
    return out;
}

void SyncEngine::onSettingsCheck()
{
    if (m_settings.reloadIfChanged())
        applySettings(false);
}

void SyncEngine::reloadNow()
{
    m_settings.reloadIfChanged();
    applySettings(true);
}

void SyncEngine::applySettings(bool force)
{
    if (!m_loop)
        return;
    if (const QString fingerprint = deliveryFingerprint(m_settings); force || fingerprint != m_deliveryFingerprint) {
        if (fingerprint != m_deliveryFingerprint)
            logger("sync.http")->info("station settings changed: delivery re-reads them");
        m_deliveryFingerprint = fingerprint;
        reloadSettings();
    }
    for (Crm crm : allCrms()) {
        const auto i = static_cast<size_t>(crm);
        const bool credentialsChanged =
            m_settings.value(SettingsStore::credentialsChangedKey(crm)) != m_credentialsSeen[i];
        QString paused = m_settings.value(pausedKey(crm));
        if (credentialsChanged && !m_authPause[i].isEmpty() && paused == m_authPause[i]) {
            // The token the CRM refused has been replaced: try the new one instead of waiting for an admin's resume.
            if (m_settings.remove(pausedKey(crm)))
                paused.clear();
        }
        if (credentialsChanged || !m_hasToken[i] || (paused.isEmpty() && !m_pausedApplied[i].isEmpty())) {
            if (credentialsChanged)
                logger("sync.http")
                    ->info("credentials of the {} CRM changed: token re-read", crmName(crm).toStdString());
            pushToken(crm);
        }
        if (paused != m_pausedApplied[i])
            applyPaused(crm, paused);
    }
}

void SyncEngine::reloadSettings()
{
    if (!m_loop)
        return;
    DeliveryLoop *loop = m_loop;
    const DeliverySettings settings = DeliverySettings::fromSettings(m_settings);
    QMetaObject::invokeMethod(
        loop, [loop, settings] { loop->setSettings(settings); }, Qt::QueuedConnection);
}

void SyncEngine::reloadCredentials()
{
    for (Crm crm : allCrms())
        pushToken(crm);
}

bool SyncEngine::drainUntilIdle(int timeoutMs)
{
    if (!m_loop)
        return false;
    // Let the loop finish what was queued before (a resume, a new token) and swallow the idle reports that came
    // from that: only an idle after this wake() counts.
    DeliveryLoop *loop = m_loop;
    QMetaObject::invokeMethod(
        loop, [] {}, Qt::BlockingQueuedConnection);
    QCoreApplication::sendPostedEvents(this, QEvent::MetaCall);
    QEventLoop wait;
    bool reached = false;
    connect(this, &SyncEngine::idle, &wait, [&] {
        reached = true;
        wait.quit();
    });
    QTimer::singleShot(timeoutMs, &wait, &QEventLoop::quit);
    wake();
    wait.exec();
    // Fresh figures, so status() reflects the drained outbox at once.
    for (Crm crm : allCrms()) {
        CrmStatus st;
        QMetaObject::invokeMethod(
            loop, [loop, crm, &st] { st = loop->status(crm); }, Qt::BlockingQueuedConnection);
        onLoopStatus(crm, st);
    }
    return reached;
}

void SyncEngine::onLoopStatus(Crm crm, const CrmStatus &status)
{
    if (!m_loop && status.running)
        return; // a late update from a loop that has been stopped
    m_status[static_cast<size_t>(crm)] = status;
    emit crmStatusChanged(crm);
}

void SyncEngine::onLoopPaused(Crm crm, const QString &reason)
{
    // Persisted so the pause survives a restart and the admin sees it from floorbridge-ctl too.
    if (Status s = m_settings.setValue(pausedKey(crm), reason); !s)
        logger("sync.http")
            ->error("could not record the pause of the {} CRM: {}", crmName(crm).toStdString(),
                    s.message().toStdString());
    const auto i = static_cast<size_t>(crm);
    m_pausedApplied[i] = reason;
    m_authPause[i] = reason;
    m_status[i].pausedReason = reason;
    emit crmStatusChanged(crm);
}

} // namespace fb
