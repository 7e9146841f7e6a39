#pragma once
// Who is doing something, where — and what each role may do. Every core service checks here, whatever the UI shows.

#include "app/core/Result.h"

#include <QString>

#include <optional>

namespace fb {

enum class Role { Warehouse, Technician, Supervisor, Admin };

QString roleName(Role role);  // "warehouse", …
QString roleTitle(Role role); // "Warehouse", translated
std::optional<Role> roleFromName(const QString &name);

enum class Permission {
    GenerateSerials,
    Inward,
    Dispatch,
    CancelDispatch,
    Lookup,
    RegisterComplaint,
    UpdateComplaint,
    EditComplaintCodes,
    RequestParts,
    ApproveSpares,
    OverrideSerialCheck,
    ReturnOrder,
    ManageOperators,
    ManageSettings,
    ManageCredentials,
    ManageSync,
    PullMasterData,
    ViewAudit,
};

QString permissionTitle(Permission permission); // "approve spare requests"

struct Actor
{
    QString operatorCode;
    QString name;
    Role role = Role::Warehouse;
    QString stationId;
};

// An operator account as the admin sees it.
struct OperatorInfo
{
    QString code;
    QString name;
    Role role = Role::Warehouse;
    bool active = true;
    QString lockedUntil; // ISO time, empty when not locked
};

bool roleAllows(Role role, Permission permission);

// Ok, or "W001 (Warehouse) may not approve spare requests: that needs the Supervisor role."
Status require(const Actor &actor, Permission permission);

} // namespace fb
