#pragma once
// When to tell the operator that delivery needs attention, decided from what the Sync page reads (no widgets here, so
// it is tested with a fake clock): a CRM failing — paused, blocked with a backlog, or its waiting events erroring —
// with no delivery for `sync.alert_failed_minutes` (default 15) raises one alert until it recovers; the failed queue
// growing raises one alert at most once a minute per CRM.

#include "app/core/Clock.h"
#include "app/services/SyncAdminService.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <array>

namespace fb {

struct SyncAlert
{
    enum class Kind { Failing, FailedGrew };
    Crm crm = Crm::Legacy;
    Kind kind = Kind::Failing;
    QString title; // short, for a desktop notification's title
    QString text;  // what happened and where to look
};

class SyncAlerts
{
    Q_DECLARE_TR_FUNCTIONS(fb::SyncAlerts)

public:
    explicit SyncAlerts(const Clock &clock);

    static QString thresholdKey() { return QStringLiteral("sync.alert_failed_minutes"); }
    static constexpr int kDefaultMinutes = 15;
    static constexpr qint64 kFailedGrewQuietMs = 60 * 1000;

    void setThresholdMinutes(int minutes) { m_thresholdMs = qint64(std::max(1, minutes)) * 60 * 1000; }
    qint64 thresholdMs() const { return m_thresholdMs; }

    // Feed the latest overview of one CRM; returns the alerts to raise now (usually none).
    QList<SyncAlert> update(const CrmSyncOverview &overview);

    // Since when `crm` has been failing (epoch ms), 0 when it is not.
    qint64 failingSinceMs(Crm crm) const { return m_state[static_cast<size_t>(crm)].failingSinceMs; }

private:
    struct State
    {
        bool seen = false;
        qint64 failingSinceMs = 0;
        bool failingAlerted = false;
        int failedReported = 0;
        qint64 failedAlertMs = 0;
    };
    const Clock &m_clock;
    qint64 m_thresholdMs = kDefaultMinutes * 60 * 1000;
    std::array<State, 2> m_state;
};

} // namespace fb
