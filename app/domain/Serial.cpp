#include "app/domain/Serial.h"

#include "app/domain/EnumNames.h"

namespace fb {

namespace {
constexpr EnumName<SerialState> kStateNames[] = {
    {SerialState::Generated, u"GENERATED"},
    {SerialState::InStock, u"IN_STOCK"},
    {SerialState::Dispatched, u"DISPATCHED"},
    {SerialState::Returned, u"RETURNED"},
};
} // namespace

QString serialStateName(SerialState state)
{
    return nameOf(kStateNames, state);
}

std::optional<SerialState> serialStateFromName(const QString &name)
{
    return valueOf(kStateNames, name);
}

} // namespace fb
