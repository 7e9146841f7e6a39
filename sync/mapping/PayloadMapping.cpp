#include "sync/mapping/PayloadMapping.h"

#include <QFile>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <functional>
#include <optional>
#include <vector>

namespace fb {

namespace {
using OJson = nlohmann::ordered_json;

// A dotted path, "[]" after a segment meaning "every element of this list".
struct Segment
{
    std::string name;
    bool each = false;
};

std::vector<Segment> parsePath(const QString &path)
{
    std::vector<Segment> segments;
    for (const QString &part : path.split(QLatin1Char('.'))) {
        Segment seg;
        seg.each = part.endsWith(QStringLiteral("[]"));
        seg.name = (seg.each ? part.chopped(2) : part).toStdString();
        segments.push_back(seg);
    }
    return segments;
}

bool validPath(const QString &path)
{
    if (path.isEmpty())
        return false;
    for (const Segment &seg : parsePath(path)) {
        if (seg.name.empty())
            return false;
    }
    return true;
}

// Calls `leaf(parentObject, key)` for every object the path reaches (creating objects on the way when `create`).
// Returns false when a step exists but is not an object / list as the path says.
bool visit(OJson &node, const std::vector<Segment> &path, size_t at, bool create,
           const std::function<bool(OJson &, const std::string &)> &leaf)
{
    if (!node.is_object())
        return false;
    const Segment &seg = path[at];
    if (at + 1 == path.size() && !seg.each)
        return leaf(node, seg.name);
    auto it = node.find(seg.name);
    if (it == node.end()) {
        if (!create || seg.each)
            return true; // nothing there: nothing to do
        node[seg.name] = OJson::object();
        it = node.find(seg.name);
    }
    if (seg.each) {
        if (!it->is_array())
            return false;
        if (at + 1 == path.size())
            return false; // "list[]" must be followed by a field
        for (OJson &element : *it) {
            if (!visit(element, path, at + 1, create, leaf))
                return false;
        }
        return true;
    }
    return visit(*it, path, at + 1, create, leaf);
}

std::optional<OJson> convertValue(const OJson &value, const QString &type)
{
    if (value.is_null())
        return value;
    if (type == QStringLiteral("string")) {
        if (value.is_string())
            return value;
        if (value.is_number_integer())
            return OJson(std::to_string(value.get<long long>()));
        if (value.is_number())
            return OJson(value.dump());
        if (value.is_boolean())
            return OJson(value.get<bool>() ? "true" : "false");
        return std::nullopt;
    }
    if (type == QStringLiteral("integer")) {
        if (value.is_number_integer())
            return value;
        if (value.is_number_float()) {
            const double d = value.get<double>();
            if (d == double(static_cast<long long>(d)))
                return OJson(static_cast<long long>(d));
            return std::nullopt;
        }
        if (value.is_string()) {
            bool ok = false;
            const qlonglong n = QString::fromStdString(value.get<std::string>()).trimmed().toLongLong(&ok);
            return ok ? std::optional<OJson>(OJson(n)) : std::nullopt;
        }
        if (value.is_boolean())
            return OJson(value.get<bool>() ? 1 : 0);
        return std::nullopt;
    }
    if (type == QStringLiteral("number")) {
        if (value.is_number())
            return value;
        if (value.is_string()) {
            bool ok = false;
            const double d = QString::fromStdString(value.get<std::string>()).trimmed().toDouble(&ok);
            return ok ? std::optional<OJson>(OJson(d)) : std::nullopt;
        }
        return std::nullopt;
    }
    if (type == QStringLiteral("boolean")) {
        if (value.is_boolean())
            return value;
        if (value.is_number_integer() && (value.get<long long>() == 0 || value.get<long long>() == 1))
            return OJson(value.get<long long>() == 1);
        if (value.is_string()) {
            const QString text = QString::fromStdString(value.get<std::string>()).trimmed().toLower();
            if (text == QStringLiteral("true") || text == QStringLiteral("yes") || text == QStringLiteral("1"))
                return OJson(true);
            if (text == QStringLiteral("false") || text == QStringLiteral("no") || text == QStringLiteral("0"))
                return OJson(false);
        }
        return std::nullopt;
    }
    return std::nullopt;
}

const QStringList kTypes{QStringLiteral("string"), QStringLiteral("integer"), QStringLiteral("number"),
                         QStringLiteral("boolean")};
} // namespace

Result<PayloadMapping> PayloadMapping::builtIn(Crm crm)
{
    return fromFile(QStringLiteral(":/mappings/%1.json").arg(crmName(crm)));
}

Result<PayloadMapping> PayloadMapping::forStation(Crm crm, const QString &dataDir)
{
    const QString override = QStringLiteral("%1/mappings/%2.json").arg(dataDir, crmName(crm));
    if (!dataDir.isEmpty() && QFile::exists(override))
        return fromFile(override);
    return builtIn(crm);
}

Result<PayloadMapping> PayloadMapping::fromFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(tr("Cannot read the CRM mapping %1: %2").arg(path, file.errorString()), {},
                         QStringLiteral("mapping.unreadable"));
    return fromJson(file.readAll(), path);
}

