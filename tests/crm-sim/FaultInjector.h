#pragma once
// Faults switched at run time through POST /__admin/faults. Decisions come from a seeded PRNG so a run with
// the same --seed and the same requests misbehaves the same way.

#include "Json.h"

#include <optional>
#include <random>
#include <string>

namespace fb::sim {

struct FaultConfig
{
    int latencyMs = 0;
    double errorRate = 0;
    int errorStatus = 503;
    double throttleRate = 0;
    int retryAfterS = 1;
    bool retryAfterSet = false; // Retry-After also goes on 5xx/outage answers only when asked for
    double hangRate = 0;
    double dropRate = 0;
    bool outage = false;
    int failNext = 0;       // the next N requests get errorStatus, whatever the rates
    std::string pathPrefix; // faults apply only to paths starting with this (empty: all)
    // Answers that only make sense for writes (a POST with an Idempotency-Key):
    int rejectNext = 0;          // the next N requests get rejectStatus (a 4xx), not applied
    int rejectStatus = 422;      // 400, 404, 409 or 422
    int inProgressNext = 0;      // the next N writes get 409 "still being processed", not applied
    int errorBodyNext = 0;       // the next N writes get a 2xx whose body reports an error, not applied
    int applyThenFailNext = 0;   // the next N writes are applied, then answered errorStatus
    int applyThenDropNext = 0;   // the next N writes are applied, then their connection is dropped
    int processingMs = 0;        // a write is in progress this long; the same key meanwhile gets 409 in progress
    bool replayConflict = false; // a replayed key gets 409 "already applied" instead of the first answer
};

struct FaultDecision
{
    enum class Action { None, Outage, Drop, Hang, Error, Throttle, Reject, InProgress, ErrorBody };
    Action action = Action::None;
    int status = 0;
    int retryAfterS = 0; // 0: no Retry-After header
    int latencyMs = 0;   // answer delay, applies to normal and faulted answers alike
};

class FaultInjector
{
public:
    explicit FaultInjector(quint64 seed);

    // Replaces the whole configuration; on a bad document returns {message, field} and keeps the old one.
    std::optional<std::pair<std::string, std::string>> configure(const Json &config);
    Json toJson() const;
    void reset() { m_config = FaultConfig(); }

    // Before the request is handled; `write`: a POST carrying an Idempotency-Key.
    FaultDecision decide(const std::string &path, bool write);
    // After a write was applied: Error (answer errorStatus instead), Drop (close the connection) or None.
    FaultDecision afterApply(const std::string &path);
    int processingMs(const std::string &path) const;
    bool replayConflict(const std::string &path) const;

private:
    bool roll(double rate);
    bool applies(const std::string &path) const;

    FaultConfig m_config;
    std::mt19937_64 m_rng;
    std::uniform_real_distribution<double> m_unit{0.0, 1.0};
};

} // namespace fb::sim
