#include "app/core/BrandCalendar.h"

#include "app/core/Logging.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace fb {

namespace {

constexpr int kIndiaOffsetSeconds = 5 * 3600 + 30 * 60;

// The messages' translation context (resources/translations/*.ts).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(fb::BrandCalendar)
};

} // namespace

BrandCalendar::BrandCalendar(const QTimeZone &zone, QString name)
    : m_zone(zone)
    , m_name(std::move(name))
{}

BrandCalendar BrandCalendar::india()
{
    const QString name = QString::fromLatin1(kDefaultZone);
    QTimeZone zone{QByteArray(kDefaultZone)};
    if (!zone.isValid())
        zone = QTimeZone(kIndiaOffsetSeconds);
    return BrandCalendar(zone, name);
}

Result<BrandCalendar> BrandCalendar::fromSetting(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return india();
    static const QRegularExpression offset(QStringLiteral("^(?:UTC|GMT)?([+-])(\\d{1,2})(?::?(\\d{2}))?$"),
                                           QRegularExpression::CaseInsensitiveOption);
    if (t.compare(u"UTC", Qt::CaseInsensitive) == 0 || t == u"Z")
        return BrandCalendar(QTimeZone(0), QStringLiteral("+00:00"));
    if (const auto m = offset.match(t); m.hasMatch()) {
        const int hours = m.captured(2).toInt();
        const int minutes = m.captured(3).toInt();
        if (hours <= 14 && minutes < 60) {
            const int seconds = (hours * 3600 + minutes * 60) * (m.captured(1) == u"-" ? -1 : 1);
            return BrandCalendar(QTimeZone(seconds), QStringLiteral("%1%2:%3")
                                                         .arg(m.captured(1))
                                                         .arg(hours, 2, 10, QLatin1Char('0'))
                                                         .arg(minutes, 2, 10, QLatin1Char('0')));
        }
    } else if (QTimeZone::isTimeZoneIdAvailable(t.toUtf8())) {
        // Only ids the system knows: Qt would read an unknown one ("India") as a POSIX rule, i.e. UTC.
        return BrandCalendar(QTimeZone(t.toUtf8()), t);
    }
    return makeError(Tr::tr("%1 is '%2', which names no time zone: use a zone such as Asia/Kolkata (the default) or a "
                            "UTC offset such as +05:30.")
                         .arg(QString::fromLatin1(kSettingKey), t),
                     QString::fromLatin1(kSettingKey), QStringLiteral("brand.timezone"));
}

QDateTime BrandCalendar::at(const QDateTime &instant) const
{
    if (!instant.isValid())
        return instant;
    return instant.toOffsetFromUtc(m_zone.offsetFromUtc(instant));
}

QDateTime BrandCalendar::wallClock(QDate date, QTime time) const
{
    return at(QDateTime(date, time, m_zone));
}

BrandClock::BrandClock(const Clock &clock, std::function<QString()> zoneSetting)
    : m_clock(clock)
    , m_zoneSetting(std::move(zoneSetting))
{}

BrandCalendar BrandClock::calendar() const
{
    const QString text = m_zoneSetting ? m_zoneSetting() : QString();
    QMutexLocker lock(&m_mutex);
    if (text != m_cachedText) {
        m_cachedText = text;
        auto parsed = BrandCalendar::fromSetting(text);
        if (parsed.ok()) {
            m_cached = *parsed;
        } else {
            logger("app")->warn("{} Using {}.", parsed.message().toStdString(), BrandCalendar::kDefaultZone);
            m_cached = BrandCalendar::india();
        }
    }
    return m_cached;
}

QDateTime BrandClock::now() const
{
    return calendar().at(m_clock.now());
}

} // namespace fb
