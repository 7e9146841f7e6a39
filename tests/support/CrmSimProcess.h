#pragma once
// Runs tests/crm-sim as a child process for a test: free ports, a temporary --data directory, and synchronous
// helpers for its /__admin API. The binary comes from FB_CRM_SIM, which fb_add_test() sets.
//
//   fb::test::CrmSimProcess sim;
//   QVERIFY2(sim.start(), qPrintable(sim.errorString()));
//   ... point the client at sim.newUrl() / sim.legacyUrl() with sim.newToken() / sim.legacyToken() ...
//   QTRY_COMPARE(sim.stats(fb::Crm::Legacy).value(u"applied").toInt(), 1);
//
// Every method that takes a CRM accepts any enum with Legacy and New enumerators (fb::Crm or
// CrmSimProcess::Crm), so tests need not link fb_core to use it.

#include <QDeadlineTimer>
#include <QDir>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>

#include <memory>
#include <optional>

namespace fb::test {

class CrmSimProcess
{
public:
    enum class Crm { Legacy, New };

    // Accepts fb::Crm, CrmSimProcess::Crm or any enum spelled the same way.
    struct Target
    {
        template <typename E>
        requires requires
        {
            E::Legacy;
            E::New;
        }
        Target(E crm) // NOLINT(google-explicit-constructor): implicit on purpose
            : legacy(crm == E::Legacy)
        {}
        bool legacy;
    };

    // What an HTTP exchange with the simulator produced (status 0 when no answer came).
    struct Reply
    {
        int status = 0;
        QNetworkReply::NetworkError error = QNetworkReply::NoError;
        QString errorString;
        QByteArray body;
        QList<QNetworkReply::RawHeaderPair> headers;
        bool timedOut = false;

        QJsonDocument json() const { return QJsonDocument::fromJson(body); }
        QByteArray header(const QByteArray &name) const
        {
            for (const auto &[key, value] : headers) {
                if (key.compare(name, Qt::CaseInsensitive) == 0)
                    return value;
            }
            return {};
        }
    };

    static constexpr int kStartTimeoutMs = 10000;
    static constexpr int kAdminTimeoutMs = 5000;

    // dataDir empty: a fresh temporary directory, removed with this object.
    explicit CrmSimProcess(QString dataDir = {}, QStringList extraArguments = {})
        : m_dataDir(std::move(dataDir))
        , m_extraArguments(std::move(extraArguments))
    {
        if (m_dataDir.isEmpty()) {
            m_tempDir = std::make_unique<QTemporaryDir>();
            m_dataDir = m_tempDir->path();
        }
        // The simulator's stderr (warnings, --quiet keeps requests out) goes straight to the test's output.
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    }
    ~CrmSimProcess() { kill(); }
    CrmSimProcess(const CrmSimProcess &) = delete;
    CrmSimProcess &operator=(const CrmSimProcess &) = delete;

    // Starts on free ports (or, after a first start, on the same ports) and waits for the "listening" line.
    bool start() { return startOn(m_newPort, m_legacyPort); }

    // Kills the simulator hard (SIGKILL, like a crash) and waits until it is gone.
    void kill()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.kill();
        m_process.waitForFinished(kStartTimeoutMs);
    }

    // Kill and start again with the same --data directory, on the same ports when they are still free.
    bool restart()
    {
        kill();
        if (startOn(m_newPort, m_legacyPort))
            return true;
        return startOn(0, 0);
    }

    bool isRunning() const { return m_process.state() == QProcess::Running; }
    QString errorString() const { return m_error; }
    QString dataDir() const { return m_dataDir; }
    quint16 newPort() const { return m_newPort; }
    quint16 legacyPort() const { return m_legacyPort; }

    QUrl newUrl() const { return baseUrl(m_newPort); }
    QUrl legacyUrl() const { return baseUrl(m_legacyPort); }
    QUrl url(Target crm) const { return crm.legacy ? legacyUrl() : newUrl(); }

    static QString newToken() { return tokenFromEnv("FB_SIM_NEW_TOKEN", QStringLiteral("demo-new-token")); }
    static QString legacyToken() { return tokenFromEnv("FB_SIM_LEGACY_TOKEN", QStringLiteral("demo-legacy-token")); }
    static QString token(Target crm) { return crm.legacy ? legacyToken() : newToken(); }

