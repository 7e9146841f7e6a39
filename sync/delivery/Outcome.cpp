#include "sync/delivery/Outcome.h"

#include "app/domain/EnumNames.h"
#include "sync/delivery/Backoff.h"

#include <QCoreApplication>

#include <nlohmann/json.hpp>

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
} // namespace

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

Outcome classify(const HttpResult &result, const QDateTime &now)
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
    switch (out.kind) {
    case OutcomeKind::Delivered:
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
