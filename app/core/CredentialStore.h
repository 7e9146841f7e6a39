#pragma once
// Where CRM API tokens live. The real one is the OS keychain (fb_sync's KeychainCredentialStore); nothing else
// may hold a token, so there is deliberately no file or database implementation.

#include "app/core/Crm.h"
#include "app/core/Result.h"

namespace fb {

class CredentialStore
{
public:
    virtual ~CredentialStore() = default;
    // The token, or an error saying why it cannot be had (no keychain reachable, none stored yet).
    virtual Result<QString> token(Crm crm) = 0;
    virtual Status setToken(Crm crm, const QString &token) = 0;
    virtual Status removeToken(Crm crm) = 0;
};

} // namespace fb
