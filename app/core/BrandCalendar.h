#pragma once
// The brand's calendar: the zone (India's by default) that payload timestamps, serial dates and document numbers are
// written in, whatever zone the PC runs in. A unit made at 01:30 IST on a PC set to UTC is still dated 250925.

#include "app/core/Clock.h"
#include "app/core/Result.h"

#include <QDate>
#include <QDateTime>
#include <QMutex>
#include <QString>
#include <QTimeZone>

#include <functional>

namespace fb {

class BrandCalendar
{
public:
    // Setting: an IANA zone ("Asia/Kolkata", the default) or a fixed UTC offset ("+05:30", "UTC+05:30").
    static constexpr const char *kSettingKey = "brand.timezone";
    static constexpr const char *kDefaultZone = "Asia/Kolkata";

    // India: Asia/Kolkata (a fixed +05:30 where the system has no zone data; IST has had no DST since 1945).
    static BrandCalendar india();
    // Empty text means the default. Anything else must name a zone or an offset; the error names the setting.
    static Result<BrandCalendar> fromSetting(const QString &text);

    // The same instant as the brand's wall clock shows it: its date is the brand's day, and Qt::ISODate writes it
    // with the brand's offset ("2025-09-25T01:30:00+05:30").
    QDateTime at(const QDateTime &instant) const;
    QDate day(const QDateTime &instant) const { return at(instant).date(); }
    QString timestamp(const QDateTime &instant) const { return at(instant).toString(Qt::ISODate); }
    // A wall-clock date and time typed by a person who reads the brand's clock, as an instant.
    QDateTime wallClock(QDate date, QTime time) const;
    QString zoneName() const { return m_name; }

private:
    BrandCalendar(const QTimeZone &zone, QString name);
    QTimeZone m_zone;
    QString m_name;
};

// The injected clock read on the brand's calendar: now() is the clock's instant with the brand's offset. Every
// producer of payload timestamps, serial dates and document numbers takes its time from one of these, so they agree
// with each other and never depend on the PC's zone. `zoneSetting` returns the setting's current text; a value that
// names no zone falls back to India (and is logged once): config set refuses such values in the first place.
class BrandClock final : public Clock
{
public:
    BrandClock(const Clock &clock, std::function<QString()> zoneSetting);
    BrandClock(const BrandClock &) = delete; // services hand it to their ActionPipeline by reference
    BrandClock &operator=(const BrandClock &) = delete;

    QDateTime now() const override;
    qint64 monotonicMs() const override { return m_clock.monotonicMs(); }
    BrandCalendar calendar() const;
    QDate today() const { return now().date(); }

private:
    const Clock &m_clock;
    std::function<QString()> m_zoneSetting;
    mutable QMutex m_mutex;
    mutable QString m_cachedText;
    mutable BrandCalendar m_cached = BrandCalendar::india();
};

} // namespace fb
