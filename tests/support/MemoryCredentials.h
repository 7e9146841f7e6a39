#pragma once
// A CredentialStore in memory for tests (the real one is the OS keychain).

#include "app/core/CredentialStore.h"

#include <QHash>

namespace fb::test {

class MemoryCredentials final : public fb::CredentialStore
{
public:
    QHash<int, QString> tokens;
    fb::Result<QString> token(fb::Crm crm) override
    {
        if (!tokens.contains(int(crm)))
            return fb::makeError(QStringLiteral("No token is stored for the %1 CRM").arg(fb::crmName(crm)), {},
                                 QStringLiteral("credentials.missing")); // the keychain's code for "none stored"
        return tokens.value(int(crm));
    }
    fb::Status setToken(fb::Crm crm, const QString &token) override
    {
        tokens.insert(int(crm), token);
        return fb::Ok{};
    }
    fb::Status removeToken(fb::Crm crm) override
    {
        tokens.remove(int(crm));
        return fb::Ok{};
    }
};

} // namespace fb::test