Result<PayloadMapping> PayloadMapping::fromJson(const QByteArray &json, const QString &source)
{
    const auto doc = nlohmann::json::parse(json.constBegin(), json.constEnd(), nullptr, false);
    if (doc.is_discarded() || !doc.is_object())
        return makeError(tr("The CRM mapping %1 is not a JSON object.").arg(source), {},
                         QStringLiteral("mapping.invalid"));
    auto events = doc.find("events");
    if (events == doc.end() || !events->is_object())
        return makeError(tr("The CRM mapping %1 has no \"events\" object.").arg(source), QStringLiteral("events"),
                         QStringLiteral("mapping.invalid"));
    // Every value is type-checked before it is read: an admin's override with a number where a string belongs is
    // refused naming the field, never an exception at delivery start.
    auto wrongType = [&](const QString &field, const QString &expected) {
        return makeError(tr("The CRM mapping %1: %2 should be %3.").arg(source, field, expected), field,
                         QStringLiteral("mapping.invalid"));
    };
    PayloadMapping mapping;
    mapping.m_source = source;
    if (auto crm = doc.find("crm"); crm != doc.end()) {
        if (!crm->is_string())
            return wrongType(QStringLiteral("crm"), tr(R"(a string ("legacy" or "new"))"));
        mapping.m_crm = QString::fromStdString(crm->get<std::string>());
    }
    for (auto it = events->begin(); it != events->end(); ++it) {
        const QString type = QString::fromStdString(it.key());
        const auto &rule = it.value();
        if (!rule.is_object())
            return wrongType(QStringLiteral("events.%1").arg(type), tr("an object with a \"path\""));
        for (const char *key : {"path", "body", "method"}) {
            auto value = rule.find(key);
            if (value != rule.end() && !value->is_string())
                return wrongType(QStringLiteral("events.%1.%2").arg(type, QLatin1String(key)), tr("a string"));
        }
        const std::string path = rule.value("path", std::string());
        const std::string body = rule.value("body", std::string("data"));
        if (path.empty() || path.front() != '/')
            return makeError(tr("The CRM mapping %1: event %2 needs a \"path\" starting with /.").arg(source, type),
                             QStringLiteral("events.%1.path").arg(type), QStringLiteral("mapping.invalid"));
        if (body != "data" && body != "envelope")
            return makeError(tr(R"(The CRM mapping %1: event %2 has "body" %3; use "data" or "envelope".)")
                                 .arg(source, type, QString::fromStdString(body)),
                             QStringLiteral("events.%1.body").arg(type), QStringLiteral("mapping.invalid"));
        Route route;
        route.method = QByteArray::fromStdString(rule.value("method", std::string("POST"))).toUpper();
        if (route.method.isEmpty() ||
            !std::ranges::all_of(route.method, [](char c) { return (c >= 'A' && c <= 'Z') || c == '-'; }))
            return wrongType(QStringLiteral("events.%1.method").arg(type), tr("an HTTP method such as \"POST\""));
        route.path = QString::fromStdString(path);
        route.body = body == "envelope" ? Body::Envelope : Body::Data;
        auto invalid = [&](const QString &field, const QString &what) {
            return makeError(tr("The CRM mapping %1: event %2, %3: %4").arg(source, type, field, what), field,
                             QStringLiteral("mapping.invalid"));
        };
        for (const char *key : {"rename", "convert", "constants"}) {
            auto part = rule.find(key);
            if (part != rule.end() && !part->is_object())
                return invalid(QStringLiteral("events.%1.%2").arg(type, QLatin1String(key)),
                               tr("should be an object of \"path\": value"));
        }
        if (auto renames = rule.find("rename"); renames != rule.end()) {
            for (auto r = renames->begin(); r != renames->end(); ++r) {
                const QString from = QString::fromStdString(r.key());
                const QString field = QStringLiteral("events.%1.rename.%2").arg(type, from);
                if (!validPath(from) || !r.value().is_string() ||
                    !validPath(QString::fromStdString(r.value().get<std::string>())))
                    return invalid(field, tr("both paths should be dotted field names, like \"a.b\""));
                route.renames.append({from, QString::fromStdString(r.value().get<std::string>())});
            }
        }
        if (auto drops = rule.find("drop"); drops != rule.end()) {
            if (!drops->is_array())
                return invalid(QStringLiteral("events.%1.drop").arg(type), tr("should be a list of paths"));
            for (const auto &d : *drops) {
                if (!d.is_string() || !validPath(QString::fromStdString(d.get<std::string>())))
                    return invalid(QStringLiteral("events.%1.drop").arg(type),
                                   tr("every entry should be a dotted field name"));
                route.drops.append(QString::fromStdString(d.get<std::string>()));
            }
        }
        if (auto conversions = rule.find("convert"); conversions != rule.end()) {
            for (auto c = conversions->begin(); c != conversions->end(); ++c) {
                const QString field = QStringLiteral("events.%1.convert.%2").arg(type, QString::fromStdString(c.key()));
                const QString to =
                    c.value().is_string() ? QString::fromStdString(c.value().get<std::string>()) : QString();
                if (!validPath(QString::fromStdString(c.key())) || !kTypes.contains(to))
                    return invalid(field, tr("the type should be one of %1").arg(kTypes.join(QStringLiteral(", "))));
                route.conversions.append({QString::fromStdString(c.key()), to});
            }
        }
        if (auto constants = rule.find("constants"); constants != rule.end()) {
            for (auto c = constants->begin(); c != constants->end(); ++c) {
                if (!validPath(QString::fromStdString(c.key())))
                    return invalid(QStringLiteral("events.%1.constants.%2").arg(type, QString::fromStdString(c.key())),
                                   tr("should be a dotted field name"));
                route.constants.append({QString::fromStdString(c.key()), QByteArray::fromStdString(c.value().dump())});
            }
        }
        if (auto ack = rule.find("ack"); ack != rule.end()) {
            const QString at = QStringLiteral("events.%1.ack").arg(type);
            if (!ack->is_object())
                return invalid(at, tr(R"(should be an object: {"field": "status", "accepted": ["ok"]})"));
            auto field = ack->find("field");
            if (field == ack->end() || !field->is_string() ||
                !validPath(QString::fromStdString(field->get<std::string>())))
                return invalid(at + QStringLiteral(".field"), tr("should be the dotted name of the answer's field"));
            route.ack.field = QString::fromStdString(field->get<std::string>());
            for (const char *key : {"accepted", "retry"}) {
                auto values = ack->find(key);
                const bool required = std::string_view(key) == "accepted";
                if (values == ack->end() && !required)
                    continue;
                if (values == ack->end() || !values->is_array() || (required && values->empty()) ||
                    !std::ranges::all_of(*values, [](const auto &v) { return v.is_primitive() && !v.is_null(); }))
                    return invalid(at + u'.' + QLatin1String(key),
                                   tr("should be a list of the values (strings, numbers, true/false) that mean %1")
                                       .arg(required ? tr("accepted") : tr("try again later")));
                for (const auto &v : *values)
                    (required ? route.ack.accepted : route.ack.retry).append(QByteArray::fromStdString(v.dump()));
            }
            if (auto message = ack->find("message"); message != ack->end()) {
                if (!message->is_string() || !validPath(QString::fromStdString(message->get<std::string>())))
                    return invalid(at + QStringLiteral(".message"),
                                   tr("should be the dotted name of the field holding the CRM's message"));
                route.ack.message = QString::fromStdString(message->get<std::string>());
            }
            for (auto key = ack->begin(); key != ack->end(); ++key) {
                if (!QStringList{QStringLiteral("field"), QStringLiteral("accepted"), QStringLiteral("retry"),
                                 QStringLiteral("message")}
                         .contains(QString::fromStdString(key.key())))
                    return invalid(at + u'.' + QString::fromStdString(key.key()),
                                   tr("is not understood (field, accepted, retry, message)"));
            }
        }
        mapping.m_routes.insert(type, route);
    }
    return mapping;
}

