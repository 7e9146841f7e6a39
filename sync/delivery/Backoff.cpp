#include "sync/delivery/Backoff.h"

#include <QLocale>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

namespace fb {

namespace {
constexpr qint64 kMaxRetryAfterMs = 24LL * 60 * 60 * 1000;
}

qint64 backoffCeilingMs(const BackoffPolicy &policy, int failedAttempts)
{
    const qint64 cap = std::max<qint64>(0, policy.capMs);
    const double base = static_cast<double>(std::max<qint64>(0, policy.baseMs));
    const double factor = std::max(1.0, policy.factor);
    const int exponent = std::max(0, failedAttempts - 1);
    // Computed in double and clamped, so a large attempt count cannot overflow.
    const double ceiling = base * std::pow(factor, exponent);
    if (!std::isfinite(ceiling) || ceiling >= static_cast<double>(cap))
        return cap;
    return static_cast<qint64>(ceiling);
}

qint64 backoffDelayMs(const BackoffPolicy &policy, int failedAttempts, std::optional<qint64> retryAfterMs,
                      QRandomGenerator &random)
{
    const qint64 ceiling = backoffCeilingMs(policy, failedAttempts);
    const qint64 jittered = ceiling > 0 ? static_cast<qint64>(random.bounded(static_cast<quint64>(ceiling) + 1)) : 0;
    if (retryAfterMs)
        return std::max(jittered, std::clamp<qint64>(*retryAfterMs, 0, kMaxRetryAfterMs));
    return jittered;
}

std::optional<qint64> parseRetryAfter(const QByteArray &value, const QDateTime &now)
{
    const QByteArray text = value.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    bool ok = false;
    const qlonglong seconds = text.toLongLong(&ok);
    if (ok)
        return seconds < 0 ? std::nullopt : std::optional<qint64>(std::min(seconds * 1000, kMaxRetryAfterMs));
    // IMF-fixdate, the only date form RFC 9110 asks senders to use.
    QDateTime when = QLocale::c().toDateTime(QString::fromLatin1(text).chopped(4).trimmed(),
                                             QStringLiteral("ddd, dd MMM yyyy HH:mm:ss"));
    if (!when.isValid() || !text.endsWith(" GMT"))
        return std::nullopt;
    when.setTimeZone(QTimeZone::utc());
    return std::clamp<qint64>(now.msecsTo(when), 0, kMaxRetryAfterMs);
}

} // namespace fb
