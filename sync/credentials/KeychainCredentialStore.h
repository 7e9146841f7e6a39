#pragma once
// CRM tokens in the OS keychain (Secret Service / KWallet on Linux, Keychain on macOS, Credential Manager on
// Windows) through QtKeychain — never anywhere else: no insecure fallback file, ever.
//
// QtKeychain jobs are asynchronous; each call here waits for its job in a local event loop, so it works from a
// command-line tool and the GUI thread alike. Call it from the thread that owns QtKeychain's job queue (the main
// thread): the delivery thread gets its tokens handed over by SyncEngine, it never reads the keychain itself.

#include "app/core/CredentialStore.h"

#include <QCoreApplication>
#include <QString>

namespace fb {

class KeychainCredentialStore final : public CredentialStore
{
    Q_DECLARE_TR_FUNCTIONS(fb::KeychainCredentialStore)

public:
    // `scope` separates stations sharing one machine account: the station id, or the data folder when no station
    // id is set yet. Entries are service "Floorbridge", key "crm.<crm>.token/<scope>".
    explicit KeychainCredentialStore(QString scope, int timeoutMs = 20000);

    Result<QString> token(Crm crm) override;
    Status setToken(Crm crm, const QString &token) override;
    Status removeToken(Crm crm) override;

    QString keyFor(Crm crm) const;
    static QString serviceName() { return QStringLiteral("Floorbridge"); }

private:
    QString m_scope;
    int m_timeoutMs;
};

} // namespace fb
