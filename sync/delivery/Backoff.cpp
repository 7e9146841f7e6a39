#include "sync/delivery/Backoff.h"

#include <QLocale>
#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

namespace fb {

namespace {
// A CRM's Retry-After is honoured up to an hour: longer would let one answer (or a clock stepped back) park an event
// beyond the failed queue's own schedule.
constexpr qint64 kMaxRetryAfterMs = 60LL * 60 * 1000;
} // namespace

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

qint64 maxWaitMs(const BackoffPolicy &policy)
{
    return std::max<qint64>(std::max<qint64>(0, policy.capMs), kMaxRetryAfterMs);
}

std::optional<qint64> parseRetryAfter(const QByteArray &value, const QDateTime &now)
{
    const QByteArray text = value.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    if (std::ranges::all_of(text, [](char c) { return c >= '0' && c <= '9'; })) {
        // More digits than a qint64 holds is still "a long time": clamped, never overflowed.
        constexpr qsizetype kDigitsBeyondCap = 10; // 10^9 s is far beyond the cap
        if (text.size() >= kDigitsBeyondCap)
            return kMaxRetryAfterMs;
        return std::min(text.toLongLong() * 1000, kMaxRetryAfterMs);
    }
    // An HTTP date: IMF-fixdate ("Tue, 21 Oct 2025 07:28:00 GMT"), other RFC 2822 forms ("… +0000"), or asctime
    // ("Tue Oct 21 07:28:00 2025", UTC). Anything else (negative, fractional, words) is ignored.
    const QString date = QString::fromLatin1(text).simplified();
    QDateTime when;
    if (date.endsWith(QStringLiteral(" GMT"))) {
        when = QLocale::c().toDateTime(date.chopped(4), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss"));
        when.setTimeZone(QTimeZone::utc());
    }
    static const QRegularExpression kOffset(QStringLiteral(" [+-]\\d{4}$"));
    if (!when.isValid() && kOffset.match(date).hasMatch()) // a date without its zone is not a moment: ignored
        when = QDateTime::fromString(date, Qt::RFC2822Date);
    if (!when.isValid()) {
        when = QLocale::c().toDateTime(date, QStringLiteral("ddd MMM d HH:mm:ss yyyy"));
        when.setTimeZone(QTimeZone::utc());
    }
    if (!when.isValid())
        return std::nullopt;
    return std::clamp<qint64>(now.msecsTo(when), 0, kMaxRetryAfterMs);
}

} // namespace fb
