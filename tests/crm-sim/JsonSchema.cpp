#include "JsonSchema.h"

#include <QDateTime>

#include <regex>
#include <vector>

namespace fb::sim {

bool isIsoDateTimeWithOffset(const std::string &text)
{
    static const std::regex pattern(R"(^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$)");
    if (!std::regex_match(text, pattern))
        return false;
    return QDateTime::fromString(toQt(text), Qt::ISODateWithMs).isValid();
}

namespace {

std::string typeName(const Json &value)
{
    if (value.is_number_integer())
        return "integer";
    if (value.is_number())
        return "number";
    return value.type_name(); // "string", "object", "array", "boolean", "null"
}

std::string join(const std::string &path, const std::string &key)
{
    return path.empty() ? key : path + "." + key;
}

struct CountCheck
{
    std::string field;
    long long value;
    Json countOf;
};

size_t countAlong(const Json &node, const Json &steps, size_t index)
{
    if (index == steps.size())
        return node.is_array() ? node.size() : 0;
    const std::string step = steps[index].get<std::string>();
    if (step == "*") {
        size_t total = 0;
        if (node.is_array()) {
            for (const Json &element : node)
                total += countAlong(element, steps, index + 1);
        }
        return total;
    }
    if (!node.is_object() || !node.contains(step))
        return 0;
    return countAlong(node.at(step), steps, index + 1);
}

class Checker
{
public:
    std::optional<SchemaError> check(const Json &schema, const Json &value, const std::string &path)
    {
        const std::string type = schema.value("type", "any");
        const std::string where = path.empty() ? "body" : path;
        auto fail = [&](const std::string &what) { return SchemaError{path, where + ": " + what}; };
        auto mistyped = [&](const std::string &expected) {
            return fail("expected " + expected + ", got " + typeName(value));
        };

        if (type == "object") {
            if (!value.is_object())
                return mistyped("object");
            const Json properties = schema.value("properties", Json::object());
            for (const auto &[name, child] : properties.items()) {
                if (!value.contains(name)) {
                    if (child.value("optional", false))
                        continue;
                    return SchemaError{join(path, name), join(path, name) + ": required field missing"};
                }
                if (auto error = check(child, value.at(name), join(path, name)))
                    return error;
            }
            if (!schema.value("additional", false)) {
                for (const auto &[name, child] : value.items()) {
                    if (!properties.contains(name))
                        return SchemaError{join(path, name), join(path, name) + ": unknown field"};
                }
            }
            return std::nullopt;
        }
        if (type == "array") {
            if (!value.is_array())
                return mistyped("array");
            const size_t minItems = schema.value("minItems", 0);
            if (value.size() < minItems)
                return fail("expected at least " + std::to_string(minItems) + " element(s)");
            if (schema.contains("items")) {
                for (size_t i = 0; i < value.size(); ++i) {
                    if (auto error = check(schema.at("items"), value.at(i), path + "[" + std::to_string(i) + "]"))
                        return error;
                }
            }
            return std::nullopt;
        }
        if (type == "string") {
            if (!value.is_string())
                return mistyped("string");
            const auto &text = value.get_ref<const std::string &>();
            if (text.size() < schema.value("minLength", size_t(1)))
                return fail("must not be empty");
            if (schema.contains("enum")) {
                const Json &allowed = schema.at("enum");
                if (std::find(allowed.begin(), allowed.end(), value) == allowed.end())
                    return fail("\"" + text + "\" is not one of " + allowed.dump());
            }
            if (schema.value("format", "") == "date-time" && !isIsoDateTimeWithOffset(text))
                return fail("\"" + text + "\" is not an ISO 8601 date-time with offset (2025-09-25T17:00:00+05:30)");
            return std::nullopt;
        }
        if (type == "integer") {
            if (!value.is_number_integer())
                return mistyped("integer");
            const long long number = value.get<long long>();
            if (schema.contains("min") && number < schema.at("min").get<long long>())
                return fail("must be at least " + schema.at("min").dump());
            if (schema.contains("countOf"))
                m_countChecks.push_back({path, number, schema.at("countOf")});
            return std::nullopt;
        }
        if (type == "boolean")
            return value.is_boolean() ? std::nullopt : std::optional(mistyped("boolean"));
        return std::nullopt; // "any"
    }

    std::optional<SchemaError> checkCounts(const Json &root) const
    {
        for (const CountCheck &count : m_countChecks) {
            const size_t actual = countAlong(root, count.countOf, 0);
            if (static_cast<long long>(actual) != count.value) {
                return SchemaError{count.field, count.field + ": is " + std::to_string(count.value) +
                                                    " but the body lists " + std::to_string(actual) + " serial(s)"};
            }
        }
        return std::nullopt;
    }

private:
    std::vector<CountCheck> m_countChecks;
};

} // namespace

std::optional<SchemaError> validateAgainst(const Json &schema, const Json &value)
{
    Checker checker;
    if (auto error = checker.check(schema, value, {}))
        return error;
    return checker.checkCounts(value);
}

} // namespace fb::sim
