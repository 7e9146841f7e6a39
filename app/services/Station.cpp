#include "app/services/Station.h"

#include "app/core/Paths.h"

namespace fb {

Station::Station(QString dataDir, std::unique_ptr<Database> db, const Clock &clock)
    : m_dataDir(std::move(dataDir))
    , m_db(std::move(db))
    , m_settings(std::make_unique<SettingsStore>(*m_db))
    , m_clock(clock)
{}

Result<std::unique_ptr<Station>> Station::open(const QString &dataDir, const Clock &clock, Database::Mode mode)
{
    auto db = Database::open(fb::databasePath(dataDir), mode);
    if (!db.ok())
        return db.error();
    return std::unique_ptr<Station>(new Station(dataDir, std::move(db).value(), clock));
}

QString Station::stationId() const
{
    return m_settings->value(QStringLiteral("station.id"), QStringLiteral("ST01"));
}

QString Station::databasePath() const
{
    return m_db->path();
}

void Station::setOutboxListener(std::function<void()> listener)
{
    m_db->setOutboxListener(std::move(listener));
}

} // namespace fb
