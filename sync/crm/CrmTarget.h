#pragma once
// How the station reaches a CRM: its address (crm.<crm>.url), its API token (the keychain) and the request timeout
// (sync.timeout_ms), with one wording for what is missing (codes crm.no_url, crm.no_token). floorbridge-ctl's verbs
// and the pulls from the new CRM (PullScheduler, PullRunner, MasterDataPuller) all say it this way.

#include "app/core/Crm.h"
#include "app/core/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QUrl>

#include <optional>

namespace fb {

class CredentialStore;
class SettingsStore;

struct CrmTarget
{
    Crm crm = Crm::New;
    QUrl url;
    QString token;
    int timeoutMs = 15000;

    static QString urlKey(Crm crm) { return QStringLiteral("crm.%1.url").arg(crmName(crm)); }
    // An address requests can go to: absolute, with a host.
    static bool isUsable(const QUrl &url) { return url.isValid() && !url.isRelative() && !url.host().isEmpty(); }

    // "No address is set for the new CRM: set crm.new.url (…)", field crm.<crm>.url.
    static Error noAddress(Crm crm);
    // "No token for the new CRM: set one with …". `storeError`, when the credential store gave one, is added in its
    // own words unless it only says that no token is stored (credentials.missing).
    static Error noToken(Crm crm, const std::optional<Error> &storeError = std::nullopt);

    // The address and timeout from the settings, then the token from the store; the first thing missing is the
    // error. The keychain is not asked while there is no address.
    static Result<CrmTarget> resolve(const SettingsStore &settings, CredentialStore &credentials, Crm crm);

    Q_DECLARE_TR_FUNCTIONS(fb::CrmTarget)
};

} // namespace fb
