#include "mapping/PayloadMapping.h"

#include <QCoreApplication>
#include <QFile>

#include <nlohmann/json.hpp>

namespace fb {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("fb::PayloadMapping", text);
}
} // namespace

Result<PayloadMapping> PayloadMapping::builtIn(Crm crm)
{
    return fromFile(QStringLiteral(":/mappings/%1.json").arg(crmName(crm)));
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
    PayloadMapping mapping;
    mapping.m_source = source;
    mapping.m_crm = QString::fromStdString(doc.value("crm", std::string()));
    for (auto it = events->begin(); it != events->end(); ++it) {
        const QString type = QString::fromStdString(it.key());
        const auto &rule = it.value();
        const std::string path = rule.is_object() ? rule.value("path", std::string()) : std::string();
        const std::string body = rule.is_object() ? rule.value("body", std::string("data")) : std::string();
        if (path.empty() || path.front() != '/')
            return makeError(tr("The CRM mapping %1: event %2 needs a \"path\" starting with /.").arg(source, type),
                             QStringLiteral("events.%1.path").arg(type), QStringLiteral("mapping.invalid"));
        if (body != "data" && body != "envelope")
            return makeError(tr("The CRM mapping %1: event %2 has \"body\" %3; use \"data\" or \"envelope\".")
                                 .arg(source, type, QString::fromStdString(body)),
                             QStringLiteral("events.%1.body").arg(type), QStringLiteral("mapping.invalid"));
        Route route;
        route.method = QByteArray::fromStdString(rule.value("method", std::string("POST"))).toUpper();
        route.path = QString::fromStdString(path);
        route.body = body == "envelope" ? Body::Envelope : Body::Data;
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
    if (route->body == Body::Envelope) {
        request.body =
            QByteArray::fromStdString(envelope.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace));
    } else {
        auto data = envelope.find("data");
        if (data == envelope.end() || !data->is_object())
            return makeError(tr("The stored event has no \"data\" object; it cannot be sent."), QStringLiteral("data"),
                             QStringLiteral("mapping.payload"));
        request.body =
            QByteArray::fromStdString(data->dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace));
    }
    return request;
}

} // namespace fb
