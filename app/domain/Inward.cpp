#include "app/domain/Inward.h"

#include "app/domain/EnumNames.h"

namespace fb {

namespace {
constexpr EnumName<DraftState> kStateNames[] = {
    {DraftState::Open, u"OPEN"},
    {DraftState::Submitted, u"SUBMITTED"},
    {DraftState::Abandoned, u"ABANDONED"},
};
} // namespace

QString draftStateName(DraftState state)
{
    return nameOf(kStateNames, state);
}

std::optional<DraftState> draftStateFromName(const QString &name)
{
    return valueOf(kStateNames, name);
}

} // namespace fb