    // Applied writes, in order: [{seq, path, idempotency_key, body, at, status}]. path filters exactly.
    QJsonArray received(Target crm, const QString &path = {})
    {
        QUrlQuery query;
        if (!path.isEmpty())
            query.addQueryItem(QStringLiteral("path"), path);
        return adminGet(crm, QStringLiteral("/__admin/received"), query).json().array();
    }

    // Every request that reached the CRM, with its outcome (applied, duplicate, rejected, faulted, dropped, hung,
    // read).
    QJsonArray attempts(Target crm, const QString &path = {})
    {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("all"), QStringLiteral("true"));
        if (!path.isEmpty())
            query.addQueryItem(QStringLiteral("path"), path);
        return adminGet(crm, QStringLiteral("/__admin/received"), query).json().array();
    }

    // {received, applied, duplicates, rejected, faulted, hung, by_path:{path:{…}}}
    QJsonObject stats(Target crm) { return adminGet(crm, QStringLiteral("/__admin/stats")).json().object(); }

    // Replaces that CRM's faults: {latency_ms, error_rate, error_status, throttle_rate, retry_after_s, hang_rate,
    // drop_rate, outage, fail_next, path_prefix}; {} switches them all off. Returns false if the sim refused.
    bool setFaults(Target crm, const QJsonObject &faults)
    {
        return adminPost(crm, QStringLiteral("/__admin/faults"), faults).status == 200;
    }
    bool clearFaults(Target crm) { return setFaults(crm, {}); }

    // Both CRMs forget what they received, their faults, keys and master-data changes.
    bool reset()
    {
        const bool legacyOk = adminPost(Crm::Legacy, QStringLiteral("/__admin/reset"), {}).status == 200;
        const bool newOk = adminPost(Crm::New, QStringLiteral("/__admin/reset"), {}).status == 200;
        return legacyOk && newOk;
    }

    // New CRM master data: insert or replace items (updated_at defaults to now).
    bool upsertMasterData(const QString &resource, const QJsonArray &items)
    {
        const QJsonObject body{{QStringLiteral("resource"), resource}, {QStringLiteral("items"), items}};
        return adminPost(Crm::New, QStringLiteral("/__admin/masterdata"), body).status == 200;
    }

    // New CRM status changes served by GET /api/v2/changes (id and updated_at default when absent).
    bool addChanges(const QJsonArray &items)
    {
        return adminPost(Crm::New, QStringLiteral("/__admin/changes"), QJsonObject{{QStringLiteral("items"), items}})
                   .status == 200;
    }

    Reply adminGet(Target crm, const QString &path, const QUrlQuery &query = {})
    {
        QUrl target = url(crm).resolved(QUrl(path));
        target.setQuery(query);
        return send(QByteArrayLiteral("GET"), QNetworkRequest(target), {}, kAdminTimeoutMs);
    }
    Reply adminPost(Target crm, const QString &path, const QJsonObject &body)
    {
        QNetworkRequest request(url(crm).resolved(QUrl(path)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        return send(QByteArrayLiteral("POST"), request, QJsonDocument(body).toJson(QJsonDocument::Compact),
                    kAdminTimeoutMs);
    }

    // A CRM call as a client makes it: bearer token (unless token is given, "" for none), optional
    // Idempotency-Key, JSON body. For tests of the simulator itself and quick probes.
    Reply call(Target crm, const QByteArray &method, const QString &pathAndQuery, const QByteArray &body = {},
               const QString &idempotencyKey = {}, int timeoutMs = kAdminTimeoutMs,
               const std::optional<QString> &tokenOverride = std::nullopt)
    {
        QNetworkRequest request(url(crm).resolved(QUrl(pathAndQuery)));
        const QString bearer = tokenOverride.value_or(token(crm));
        if (!bearer.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + bearer.toUtf8());
        if (!idempotencyKey.isEmpty())
            request.setRawHeader("Idempotency-Key", idempotencyKey.toUtf8());
        if (!body.isEmpty())
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        return send(method, request, body, timeoutMs);
    }

    // One exchange, waited for in a local event loop; a reply still pending after timeoutMs is aborted.
    Reply send(const QByteArray &method, QNetworkRequest request, const QByteArray &body, int timeoutMs)
    {
        request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
        QNetworkReply *reply = m_network.sendCustomRequest(request, method, body);
        QEventLoop loop;
        QTimer timer;
        timer.setSingleShot(true);
        Reply result;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QObject::connect(&timer, &QTimer::timeout, &loop, [&] {
            result.timedOut = true;
            reply->abort();
        });
        timer.start(timeoutMs);
        if (reply->isRunning())
            loop.exec();
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.error = reply->error();
        result.errorString = reply->errorString();
        if (reply->isOpen())
            result.body = reply->readAll();
        result.headers = reply->rawHeaderPairs();
        reply->deleteLater();
        return result;
    }

private:
    static QString tokenFromEnv(const char *name, const QString &fallback)
    {
        return qEnvironmentVariable(name, fallback);
    }

    static QUrl baseUrl(quint16 port)
    {
        QUrl url;
        url.setScheme(QStringLiteral("http"));
        url.setHost(QStringLiteral("127.0.0.1"));
        url.setPort(port);
        url.setPath(QStringLiteral("/"));
        return url;
    }

    bool startOn(quint16 newPort, quint16 legacyPort)
    {
        m_error.clear();
        const QString program = qEnvironmentVariable("FB_CRM_SIM");
        if (program.isEmpty()) {
            m_error = QStringLiteral("FB_CRM_SIM is not set (fb_add_test sets it to the crm-sim binary)");
            return false;
        }
        QStringList arguments{QStringLiteral("--new-port"), QString::number(newPort), QStringLiteral("--legacy-port"),
                              QString::number(legacyPort),  QStringLiteral("--data"), m_dataDir,
                              QStringLiteral("--quiet")};
        arguments += m_extraArguments;
        m_stdout.clear();
        m_process.setProgram(program);
        m_process.setArguments(arguments);
        m_process.setReadChannel(QProcess::StandardOutput);
        QSignalSpy output(&m_process, &QProcess::readyReadStandardOutput);
        QSignalSpy finished(&m_process, &QProcess::finished);
        m_process.start();
        if (!m_process.waitForStarted(kStartTimeoutMs)) {
            m_error = QStringLiteral("cannot start %1: %2").arg(program, m_process.errorString());
            return false;
        }
        const QDeadlineTimer deadline(kStartTimeoutMs);
        while (!deadline.hasExpired()) {
            m_stdout += m_process.readAllStandardOutput();
            const int end = m_stdout.indexOf('\n');
            if (end >= 0)
                return parseListening(QString::fromUtf8(m_stdout.left(end)));
            if (finished.count() > 0 || m_process.state() == QProcess::NotRunning)
                break;
            output.wait(int(qMax<qint64>(1, deadline.remainingTime())));
        }
        m_error = QStringLiteral("crm-sim did not report its ports (exit code %1; its stderr is above)")
                      .arg(m_process.exitCode());
        kill();
        return false;
    }

    bool parseListening(const QString &line)
    {
        // "crm-sim listening new=<port> legacy=<port>"
        const QStringList words = line.split(u' ', Qt::SkipEmptyParts);
        quint16 newPort = 0;
        quint16 legacyPort = 0;
        for (const QString &word : words) {
            if (word.startsWith(u"new="))
                newPort = word.mid(4).toUShort();
            else if (word.startsWith(u"legacy="))
                legacyPort = word.mid(7).toUShort();
        }
        if (newPort == 0 || legacyPort == 0) {
            m_error = QStringLiteral("unexpected first line from crm-sim: %1").arg(line);
            kill();
            return false;
        }
        m_newPort = newPort;
        m_legacyPort = legacyPort;
        return true;
    }

    QString m_dataDir;
    QStringList m_extraArguments;
    std::unique_ptr<QTemporaryDir> m_tempDir;
    QProcess m_process;
    QByteArray m_stdout;
    QNetworkAccessManager m_network;
    QString m_error;
    quint16 m_newPort = 0;
    quint16 m_legacyPort = 0;
};

} // namespace fb::test
