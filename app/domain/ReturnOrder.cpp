#include "app/domain/ReturnOrder.h"

#include "app/domain/EnumNames.h"

namespace fb {

namespace {
constexpr EnumName<ReturnKind> kKindNames[] = {
    {ReturnKind::Part, u"PART"},
    {ReturnKind::Unit, u"UNIT"},
};
} // namespace

QString returnKindName(ReturnKind kind)
{
    return nameOf(kKindNames, kind);
}

std::optional<ReturnKind> returnKindFromName(const QString &name)
{
    return valueOf(kKindNames, name);
}

} // namespace fb
