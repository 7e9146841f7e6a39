#pragma once
// The new CRM's view of each serial, derived from the events it applied (generated → IN_STOCK → DISPATCHED →
// back IN_STOCK on a cancellation, RETURNED on a unit return), served by GET /api/v2/serials and
// POST /api/v2/serials/query so a station can reconcile against it. Tests may tamper with it through /__admin/serials
// (a CRM that "lost" or altered a serial, or answers garbage); tampering lives in memory only.

#include "Json.h"

#include <map>
#include <optional>
#include <set>
#include <string>

namespace fb::sim {

struct SerialEntry
{
    std::string serial;
    std::string productCode;
    std::string state; // GENERATED, IN_STOCK, DISPATCHED, RETURNED
    std::string warehouseCode;
    std::string partyCode;
    std::string eventId;
    std::string eventType;
    std::string occurredAt;
    std::string stationId;
    std::string ref; // request_id of the event that last moved it (INV-…, DO-…, RO-…), empty for generation
    std::string updatedAt;
    std::set<std::string> stations; // every station whose events touched it
};

class SerialLedger
{
public:
    static constexpr int kMaxQuery = 500;

    // One applied new-CRM event (the envelope) at `appliedAt`; events that move no serial are ignored.
    void apply(const Json &envelope, const std::string &appliedAt);

    // {items, page, page_size, total, has_more}, ordered by serial; stationId / updatedSince filter when not empty.
    // With `after` (keyset paging): the serials after it, `page` ignored, no `total` — O(page), not O(serials).
    Json page(const std::string &stationId, const std::string &updatedSince, const std::string &after, int page,
              int pageSize) const;
    // {items:[…known…], unknown:[serial…]} in the order asked.
    Json query(const Json &serials) const;

    // Admin: {"set":[{serial, state, warehouse_code, party_code, product_code, station_id}], "remove":[serial…],
    // "malformed": bool}. Returns an error message or empty.
    std::string tamper(const Json &body);
    void clear();

    static Json toJson(const SerialEntry &entry);

private:
    std::map<std::string, SerialEntry> m_serials;
    bool m_malformed = false;
};

} // namespace fb::sim
