#pragma once
// The two CRMs every movement goes to.

#include <QList>
#include <QString>

#include <optional>

namespace fb {

enum class Crm { Legacy, New };

inline QString crmName(Crm crm)
{
    return crm == Crm::Legacy ? QStringLiteral("legacy") : QStringLiteral("new");
}

inline std::optional<Crm> crmFromName(const QString &name)
{
    if (name == u"legacy")
        return Crm::Legacy;
    if (name == u"new")
        return Crm::New;
    return std::nullopt;
}

inline const QList<Crm> &allCrms()
{
    static const QList<Crm> all{Crm::Legacy, Crm::New};
    return all;
}

} // namespace fb
