// A running delivery picks up what another process changes while it runs — floorbridge-ctl config set (a CRM's
// address), credentials set (a token in the OS keychain), sync pause / resume — without a restart: crm-sim over
// loopback, the real keychain of scripts/with-session.sh, the real floorbridge-ctl.
#include "CrmSimProcess.h"
#include "CtlProcess.h"
#include "app/services/Station.h"
#include "app/storage/Outbox.h"
#include "app/storage/OutboxStore.h"
#include "sync/SyncEngine.h"
#include "sync/credentials/KeychainCredentialStore.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

using namespace fb;
using fb::test::CrmSimProcess;
using fb::test::runCtl;

namespace {

QJsonObject stage2(const QString &requestId)
{
    return QJsonDocument::fromJson(QStringLiteral(R"json({
  "request_id": "%1", "warehouse_code": "WH001", "total_sr": 1,
  "products": [{"product_id": "1", "product_code": "CGSTV32",
                "serials": [{"sn": "CGSTV322509251001", "status": "IN_STOCK"}]}],
  "source": "mobile_app", "timestamp": "2025-09-25T17:00:00+05:30"
})json")
                                       .arg(requestId)
                                       .toUtf8())
        .object();
}

} // namespace

class TestLiveSettings : public QObject
{
    Q_OBJECT

    CrmSimProcess m_sim;
    QTemporaryDir m_dir;
    SystemClock m_clock;
    std::unique_ptr<Station> m_station;
    std::unique_ptr<KeychainCredentialStore> m_credentials;
    std::unique_ptr<SyncEngine> m_engine;
    QString m_dataDir;
    int m_case = 0;

    QString enqueue(const QString &requestId)
    {
        const Actor actor{QStringLiteral("W001"), QStringLiteral("Wasim"), Role::Warehouse, QStringLiteral("ST01")};
        QString eventId;
        Status s = m_station->db().write([&]() -> Status {
            auto id = OutboxWriter(m_station->db(), m_clock)
                          .enqueue(actor, OutboxEvent{QStringLiteral("inward.submitted"), QStringList{requestId},
                                                      stage2(requestId), allCrms()});
            if (!id.ok())
                return id.error();
            eventId = id.value();
            return Ok{};
        });
        if (!s)
            qWarning("enqueue: %s", qPrintable(s.message()));
        m_engine->wake();
        return eventId;
    }
    OutboxState state(const QString &eventId, Crm crm)
    {
        const QList<OutboxRow> rows = OutboxStore(m_station->db()).list(OutboxFilter{crm, {}, {}, {}, 0}).value();
        for (const OutboxRow &r : rows) {
            if (r.eventId == eventId)
                return r.state;
        }
        return OutboxState::Discarded;
    }
    bool ctl(const QStringList &args, const QByteArray &input = {})
    {
        auto r = runCtl(m_dataDir, args, input);
        if (r.exitCode != 0)
            qWarning("floorbridge-ctl %s: exit %d\n%s%s", qPrintable(args.join(u' ')), r.exitCode, qPrintable(r.out),
                     qPrintable(r.err));
        return r.exitCode == 0;
    }

private slots:
    void initTestCase() { QVERIFY2(m_sim.start(), qPrintable(m_sim.errorString())); }

    void init()
    {
        QVERIFY(m_sim.reset());
        m_dataDir = m_dir.filePath(QStringLiteral("station%1").arg(++m_case));
        auto st = Station::open(m_dataDir, m_clock);
        QVERIFY2(st.ok(), qPrintable(st.message()));
        m_station = std::move(st).value();
        SettingsStore &settings = m_station->settings();
        for (const auto &[key, value] :
             QList<std::pair<QString, QString>>{{QStringLiteral("crm.new.url"), m_sim.newUrl().toString()},
                                                {QStringLiteral("sync.backoff.base_ms"), QStringLiteral("50")},
                                                {QStringLiteral("sync.backoff.cap_ms"), QStringLiteral("200")},
                                                {QStringLiteral("sync.poll_ms"), QStringLiteral("100")}})
            QVERIFY(settings.setValue(key, value).ok());
        m_credentials = std::make_unique<KeychainCredentialStore>(m_station->credentialScope());
        QVERIFY2(m_credentials->setToken(Crm::New, CrmSimProcess::newToken()).ok(), "no keychain (with-session.sh?)");
        m_engine = std::make_unique<SyncEngine>(m_station->db().path(), settings, *m_credentials, m_clock);
        m_engine->setSettingsCheckMs(100);
    }

