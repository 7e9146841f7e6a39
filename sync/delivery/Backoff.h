#pragma once
// How long to wait before the next attempt: exponential backoff with full jitter, Retry-After as a floor.

#include <QByteArray>
#include <QDateTime>
#include <QRandomGenerator>
#include <QtGlobal>

#include <optional>

namespace fb {

struct BackoffPolicy
{
    qint64 baseMs = 2000;
    double factor = 2.0;
    qint64 capMs = 300000;
};

// The upper bound of the wait after `failedAttempts` failures (1 = the first failure): min(cap, base·factor^(n−1)).
qint64 backoffCeilingMs(const BackoffPolicy &policy, int failedAttempts);

// A uniformly random wait in [0, ceiling] ("full jitter", so stations that failed together do not retry together),
// raised to `retryAfterMs` when the CRM asked for a pause.
qint64 backoffDelayMs(const BackoffPolicy &policy, int failedAttempts, std::optional<qint64> retryAfterMs,
                      QRandomGenerator &random);

// Retry-After as delta-seconds ("120") or an HTTP date ("Wed, 21 Oct 2025 07:28:00 GMT", RFC 2822, asctime), in ms
// from `now`. Nothing for absent or unreadable values (garbage, negative, fractional); a date in the past gives 0.
// Values are capped at one hour, however many digits they have.
std::optional<qint64> parseRetryAfter(const QByteArray &value, const QDateTime &now);

// The longest wait the loop ever chooses: the backoff cap or the longest Retry-After honoured. A due time further
// ahead than this (a clock stepped back) is brought back to now + this.
qint64 maxWaitMs(const BackoffPolicy &policy);

} // namespace fb
