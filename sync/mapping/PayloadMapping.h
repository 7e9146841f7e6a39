#pragma once
// Turns a canonical outbox event into one CRM's request (method, path, body). The rules are configuration
// (resources/mappings/<crm>.json), so a new path or body shape is a config change, not code:
//   { "crm": "legacy", "events": { "<event_type>": { "method": "POST", "path": "/api/…", "body": "data" } } }
// "body": "data" sends the envelope's data object; "envelope" sends the whole envelope. Optional per event, applied
// to that body in this order (paths are dotted, "a.b.c"; "items[].x" means x in every element of the list items):
//   "rename":    { "from.path": "to.path" }      move a field (missing fields are left alone)
//   "drop":      [ "path" ]                      remove fields
//   "convert":   { "path": "string" | "integer" | "number" | "boolean" }   type conversions
//   "constants": { "path": <any JSON value> }    fixed values, written last
// and how to read a 2xx answer (see AckRule): "ack": { "field": "status", "accepted": ["ok"], "retry": ["busy"],
// "message": "error" } — without it any 2xx counts as accepted.
// An admin overrides a CRM's mapping with <data folder>/mappings/<crm>.json (validated when delivery starts).

#include "app/core/Crm.h"
#include "app/core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QMap>
#include <QString>
#include <QStringList>

namespace fb {

// What a 2xx answer must say to count as accepted (a route's "ack"): the JSON field `field` (dotted) holds one of
// `accepted`; one of `retry` means "try again later"; another value is the CRM refusing the event, in the words at
// `message` (dotted; default "error", then "message"). A body without the field (or not JSON) says nothing: retried.
struct AckRule
{
    QString field;              // empty: any 2xx is accepted
    QList<QByteArray> accepted; // JSON texts: "\"ok\"", "true", "0"
    QList<QByteArray> retry;    // JSON texts
    QString message;            // dotted path of the CRM's message; empty: "error", then "message"
    bool active() const { return !field.isEmpty(); }
};

struct MappedRequest
{
    QByteArray method; // "POST"
    QString path;      // "/api/inventory/inward", appended to the CRM's base URL
    QByteArray body;   // JSON
};

class PayloadMapping
{
    Q_DECLARE_TR_FUNCTIONS(fb::PayloadMapping)

public:
    // The built-in mapping for `crm` (":/mappings/<crm>.json").
    static Result<PayloadMapping> builtIn(Crm crm);
    static Result<PayloadMapping> fromFile(const QString &path);
    static Result<PayloadMapping> fromJson(const QByteArray &json, const QString &source);
    // The admin's <dataDir>/mappings/<crm>.json when it exists, else the built-in one.
    static Result<PayloadMapping> forStation(Crm crm, const QString &dataDir);

    // An unknown event type or an unreadable payload is an error naming it: the row goes to the failed queue.
    Result<MappedRequest> map(const QString &eventType, const QString &payload) const;
    // How a 2xx answer to an event of this type is read (inactive when the route declares no "ack").
    AckRule ack(const QString &eventType) const { return m_routes.value(eventType).ack; }
    QStringList eventTypes() const { return m_routes.keys(); }
    QString source() const { return m_source; }

private:
    enum class Body { Data, Envelope };
    struct Route
    {
        QByteArray method;
        QString path;
        Body body = Body::Data;
        QList<std::pair<QString, QString>> renames;
        QStringList drops;
        QList<std::pair<QString, QString>> conversions;  // path → type
        QList<std::pair<QString, QByteArray>> constants; // path → JSON text
        AckRule ack;
    };
    QMap<QString, Route> m_routes;
    QString m_source;
    QString m_crm;
};

} // namespace fb
