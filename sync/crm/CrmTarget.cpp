#include "sync/crm/CrmTarget.h"

#include "app/core/CredentialStore.h"
#include "app/storage/SettingsStore.h"

namespace fb {

Error CrmTarget::noAddress(Crm crm)
{
    const QString message =
        crm == Crm::New
            ? tr("No address is set for the new CRM: set crm.new.url (floorbridge-ctl config set crm.new.url URL).")
            : tr("No address is set for the legacy CRM: set crm.legacy.url (floorbridge-ctl config set "
                 "crm.legacy.url URL).");
    return makeError(message, urlKey(crm), QStringLiteral("crm.no_url"));
}

Error CrmTarget::noToken(Crm crm, const std::optional<Error> &storeError)
{
    const bool onlyMissing = !storeError || storeError->code == u"credentials.missing" || storeError->message.isEmpty();
    QString message;
    if (crm == Crm::New)
        message = onlyMissing ? tr("No token for the new CRM: set one with 'floorbridge-ctl credentials set new'.")
                              : tr("No token for the new CRM (%1): set one with 'floorbridge-ctl credentials set new'.")
                                    .arg(storeError->message);
    else
        message = onlyMissing
                      ? tr("No token for the legacy CRM: set one with 'floorbridge-ctl credentials set legacy'.")
                      : tr("No token for the legacy CRM (%1): set one with 'floorbridge-ctl credentials set legacy'.")
                            .arg(storeError->message);
    return makeError(message, {}, QStringLiteral("crm.no_token"));
}

Result<CrmTarget> CrmTarget::resolve(const SettingsStore &settings, CredentialStore &credentials, Crm crm)
{
    CrmTarget target;
    target.crm = crm;
    target.url = QUrl(settings.value(urlKey(crm)));
    if (!isUsable(target.url))
        return noAddress(crm);
    auto token = credentials.token(crm);
    if (!token.ok())
        return noToken(crm, token.error());
    if (token->isEmpty())
        return noToken(crm);
    target.token = token.value();
    target.timeoutMs = settings.intValue(QStringLiteral("sync.timeout_ms"), 15000);
    return target;
}

} // namespace fb
