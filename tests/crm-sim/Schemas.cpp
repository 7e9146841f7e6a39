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
          "vehicle_no": {"type": "string", "minLength": 0},
          "lr_no": {"type": "string", "minLength": 0},
          "eway_bill_no": {"type": "string", "minLength": 0},
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

// docs/crm-api.md / docs/dispatch.md: a dispatch cancelled after it reached the CRM; the serials are back in stock.
constexpr const char *kDispatchCancel = R"json({
  "type": "object",
  "properties": {
    "request_id": {"type": "string"},
    "reason": {"type": "string"},
    "cancelled_at": {"type": "string", "format": "date-time"},
    "serials": {"type": "array", "minItems": 1, "items": {"type": "string"}}
  }
})json";

// docs/crm-api.md, "Legacy CRM — service desk": Floorbridge's service-desk payloads in the seed's style.
constexpr const char *kComplaintRegistered = R"json({
  "type": "object",
  "properties": {
    "request_id": {"type": "string"},
    "timestamp": {"type": "string", "format": "date-time"},
    "source": {"type": "string"},
    "action": {"type": "string", "enum": ["REGISTER"]},
    "complaint": {"type": "object", "properties": {
      "complaint_no": {"type": "string"},
      "call_type": {"type": "string"},
      "status": {"type": "string", "enum": ["OPEN", "ASSIGNED"]},
      "registered_at": {"type": "string", "format": "date-time"},
      "customer": {"type": "object", "properties": {
        "code": {"type": "string"},
        "name": {"type": "string"},
        "phone": {"type": "string"},
        "city": {"type": "string"},
        "state": {"type": "string"},
        "pin_code": {"type": "string"}
      }},
      "product": {"type": "object", "properties": {
        "product_id": {"type": "string", "minLength": 0},
        "product_code": {"type": "string"},
        "model": {"type": "string"},
        "sn": {"type": "string"}
      }},
      "technician_code": {"type": "string", "minLength": 0},
      "description": {"type": "string", "minLength": 0},
      "serial_override_reason": {"type": "string", "minLength": 0}
    }}
  }
})json";

constexpr const char *kComplaintStatuses =
    R"json(["OPEN", "ASSIGNED", "VISITED", "AWAITING_PARTS", "RESOLVED", "CLOSED", "CANCELLED"])json";

constexpr const char *kComplaintUpdated = R"json({
  "type": "object",
  "properties": {
    "request_id": {"type": "string"},
    "timestamp": {"type": "string", "format": "date-time"},
    "source": {"type": "string"},
    "action": {"type": "string", "enum": ["CALL_UPDATE", "CODES_UPDATE", "CRM_STATUS"]},
    "complaint_no": {"type": "string"},
    "status": {"type": "string", "enum": "STATUSES"},
    "previous_status": {"type": "string", "enum": "STATUSES"},
    "technician_code": {"type": "string", "minLength": 0},
    "customer_code": {"type": "string"},
    "remarks": {"type": "string", "minLength": 0}
  }
})json";

constexpr const char *kPartLines = R"json({"type": "array", "minItems": 1, "items": {
  "type": "object",
  "properties": {
    "part_code": {"type": "string"},
    "part_class": {"type": "string", "enum": ["A", "B", "C"]},
    "qty": {"type": "integer", "min": 1},
    "part_serials": {"type": "array", "items": {"type": "string"}}
  }
}})json";

constexpr const char *kPartRequestCreated = R"json({
  "type": "object",
  "properties": {
    "request_id": {"type": "string"},
    "timestamp": {"type": "string", "format": "date-time"},
    "source": {"type": "string"},
    "action": {"type": "string", "enum": ["PART_REQUEST"]},
    "complaint_no": {"type": "string"},
    "sn": {"type": "string"},
    "technician_code": {"type": "string", "minLength": 0},
    "status": {"type": "string", "enum": ["PENDING"]},
    "total_qty": {"type": "integer", "min": 1},
    "parts": "PARTS",
    "remarks": {"type": "string", "minLength": 0}
  }
})json";

