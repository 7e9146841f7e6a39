#pragma once
// Shared by the chaos, crash and outage proofs: numbered events on a fixed set of ordering keys, and the check that
// a CRM applied each of them exactly once and, per key, in order.

#include "CrmSimProcess.h"
#include "app/core/Crm.h"
#include "app/storage/Outbox.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QStringList>
#include <QTest>

namespace fb::test {

// Event number i is about key "K<i % keys>"; its request_id "SP-<key>-<i>" travels in both CRMs' bodies.
inline QString proofKey(int i, int keys)
{
    return QStringLiteral("K%1").arg(i % keys, 4, 10, QLatin1Char('0'));
}

inline fb::OutboxEvent proofEvent(int i, int keys)
{
    const QString key = proofKey(i, keys);
    const QString requestId = QStringLiteral("SP-%1-%2").arg(key).arg(i, 7, 10, QLatin1Char('0'));
    QJsonObject serial{{QStringLiteral("sn"), QStringLiteral("CGSTV32%1").arg(i, 10, 10, QLatin1Char('0'))},
                       {QStringLiteral("status"), QStringLiteral("IN_STOCK")}};
    QJsonObject product{{QStringLiteral("product_id"), QStringLiteral("1")},
                        {QStringLiteral("product_code"), QStringLiteral("CGSTV32")},
                        {QStringLiteral("serials"), QJsonArray{serial}}};
    QJsonObject data{{QStringLiteral("request_id"), requestId},
                     {QStringLiteral("warehouse_code"), QStringLiteral("WH001")},
                     {QStringLiteral("total_sr"), 1},
                     {QStringLiteral("products"), QJsonArray{product}},
                     {QStringLiteral("source"), QStringLiteral("mobile_app")},
                     {QStringLiteral("timestamp"), QStringLiteral("2025-09-25T17:00:00+05:30")}};
    return fb::OutboxEvent{QStringLiteral("inward.submitted"), QStringList{key}, data, fb::allCrms()};
}

struct AppliedCheck
{
    int applied = 0;
    QString problem; // empty: every expected event applied exactly once, per key in order
};

// `expected` request ids; the simulator's applied list (POST bodies in arrival order).
inline AppliedCheck checkApplied(CrmSimProcess &sim, fb::Crm crm, const QSet<QString> &expected)
{
    AppliedCheck result;
    const QJsonArray applied = sim.received(crm);
    result.applied = int(applied.size());
    QSet<QString> seen;
    QSet<QString> keys;
    QHash<QString, int> lastOfKey;
    for (const QJsonValue &item : applied) {
        const QJsonObject body = item[QStringLiteral("body")].toObject();
        const QString requestId = crm == fb::Crm::Legacy
                                      ? body[QStringLiteral("request_id")].toString()
                                      : body[QStringLiteral("data")][QStringLiteral("request_id")].toString();
        const QString idempotencyKey = item[QStringLiteral("idempotency_key")].toString();
        if (seen.contains(requestId) || keys.contains(idempotencyKey)) {
            result.problem = QStringLiteral("%1 applied twice at the %2 CRM").arg(requestId, fb::crmName(crm));
            return result;
        }
        seen.insert(requestId);
        keys.insert(idempotencyKey);
        const QStringList parts = requestId.split(QLatin1Char('-'));
        if (parts.size() != 3) {
            result.problem = QStringLiteral("unexpected request id %1").arg(requestId);
            return result;
        }
        const int n = parts.at(2).toInt();
        if (lastOfKey.contains(parts.at(1)) && lastOfKey.value(parts.at(1)) > n) {
            result.problem = QStringLiteral("key %1 out of order at the %2 CRM: %3 after %4")
                                 .arg(parts.at(1), fb::crmName(crm))
                                 .arg(n)
                                 .arg(lastOfKey.value(parts.at(1)));
            return result;
        }
        lastOfKey.insert(parts.at(1), n);
    }
    for (const QString &id : expected) {
        if (!seen.contains(id)) {
            result.problem = QStringLiteral("%1 never applied at the %2 CRM").arg(id, fb::crmName(crm));
            return result;
        }
    }
    if (seen.size() != expected.size())
        result.problem = QStringLiteral("%1 applied at the %2 CRM, %3 expected")
                             .arg(seen.size())
                             .arg(fb::crmName(crm))
                             .arg(expected.size());
    return result;
}

// Waits (processing events) until `done()` or `timeoutMs`; true when done. Checks every 250 ms, not QTRY's 50 ms:
// the proofs' conditions count a backlog of thousands of rows, and polling that 20 times a second took the CPU the
// delivery thread needs on a two-core machine.
template <typename Done> bool waitUntil(Done done, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QTest::qWait(250);
    }
    return true;
}

// This process's resident memory in KiB (Linux /proc), 0 when unknown.
inline qint64 residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}

} // namespace fb::test
