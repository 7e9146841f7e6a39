#include "sync/http/CrmClient.h"

#include <QBuffer>
#include <QNetworkRequest>

namespace fb {

CrmClient::CrmClient(QNetworkAccessManager &nam, QUrl baseUrl, QString token, int timeoutMs)
    : m_nam(nam)
    , m_baseUrl(std::move(baseUrl))
    , m_token(std::move(token))
    , m_timeoutMs(timeoutMs)
{}

QUrl CrmClient::join(const QUrl &base, const QString &path)
{
    QUrl url = base;
    QString prefix = base.path();
    while (prefix.endsWith(u'/'))
        prefix.chop(1);
    url.setPath(prefix + path);
    return url;
}

QNetworkRequest CrmClient::request(const QString &path) const
{
    QNetworkRequest req(join(m_baseUrl, path));
    req.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    req.setRawHeader("Accept", "application/json");
    req.setRawHeader("User-Agent", "Floorbridge/" FB_VERSION);
    req.setTransferTimeout(m_timeoutMs);
    // A redirect to another host could carry the token away; a CRM that moves gets a new URL in the settings.
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    return req;
}

QNetworkReply *CrmClient::send(const MappedRequest &mapped, const QString &idempotencyKey) const
{
    QNetworkRequest req = request(mapped.path);
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    req.setRawHeader("Idempotency-Key", idempotencyKey.toUtf8());
    if (mapped.method == "POST")
        return m_nam.post(req, mapped.body);
    if (mapped.method == "PUT")
        return m_nam.put(req, mapped.body);
    return m_nam.sendCustomRequest(req, mapped.method, mapped.body);
}

QNetworkReply *CrmClient::get(const QString &path, const QUrlQuery &query) const
{
    QNetworkRequest req = request(path);
    QUrl url = req.url();
    url.setQuery(query);
    req.setUrl(url);
    return m_nam.get(req);
}

HttpResult CrmClient::collect(QNetworkReply *reply, qint64 elapsedMs, int timeoutMs)
{
    HttpResult r;
    r.elapsedMs = elapsedMs;
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    r.status = status.isValid() ? status.toInt() : 0;
    r.networkError = reply->error();
    r.networkErrorText = reply->errorString();
    // A transfer timeout surfaces as "operation canceled" with no HTTP status.
    r.timedOut = r.status == 0 && reply->error() == QNetworkReply::OperationCanceledError && timeoutMs > 0 &&
                 elapsedMs >= timeoutMs - 50;
    if (r.status == 0 && r.networkError == QNetworkReply::NoError) {
        r.networkError = QNetworkReply::UnknownNetworkError;
        r.networkErrorText = QStringLiteral("no HTTP status in the answer");
    }
    r.body = reply->readAll();
    r.retryAfter = reply->rawHeader("Retry-After");
    return r;
}

} // namespace fb
