#include "sync/http/CrmClient.h"

#include <QBuffer>
#include <QNetworkRequest>

namespace fb {

namespace {

const QString kCappedBodyName = QStringLiteral("fb.cappedBody");

// Reads an answer while it arrives and keeps at most `limit` bytes of it: a CRM (or whatever poses as one) sending an
// endless or huge body is cut off — the rest skipped, the request aborted — instead of filling the station's memory.
// The status line and headers stay readable, so a 2xx with an oversized body still counts.
class CappedBody : public QObject
{
public:
    CappedBody(QNetworkReply *reply, qint64 limit)
        : QObject(reply)
        , m_limit(limit)
    {
        setObjectName(kCappedBodyName);
        connect(reply, &QIODevice::readyRead, this, [this, reply] { take(reply); });
    }

    void take(QNetworkReply *reply)
    {
        if (!reply->isOpen()) // aborted (a timeout): nothing more to read
            return;
        if (m_body.size() < m_limit)
            m_body += reply->read(m_limit - m_body.size());
        if (reply->bytesAvailable() <= 0)
            return;
        reply->skip(reply->bytesAvailable());
        if (!m_truncated && reply->isRunning())
            QMetaObject::invokeMethod(reply, &QNetworkReply::abort, Qt::QueuedConnection);
        m_truncated = true;
    }
    const QByteArray &body() const { return m_body; }
    bool truncated() const { return m_truncated; }

private:
    qint64 m_limit;
    QByteArray m_body;
    bool m_truncated = false;
};

} // namespace

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
    QNetworkReply *reply = mapped.method == "POST"  ? m_nam.post(req, mapped.body)
                           : mapped.method == "PUT" ? m_nam.put(req, mapped.body)
                                                    : m_nam.sendCustomRequest(req, mapped.method, mapped.body);
    new CappedBody(reply, kMaxAnswerBytes); // owned by the reply
    return reply;
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
    if (auto *capped =
            static_cast<CappedBody *>(reply->findChild<QObject *>(kCappedBodyName, Qt::FindDirectChildrenOnly))) {
        capped->take(reply); // what arrived with the end of the answer
        r.body = capped->body();
        r.truncated = capped->truncated();
    } else {
        r.body = reply->readAll();
    }
    r.retryAfter = reply->rawHeader("Retry-After");
    r.replayed = reply->rawHeader("Idempotent-Replay").trimmed().compare("true", Qt::CaseInsensitive) == 0;
    return r;
}

} // namespace fb
