#include "sync/reconcile/NewCrmSerials.h"

#include "app/core/Logging.h"
#include "sync/http/CrmClient.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkReply>

#include <nlohmann/json.hpp>

namespace fb {

namespace {

using json = nlohmann::json;

// Reads one serial item; the first problem names the field ("items[3].state: should be text").
std::optional<QString> readItem(const json &item, const QString &where, CrmSerialState *out)
{
    if (!item.is_object())
        return where + NewCrmSerials::tr(": should be an object");
    auto text = [&](const char *key, bool required, QString *target) -> std::optional<QString> {
        auto it = item.find(key);
        if (it == item.end() || it->is_null()) {
            if (required)
                return where + u'.' + QString::fromLatin1(key) + NewCrmSerials::tr(": is missing");
            return std::nullopt;
        }
        if (!it->is_string())
            return where + u'.' + QString::fromLatin1(key) + NewCrmSerials::tr(": should be text");
        *target = QString::fromStdString(it->get<std::string>());
        return std::nullopt;
    };
    if (auto p = text("serial", true, &out->serial))
        return p;
    if (auto p = text("state", true, &out->state))
        return p;
    for (const auto &[key, target] : {std::pair<const char *, QString *>{"product_code", &out->productCode},
                                      {"warehouse_code", &out->warehouseCode},
                                      {"party_code", &out->partyCode},
                                      {"updated_at", &out->updatedAt}}) {
        if (auto p = text(key, false, target))
            return p;
    }
    auto last = item.find("last_event");
    if (last != item.end() && last->is_object()) {
        for (const auto &[key, target] : {std::pair<const char *, QString *>{"station_id", &out->stationId},
                                          {"event_type", &out->eventType},
                                          {"ref", &out->ref}}) {
            auto it = last->find(key);
            if (it != last->end() && it->is_string())
                *target = QString::fromStdString(it->get<std::string>());
        }
    }
    return std::nullopt;
}

Result<QList<CrmSerialState>> readItems(const json &body, const QString &what)
{
    auto malformed = [&](const QString &problem) {
        return makeError(
            NewCrmSerials::tr("The new CRM's answer to %1 is not what Floorbridge expects: %2. Nothing was "
                              "compared; tell the CRM team (docs/crm-api.md, \"Serials\").")
                .arg(what, problem),
            {}, QStringLiteral("reconcile.malformed"));
    };
    if (!body.is_object())
        return malformed(NewCrmSerials::tr("the body should be a JSON object"));
    auto items = body.find("items");
    if (items == body.end())
        return malformed(NewCrmSerials::tr("items: is missing"));
    if (!items->is_array())
        return malformed(NewCrmSerials::tr("items: should be a list"));
    QList<CrmSerialState> out;
    for (size_t i = 0; i < items->size(); ++i) {
        CrmSerialState s;
        if (auto problem = readItem((*items)[i], QStringLiteral("items[%1]").arg(i), &s))
            return malformed(*problem);
        out.append(s);
    }
    return out;
}

} // namespace

NewCrmSerials::NewCrmSerials(QNetworkAccessManager &nam, QUrl baseUrl, QString token, int timeoutMs)
    : m_client(std::make_unique<CrmClient>(nam, baseUrl, std::move(token), timeoutMs))
    , m_baseUrl(std::move(baseUrl))
    , m_timeoutMs(timeoutMs)
{}

NewCrmSerials::~NewCrmSerials() = default;

Result<QByteArray> NewCrmSerials::exchange(const QString &what, const std::function<QNetworkReply *()> &send)
{
    QElapsedTimer timer;
    timer.start();
    QNetworkReply *reply = send();
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (reply->isRunning())
        loop.exec();
    const HttpResult r = CrmClient::collect(reply, timer.elapsed(), m_timeoutMs);
    reply->deleteLater();
    logger("sync.reconcile")->debug("{} -> {} in {} ms", what.toStdString(), r.status, r.elapsedMs);
    const QString url = m_baseUrl.toString(QUrl::RemoveUserInfo);
    if (r.status == 0)
        return makeError(
            (r.timedOut ? tr("The new CRM at %1 did not answer %2 within %3 s. Nothing was written; check the "
                             "network and the URL (crm.new.url), then run reconcile again.")
                              .arg(url, what)
                              .arg(m_timeoutMs / 1000)
                        : tr("Cannot reach the new CRM at %1 (%2: %3). Nothing was written; check the network and "
                             "the URL (crm.new.url), then run reconcile again.")
                              .arg(url, what, r.networkErrorText)),
            QStringLiteral("crm.new.url"), QStringLiteral("reconcile.unreachable"));
    if (r.status == 401 || r.status == 403)
        return makeError(tr("The new CRM refused the token (HTTP %1 to %2). Nothing was written; store a valid "
                            "one with floorbridge-ctl credentials set new.")
                             .arg(r.status)
                             .arg(what),
                         {}, QStringLiteral("reconcile.auth"));
    if (r.status < 200 || r.status > 299) {
        QString message;
        const json body = json::parse(r.body.constData(), r.body.constData() + r.body.size(), nullptr, false);
        if (body.is_object() && body.contains("error") && body.at("error").is_string())
            message = QString::fromStdString(body.at("error").get<std::string>());
        return makeError(tr("The new CRM answered HTTP %1 to %2%3. Nothing was written; run reconcile again later, "
                            "or tell the CRM team if it persists.")
                             .arg(r.status)
                             .arg(what, message.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(message)),
                         {}, QStringLiteral("reconcile.http"));
    }
    return r.body;
}

Result<QList<CrmSerialState>> NewCrmSerials::query(const QStringList &serials)
{
    const QString what = QStringLiteral("POST ") + QString::fromLatin1(kQueryPath);
    json list = json::array();
    for (const QString &s : serials)
        list.push_back(s.toStdString());
    const std::string body = json{{"serials", list}}.dump();
    auto bytes = exchange(what, [&] {
        return m_client->send(
            MappedRequest{QByteArrayLiteral("POST"), QString::fromLatin1(kQueryPath), QByteArray::fromStdString(body)},
            QString());
    });
    if (!bytes.ok())
        return bytes.error();
    const json doc = json::parse(bytes->constData(), bytes->constData() + bytes->size(), nullptr, false);
    if (doc.is_discarded())
        return makeError(tr("The new CRM's answer to %1 is not JSON. Nothing was compared; tell the CRM team "
                            "(docs/crm-api.md, \"Serials\").")
                             .arg(what),
                         {}, QStringLiteral("reconcile.malformed"));
    return readItems(doc, what);
}

Result<CrmSerialPage> NewCrmSerials::page(const QString &stationId, const QString &after, int pageSize)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("station_id"), stationId);
    if (!after.isEmpty())
        query.addQueryItem(QStringLiteral("after"), after);
    query.addQueryItem(QStringLiteral("page_size"), QString::number(pageSize));
    const QString what = after.isEmpty() ? QStringLiteral("GET %1").arg(QString::fromLatin1(kListPath))
                                         : QStringLiteral("GET %1 after %2").arg(QString::fromLatin1(kListPath), after);
    auto bytes = exchange(what, [&] { return m_client->get(QString::fromLatin1(kListPath), query); });
    if (!bytes.ok())
        return bytes.error();
    const json doc = json::parse(bytes->constData(), bytes->constData() + bytes->size(), nullptr, false);
    if (doc.is_discarded())
        return makeError(tr("The new CRM's answer to %1 is not JSON. Nothing was compared; tell the CRM team "
                            "(docs/crm-api.md, \"Serials\").")
                             .arg(what),
                         {}, QStringLiteral("reconcile.malformed"));
    auto items = readItems(doc, what);
    if (!items.ok())
        return items.error();
    CrmSerialPage out;
    out.items = std::move(items).value();
    auto more = doc.find("has_more");
    if (more == doc.end() || !more->is_boolean())
        return makeError(tr("The new CRM's answer to %1 is not what Floorbridge expects: has_more: should be true "
                            "or false. Nothing was compared; tell the CRM team (docs/crm-api.md, \"Serials\").")
                             .arg(what),
                         {}, QStringLiteral("reconcile.malformed"));
    out.hasMore = more->get<bool>();
    return out;
}

} // namespace fb
