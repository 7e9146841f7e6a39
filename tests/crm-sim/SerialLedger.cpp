#include "SerialLedger.h"

#include <algorithm>

namespace fb::sim {

namespace {

std::string text(const Json &object, const char *key)
{
    if (!object.is_object())
        return {};
    const auto it = object.find(key);
    return it != object.end() && it->is_string() ? it->get<std::string>() : std::string();
}

const Json &member(const Json &object, const char *key)
{
    static const Json none;
    if (!object.is_object())
        return none;
    const auto it = object.find(key);
    return it == object.end() ? none : *it;
}

} // namespace

void SerialLedger::apply(const Json &envelope, const std::string &appliedAt)
{
    const std::string type = text(envelope, "event_type");
    const Json &data = member(envelope, "data");
    const std::string requestId = text(data, "request_id");
    auto touch = [&](const std::string &serial) -> SerialEntry & {
        SerialEntry &e = m_serials[serial];
        e.serial = serial;
        e.eventId = text(envelope, "event_id");
        e.eventType = type;
        e.occurredAt = text(envelope, "occurred_at");
        e.stationId = text(envelope, "station_id");
        e.ref = requestId;
        e.updatedAt = appliedAt;
        if (!e.stationId.empty())
            e.stations.insert(e.stationId);
        return e;
    };
    const Json &products = member(data, "products");
    if (type == "serials.generated" && products.is_array()) {
        for (const Json &p : products) {
            for (const Json &sn : member(p, "serial_list")) {
                if (!sn.is_string())
                    continue;
                SerialEntry &e = touch(sn.get<std::string>());
                e.productCode = text(p, "product_code");
                e.state = "GENERATED";
                e.warehouseCode.clear();
                e.partyCode.clear();
            }
        }
    } else if ((type == "inward.submitted" || type == "dispatch.submitted") && products.is_array()) {
        const bool inward = type == "inward.submitted";
        const std::string party = text(member(data, "dispatch_order"), "party_code");
        for (const Json &p : products) {
            for (const Json &line : member(p, "serials")) {
                const std::string serial = text(line, "sn");
                if (serial.empty())
                    continue;
                SerialEntry &e = touch(serial);
                e.productCode = text(p, "product_code");
                e.state = inward ? "IN_STOCK" : "DISPATCHED";
                e.warehouseCode = inward ? text(data, "warehouse_code") : text(p, "warehouse_code");
                e.partyCode = inward ? std::string() : party;
            }
        }
    } else if (type == "dispatch.cancelled") {
        for (const Json &sn : member(data, "serials")) {
            if (!sn.is_string() || !m_serials.contains(sn.get<std::string>()))
                continue;
            SerialEntry &e = touch(sn.get<std::string>());
            e.state = "IN_STOCK"; // back at the warehouse it left
            e.partyCode.clear();
        }
    } else if (type == "return_order.created") {
        for (const Json &item : member(data, "items")) {
            const std::string serial = text(item, "sn");
            auto it = m_serials.find(serial);
            if (text(item, "type") != "UNIT" || it == m_serials.end() || it->second.state != "DISPATCHED")
                continue;
            touch(serial).state = "RETURNED";
        }
    }
}

Json SerialLedger::toJson(const SerialEntry &e)
{
    return Json{{"serial", e.serial},
                {"product_code", e.productCode},
                {"state", e.state},
                {"warehouse_code", e.warehouseCode},
                {"party_code", e.partyCode},
                {"last_event",
                 {{"event_id", e.eventId},
                  {"event_type", e.eventType},
                  {"occurred_at", e.occurredAt},
                  {"station_id", e.stationId},
                  {"ref", e.ref}}},
                {"updated_at", e.updatedAt}};
}

Json SerialLedger::page(const std::string &stationId, const std::string &updatedSince, const std::string &after,
                        int page, int pageSize) const
{
    auto matches = [&](const SerialEntry &e) {
        // ISO 8601 UTC with milliseconds, as the simulator writes it: text order is time order.
        return (stationId.empty() || e.stations.contains(stationId)) &&
               (updatedSince.empty() || e.updatedAt > updatedSince);
    };
    Json items = Json::array();
    Json answer;
    if (!after.empty()) {
        bool more = false;
        for (auto it = m_serials.upper_bound(after); it != m_serials.end(); ++it) {
            if (!matches(it->second))
                continue;
            if (int(items.size()) == pageSize) {
                more = true;
                break;
            }
            items.push_back(toJson(it->second));
        }
        answer = Json{{"items", items}, {"page_size", pageSize}, {"has_more", more}};
    } else {
        long long total = 0;
        const long long first = (long long)(page - 1) * pageSize;
        for (const auto &[serial, e] : m_serials) {
            if (!matches(e))
                continue;
            if (total >= first && total < first + pageSize)
                items.push_back(toJson(e));
            ++total;
        }
        answer = Json{{"items", items},
                      {"page", page},
                      {"page_size", pageSize},
                      {"total", total},
                      {"has_more", first + pageSize < total}};
    }
    if (m_malformed && !answer["items"].empty())
        answer["items"][0]["serial"] = 42; // what a broken CRM might send: a number where text belongs
    return answer;
}

Json SerialLedger::query(const Json &serials) const
{
    Json items = Json::array();
    Json unknown = Json::array();
    for (const Json &sn : serials) {
        const auto it = m_serials.find(sn.get<std::string>());
        if (it == m_serials.end())
            unknown.push_back(sn);
        else
            items.push_back(toJson(it->second));
    }
    if (m_malformed)
        return Json{{"items", "not a list"}, {"unknown", unknown}};
    return Json{{"items", items}, {"unknown", unknown}};
}

std::string SerialLedger::tamper(const Json &body)
{
    if (!body.is_object())
        return "body: expected an object";
    for (const auto &[key, value] : body.items()) {
        if (key != "set" && key != "remove" && key != "malformed")
            return key + ": unknown key (set, remove, malformed)";
    }
    if (body.contains("malformed")) {
        if (!body.at("malformed").is_boolean())
            return "malformed: expected true or false";
        m_malformed = body.at("malformed").get<bool>();
    }
    for (const Json &sn : body.value("remove", Json::array())) {
        if (!sn.is_string())
            return "remove: expected serials as strings";
        m_serials.erase(sn.get<std::string>());
    }
    for (const Json &item : body.value("set", Json::array())) {
        const std::string serial = text(item, "serial");
        if (serial.empty())
            return "set[].serial: required";
        SerialEntry &e = m_serials[serial];
        e.serial = serial;
        for (const auto &[key, field] : {std::pair<const char *, std::string *>{"state", &e.state},
                                         {"warehouse_code", &e.warehouseCode},
                                         {"party_code", &e.partyCode},
                                         {"product_code", &e.productCode},
                                         {"station_id", &e.stationId}}) {
            if (item.contains(key))
                *field = text(item, key);
        }
        if (!e.stationId.empty())
            e.stations.insert(e.stationId);
        e.eventType = "admin.tamper";
    }
    return {};
}

void SerialLedger::clear()
{
    m_serials.clear();
    m_malformed = false;
}

} // namespace fb::sim
