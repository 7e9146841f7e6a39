#include "sync/credentials/KeychainCredentialStore.h"

#include "app/core/Logging.h"

#include <QEventLoop>
#include <QTimer>

#include <qt6keychain/keychain.h>

namespace fb {

namespace {

// Starts `job` and waits for it. On timeout the job is left to delete itself when it finally ends.
bool runJob(QKeychain::Job *job, int timeoutMs)
{
    job->setAutoDelete(false);
    job->setInsecureFallback(false); // explicit: a token must never land in a plain settings file
    QEventLoop loop;
    bool finished = false;
    QObject::connect(job, &QKeychain::Job::finished, &loop, [&] {
        finished = true;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    job->start();
    if (!finished)
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    if (!finished) {
        QObject::disconnect(job, nullptr, &loop, nullptr);
        job->setAutoDelete(true);
    }
    return finished;
}

QString unreachable(const QString &detail, const QString &consequence)
{
    return KeychainCredentialStore::tr(
               "No OS keychain is reachable (%1): %2. Start a desktop session with a keyring (gnome-keyring / "
               "KWallet) and try again.")
        .arg(detail, consequence);
}

Error keychainError(QKeychain::Error code, const QString &detail, const QString &consequence)
{
    if (code == QKeychain::AccessDeniedByUser)
        return makeError(KeychainCredentialStore::tr("The keychain refused access (%1): %2.").arg(detail, consequence),
                         {}, QStringLiteral("credentials.denied"));
    return makeError(unreachable(detail, consequence), {}, QStringLiteral("credentials.no_keychain"));
}

Error timedOut(int timeoutMs, const QString &consequence)
{
    return makeError(
        unreachable(KeychainCredentialStore::tr("no answer within %1 s; is the keyring waiting for a password?")
                        .arg(timeoutMs / 1000),
                    consequence),
        {}, QStringLiteral("credentials.no_keychain"));
}

} // namespace

KeychainCredentialStore::KeychainCredentialStore(QString scope, int timeoutMs)
    : m_scope(std::move(scope))
    , m_timeoutMs(timeoutMs)
{}

QString KeychainCredentialStore::keyFor(Crm crm) const
{
    return QStringLiteral("crm.%1.token/%2").arg(crmName(crm), m_scope);
}

Result<QString> KeychainCredentialStore::token(Crm crm)
{
    const QString consequence = tr("the %1 CRM's token cannot be read").arg(crmName(crm));
    auto *job = new QKeychain::ReadPasswordJob(serviceName());
    job->setKey(keyFor(crm));
    if (!runJob(job, m_timeoutMs))
        return timedOut(m_timeoutMs, consequence);
    std::unique_ptr<QKeychain::ReadPasswordJob> owned(job);
    if (job->error() == QKeychain::EntryNotFound || (job->error() == QKeychain::NoError && job->textData().isEmpty()))
        return makeError(tr("No token is stored for the %1 CRM on this station yet: set one with "
                            "'floorbridge-ctl credentials set %1'.")
                             .arg(crmName(crm)),
                         {}, QStringLiteral("credentials.missing"));
    if (job->error() != QKeychain::NoError)
        return keychainError(job->error(), job->errorString(), consequence);
    return job->textData();
}

Status KeychainCredentialStore::setToken(Crm crm, const QString &token)
{
    if (token.trimmed().isEmpty())
        return makeError(tr("The token is empty: nothing was stored."), QStringLiteral("token"),
                         QStringLiteral("credentials.empty"));
    const QString consequence = tr("the token was not stored");
    auto *job = new QKeychain::WritePasswordJob(serviceName());
    job->setKey(keyFor(crm));
    job->setTextData(token.trimmed());
    if (!runJob(job, m_timeoutMs))
        return timedOut(m_timeoutMs, consequence);
    std::unique_ptr<QKeychain::WritePasswordJob> owned(job);
    if (job->error() != QKeychain::NoError)
        return keychainError(job->error(), job->errorString(), consequence);
    logger("sync.http")->info("token for the {} CRM stored in the OS keychain", crmName(crm).toStdString());
    return Ok{};
}

Status KeychainCredentialStore::removeToken(Crm crm)
{
    const QString consequence = tr("the token was not removed");
    auto *job = new QKeychain::DeletePasswordJob(serviceName());
    job->setKey(keyFor(crm));
    if (!runJob(job, m_timeoutMs))
        return timedOut(m_timeoutMs, consequence);
    std::unique_ptr<QKeychain::DeletePasswordJob> owned(job);
    if (job->error() == QKeychain::EntryNotFound)
        return Ok{};
    if (job->error() != QKeychain::NoError)
        return keychainError(job->error(), job->errorString(), consequence);
    logger("sync.http")->info("token for the {} CRM removed from the OS keychain", crmName(crm).toStdString());
    return Ok{};
}

} // namespace fb
