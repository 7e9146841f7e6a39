#pragma once
// What a station tells the CRMs, by name: every event type and its wire name (the outbox's event_type, what each
// CRM's mapping in sync/mapping routes on). The builders that make each event — ordering key and payload — are in
// app/services/Events.h; this list is here so storage and sync can name event types without knowing the services.

#include <QList>
#include <QString>

#include <optional>

namespace fb {

enum class EventType {
    SerialsGenerated,    // Stage 1
    InwardSubmitted,     // Stage 2
    DispatchSubmitted,   // Stage 3
    DispatchCancelled,   // Stage 3, after the dispatch reached a CRM
    ComplaintRegistered, // service desk
    ComplaintUpdated,
    PartRequestCreated,
    PartRequestUpdated,
    SpareDecided,
    ReturnOrderCreated,
};
QString eventTypeName(EventType type); // "complaint.registered"
std::optional<EventType> eventTypeFromName(const QString &name);
const QList<EventType> &allEventTypes();
// Events that move serialised units in or out of stock: what reconciliation compares with the CRMs' registers.
bool movesStock(EventType type);

} // namespace fb
