#include "app/domain/Dispatch.h"

#include "app/domain/EnumNames.h"

namespace fb {

namespace {
constexpr EnumName<DispatchState> kStateNames[] = {
    {DispatchState::Draft, u"DRAFT"},
    {DispatchState::Submitted, u"SUBMITTED"},
    {DispatchState::Cancelled, u"CANCELLED"},
    {DispatchState::Abandoned, u"ABANDONED"},
};
} // namespace

QString dispatchStateName(DispatchState state)
{
    return nameOf(kStateNames, state);
}

std::optional<DispatchState> dispatchStateFromName(const QString &name)
{
    return valueOf(kStateNames, name);
}

} // namespace fb
