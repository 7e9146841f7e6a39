#include "ui/sync/SyncAlerts.h"

namespace fb {

namespace {

QString events(int n)
{
    return n == 1 ? SyncAlerts::tr("1 event") : SyncAlerts::tr("%1 events").arg(n);
}

QString minutesText(int n)
{
    return n == 1 ? SyncAlerts::tr("1 minute") : SyncAlerts::tr("%1 minutes").arg(n);
}

} // namespace

SyncAlerts::SyncAlerts(const Clock &clock)
    : m_clock(clock)
{}

QList<SyncAlert> SyncAlerts::update(const CrmSyncOverview &o)
{
    QList<SyncAlert> alerts;
    const Crm crm = o.health.crm;
    State &st = m_state[static_cast<size_t>(crm)];
    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    const bool paused = !o.health.pausedReason.isEmpty();
    const bool waiting = o.health.pending > 0 || o.health.failed > 0;
    const bool blocked = !o.blockedReason.isEmpty() && waiting;
    const bool erroring = !o.health.lastError.isEmpty() && waiting;
    const bool troubled = paused || blocked || erroring;

    if (!troubled) {
        st.failingSinceMs = 0;
        st.failingAlerted = false;
    } else if (st.failingSinceMs == 0) {
        st.failingSinceMs = now;
    } else if (!paused && !blocked && o.lastSuccessMs > st.failingSinceMs) {
        // Something got through since the trouble began: it is erroring, not failing; start counting again.
        st.failingSinceMs = now;
        st.failingAlerted = false;
    }
    if (troubled && !st.failingAlerted && now - st.failingSinceMs >= m_thresholdMs) {
        st.failingAlerted = true;
        const int minutes = int((now - st.failingSinceMs) / 60000);
        QString why = paused    ? tr("paused: %1").arg(o.health.pausedReason)
                      : blocked ? o.blockedReason
                                : o.health.lastError;
        alerts.append({crm, SyncAlert::Kind::Failing, tr("%1 is not receiving events").arg(crmTitle(crm)),
                       tr("Nothing has reached the %1 for %2 (%3). %4 waiting, %5 failed — see the Sync page (F7).")
                           .arg(crmTitle(crm), minutesText(minutes), why)
                           .arg(o.health.pending)
                           .arg(o.health.failed)});
    }

    const int failed = o.health.failed;
    if (!st.seen) {
        st.seen = true;
        st.failedReported = 0; // failed rows already there at start are worth one alert too
    }
    if (failed < st.failedReported) {
        st.failedReported = failed; // retried or discarded: a new failure alerts again
    } else if (failed > st.failedReported && (st.failedAlertMs == 0 || now - st.failedAlertMs >= kFailedGrewQuietMs)) {
        const int added = failed - st.failedReported;
        st.failedReported = failed;
        st.failedAlertMs = now;
        alerts.append({crm, SyncAlert::Kind::FailedGrew, tr("%1: %2 failed").arg(crmTitle(crm), events(added)),
                       tr("%1 in the failed queue of the %2: they wait for an administrator's retry or discard on "
                          "the Sync page (F7).")
                           .arg(events(failed), crmTitle(crm))});
    }
    return alerts;
}

} // namespace fb
