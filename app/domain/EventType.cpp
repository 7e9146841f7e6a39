#include "app/domain/EventType.h"

#include "app/domain/EnumNames.h"

namespace fb {

namespace {

// The names are the contract with sync/mapping and both CRMs: never rename one.
constexpr EnumName<EventType> kEventNames[] = {
    {EventType::SerialsGenerated, u"serials.generated"},
    {EventType::InwardSubmitted, u"inward.submitted"},
    {EventType::DispatchSubmitted, u"dispatch.submitted"},
    {EventType::DispatchCancelled, u"dispatch.cancelled"},
    {EventType::ComplaintRegistered, u"complaint.registered"},
    {EventType::ComplaintUpdated, u"complaint.updated"},
    {EventType::PartRequestCreated, u"part_request.created"},
    {EventType::PartRequestUpdated, u"part_request.updated"},
    {EventType::SpareDecided, u"spare.decided"},
    {EventType::ReturnOrderCreated, u"return_order.created"},
};

} // namespace

QString eventTypeName(EventType type)
{
    return nameOf(kEventNames, type);
}

std::optional<EventType> eventTypeFromName(const QString &name)
{
    return valueOf(kEventNames, name);
}

const QList<EventType> &allEventTypes()
{
    static const QList<EventType> all = valuesOf(kEventNames);
    return all;
}

bool movesStock(EventType type)
{
    switch (type) {
    case EventType::SerialsGenerated:
    case EventType::InwardSubmitted:
    case EventType::DispatchSubmitted:
    case EventType::DispatchCancelled:
    case EventType::ReturnOrderCreated: // returned units come back into stock
        return true;
    case EventType::ComplaintRegistered:
    case EventType::ComplaintUpdated:
    case EventType::PartRequestCreated:
    case EventType::PartRequestUpdated:
    case EventType::SpareDecided:
        return false;
    }
    return false;
}

} // namespace fb
