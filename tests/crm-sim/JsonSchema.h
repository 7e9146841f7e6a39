#pragma once
// A tiny data-driven schema checker: the legacy payloads and the new CRM envelope are described as JSON,
// not as nested ifs, so the rules read like the seed.
//
// Schema nodes:
//   {"type":"object", "properties":{name: node…}, "additional": false}   every property is required
//                                                                           unless its node has "optional": true
//   {"type":"array", "items": node, "minItems": 1}
//   {"type":"string", "minLength": 1 (default), "enum": [...], "format": "date-time"}
//   {"type":"integer", "min": 0, "countOf": ["products", "*", "serials"]}   must equal the number of elements
//                                                                             reached by that path from the root
//   {"type":"boolean"}, {"type":"any"}

#include "Json.h"

#include <optional>
#include <string>

namespace fb::sim {

struct SchemaError
{
    std::string field;   // "products[1].serial_list[0]"
    std::string message; // "products[1].serial_list[0]: expected string, got number"
};

std::optional<SchemaError> validateAgainst(const Json &schema, const Json &value);

} // namespace fb::sim
