#pragma once
// A QNetworkAccessManager that answers from a script instead of the network, for unit tests of HTTP logic (delivery,
// pulls): canned answers per path (status, body, headers, a network error, or silence until aborted), every request
// recorded. The server is shared between the test and the code under test, possibly on another thread.

#include <QHash>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

#include <cstring>

namespace fb::test {

struct Canned
{
    int status = 200;
    QByteArray body = "{\"status\":\"ok\"}";
    QList<std::pair<QByteArray, QByteArray>> headers;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    bool never = false;   // no answer until aborted
    bool endless = false; // status and headers, then a body that never ends (64 KiB at a time) until aborted
};

inline Canned reply(int status, QByteArray body = {}, QList<std::pair<QByteArray, QByteArray>> headers = {})
{
    Canned c;
    c.status = status;
    c.body = std::move(body);
    c.headers = std::move(headers);
    return c;
}

inline Canned networkError(QNetworkReply::NetworkError error)
{
    Canned c = reply(0);
    c.error = error;
    return c;
}

inline Canned silence()
{
    Canned c = reply(0);
    c.never = true;
    return c;
}

inline Canned endlessBody(int status)
{
    Canned c = reply(status);
    c.endless = true;
    return c;
}

struct Sent
{
    QByteArray method;
    QUrl url;
    QByteArray authorization;
    QByteArray idempotencyKey;
    QByteArray contentType;
    QByteArray body;
};

class FakeReply : public QNetworkReply
{
public:
    FakeReply(const QNetworkRequest &request, QNetworkAccessManager::Operation op, const Canned &canned,
              QObject *parent)
        : QNetworkReply(parent)
        , m_body(canned.body)
    {
        setRequest(request);
        setUrl(request.url());
        setOperation(op);
        open(QIODevice::ReadOnly);
        if (canned.never)
            return;
        if (canned.endless) {
            setAttribute(QNetworkRequest::HttpStatusCodeAttribute, canned.status);
            m_pump = new QTimer(this);
            connect(m_pump, &QTimer::timeout, this, [this] {
                if (m_pos >= m_body.size()) { // the reader took the last chunk: here is another
                    m_body = QByteArray(64 * 1024, 'x');
                    m_pos = 0;
                }
                emit readyRead();
            });
            m_pump->start(0);
            return;
        }
        if (canned.status > 0)
            setAttribute(QNetworkRequest::HttpStatusCodeAttribute, canned.status);
        for (const auto &[name, value] : canned.headers)
            setRawHeader(name, value);
        if (canned.error != NoError)
            setError(canned.error, QStringLiteral("fake network error %1").arg(int(canned.error)));
        else if (canned.status >= 400)
            setError(ProtocolInvalidOperationError, QStringLiteral("HTTP error")); // as QNAM does for 4xx/5xx
        QTimer::singleShot(0, this, [this] { finish(); });
    }

    void abort() override
    {
        if (isFinished())
            return;
        if (m_pump)
            m_pump->stop();
        setError(OperationCanceledError, QStringLiteral("Operation canceled"));
        finish();
    }
    qint64 bytesAvailable() const override { return m_body.size() - m_pos + QNetworkReply::bytesAvailable(); }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = std::min<qint64>(maxSize, m_body.size() - m_pos);
        if (n <= 0)
            return m_body.isEmpty() || m_pos >= m_body.size() ? -1 : 0;
        memcpy(data, m_body.constData() + m_pos, size_t(n));
        m_pos += n;
        return n;
    }

private:
    void finish()
    {
        setFinished(true);
        if (error() != NoError)
            emit errorOccurred(error());
        emit finished();
    }
    QByteArray m_body;
    qint64 m_pos = 0;
    QTimer *m_pump = nullptr;
};

// Answers by path; records every request. Shared between the test and the loop (possibly on another thread).
struct FakeServer
{
    QMutex mutex;
    QHash<QString, QList<Canned>> script; // path → answers in turn; the last one repeats
    QList<Sent> sent;

    void answer(const QString &path, QList<Canned> answers)
    {
        QMutexLocker lock(&mutex);
        script.insert(path, std::move(answers));
    }
    QList<Sent> requests()
    {
        QMutexLocker lock(&mutex);
        return sent;
    }
    Canned next(const QString &path)
    {
        QMutexLocker lock(&mutex);
        auto it = script.find(path);
        if (it == script.end() || it->isEmpty())
            return Canned{};
        return it->size() > 1 ? it->takeFirst() : it->first();
    }
};

class FakeNam : public QNetworkAccessManager
{
public:
    explicit FakeNam(FakeServer &server)
        : m_server(server)
    {}

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request, QIODevice *outgoing) override
    {
        Sent s;
        s.method = op == PostOperation ? QByteArray("POST") : op == GetOperation ? QByteArray("GET") : QByteArray("?");
        s.url = request.url();
        s.authorization = request.rawHeader("Authorization");
        s.idempotencyKey = request.rawHeader("Idempotency-Key");
        s.contentType = request.header(QNetworkRequest::ContentTypeHeader).toByteArray();
        s.body = outgoing ? outgoing->readAll() : QByteArray();
        {
            QMutexLocker lock(&m_server.mutex);
            m_server.sent.append(s);
        }
        return new FakeReply(request, op, m_server.next(request.url().path()), this);
    }

private:
    FakeServer &m_server;
};

} // namespace fb::test
