#pragma once
// The simulator's JSON type: nlohmann's ordered variant, so stored bodies keep the client's key order.

#include <nlohmann/json.hpp>

#include <QString>

namespace fb::sim {

using Json = nlohmann::ordered_json;

inline std::string toStd(const QString &s)
{
    return s.toStdString();
}
inline QString toQt(const std::string &s)
{
    return QString::fromStdString(s);
}

// {"error": message, "field": field} — the body of every 4xx the simulator sends.
inline Json errorBody(const std::string &message, const std::string &field = {})
{
    return Json{{"error", message}, {"field", field}};
}

// ISO 8601 date-time with a UTC offset ("Z" or "+05:30"); the CRMs reject local times without one.
bool isIsoDateTimeWithOffset(const std::string &text);

} // namespace fb::sim
