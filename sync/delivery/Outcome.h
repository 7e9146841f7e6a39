#pragma once
// What a CRM's answer means for an outbox row: delivered, try again later, pause the CRM, or give up with the
// CRM's own message (docs/crm-api.md, "Common answers").

#include "sync/mapping/PayloadMapping.h"

#include <QByteArray>
#include <QDateTime>
#include <QNetworkReply>
#include <QString>

#include <optional>

namespace fb {

// One HTTP attempt as seen by the delivery loop, independent of QNetworkReply so the rules can be tested alone.
struct HttpResult
{
    int status = 0; // 0: no HTTP answer at all (connection refused, reset, DNS, timeout)
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    QString networkErrorText;
    bool timedOut = false;
    QByteArray body;
    QByteArray retryAfter;  // the raw header, if any
    bool replayed = false;  // "Idempotent-Replay: true": the CRM answers a key it already applied
    bool truncated = false; // the body was longer than CrmClient reads; `body` holds its beginning
    qint64 elapsedMs = 0;
};

enum class OutcomeKind {
    Delivered, // 2xx (including an idempotent replay; with the route's AckRule satisfied), 409 "already applied"
    Transient, // network error, timeout, 408, 429, 5xx, 409 "in progress", a 2xx that says "retry": back off and retry
    Pause,     // 401, 403: the token is wrong; stop sending to this CRM until an admin resumes it
    Permanent, // any other answer: the failed queue, with the CRM's message
};

struct Outcome
{
    OutcomeKind kind = OutcomeKind::Transient;
    QString message;                    // for last_error and the admin: the CRM's words where it gave any
    std::optional<qint64> retryAfterMs; // a floor for the next attempt's wait
};

OutcomeKind classifyStatus(int status);
QString outcomeKindName(OutcomeKind kind); // "delivered", "transient", "pause", "permanent"

// The CRM's message from an error body: the JSON "error" field (with "field" when it names one the message does
// not), else the body's text, else "HTTP <status>". Never throws, whatever the body holds.
QString crmMessage(int status, const QByteArray &body);

// A 409 read by its meaning (docs/crm-api.md): the key is still being processed, or was already applied.
enum class ConflictMeaning { Other, InProgress, AlreadyApplied };
ConflictMeaning conflictMeaning(const HttpResult &result);

// `ack`: what a 2xx must say to count as delivered (the mapping route's "ack"; inactive: any 2xx).
Outcome classify(const HttpResult &result, const QDateTime &now, const AckRule &ack = {});

} // namespace fb