constexpr const char *kPartRequestUpdated = R"json({
  "type": "object",
  "properties": {
    "request_id": {"type": "string"},
    "timestamp": {"type": "string", "format": "date-time"},
    "source": {"type": "string"},
    "action": {"type": "string", "enum": ["ISSUED", "REPLACED", "CONSUMED"]},
    "complaint_no": {"type": "string"},
    "status": {"type": "string", "enum": ["ISSUED", "REPLACED", "CONSUMED"]},
    "total_qty": {"type": "integer", "min": 1},
    "parts": "PARTS",
    "documents": {"type": "array", "minItems": 1, "items": {
      "type": "object",
      "properties": {
        "sha256": {"type": "string"},
        "mime": {"type": "string", "enum": ["image/png", "image/jpeg", "application/pdf"]},
        "size": {"type": "integer", "min": 1},
        "file_name": {"type": "string"}
      }
    }},
    "remarks": {"type": "string", "minLength": 0}
  }
})json";

constexpr const char *kSpareDecided = R"json({
  "type": "object",
  "properties": {
    "request_id": {"type": "string"},
    "timestamp": {"type": "string", "format": "date-time"},
    "source": {"type": "string"},
    "action": {"type": "string", "enum": ["SPARE_DECISION"]},
    "complaint_no": {"type": "string"},
    "decision": {"type": "string", "enum": ["APPROVED", "REJECTED"]},
    "reason": {"type": "string", "minLength": 0},
    "decided_by": {"type": "string"},
    "decided_in": {"type": "string", "enum": ["floorbridge", "new_crm"]},
    "decided_at": {"type": "string", "format": "date-time"}
  }
})json";

constexpr const char *kReturnOrderCreated = R"json({
  "type": "object",
  "properties": {
    "request_id": {"type": "string"},
    "timestamp": {"type": "string", "format": "date-time"},
    "source": {"type": "string"},
    "action": {"type": "string", "enum": ["RETURN"]},
    "complaint_no": {"type": "string"},
    "part_request_no": {"type": "string", "minLength": 0},
    "total_items": {"type": "integer", "min": 1, "countOf": ["items"]},
    "items": {"type": "array", "minItems": 1, "items": {
      "type": "object",
      "properties": {
        "type": {"type": "string", "enum": ["PART", "UNIT"]},
        "part_code": {"type": "string", "minLength": 0},
        "part_class": {"type": "string", "minLength": 0},
        "sn": {"type": "string", "minLength": 0},
        "qty": {"type": "integer", "min": 1}
      }
    }},
    "remarks": {"type": "string", "minLength": 0}
  }
})json";

// The service schemas share the status list and the part lines; spliced in where the text says so.
Json serviceSchema(const char *text)
{
    Json schema = Json::parse(text);
    auto &props = schema["properties"];
    for (const char *key : {"status", "previous_status"}) {
        if (props.contains(key) && props[key].value("enum", Json()) == Json("STATUSES"))
            props[key]["enum"] = Json::parse(kComplaintStatuses);
    }
    if (props.contains("parts") && props["parts"] == Json("PARTS"))
        props["parts"] = Json::parse(kPartLines);
    return schema;
}

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
        {"/api/v2/serials/generated", "serials.generated"}, {"/api/v2/inwards", "inward.submitted"},
        {"/api/v2/dispatches", "dispatch.submitted"},       {"/api/v2/dispatches/cancellations", "dispatch.cancelled"},
        {"/api/v2/complaints", "complaint.registered"},     {"/api/v2/complaints/updates", "complaint.updated"},
        {"/api/v2/part-requests", "part_request.created"},  {"/api/v2/part-requests/updates", "part_request.updated"},
        {"/api/v2/spare-decisions", "spare.decided"},       {"/api/v2/return-orders", "return_order.created"},
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
        {"/api/service/complaints", serviceSchema(kComplaintRegistered)},
        {"/api/service/complaints/update", serviceSchema(kComplaintUpdated)},
        {"/api/service/part-requests", serviceSchema(kPartRequestCreated)},
        {"/api/service/part-requests/update", serviceSchema(kPartRequestUpdated)},
        {"/api/service/spare-approvals", serviceSchema(kSpareDecided)},
        {"/api/service/return-orders", serviceSchema(kReturnOrderCreated)},
        {"/api/inventory/dispatch/cancel", Json::parse(kDispatchCancel)},
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
