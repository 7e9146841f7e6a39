#pragma once
// The demo profile (floorbridge-ctl demo init, scripts/demo.sh): a new station's settings for the CRM simulator and
// one operator per role, written in one transaction.

#include "app/core/Clock.h"
#include "app/core/Result.h"
#include "app/domain/Actor.h"

#include <QList>
#include <QString>

namespace fb {

class Database;
class SettingsStore;

struct DemoOperator
{
    QString code;
    QString name;
    Role role = Role::Warehouse;
    QString pin;
};

class DemoProfileService
{
public:
    DemoProfileService(Database &db, SettingsStore &settings, const Clock &clock);

    // Also in README.md: a newcomer logs in with these.
    static const QList<DemoOperator> &operators();

    // Station DEMO01 (number 1), the CRM URLs that are given, warehouse WH001, the keyboard wedge, and operators()
    // with the first as the admin. Refused (auth.not_first) on a station that already has operators.
    Status apply(const QString &legacyUrl, const QString &newUrl);

private:
    Database &m_db;
    SettingsStore &m_settings;
    const Clock &m_clock;
};

} // namespace fb
