#include "Schemas.h"

#include <map>

namespace fb::sim {

namespace {

// Seed 000, Stage 1: serial numbers generated.
constexpr const char *kSerialsGenerated = R"json({
  "type": "object",
  "properties": {
    "total_sr": {"type": "integer", "min": 1, "countOf": ["products", "*", "serial_list"]},
    "products": {"type": "array", "minItems": 1, "items": {
      "type": "object",
      "properties": {
        "product_id": {"type": "string"},
        "product_code": {"type": "string"},
        "serial_list": {"type": "array", "minItems": 1, "items": {"type": "string"}}
      }
    }}
  }
})json";

// Seed 000, Stage 2: warehouse inward.
constexpr const char *kInward = R"json({
  "type": "object",
  "properties": {
    "request_id": {"type": "string"},
    "warehouse_code": {"type": "string"},
    "total_sr": {"type": "integer", "min": 1, "countOf": ["products", "*", "serials"]},
    "products": {"type": "array", "minItems": 1, "items": {
      "type": "object",
      "properties": {
        "product_id": {"type": "string"},
        "product_code": {"type": "string"},
        "serials": {"type": "array", "minItems": 1, "items": {
          "type": "object",
          "properties": {
            "sn": {"type": "string"},
            "status": {"type": "string", "enum": ["IN_STOCK"]}
          }
        }}
      }
    }},
    "source": {"type": "string"},
    "timestamp": {"type": "string", "format": "date-time"}
  }
})json";

// Seed 000, Stage 3: dispatch to a distributor or party.
constexpr const char *kDispatch = R"json({
  "type": "object",
  "properties": {
    "request_id": {"type": "string"},
    "timestamp": {"type": "string", "format": "date-time"},
    "source": {"type": "string"},
    "action": {"type": "string", "enum": ["DISPATCH"]},
    "dispatch_order": {
      "type": "object",
      "properties": {
        "order_id": {"type": "string"},
        "distributor_code": {"type": "string"},
        "party_code": {"type": "string"},
        "bill_to": {"type": "object", "properties": {
          "name": {"type": "string"},
          "code": {"type": "string"},
          "gstin": {"type": "string"},
          "address": {"type": "string"}
        }},
        "ship_to": {"type": "object", "properties": {
          "name": {"type": "string"},
          "code": {"type": "string"},
          "address": {"type": "string"}
        }},
        "transport": {"type": "object", "properties": {
          "transporter_name": {"type": "string"},
          "mode": {"type": "string", "enum": ["ROAD", "RAIL", "AIR", "SHIP"]},
          "vehicle_no": {"type": "string"},
          "lr_no": {"type": "string"},
          "eway_bill_no": {"type": "string"},
          "dispatch_datetime": {"type": "string", "format": "date-time"},
          "remarks": {"type": "string", "minLength": 0}
        }}
      }
    },
    "total_sr": {"type": "integer", "min": 1, "countOf": ["products", "*", "serials"]},
    "products": {"type": "array", "minItems": 1, "items": {
      "type": "object",
      "properties": {
        "product_id": {"type": "string"},
        "product_code": {"type": "string"},
        "warehouse_code": {"type": "string"},
        "serials": {"type": "array", "minItems": 1, "items": {
          "type": "object",
          "properties": {
            "sn": {"type": "string"},
            "status": {"type": "string", "enum": ["DISPATCHED"]}
          }
        }}
      }
    }}
  }
})json";

// docs/crm-api.md, new CRM: the canonical event envelope. Extra envelope keys are tolerated (forward
// compatibility); the documented ones are required and typed.
constexpr const char *kEnvelope = R"json({
  "type": "object",
  "additional": true,
  "properties": {
    "event_id": {"type": "string"},
    "event_type": {"type": "string"},
    "occurred_at": {"type": "string", "format": "date-time"},
    "station_id": {"type": "string"},
    "operator_code": {"type": "string", "optional": true},
    "data": {"type": "object", "additional": true}
  }
})json";

const std::map<std::string, std::string> &documentedEventPaths()
{
    static const std::map<std::string, std::string> paths{
        {"/api/v2/serials/generated", "serials.generated"},
        {"/api/v2/inwards", "inward.submitted"},
        {"/api/v2/dispatches", "dispatch.submitted"},
        {"/api/v2/dispatches/cancellations", "dispatch.cancelled"},
    };
    return paths;
}

} // namespace

const Json *legacySchema(const std::string &path)
{
    static const std::map<std::string, Json> schemas{
        {"/api/serials/generated", Json::parse(kSerialsGenerated)},
        {"/api/inventory/inward", Json::parse(kInward)},
        {"/api/inventory/dispatch", Json::parse(kDispatch)},
    };
    const auto it = schemas.find(path);
    return it == schemas.end() ? nullptr : &it->second;
}

const Json &envelopeSchema()
{
    static const Json schema = Json::parse(kEnvelope);
    return schema;
}

std::string eventTypeForPath(const std::string &path)
{
    const auto it = documentedEventPaths().find(path);
    return it == documentedEventPaths().end() ? std::string() : it->second;
}

std::string pathForEventType(const std::string &eventType)
{
    for (const auto &[path, type] : documentedEventPaths()) {
        if (type == eventType)
            return path;
    }
    return {};
}

} // namespace fb::sim
