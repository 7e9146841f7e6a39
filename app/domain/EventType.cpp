#include "app/domain/EventType.h"

#include <array>
#include <utility>

namespace fb {

namespace {

// The names are the contract with sync/mapping and both CRMs: never rename one.
constexpr std::array<std::pair<EventType, const char *>, 10> kEventNames{{
    {EventType::SerialsGenerated, "serials.generated"},
    {EventType::InwardSubmitted, "inward.submitted"},
    {EventType::DispatchSubmitted, "dispatch.submitted"},
    {EventType::DispatchCancelled, "dispatch.cancelled"},
    {EventType::ComplaintRegistered, "complaint.registered"},
    {EventType::ComplaintUpdated, "complaint.updated"},
    {EventType::PartRequestCreated, "part_request.created"},
    {EventType::PartRequestUpdated, "part_request.updated"},
    {EventType::SpareDecided, "spare.decided"},
    {EventType::ReturnOrderCreated, "return_order.created"},
}};

} // namespace

QString eventTypeName(EventType type)
{
    for (const auto &[value, name] : kEventNames) {
        if (value == type)
            return QString::fromLatin1(name);
    }
    return {};
}

std::optional<EventType> eventTypeFromName(const QString &name)
{
    for (const auto &[value, text] : kEventNames) {
        if (name == QLatin1StringView(text))
            return value;
    }
    return std::nullopt;
}

const QList<EventType> &allEventTypes()
{
    static const QList<EventType> all = [] {
        QList<EventType> list;
        for (const auto &entry : kEventNames)
            list << entry.first;
        return list;
    }();
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
