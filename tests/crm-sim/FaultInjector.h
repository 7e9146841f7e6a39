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
};

struct FaultDecision
{
    enum class Action { None, Outage, Drop, Hang, Error, Throttle };
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

    FaultDecision decide(const std::string &path);

private:
    bool roll(double rate);

    FaultConfig m_config;
    std::mt19937_64 m_rng;
    std::uniform_real_distribution<double> m_unit{0.0, 1.0};
};

} // namespace fb::sim
