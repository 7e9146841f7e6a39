#include "app/domain/Actor.h"

#include "app/domain/EnumNames.h"

#include <QCoreApplication>

namespace fb {

namespace {
constexpr EnumName<Role> kRoleNames[] = {
    {Role::Warehouse, u"warehouse"},
    {Role::Technician, u"technician"},
    {Role::Supervisor, u"supervisor"},
    {Role::Admin, u"admin"},
};
} // namespace

QString roleName(Role role)
{
    return nameOf(kRoleNames, role);
}

QString roleTitle(Role role)
{
    switch (role) {
    case Role::Warehouse:
        return QCoreApplication::translate("fb::Role", "Warehouse");
    case Role::Technician:
        return QCoreApplication::translate("fb::Role", "Technician");
    case Role::Supervisor:
        return QCoreApplication::translate("fb::Role", "Supervisor");
    case Role::Admin:
        return QCoreApplication::translate("fb::Role", "Admin");
    }
    return {};
}

std::optional<Role> roleFromName(const QString &name)
{
    return valueOf(kRoleNames, name, {.trim = true, .textCase = NameMatch::Case::Lower});
}

QString permissionTitle(Permission permission)
{
    const char *text = "";
    switch (permission) {
    case Permission::GenerateSerials:
        text = QT_TRANSLATE_NOOP("fb::Permission", "generate serial numbers");
        break;
    case Permission::Inward:
        text = QT_TRANSLATE_NOOP("fb::Permission", "inward stock");
        break;
    case Permission::Dispatch:
        text = QT_TRANSLATE_NOOP("fb::Permission", "dispatch stock");
        break;
    case Permission::CancelDispatch:
        text = QT_TRANSLATE_NOOP("fb::Permission", "cancel a dispatch");
        break;
    case Permission::Lookup:
        text = QT_TRANSLATE_NOOP("fb::Permission", "look up serials");
        break;
    case Permission::RegisterComplaint:
        text = QT_TRANSLATE_NOOP("fb::Permission", "register complaints");
        break;
    case Permission::UpdateComplaint:
        text = QT_TRANSLATE_NOOP("fb::Permission", "update complaints");
        break;
    case Permission::EditComplaintCodes:
        text = QT_TRANSLATE_NOOP("fb::Permission", "change technician and customer codes");
        break;
    case Permission::RequestParts:
        text = QT_TRANSLATE_NOOP("fb::Permission", "request parts");
        break;
    case Permission::ApproveSpares:
        text = QT_TRANSLATE_NOOP("fb::Permission", "approve spare requests");
        break;
    case Permission::OverrideSerialCheck:
        text = QT_TRANSLATE_NOOP("fb::Permission", "override a serial check");
        break;
    case Permission::ReturnOrder:
        text = QT_TRANSLATE_NOOP("fb::Permission", "create return orders");
        break;
    case Permission::ManageOperators:
        text = QT_TRANSLATE_NOOP("fb::Permission", "manage operators");
        break;
    case Permission::ManageSettings:
        text = QT_TRANSLATE_NOOP("fb::Permission", "change station settings");
        break;
    case Permission::ManageCredentials:
        text = QT_TRANSLATE_NOOP("fb::Permission", "change CRM credentials");
        break;
    case Permission::ManageSync:
        text = QT_TRANSLATE_NOOP("fb::Permission", "manage CRM delivery");
        break;
    case Permission::PullMasterData:
        text = QT_TRANSLATE_NOOP("fb::Permission", "pull master data");
        break;
    case Permission::ViewAudit:
        text = QT_TRANSLATE_NOOP("fb::Permission", "view the audit log");
        break;
    }
    return QCoreApplication::translate("fb::Permission", text);
}

bool roleAllows(Role role, Permission p)
{
    using P = Permission;
    switch (role) {
    case Role::Warehouse:
        return p == P::GenerateSerials || p == P::Inward || p == P::Dispatch || p == P::Lookup ||
               p == P::PullMasterData;
    case Role::Technician:
        return p == P::Lookup || p == P::RegisterComplaint || p == P::UpdateComplaint || p == P::RequestParts ||
               p == P::ReturnOrder || p == P::PullMasterData;
    case Role::Supervisor:
        // Everything on the floor and the desk, plus approvals and overrides; not station administration.
        return p != P::ManageOperators && p != P::ManageSettings && p != P::ManageCredentials && p != P::ManageSync;
    case Role::Admin:
        // Administers the station; spare approval is a supervisor's call (seed 000), not the IT admin's.
        return p != P::ApproveSpares;
    }
    return false;
}

Status require(const Actor &actor, Permission permission)
{
    if (actor.operatorCode.isEmpty())
        return makeError(
            QCoreApplication::translate("fb::Permission", "Log in first to %1.").arg(permissionTitle(permission)), {},
            QStringLiteral("auth.not_logged_in"));
    if (roleAllows(actor.role, permission))
        return Ok{};
    QString who;
    for (Role r : valuesOf(kRoleNames)) {
        if (roleAllows(r, permission)) {
            who = roleTitle(r);
            break;
        }
    }
    return makeError(QCoreApplication::translate("fb::Permission", "%1 (%2) may not %3: that needs the %4 role.")
                         .arg(actor.operatorCode, roleTitle(actor.role), permissionTitle(permission), who),
                     {}, QStringLiteral("auth.forbidden"));
}

} // namespace fb
