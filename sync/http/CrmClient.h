#pragma once
// Builds and sends one CRM request: base URL + path, bearer token, idempotency key, JSON, transfer timeout.
// It never logs or exposes the token. One per thread, over that thread's QNetworkAccessManager.

#include "sync/delivery/Outcome.h"
#include "sync/mapping/PayloadMapping.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrl>
#include <QUrlQuery>

namespace fb {

class CrmClient
{
public:
    CrmClient(QNetworkAccessManager &nam, QUrl baseUrl, QString token, int timeoutMs);

    // Answers to writes are read as they arrive and kept up to this size; a longer one is cut off
    // (HttpResult::truncated).
    static constexpr qint64 kMaxAnswerBytes = 64LL * 1024;

    // The caller owns the reply (deleteLater after `finished`).
    QNetworkReply *send(const MappedRequest &request, const QString &idempotencyKey) const;
    QNetworkReply *get(const QString &path, const QUrlQuery &query) const;

    // The finished reply as the classification rules see it.
    static HttpResult collect(QNetworkReply *reply, qint64 elapsedMs, int timeoutMs);
    // base URL "http://host:port/prefix" + path "/api/x" → "http://host:port/prefix/api/x".
    static QUrl join(const QUrl &base, const QString &path);

    QUrl baseUrl() const { return m_baseUrl; }
    int timeoutMs() const { return m_timeoutMs; }

private:
    QNetworkRequest request(const QString &path) const;
    QNetworkAccessManager &m_nam;
    QUrl m_baseUrl;
    QString m_token;
    int m_timeoutMs;
};

} // namespace fb
