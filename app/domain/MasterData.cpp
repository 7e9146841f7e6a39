#include "app/domain/MasterData.h"

#include "app/domain/EnumNames.h"

namespace fb {

namespace {
constexpr EnumName<PartyKind> kPartyKindNames[] = {
    {PartyKind::Party, u"party"},
    {PartyKind::Distributor, u"distributor"},
};
} // namespace

QString partyKindName(PartyKind kind)
{
    return nameOf(kPartyKindNames, kind);
}

std::optional<PartyKind> partyKindFromName(const QString &name)
{
    return valueOf(kPartyKindNames, name);
}

} // namespace fb