Result<MappedRequest> PayloadMapping::map(const QString &eventType, const QString &payload) const
{
    auto route = m_routes.constFind(eventType);
    if (route == m_routes.constEnd())
        return makeError(tr("The %1 CRM mapping has no rule for event type '%2' (%3): this event cannot be sent "
                            "there.")
                             .arg(m_crm.isEmpty() ? QStringLiteral("?") : m_crm, eventType, m_source),
                         QStringLiteral("event_type"), QStringLiteral("mapping.unknown_event"));
    const QByteArray text = payload.toUtf8();
    // Keys keep their order so what goes on the wire reads like what was stored.
    const auto envelope = nlohmann::ordered_json::parse(text.constBegin(), text.constEnd(), nullptr, false);
    if (envelope.is_discarded() || !envelope.is_object())
        return makeError(tr("The stored event is not a JSON object; it cannot be sent."), {},
                         QStringLiteral("mapping.payload"));
    MappedRequest request;
    request.method = route->method;
    request.path = route->path;
    OJson body;
    if (route->body == Body::Envelope) {
        body = envelope;
    } else {
        auto data = envelope.find("data");
        if (data == envelope.end() || !data->is_object())
            return makeError(tr("The stored event has no \"data\" object; it cannot be sent."), QStringLiteral("data"),
                             QStringLiteral("mapping.payload"));
        body = *data;
    }
    auto fieldError = [&](const QString &field, const QString &what) {
        return makeError(tr("The %1 CRM mapping cannot map event '%2': field %3 %4.")
                             .arg(m_crm.isEmpty() ? QStringLiteral("?") : m_crm, eventType, field, what),
                         field, QStringLiteral("mapping.field"));
    };
    for (const auto &[from, to] : route->renames) {
        // Collect the values (each list element keeps its own), then write them under the new name.
        const std::vector<Segment> fromPath = parsePath(from);
        const std::vector<Segment> toPath = parsePath(to);
        const bool sameParent =
            fromPath.size() == toPath.size() &&
            std::equal(fromPath.begin(), fromPath.end() - 1, toPath.begin(),
                       [](const Segment &a, const Segment &b) { return a.name == b.name && a.each == b.each; });
        if (sameParent) {
            const std::string newName = toPath.back().name;
            if (!visit(body, fromPath, 0, false, [&](OJson &parent, const std::string &key) {
                    auto it = parent.find(key);
                    if (it != parent.end()) {
                        OJson value = *it;
                        parent.erase(key);
                        parent[newName] = std::move(value);
                    }
                    return true;
                }))
                return fieldError(from, tr("is not where the mapping expects it (a list or object on the way is "
                                           "not one)"));
            continue;
        }
        std::optional<OJson> moved;
        if (!visit(body, fromPath, 0, false, [&](OJson &parent, const std::string &key) {
                auto it = parent.find(key);
                if (it != parent.end()) {
                    moved = *it;
                    parent.erase(key);
                }
                return true;
            }))
            return fieldError(from, tr("is not where the mapping expects it"));
        if (moved && !visit(body, toPath, 0, true, [&](OJson &parent, const std::string &key) {
                parent[key] = *moved;
                return true;
            }))
            return fieldError(to, tr("cannot be written: something on the way is not an object"));
    }
    for (const QString &drop : route->drops) {
        if (!visit(body, parsePath(drop), 0, false, [](OJson &parent, const std::string &key) {
                parent.erase(key);
                return true;
            }))
            return fieldError(drop, tr("is not where the mapping expects it"));
    }
    for (const auto &conversion : route->conversions) {
        // Named, not a structured binding: the lambda below uses `type`, and clang (the CheckTidy test) cannot
        // capture a structured binding before clang 16.
        const QString &path = conversion.first;
        const QString &type = conversion.second;
        QString problem;
        visit(body, parsePath(path), 0, false, [&](OJson &parent, const std::string &key) {
            auto it = parent.find(key);
            if (it == parent.end())
                return true;
            auto converted = convertValue(*it, type);
            if (!converted) {
                problem = tr("is %1, which cannot be converted to %2").arg(QString::fromStdString(it->dump()), type);
                return false;
            }
            *it = std::move(*converted);
            return true;
        });
        if (!problem.isEmpty())
            return fieldError(path, problem);
    }
    for (const auto &[path, json] : route->constants) {
        const OJson value = OJson::parse(json.constBegin(), json.constEnd(), nullptr, false);
        if (!visit(body, parsePath(path), 0, true, [&](OJson &parent, const std::string &key) {
                parent[key] = value;
                return true;
            }))
            return fieldError(path, tr("cannot be written: something on the way is not an object"));
    }
    request.body = QByteArray::fromStdString(body.dump(-1, ' ', false, OJson::error_handler_t::replace));
    return request;
}

} // namespace fb
