#include "FaultInjector.h"

#include <set>

namespace fb::sim {

FaultInjector::FaultInjector(quint64 seed)
    : m_rng(seed)
{}

std::optional<std::pair<std::string, std::string>> FaultInjector::configure(const Json &config)
{
    if (!config.is_object())
        return std::pair{std::string("faults: expected an object"), std::string()};
    FaultConfig next;
    for (const auto &[key, value] : config.items()) {
        auto bad = [&](const std::string &what) { return std::pair{key + ": " + what, key}; };
        auto rate = [&](double &target) -> bool {
            if (!value.is_number() || value.get<double>() < 0 || value.get<double>() > 1)
                return false;
            target = value.get<double>();
            return true;
        };
        if (key == "latency_ms") {
            if (!value.is_number_integer() || value.get<int>() < 0)
                return bad("expected a non-negative integer");
            next.latencyMs = value.get<int>();
        } else if (key == "error_rate") {
            if (!rate(next.errorRate))
                return bad("expected a number between 0 and 1");
        } else if (key == "error_status") {
            static const std::set<int> allowed{408, 500, 502, 503, 504};
            if (!value.is_number_integer() || !allowed.contains(value.get<int>()))
                return bad("expected one of 408, 500, 502, 503, 504");
            next.errorStatus = value.get<int>();
        } else if (key == "throttle_rate") {
            if (!rate(next.throttleRate))
                return bad("expected a number between 0 and 1");
        } else if (key == "retry_after_s") {
            if (!value.is_number_integer() || value.get<int>() < 0)
                return bad("expected a non-negative integer");
            next.retryAfterS = value.get<int>();
            next.retryAfterSet = true;
        } else if (key == "hang_rate") {
            if (!rate(next.hangRate))
                return bad("expected a number between 0 and 1");
        } else if (key == "drop_rate") {
            if (!rate(next.dropRate))
                return bad("expected a number between 0 and 1");
        } else if (key == "outage") {
            if (!value.is_boolean())
                return bad("expected true or false");
            next.outage = value.get<bool>();
        } else if (key == "fail_next") {
            if (!value.is_number_integer() || value.get<int>() < 0)
                return bad("expected a non-negative integer");
            next.failNext = value.get<int>();
        } else if (key == "reject_status") {
            static const std::set<int> allowed{400, 404, 409, 422};
            if (!value.is_number_integer() || !allowed.contains(value.get<int>()))
                return bad("expected one of 400, 404, 409, 422");
            next.rejectStatus = value.get<int>();
        } else if (key == "reject_next" || key == "in_progress_next" || key == "error_body_next" ||
                   key == "apply_then_fail_next" || key == "apply_then_drop_next" || key == "processing_ms") {
            if (!value.is_number_integer() || value.get<int>() < 0)
                return bad("expected a non-negative integer");
            int &target = key == "reject_next"            ? next.rejectNext
                          : key == "in_progress_next"     ? next.inProgressNext
                          : key == "error_body_next"      ? next.errorBodyNext
                          : key == "apply_then_fail_next" ? next.applyThenFailNext
                          : key == "apply_then_drop_next" ? next.applyThenDropNext
                                                          : next.processingMs;
            target = value.get<int>();
        } else if (key == "replay_conflict") {
            if (!value.is_boolean())
                return bad("expected true or false");
            next.replayConflict = value.get<bool>();
        } else if (key == "path_prefix") {
            if (!value.is_string())
                return bad("expected a string");
            next.pathPrefix = value.get<std::string>();
        } else {
            return bad("unknown fault setting");
        }
    }
    m_config = next;
    return std::nullopt;
}

Json FaultInjector::toJson() const
{
    return Json{{"latency_ms", m_config.latencyMs},
                {"error_rate", m_config.errorRate},
                {"error_status", m_config.errorStatus},
                {"throttle_rate", m_config.throttleRate},
                {"retry_after_s", m_config.retryAfterS},
                {"hang_rate", m_config.hangRate},
                {"drop_rate", m_config.dropRate},
                {"outage", m_config.outage},
                {"fail_next", m_config.failNext},
                {"path_prefix", m_config.pathPrefix},
                {"reject_next", m_config.rejectNext},
                {"reject_status", m_config.rejectStatus},
                {"in_progress_next", m_config.inProgressNext},
                {"error_body_next", m_config.errorBodyNext},
                {"apply_then_fail_next", m_config.applyThenFailNext},
                {"apply_then_drop_next", m_config.applyThenDropNext},
                {"processing_ms", m_config.processingMs},
                {"replay_conflict", m_config.replayConflict}};
}

bool FaultInjector::applies(const std::string &path) const
{
    return m_config.pathPrefix.empty() || path.rfind(m_config.pathPrefix, 0) == 0;
}

int FaultInjector::processingMs(const std::string &path) const
{
    return applies(path) ? m_config.processingMs : 0;
}

bool FaultInjector::replayConflict(const std::string &path) const
{
    return applies(path) && m_config.replayConflict;
}

FaultDecision FaultInjector::afterApply(const std::string &path)
{
    FaultDecision decision;
    if (!applies(path))
        return decision;
    if (m_config.applyThenFailNext > 0) {
        --m_config.applyThenFailNext;
        decision.action = FaultDecision::Action::Error;
        decision.status = m_config.errorStatus;
    } else if (m_config.applyThenDropNext > 0) {
        --m_config.applyThenDropNext;
        decision.action = FaultDecision::Action::Drop;
    }
    return decision;
}

bool FaultInjector::roll(double rate)
{
    return rate > 0 && m_unit(m_rng) < rate;
}

FaultDecision FaultInjector::decide(const std::string &path, bool write)
{
    FaultDecision decision;
    if (!applies(path))
        return decision;
    decision.latencyMs = m_config.latencyMs;
    const int retryAfter = m_config.retryAfterSet ? m_config.retryAfterS : 0;
    using Action = FaultDecision::Action;
    if (m_config.outage) {
        decision.action = Action::Outage;
        decision.status = 503;
        decision.retryAfterS = retryAfter;
    } else if (m_config.failNext > 0) {
        --m_config.failNext;
        decision.action = Action::Error;
        decision.status = m_config.errorStatus;
        decision.retryAfterS = retryAfter;
    } else if (m_config.rejectNext > 0) {
        --m_config.rejectNext;
        decision.action = Action::Reject;
        decision.status = m_config.rejectStatus;
    } else if (write && m_config.inProgressNext > 0) {
        --m_config.inProgressNext;
        decision.action = Action::InProgress;
        decision.status = 409;
    } else if (write && m_config.errorBodyNext > 0) {
        --m_config.errorBodyNext;
        decision.action = Action::ErrorBody;
        decision.status = 200;
    } else if (roll(m_config.dropRate)) {
        decision.action = Action::Drop;
    } else if (roll(m_config.hangRate)) {
        decision.action = Action::Hang;
    } else if (roll(m_config.errorRate)) {
        decision.action = Action::Error;
        decision.status = m_config.errorStatus;
        decision.retryAfterS = retryAfter;
    } else if (roll(m_config.throttleRate)) {
        decision.action = Action::Throttle;
        decision.status = 429;
        decision.retryAfterS = m_config.retryAfterS;
    }
    return decision;
}

} // namespace fb::sim
