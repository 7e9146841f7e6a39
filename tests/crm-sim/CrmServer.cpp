#include "CrmServer.h"

#include "JsonSchema.h"
#include "Schemas.h"

#include <QDateTime>
#include <QTimer>
#include <QUrlQuery>

namespace fb::sim {

namespace {

using StatusCode = QHttpServerResponder::StatusCode;
using Method = QHttpServerRequest::Method;

std::string headerValue(const QHttpServerRequest &request, const QByteArray &name)
{
    for (const auto &[key, value] : request.headers()) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value.trimmed().toStdString();
    }
    return {};
}

std::string nowText()
{
    return toStd(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
}

bool startsWith(const std::string &text, const std::string &prefix)
{
    return text.rfind(prefix, 0) == 0;
}

Answer error(int status, const std::string &message, const std::string &field = {})
{
    return Answer{status, errorBody(message, field), {}};
}

Json parseBody(const QByteArray &bytes, bool *ok)
{
    Json json = Json::parse(bytes.constData(), bytes.constData() + bytes.size(), nullptr, false);
    *ok = !json.is_discarded();
    return json;
}

std::string methodName(Method method)
{
    switch (method) {
    case Method::Get:
        return "GET";
    case Method::Post:
        return "POST";
    case Method::Put:
        return "PUT";
    case Method::Delete:
        return "DELETE";
    case Method::Patch:
        return "PATCH";
    default:
        return "OTHER";
    }
}

const char *kindName(CrmKind kind)
{
    return kind == CrmKind::Legacy ? "legacy" : "new";
}

} // namespace

CrmServer::CrmServer(CrmKind kind, QString token, QString journalPath, quint64 seed, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_kind(kind)
    , m_token(std::move(token))
    , m_store(std::move(journalPath))
    , m_faults(seed)
{}

bool CrmServer::loadJournal(QString *error)
{
    if (!m_store.load(error))
        return false;
    // What a previous run applied counts as received and applied, so stats stay consistent across a restart.
    for (const AppliedRecord &record : m_store.records()) {
        ++m_totals.received;
        ++m_totals.applied;
        ++m_byPath[record.path].received;
        ++m_byPath[record.path].applied;
        if (m_kind == CrmKind::New)
            m_serials.apply(record.body, record.at);
    }
    return true;
}

void CrmServer::missingHandler(const QHttpServerRequest &, QTcpSocket *)
{
    // handleRequest() answers everything.
}

bool CrmServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const std::string path = toStd(request.url().path());
    if (path == "/__admin" || startsWith(path, "/__admin/")) {
        respond(request, socket, handleAdmin(request, path), 0);
        return true;
    }

    ++m_totals.received;
    ++m_byPath[path].received;
    const std::string key = headerValue(request, "Idempotency-Key");

    // Faults strike before anything is applied: a faulted request never has an effect (apply_then_* below aside).
    const bool write = request.method() == Method::Post && !key.empty();
    const FaultDecision fault = m_faults.decide(path, write);
    using Action = FaultDecision::Action;
    if (fault.action != Action::None) {
        ++m_totals.faulted;
        ++m_byPath[path].faulted;
    }
    switch (fault.action) {
    case Action::Drop:
        noteAttempt(request, path, key, "dropped", 0);
        // Deferred to the event loop so QAbstractHttpServer finishes with the socket first.
        QTimer::singleShot(0, socket, [socket] { socket->abort(); });
        return true;
    case Action::Hang:
        // Never answered; the connection stays open until the client gives up and closes it.
        ++m_hung;
        noteAttempt(request, path, key, "hung", 0);
        return true;
    case Action::Outage:
    case Action::Error:
    case Action::Throttle: {
        const char *what = fault.action == Action::Throttle ? "simulated throttling"
                           : fault.action == Action::Outage ? "simulated outage"
                                                            : "simulated server error";
        Answer answer = error(fault.status, what);
        if (fault.retryAfterS > 0)
            answer.headers.emplace_back("Retry-After", QByteArray::number(fault.retryAfterS));
        noteAttempt(request, path, key, "faulted", fault.status);
        respond(request, socket, std::move(answer), fault.latencyMs);
        return true;
    }
    case Action::Reject:
    case Action::InProgress:
    case Action::ErrorBody: {
        Answer answer = fault.action == Action::Reject       ? error(fault.status, "simulated rejection of " + path)
                        : fault.action == Action::InProgress ? inProgress(key)
                                                             : errorBodyAnswer();
        noteAttempt(request, path, key, fault.action == Action::InProgress ? "in_progress" : "faulted", answer.status);
        respond(request, socket, std::move(answer), fault.latencyMs);
        return true;
    }
    case Action::None:
        break;
    }

    // processing_ms: the first request with a key is still being processed; the same key meanwhile is "in progress".
    const int processingMs = write ? m_faults.processingMs(path) : 0;
    if (processingMs > 0 && m_processing.contains(key)) {
        ++m_totals.faulted;
        ++m_byPath[path].faulted;
        Answer answer = inProgress(key);
        noteAttempt(request, path, key, "in_progress", answer.status);
        respond(request, socket, std::move(answer), 0);
        return true;
    }

    std::string outcome;
    Answer answer = handleApi(request, path, &outcome);
    if (outcome == "rejected") {
        ++m_totals.rejected;
        ++m_byPath[path].rejected;
    }
    int delayMs = fault.latencyMs;
    if (outcome == "applied") {
        // apply_then_*: the event is in, but the client never hears so; only a re-send under the same key is safe.
        const FaultDecision after = m_faults.afterApply(path);
        if (after.action != Action::None) {
            ++m_totals.faulted;
            ++m_byPath[path].faulted;
        }
        if (after.action == Action::Drop) {
            noteAttempt(request, path, key, "applied-then-dropped", 0);
            QTimer::singleShot(0, socket, [socket] { socket->abort(); });
            return true;
        }
        if (after.action == Action::Error) {
            answer = error(after.status, "simulated server error after the event was applied");
            outcome = "applied-then-failed";
        }
        if (processingMs > 0) {
            m_processing.insert(key);
            delayMs = std::max(delayMs, processingMs);
            QTimer::singleShot(delayMs, this, [this, key] { m_processing.erase(key); });
        }
    }
    noteAttempt(request, path, key, outcome, answer.status);
    if (!m_quiet) {
        qInfo("crm-sim %s %s %s -> %d %s", kindName(m_kind), methodName(request.method()).c_str(), path.c_str(),
              answer.status, outcome.c_str());
    }
    respond(request, socket, std::move(answer), delayMs);
    return true;
}

Answer CrmServer::inProgress(const std::string &key)
{
    return Answer{409,
                  Json{{"error", "Idempotency-Key " + key + " is still being processed; retry later"},
                       {"code", "idempotency_key_in_progress"}},
                  {}};
}

Answer CrmServer::errorBodyAnswer() const
{
    return Answer{m_kind == CrmKind::Legacy ? 200 : 201,
                  Json{{"status", "error"}, {"error", "simulated: the CRM could not store the event"}},
                  {}};
}

Answer CrmServer::handleApi(const QHttpServerRequest &request, const std::string &path, std::string *outcome)
{
    *outcome = "rejected";
    const std::string authorization = headerValue(request, "Authorization");
    if (authorization.empty())
        return error(401, "missing bearer token", "Authorization");
    if (authorization != "Bearer " + toStd(m_token))
        return error(401, "invalid bearer token", "Authorization");

    const bool isPost = request.method() == Method::Post;
    const bool isGet = request.method() == Method::Get;
    const bool known =
        m_kind == CrmKind::Legacy ? legacySchema(path) != nullptr : startsWith(path, "/api/v2/") && path.size() > 8;
    if (!known)
        return error(404, "no such endpoint: " + path);

    if (m_kind == CrmKind::New && (path == "/api/v2/serials" || path == "/api/v2/serials/query"))
        return handleSerials(request, path, outcome);
    if (m_kind == CrmKind::New && isGet)
        return handleNewRead(request, path, outcome);
    if (!isPost)
        return error(405, "method not allowed on " + path);

    bool ok = false;
    const Json body = parseBody(request.body(), &ok);
    if (!ok)
        return error(400, "body is not valid JSON", "body");
    const std::string key = headerValue(request, "Idempotency-Key");
    if (key.empty())
        return error(400, "Idempotency-Key header is required on writes", "Idempotency-Key");

    // A replay returns the first answer whatever its body says: the key, not the body, names the event.
    if (const StoredAnswer *first = m_store.find(key)) {
        *outcome = "duplicate";
        ++m_totals.duplicates;
        ++m_byPath[path].duplicates;
        if (m_faults.replayConflict(path)) {
            return Answer{409,
                          Json{{"error", "Idempotency-Key " + key + " was already applied"},
                               {"code", "idempotency_key_already_applied"}},
                          {}};
        }
        Answer answer{first->status, first->body, {}};
        answer.headers.emplace_back("Idempotent-Replay", "true");
        return answer;
    }
    return m_kind == CrmKind::Legacy ? handleLegacyWrite(path, body, key, outcome)
                                     : handleNewWrite(path, body, key, outcome);
}

Answer CrmServer::handleLegacyWrite(const std::string &path, const Json &body, const std::string &key,
                                    std::string *outcome)
{
    if (auto problem = validateAgainst(*legacySchema(path), body))
        return error(422, problem->message, problem->field);
    const Json requestId =
        body.contains("request_id") ? body.at("request_id") : Json("LEGACY-" + std::to_string(m_store.nextSeq()));
    return applyOnce(path, body, key, Answer{200, Json{{"status", "ok"}, {"request_id", requestId}}, {}}, outcome);
}

Answer CrmServer::handleNewWrite(const std::string &path, const Json &body, const std::string &key,
                                 std::string *outcome)
{
    if (auto problem = validateAgainst(envelopeSchema(), body))
        return error(422, problem->message, problem->field);
    const std::string type = body.at("event_type").get<std::string>();
    const std::string expectedType = eventTypeForPath(path);
    if (!expectedType.empty() && type != expectedType) {
        return error(422,
                     "event_type: \"" + type + "\" does not belong on " + path + " (expects \"" + expectedType + "\")",
                     "event_type");
    }
    const std::string expectedPath = pathForEventType(type);
    if (!expectedPath.empty() && path != expectedPath)
        return error(422, "event_type: \"" + type + "\" goes to " + expectedPath + ", not " + path, "event_type");
    return applyOnce(path, body, key, Answer{201, Json{{"status", "ok"}, {"event_id", body.at("event_id")}}, {}},
                     outcome);
}

Answer CrmServer::applyOnce(const std::string &path, const Json &body, const std::string &key, const Answer &answer,
                            std::string *outcome)
{
    AppliedRecord record;
    record.path = path;
    record.idempotencyKey = key;
    record.body = body;
    record.at = nowText();
    record.answer = StoredAnswer{answer.status, answer.body};
    if (m_kind == CrmKind::New)
        m_serials.apply(body, record.at);
    m_store.apply(std::move(record));
    ++m_totals.applied;
    ++m_byPath[path].applied;
    *outcome = "applied";
    return answer;
}

Answer CrmServer::handleNewRead(const QHttpServerRequest &request, const std::string &path, std::string *outcome)
{
    const std::string resource = path.substr(8); // after "/api/v2/"
    if (!m_masterData.hasResource(resource))
        return error(404, "no such resource: " + resource);

    const QUrlQuery query = request.query();
    PageRequest page;
    page.updatedSinceText = toStd(query.queryItemValue(QStringLiteral("updated_since"), QUrl::FullyDecoded));
    if (!page.updatedSinceText.empty()) {
        if (!isIsoDateTimeWithOffset(page.updatedSinceText))
            return error(400, "updated_since: not an ISO 8601 date-time with offset", "updated_since");
        page.updatedSince = QDateTime::fromString(toQt(page.updatedSinceText), Qt::ISODateWithMs);
    }
    auto readInt = [&](const QString &name, int fallback, int *target) -> bool {
        const QString text = query.queryItemValue(name);
        if (text.isEmpty()) {
            *target = fallback;
            return true;
        }
        bool ok = false;
        *target = text.toInt(&ok);
        return ok && *target >= 1;
    };
    if (!readInt(QStringLiteral("page"), 1, &page.page))
        return error(400, "page: expected an integer of at least 1", "page");
    if (!readInt(QStringLiteral("page_size"), MasterData::kDefaultPageSize, &page.pageSize))
        return error(400, "page_size: expected an integer of at least 1", "page_size");
    page.pageSize = m_masterData.pageSize(resource, std::min(page.pageSize, MasterData::kMaxPageSize));
    if (query.hasQueryItem(QStringLiteral("after"))) {
        page.keyset = true;
        page.afterText = toStd(query.queryItemValue(QStringLiteral("after"), QUrl::FullyDecoded));
        if (!page.afterText.empty()) {
            const auto comma = page.afterText.find(',');
            const std::string time = page.afterText.substr(0, comma);
            if (!isIsoDateTimeWithOffset(time))
                return error(400, "after: expected <updated_at>,<id> with an ISO 8601 date-time with offset", "after");
            page.afterTime = QDateTime::fromString(toQt(time), Qt::ISODateWithMs);
            if (comma != std::string::npos)
                page.afterKey = page.afterText.substr(comma + 1);
        }
    }

    *outcome = "read";
    Json answer = m_masterData.page(resource, page);
    m_masterData.script(resource, page, answer);
    return Answer{200, answer, {}};
}

Answer CrmServer::handleSerials(const QHttpServerRequest &request, const std::string &path, std::string *outcome)
{
    if (path == "/api/v2/serials/query") {
        if (request.method() != Method::Post)
            return error(405, "method not allowed on " + path + " (POST a list of serials)");
        bool ok = false;
        const Json body = parseBody(request.body(), &ok);
        if (!ok)
            return error(400, "body is not valid JSON", "body");
        if (!body.is_object() || !body.contains("serials") || !body.at("serials").is_array())
            return error(422, "serials: expected a list of serial numbers", "serials");
        const Json &serials = body.at("serials");
        if (serials.size() > size_t(SerialLedger::kMaxQuery))
            return error(422, "serials: at most " + std::to_string(SerialLedger::kMaxQuery) + " per request",
                         "serials");
        for (size_t i = 0; i < serials.size(); ++i) {
            if (!serials[i].is_string())
                return error(422, "serials[" + std::to_string(i) + "]: expected string", "serials");
        }
        *outcome = "read";
        return Answer{200, m_serials.query(serials), {}};
    }
    if (request.method() != Method::Get)
        return error(405, "method not allowed on " + path);
    const QUrlQuery query = request.query();
    const std::string since = toStd(query.queryItemValue(QStringLiteral("updated_since"), QUrl::FullyDecoded));
    std::string sinceUtc;
    if (!since.empty()) {
        if (!isIsoDateTimeWithOffset(since))
            return error(400, "updated_since: not an ISO 8601 date-time with offset", "updated_since");
        sinceUtc = toStd(QDateTime::fromString(toQt(since), Qt::ISODateWithMs).toUTC().toString(Qt::ISODateWithMs));
    }
    auto readInt = [&](const QString &name, int fallback, int *target) -> bool {
        const QString text = query.queryItemValue(name);
        if (text.isEmpty()) {
            *target = fallback;
            return true;
        }
        bool ok = false;
        *target = text.toInt(&ok);
        return ok && *target >= 1;
    };
    int page = 1;
    int pageSize = MasterData::kDefaultPageSize;
    if (!readInt(QStringLiteral("page"), 1, &page))
        return error(400, "page: expected an integer of at least 1", "page");
    if (!readInt(QStringLiteral("page_size"), MasterData::kDefaultPageSize, &pageSize))
        return error(400, "page_size: expected an integer of at least 1", "page_size");
    pageSize = std::min(pageSize, MasterData::kMaxPageSize);
    const std::string station = toStd(query.queryItemValue(QStringLiteral("station_id"), QUrl::FullyDecoded));
    const std::string after = toStd(query.queryItemValue(QStringLiteral("after"), QUrl::FullyDecoded));
    *outcome = "read";
    return Answer{200, m_serials.page(station, sinceUtc, after, page, pageSize), {}};
}

Answer CrmServer::handleAdmin(const QHttpServerRequest &request, const std::string &path)
{
    const bool isPost = request.method() == Method::Post;
    const bool isGet = request.method() == Method::Get;
    bool ok = true;
    const Json body = isPost ? parseBody(request.body().isEmpty() ? QByteArray("{}") : request.body(), &ok) : Json();
    if (!ok)
        return error(400, "body is not valid JSON", "body");

    if (isGet && (path == "/__admin" || path == "/__admin/"))
        return Answer{200, Json{{"crm", kindName(m_kind)}, {"version", FB_VERSION}}, {}};
    if (isGet && path == "/__admin/received") {
        const QUrlQuery query = request.query();
        const std::string only = toStd(query.queryItemValue(QStringLiteral("path"), QUrl::FullyDecoded));
        const bool all = query.queryItemValue(QStringLiteral("all")) == u"true";
        Json items = Json::array();
        if (all) {
            for (const Json &attempt : m_attempts) {
                if (only.empty() || attempt.at("path") == only)
                    items.push_back(attempt);
            }
        } else {
            for (const AppliedRecord &record : m_store.records()) {
                if (only.empty() || record.path == only)
                    items.push_back(Json{{"seq", record.seq},
                                         {"path", record.path},
                                         {"idempotency_key", record.idempotencyKey},
                                         {"body", record.body},
                                         {"at", record.at},
                                         {"status", record.answer.status}});
            }
        }
        return Answer{200, items, {}};
    }
    if (isGet && path == "/__admin/stats")
        return Answer{200, statsJson(), {}};
    if (isGet && path == "/__admin/faults")
        return Answer{200, m_faults.toJson(), {}};
    if (isPost && path == "/__admin/faults") {
        if (auto problem = m_faults.configure(body))
            return error(422, problem->first, problem->second);
        return Answer{200, m_faults.toJson(), {}};
    }
    if (isPost && path == "/__admin/reset") {
        resetAll();
        return Answer{200, Json{{"status", "ok"}}, {}};
    }
    if (m_kind == CrmKind::New && isPost && (path == "/__admin/masterdata" || path == "/__admin/changes")) {
        const bool changes = path == "/__admin/changes";
        if (!body.is_object())
            return error(422, "body: expected an object", "body");
        if (!changes && (!body.contains("resource") || !body.at("resource").is_string() ||
                         body.at("resource").get<std::string>().empty()))
            return error(422, "resource: expected a resource name", "resource");
        if (!body.contains("items"))
            return error(422, "items: required field missing", "items");
        const std::string resource = changes ? std::string("changes") : body.at("resource").get<std::string>();
        const std::string problem = m_masterData.upsert(resource, body.at("items"));
        if (!problem.empty())
            return error(422, problem, "items");
        return Answer{200, Json{{"status", "ok"}, {"resource", resource}}, {}};
    }
    if (m_kind == CrmKind::New && isPost && path == "/__admin/pulls") {
        const std::string problem = m_masterData.setScript(body);
        if (!problem.empty())
            return error(422, problem, problem.substr(0, problem.find(':')));
        return Answer{200, Json{{"status", "ok"}}, {}};
    }
    if (m_kind == CrmKind::New && isPost && path == "/__admin/serials") {
        const std::string problem = m_serials.tamper(body);
        if (!problem.empty())
            return error(422, problem, "body");
        return Answer{200, Json{{"status", "ok"}}, {}};
    }
    return error(404, "no such admin endpoint: " + methodName(request.method()) + " " + path);
}

void CrmServer::respond(const QHttpServerRequest &request, QTcpSocket *socket, Answer answer, int delayMs)
{
    if (delayMs <= 0) {
        QHttpServerResponder responder = makeResponder(request, socket);
        writeAnswer(responder, answer);
        return;
    }
    // The responder only needs the socket; keep both and answer from a timer unless the client left meanwhile.
    const quint64 id = m_nextPendingId++;
    m_pending.emplace(
        id, Pending{socket, std::make_unique<QHttpServerResponder>(makeResponder(request, socket)), std::move(answer)});
    QTimer::singleShot(delayMs, this, [this, id] {
        auto node = m_pending.extract(id);
        if (node.empty())
            return;
        Pending &pending = node.mapped();
        if (pending.socket && pending.socket->state() == QAbstractSocket::ConnectedState)
            writeAnswer(*pending.responder, pending.answer);
    });
}

void CrmServer::writeAnswer(QHttpServerResponder &responder, const Answer &answer)
{
    const QByteArray text = QByteArray::fromStdString(answer.body.dump());
    responder.writeStatusLine(static_cast<StatusCode>(answer.status));
    responder.writeHeader("Content-Type", "application/json");
    responder.writeHeader("Content-Length", QByteArray::number(text.size()));
    for (const auto &[name, value] : answer.headers)
        responder.writeHeader(name, value);
    responder.writeBody(text);
}

void CrmServer::noteAttempt(const QHttpServerRequest &request, const std::string &path, const std::string &key,
                            const std::string &outcome, int status)
{
    bool ok = false;
    Json body = request.body().isEmpty() ? Json() : parseBody(request.body(), &ok);
    if (!request.body().isEmpty() && !ok)
        body = request.body().toStdString();
    // Bounded so a soak run does not grow without end; applied records are kept in full by m_store.
    constexpr size_t kMaxAttempts = 50000;
    if (m_attempts.size() >= kMaxAttempts)
        m_attempts.erase(m_attempts.begin());
    m_attempts.push_back(Json{{"seq", ++m_attemptSeq},
                              {"method", methodName(request.method())},
                              {"path", path},
                              {"idempotency_key", key},
                              {"outcome", outcome},
                              {"status", status},
                              {"body", body},
                              {"at", nowText()}});
}

Json CrmServer::statsJson() const
{
    auto toJson = [](const PathStats &stats) {
        return Json{{"received", stats.received},
                    {"applied", stats.applied},
                    {"duplicates", stats.duplicates},
                    {"rejected", stats.rejected},
                    {"faulted", stats.faulted}};
    };
    Json stats = toJson(m_totals);
    stats["hung"] = m_hung;
    Json byPath = Json::object();
    for (const auto &[path, pathStats] : m_byPath)
        byPath[path] = toJson(pathStats);
    stats["by_path"] = byPath;
    return stats;
}

void CrmServer::resetAll()
{
    m_store.clear();
    m_faults.reset();
    m_masterData.reset();
    m_serials.clear();
    m_totals = PathStats();
    m_byPath.clear();
    m_attempts = Json::array();
    m_attemptSeq = 0;
    m_hung = 0;
    m_processing.clear();
}

} // namespace fb::sim
