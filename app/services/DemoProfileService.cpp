#include "app/services/DemoProfileService.h"

#include "app/services/OperatorService.h"
#include "app/storage/Database.h"
#include "app/storage/SettingsStore.h"

#include <utility>

namespace fb {

DemoProfileService::DemoProfileService(Database &db, SettingsStore &settings, const Clock &clock)
    : m_db(db)
    , m_settings(settings)
    , m_clock(clock)
{}

const QList<DemoOperator> &DemoProfileService::operators()
{
    static const QList<DemoOperator> all{
        {QStringLiteral("A001"), QStringLiteral("Asha Admin"), Role::Admin, QStringLiteral("1111")},
        {QStringLiteral("W001"), QStringLiteral("Wasim Warehouse"), Role::Warehouse, QStringLiteral("2222")},
        {QStringLiteral("T001"), QStringLiteral("Tarun Technician"), Role::Technician, QStringLiteral("3333")},
        {QStringLiteral("S001"), QStringLiteral("Sunita Supervisor"), Role::Supervisor, QStringLiteral("4444")},
    };
    return all;
}

Status DemoProfileService::apply(const QString &legacyUrl, const QString &newUrl)
{
    OperatorService ops(m_db, m_settings, m_clock);
    return m_db.write([&]() -> Status {
        const QList<std::pair<QString, QString>> settings{
            {QStringLiteral("station.id"), QStringLiteral("DEMO01")},
            {QStringLiteral("station.number"), QStringLiteral("1")},
            {QStringLiteral("crm.legacy.url"), legacyUrl},
            {QStringLiteral("crm.new.url"), newUrl},
            {QStringLiteral("inward.warehouse"), QStringLiteral("WH001")},
            {QStringLiteral("scanner.source"), QStringLiteral("wedge")},
        };
        for (const auto &[key, value] : settings) {
            if (value.isEmpty())
                continue;
            if (Status set = m_settings.setValue(key, value); !set)
                return set;
        }
        const DemoOperator &first = operators().first();
        auto admin = ops.createFirstAdmin(first.code, first.name, first.pin);
        if (!admin.ok())
            return admin.error();
        for (const DemoOperator &op : operators()) {
            if (op.role == Role::Admin)
                continue;
            if (Status added = ops.createOperator(*admin, op.code, op.name, op.role, op.pin); !added)
                return added;
        }
        return Ok{};
    });
}

} // namespace fb
