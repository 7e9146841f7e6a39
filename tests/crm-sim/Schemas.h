#pragma once
// The request bodies each CRM accepts, as JsonSchema documents (see JsonSchema.h for the notation).

#include "Json.h"

#include <string>

namespace fb::sim {

// The schema of a legacy CRM endpoint (seed 000's three payloads), or nullptr for an unknown path.
const Json *legacySchema(const std::string &path);

// The new CRM's event envelope (docs/crm-api.md): data is any object.
const Json &envelopeSchema();

// The event_type a documented new-CRM path expects ("" for paths the docs do not name), and back.
std::string eventTypeForPath(const std::string &path);
std::string pathForEventType(const std::string &eventType);

} // namespace fb::sim
