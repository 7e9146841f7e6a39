#include "sync/delivery/Outcome.h"

#include "app/domain/EnumNames.h"
#include "sync/delivery/Backoff.h"

#include <QCoreApplication>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <optional>

namespace fb {

namespace {
constexpr qsizetype kMaxMessage = 500;

QString shorten(QString text)
{
    text = text.simplified();
    if (text.size() > kMaxMessage)
        text = text.left(kMaxMessage) + QStringLiteral("…");
    return text;
}

nlohmann::json parseObject(const QByteArray &body)
{
    nlohmann::json doc = nlohmann::json::parse(body.constBegin(), body.constEnd(), nullptr, false);
    return doc.is_object() ? doc : nlohmann::json();
}

// The value at a dotted path of an object, or nullptr.
const nlohmann::json *at(const nlohmann::json &doc, const QString &path)
{
    const nlohmann::json *node = &doc;
    for (const QString &part : path.split(QLatin1Char('.'))) {
        if (!node->is_object())
            return nullptr;
        auto it = node->find(part.toStdString());
        if (it == node->end())
            return nullptr;
        node = &*it;
    }
    return node;
}

QString stringAt(const nlohmann::json &doc, const QString &path)
{
    const nlohmann::json *value = at(doc, path);
    return value && value->is_string() ? QString::fromStdString(value->get<std::string>()) : QString();
}

// A 2xx measured against the route's AckRule: nothing when it is accepted, else what it means.
std::optional<Outcome> judgeAcknowledgement(const HttpResult &result, const AckRule &ack)
{
    const nlohmann::json doc = parseObject(result.body);
    const nlohmann::json *value = doc.is_object() ? at(doc, ack.field) : nullptr;
    Outcome out;
    if (!value) {
        out.kind = OutcomeKind::Transient;
        out.message =
            QCoreApplication::translate("fb::Outcome",
                                        "HTTP %1, but the answer does not say whether the CRM accepted the "
                                        "event (no \"%2\" in it)%3")
                .arg(result.status)
                .arg(ack.field, result.body.isEmpty() ? QString()
                                                      : QStringLiteral(": ") + shorten(QString::fromUtf8(result.body)));
        return out;
    }
    const QByteArray text = QByteArray::fromStdString(value->dump());
    if (ack.accepted.contains(text))
        return std::nullopt;
    out.kind = ack.retry.contains(text) ? OutcomeKind::Transient : OutcomeKind::Permanent;
    QString said;
    for (const QString &path : ack.message.isEmpty() ? QStringList{QStringLiteral("error"), QStringLiteral("message")}
                                                     : QStringList{ack.message}) {
        said = stringAt(doc, path);
        if (!said.isEmpty())
            break;
    }
    out.message =
        shorten(QStringLiteral("HTTP %1, %2 %3%4")
                    .arg(result.status)
                    .arg(ack.field, QString::fromUtf8(text), said.isEmpty() ? QString() : QStringLiteral(": ") + said));
    return out;
}
} // namespace

ConflictMeaning conflictMeaning(const HttpResult &result)
{
    if (result.replayed)
        return ConflictMeaning::AlreadyApplied;
    const nlohmann::json doc = parseObject(result.body);
    if (!doc.is_object())
        return ConflictMeaning::Other;
    QString code;
    for (const char *name : {"code", "error_code", "type"}) {
        code = stringAt(doc, QLatin1String(name)).toLower();
        if (!code.isEmpty())
            break;
    }
    const QString text =
        (stringAt(doc, QStringLiteral("error")) + u' ' + stringAt(doc, QStringLiteral("message"))).toLower();
    auto has = [](const QString &in, std::initializer_list<const char *> words) {
        return std::ranges::any_of(words, [&](const char *w) { return in.contains(QLatin1String(w)); });
    };
    if (has(code, {"in_progress", "in-progress", "inprogress", "in_use", "processing"}))
        return ConflictMeaning::InProgress;
    if (has(code, {"already_applied", "already_processed", "already_exists", "duplicate", "replay"}))
        return ConflictMeaning::AlreadyApplied;
    if (has(text, {"in progress", "being processed", "still processing"}))
        return ConflictMeaning::InProgress;
    if (has(text, {"already applied", "already been applied", "already processed", "already been processed"}))
        return ConflictMeaning::AlreadyApplied;
    return ConflictMeaning::Other;
}

OutcomeKind classifyStatus(int status)
{
    if (status >= 200 && status < 300)
        return OutcomeKind::Delivered;
    if (status == 0 || status == 408 || status == 429 || status >= 500)
        return OutcomeKind::Transient;
    if (status == 401 || status == 403)
        return OutcomeKind::Pause;
    return OutcomeKind::Permanent;
}

QString outcomeKindName(OutcomeKind kind)
{
    static constexpr EnumName<OutcomeKind> kNames[] = {
        {OutcomeKind::Delivered, u"delivered"},
        {OutcomeKind::Transient, u"transient"},
        {OutcomeKind::Pause, u"pause"},
        {OutcomeKind::Permanent, u"permanent"},
    };
    return nameOf(kNames, kind);
}

QString crmMessage(int status, const QByteArray &body)
{
    const nlohmann::json doc = nlohmann::json::parse(body.constBegin(), body.constEnd(), nullptr, false);
    if (doc.is_object()) {
        auto error = doc.find("error");
        if (error != doc.end() && error->is_string() && !error->get<std::string>().empty()) {
            QString message = QString::fromStdString(error->get<std::string>());
            auto field = doc.find("field");
            if (field != doc.end() && field->is_string()) {
                const QString name = QString::fromStdString(field->get<std::string>());
                if (!name.isEmpty() && !message.contains(name))
                    message = name + QStringLiteral(": ") + message;
            }
            return shorten(QStringLiteral("HTTP %1: %2").arg(status).arg(message));
        }
    }
    const QString text = shorten(QString::fromUtf8(body));
    if (!text.isEmpty())
        return QStringLiteral("HTTP %1: %2").arg(status).arg(text);
    return QStringLiteral("HTTP %1").arg(status);
}

Outcome classify(const HttpResult &result, const QDateTime &now, const AckRule &ack)
{
    Outcome out;
    if (result.status == 0) {
        out.kind = OutcomeKind::Transient;
        out.message =
            result.timedOut
                ? QCoreApplication::translate("fb::Outcome", "No answer within %1 ms (timed out)").arg(result.elapsedMs)
                : QCoreApplication::translate("fb::Outcome", "Network error: %1")
                      .arg(result.networkErrorText.isEmpty() ? QStringLiteral("no answer") : result.networkErrorText);
        return out;
    }
    out.kind = classifyStatus(result.status);
    if (result.status == 409) {
        switch (conflictMeaning(result)) {
        case ConflictMeaning::AlreadyApplied: // its first answer was lost; the key says it is in
            out.kind = OutcomeKind::Delivered;
            return out;
        case ConflictMeaning::InProgress: // an earlier request with this key is still being processed
            out.kind = OutcomeKind::Transient;
            break;
        case ConflictMeaning::Other:
            break;
        }
    }
    switch (out.kind) {
    case OutcomeKind::Delivered:
        if (ack.active()) {
            if (auto refused = judgeAcknowledgement(result, ack)) {
                refused->retryAfterMs =
                    refused->kind == OutcomeKind::Transient ? parseRetryAfter(result.retryAfter, now) : std::nullopt;
                return *refused;
            }
        }
        break;
    case OutcomeKind::Transient:
        out.message = crmMessage(result.status, result.body);
        out.retryAfterMs = parseRetryAfter(result.retryAfter, now);
        break;
    case OutcomeKind::Pause:
        out.message = QCoreApplication::translate("fb::Outcome", "The CRM refused the token: %1")
                          .arg(crmMessage(result.status, result.body));
        break;
    case OutcomeKind::Permanent:
        out.message = crmMessage(result.status, result.body);
        break;
    }
    return out;
}

} // namespace fb
