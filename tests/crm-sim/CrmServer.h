#pragma once
// One simulated CRM on one port: the legacy CRM (seed 000's three payloads) or the new CRM (docs/crm-api.md),
// plus the /__admin API that lets tests see what arrived and switch faults.
//
// Built on QAbstractHttpServer rather than QHttpServer's router: Qt 6.4's handleRequest() hands over the
// request together with its QTcpSocket, which is what the faults need — a delayed answer is a responder kept
// alive and written later, a hang is a request never answered, a drop is an abort() of the socket before any
// byte of answer. Routing here is a handful of paths (including "any POST under /api/v2/"), so a router
// would not buy much.

#include "FaultInjector.h"
#include "IdempotencyStore.h"
#include "Json.h"
#include "MasterData.h"
#include "SerialLedger.h"

#include <QAbstractHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QPointer>
#include <QTcpSocket>

#include <map>
#include <memory>
#include <set>

namespace fb::sim {

enum class CrmKind { Legacy, New };

struct Answer
{
    int status = 200;
    Json body;
    std::vector<std::pair<QByteArray, QByteArray>> headers;
};

class CrmServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    CrmServer(CrmKind kind, QString token, QString journalPath, quint64 seed, QObject *parent = nullptr);

    bool loadJournal(QString *error);
    bool loadMasterData(const QByteArray &document, QString *error) { return m_masterData.load(document, error); }
    CrmKind kind() const { return m_kind; }
    void setQuiet(bool quiet) { m_quiet = quiet; }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct PathStats
    {
        long long received = 0;
        long long applied = 0;
        long long duplicates = 0;
        long long rejected = 0;
        long long faulted = 0;
    };
    struct Pending
    {
        QPointer<QTcpSocket> socket;
        std::unique_ptr<QHttpServerResponder> responder;
        Answer answer;
    };

    Answer handleAdmin(const QHttpServerRequest &request, const std::string &path);
    Answer handleApi(const QHttpServerRequest &request, const std::string &path, std::string *outcome);
    Answer handleLegacyWrite(const std::string &path, const Json &body, const std::string &key, std::string *outcome);
    Answer handleNewWrite(const std::string &path, const Json &body, const std::string &key, std::string *outcome);
    Answer handleNewRead(const QHttpServerRequest &request, const std::string &path, std::string *outcome);
    Answer handleSerials(const QHttpServerRequest &request, const std::string &path, std::string *outcome);
    static Answer inProgress(const std::string &key);
    Answer errorBodyAnswer() const;
    Answer applyOnce(const std::string &path, const Json &body, const std::string &key, const Answer &answer,
                     std::string *outcome);

    void respond(const QHttpServerRequest &request, QTcpSocket *socket, Answer answer, int delayMs);
    static void writeAnswer(QHttpServerResponder &responder, const Answer &answer);
    void noteAttempt(const QHttpServerRequest &request, const std::string &path, const std::string &key,
                     const std::string &outcome, int status);
    Json statsJson() const;
    void resetAll();

    CrmKind m_kind;
    QString m_token;
    IdempotencyStore m_store;
    FaultInjector m_faults;
    MasterData m_masterData;
    SerialLedger m_serials; // new CRM: what it holds per serial, from the events it applied
    PathStats m_totals;
    std::map<std::string, PathStats> m_byPath;
    Json m_attempts = Json::array(); // every API request, whatever became of it (memory only)
    std::map<quint64, Pending> m_pending;
    std::set<std::string> m_processing; // keys whose first request is still being processed (processing_ms)
    quint64 m_nextPendingId = 1;
    long long m_attemptSeq = 0;
    long long m_hung = 0;
    bool m_quiet = false;
};

} // namespace fb::sim