    void cleanup()
    {
        m_engine.reset();
        if (m_credentials) {
            (void)m_credentials->removeToken(Crm::Legacy);
            (void)m_credentials->removeToken(Crm::New);
        }
        m_credentials.reset();
        m_station.reset();
    }

    void addressAndTokenSetByFloorbridgeCtlUnblockTheCrm()
    {
        QVERIFY(m_engine->start().ok());
        const QString eventId = enqueue(QStringLiteral("INV-L1"));
        QTRY_COMPARE(state(eventId, Crm::New), OutboxState::Delivered);
        QVERIFY2(m_engine->status(Crm::Legacy).blockedReason.contains(QStringLiteral("crm.legacy.url")),
                 qPrintable(m_engine->status(Crm::Legacy).blockedReason));

        QVERIFY(ctl({QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("crm.legacy.url"),
                     m_sim.legacyUrl().toString()}));
        // The address arrived; the token is still missing, and the window says so.
        QTRY_VERIFY2(m_engine->status(Crm::Legacy).blockedReason.contains(QStringLiteral("token")),
                     qPrintable(m_engine->status(Crm::Legacy).blockedReason));
        QCOMPARE(state(eventId, Crm::Legacy), OutboxState::Pending);

        QVERIFY(ctl({QStringLiteral("credentials"), QStringLiteral("set"), QStringLiteral("legacy")},
                    CrmSimProcess::legacyToken().toUtf8() + '\n'));
        QTRY_COMPARE(state(eventId, Crm::Legacy), OutboxState::Delivered);
        QTRY_VERIFY(m_engine->status(Crm::Legacy).blockedReason.isEmpty());
        QCOMPARE(m_sim.stats(Crm::Legacy).value(u"applied").toInt(), 1);
    }

    void pauseAndResumeFromAnotherProcessAreObeyed()
    {
        QVERIFY(m_station->settings().setValue(QStringLiteral("crm.legacy.url"), m_sim.legacyUrl().toString()).ok());
        QVERIFY(m_credentials->setToken(Crm::Legacy, CrmSimProcess::legacyToken()).ok());
        QVERIFY(m_engine->start().ok());
        QVERIFY(ctl({QStringLiteral("sync"), QStringLiteral("pause"), QStringLiteral("new"), QStringLiteral("--reason"),
                     QStringLiteral("CRM upgrade")}));
        QTRY_COMPARE(m_engine->status(Crm::New).pausedReason, QStringLiteral("CRM upgrade"));
        const QString eventId = enqueue(QStringLiteral("INV-L2"));
        QTRY_COMPARE(state(eventId, Crm::Legacy), OutboxState::Delivered);
        QVERIFY(m_engine->drainUntilIdle(5000));
        QCOMPARE(state(eventId, Crm::New), OutboxState::Pending);
        QCOMPARE(m_sim.stats(Crm::New).value(u"received").toInt(), 0);

        QVERIFY(ctl({QStringLiteral("sync"), QStringLiteral("resume"), QStringLiteral("new")}));
        QTRY_COMPARE(state(eventId, Crm::New), OutboxState::Delivered);
        QTRY_VERIFY(m_engine->status(Crm::New).pausedReason.isEmpty());
    }

    void aRefusedTokenReplacedWithCtlIsTriedWithoutAResume()
    {
        QVERIFY(m_station->settings().setValue(QStringLiteral("crm.legacy.url"), m_sim.legacyUrl().toString()).ok());
        QVERIFY(m_credentials->setToken(Crm::Legacy, QStringLiteral("an-expired-token")).ok());
        QVERIFY(m_engine->start().ok());
        const QString eventId = enqueue(QStringLiteral("INV-L3"));
        QTRY_VERIFY(!m_engine->status(Crm::Legacy).pausedReason.isEmpty());
        QTRY_COMPARE(state(eventId, Crm::Legacy), OutboxState::Pending); // released, not failed

        QVERIFY(ctl({QStringLiteral("credentials"), QStringLiteral("set"), QStringLiteral("legacy")},
                    CrmSimProcess::legacyToken().toUtf8() + '\n'));
        QTRY_COMPARE(state(eventId, Crm::Legacy), OutboxState::Delivered);
        QTRY_VERIFY(m_engine->status(Crm::Legacy).pausedReason.isEmpty());
        QVERIFY(m_station->settings().value(SyncEngine::pausedKey(Crm::Legacy)).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestLiveSettings)
#include "TestLiveSettings.moc"
