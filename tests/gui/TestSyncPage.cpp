// The Sync page (F7) against crm-sim over loopback, offscreen, by keyboard: an event the legacy CRM keeps refusing
// lands in the failed queue and the page lists it (and says so in the banner and the status line), Inspect shows the
// payload and the CRM's error, Retry after the fault is cleared delivers it and empties the list, Discard asks a
// reason (an empty one is refused naming it) and audits it; the figures shown are SyncMetrics' last hour; a
// technician sees the page but cannot act on it.
#include "CrmSimProcess.h"
#include "MemoryCredentials.h"
#include "ServiceGui.h"
#include "sync/SyncEngine.h"

#include "app/services/Events.h"
#include "app/services/SyncAdminService.h"
#include "app/storage/AuditLog.h"
#include "app/storage/Outbox.h"
#include "app/storage/OutboxStore.h"
#include "app/storage/SyncMetrics.h"
#include "ui/sync/FailedQueueModel.h"
#include "ui/sync/SyncPage.h"

#include <QInputDialog>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>

using namespace fb;
using namespace fb::test;

class TestSyncPage : public QObject
{
    Q_OBJECT

    CrmSimProcess m_sim;
    ServiceWindow m_w;
    MemoryCredentials m_credentials;
    std::unique_ptr<SyncEngine> m_engine;

    QString enqueue(const QString &requestId)
    {
        const QJsonObject data = QJsonDocument::fromJson(QStringLiteral(R"json({
  "request_id": "%1", "warehouse_code": "WH001", "total_sr": 1,
  "products": [{"product_id": "1", "product_code": "CGSTV32",
                "serials": [{"sn": "CGSTV322509251001", "status": "IN_STOCK"}]}],
  "source": "mobile_app", "timestamp": "2025-09-25T17:00:00+05:30"
})json")
                                                             .arg(requestId)
                                                             .toUtf8())
                                     .object();
        const Actor actor = actorFor(Role::Warehouse);
        QString eventId;
        Status s = m_w.st.db().write([&]() -> Status {
            auto id = OutboxWriter(m_w.st.db(), m_w.st.clock).enqueue(actor, events::inwardSubmitted(data));
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
    OutboxRow row(const QString &eventId, Crm crm)
    {
        const QList<OutboxRow> rows = OutboxStore(m_w.st.db()).list(OutboxFilter{crm, {}, {}, {}, 0}).value();
        for (const OutboxRow &r : rows) {
            if (r.eventId == eventId)
                return r;
        }
        return {};
    }
    SyncPage *page() const { return qobject_cast<SyncPage *>(m_w.window->page(QStringLiteral("sync"))); }
    QString label(const QString &name) const { return m_w.find<QLabel>(name)->text(); }
    QString status() const { return label(QStringLiteral("statusMessage")); }
    void showWindow()
    {
        AppServices services;
        services.station = &m_w.st.station();
        services.clock = &m_w.st.clock;
        services.credentials = &m_credentials;
        services.sync = m_engine.get();
        m_w.st.station().setOutboxListener([this] { m_engine->wake(); });
        m_w.window = std::make_unique<MainWindow>(services, standardPages());
        m_w.window->show();
        QVERIFY(QTest::qWaitForWindowActive(m_w.window.get()));
    }
    QStringList audit(const QString &action)
    {
        QStringList out;
        const QList<AuditEntry> entries = AuditLog(m_w.st.db()).recent(100).value();
        for (const AuditEntry &e : entries) {
            if (e.action == action)
                out << e.subject + QLatin1Char(' ') + e.operatorCode + QLatin1Char(' ') + e.details;
        }
        return out;
    }

private slots:
    void initTestCase() { QVERIFY2(m_sim.start(), qPrintable(m_sim.errorString())); }

    void init()
    {
        QVERIFY(m_sim.reset());
        QString why;
        QVERIFY2(m_w.open(&why), qPrintable(why));
        for (const auto &[key, value] : QList<std::pair<QString, QString>>{
                 {QStringLiteral("crm.legacy.url"), m_sim.legacyUrl().toString()},
                 {QStringLiteral("crm.new.url"), m_sim.newUrl().toString()},
                 {QStringLiteral("sync.max_attempts"), QStringLiteral("1")}, // one 503 and it is in the failed queue
                 {QStringLiteral("sync.timeout_ms"), QStringLiteral("3000")},
                 {QStringLiteral("sync.poll_ms"), QStringLiteral("100")}})
            QVERIFY(m_w.st.settings().setValue(key, value).ok());
        m_credentials.tokens = {{int(Crm::Legacy), CrmSimProcess::legacyToken()},
                                {int(Crm::New), CrmSimProcess::newToken()}};
        m_engine = std::make_unique<SyncEngine>(m_w.st.db().path(), m_w.st.settings(), m_credentials, m_w.st.clock);
        QVERIFY(m_engine->start().ok());
        showWindow();
    }

    void cleanup()
    {
        m_w.window.reset();
        m_engine.reset();
    }

    // A failed event holds back only the later events of its unit, and the failed queue says how many.
    void aFailedEventSaysHowManyEventsItHoldsBack()
    {
        QVERIFY(m_sim.setFaults(Crm::Legacy, QJsonObject{{QStringLiteral("error_rate"), 1.0}}));
        const QString eventId = enqueue(QStringLiteral("INV-H1"));
        QTRY_COMPARE(row(eventId, Crm::Legacy).state, OutboxState::Failed);
        QVERIFY(m_sim.clearFaults(Crm::Legacy));
        const QString behind = enqueue(QStringLiteral("INV-H2")); // the same unit, CGSTV322509251001
        QTRY_COMPARE(row(behind, Crm::New).state, OutboxState::Delivered);
        m_w.logIn(QStringLiteral("A001"), QStringLiteral("1234"));
        ServiceWindow::key(Qt::Key_F7);
        QTRY_COMPARE(m_w.window->currentPage()->objectName(), QStringLiteral("syncPage"));
        FailedQueueModel *model = page()->failedModel();
        QTRY_COMPARE(model->rowCount(), 1);
        QTRY_COMPARE(model->data(model->index(0, FailedQueueModel::HoldsBackColumn)).toInt(), 1);
        QCOMPARE(model->headerData(FailedQueueModel::HoldsBackColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Holds back"));
        QCOMPARE(row(behind, Crm::Legacy).state, OutboxState::Pending);
        // The page is open: one more event of the unit, and the figure follows on the live refresh.
        const QString third = enqueue(QStringLiteral("INV-H3"));
        QTRY_COMPARE(row(third, Crm::New).state, OutboxState::Delivered);
        QTRY_COMPARE(model->data(model->index(0, FailedQueueModel::HoldsBackColumn)).toInt(), 2);
        // Discarding the failed one lets the unit's next events go.
        QVERIFY(SyncAdminService(m_w.st.db(), m_w.st.settings(), m_w.st.clock, m_engine.get())
                    .discard(actorFor(Role::Admin), row(eventId, Crm::Legacy).id, QStringLiteral("test"))
                    .ok());
        m_engine->wake();
        QTRY_COMPARE(row(behind, Crm::Legacy).state, OutboxState::Delivered);
        QTRY_COMPARE(row(third, Crm::Legacy).state, OutboxState::Delivered);
        QTRY_COMPARE(model->rowCount(), 0);
    }

    void failedEventIsListedInspectedRetriedAndDelivered()
    {
        QVERIFY(m_sim.setFaults(Crm::Legacy, QJsonObject{{QStringLiteral("error_rate"), 1.0}}));
        const QString eventId = enqueue(QStringLiteral("INV-G1"));
        QTRY_COMPARE(row(eventId, Crm::Legacy).state, OutboxState::Failed);
        QTRY_COMPARE(row(eventId, Crm::New).state, OutboxState::Delivered);

        m_w.logIn(QStringLiteral("A001"), QStringLiteral("1234"));
        ServiceWindow::key(Qt::Key_F7);
        QTRY_COMPARE(m_w.window->currentPage()->objectName(), QStringLiteral("syncPage"));
        FailedQueueModel *model = page()->failedModel();
        QTRY_COMPARE(model->rowCount(), 1);
        const qint64 id = row(eventId, Crm::Legacy).id;
        QCOMPARE(model->data(model->index(0, FailedQueueModel::IdColumn)).toLongLong(), id);
        QCOMPARE(model->data(model->index(0, FailedQueueModel::CrmColumn)).toString(), QStringLiteral("Legacy CRM"));
        QCOMPARE(model->data(model->index(0, FailedQueueModel::EventTypeColumn)).toString(),
                 QStringLiteral("inward.submitted"));
        QCOMPARE(model->data(model->index(0, FailedQueueModel::OrderingKeyColumn)).toString(),
                 QStringLiteral("inward:INV-G1"));
        QCOMPARE(model->data(model->index(0, FailedQueueModel::HoldsBackColumn)).toInt(), 0);
        QCOMPARE(model->data(model->index(0, FailedQueueModel::AttemptsColumn)).toInt(), 1);
        QVERIFY(model->data(model->index(0, FailedQueueModel::LastErrorColumn)).toString().contains(u"503"));
        QVERIFY(!model->data(model->index(0, FailedQueueModel::FailedAtColumn)).toString().isEmpty());

        // The figures are SyncMetrics' last hour, per CRM.
        SyncMetrics metrics(m_w.st.db());
        const qint64 since = m_w.st.clock.now().toMSecsSinceEpoch() - SyncMetrics::kWindowMs;
        const SyncFigures fresh = metrics.figures(Crm::New, since).value();
        QCOMPARE(fresh.attempts, 1);
        QTRY_COMPARE(label(QStringLiteral("latencyLabel_new")),
                     QStringLiteral("%1 ms / %2 ms").arg(fresh.p50Ms).arg(fresh.p95Ms));
        QCOMPARE(label(QStringLiteral("errorRateLabel_new")), QStringLiteral("0.0 % of 1 attempt"));
        QCOMPARE(label(QStringLiteral("errorRateLabel_legacy")), QStringLiteral("100.0 % of 1 attempt"));
        QCOMPARE(label(QStringLiteral("latencyLabel_legacy")), QStringLiteral("no deliveries in the last hour"));
        QCOMPARE(label(QStringLiteral("failedLabel_legacy")), QStringLiteral("1"));
        QCOMPARE(label(QStringLiteral("failedLabel_new")), QStringLiteral("0"));
        QCOMPARE(label(QStringLiteral("stateLabel_legacy")), QStringLiteral("Delivering"));
        // The failure was told: banner and status line.
        auto *banner = m_w.find<QLabel>(QStringLiteral("syncAlertBanner"));
        QTRY_VERIFY(banner->isVisible());
        QVERIFY2(banner->text().contains(QStringLiteral("1 event in the failed queue of the Legacy CRM")),
                 qPrintable(banner->text()));
        m_w.snapshot(QStringLiteral("sync-failed"));

        // Inspect (Enter on the list): the payload pretty-printed and the CRM's error.
        QTRY_VERIFY(page()->failedView()->hasFocus());
        ServiceWindow::key(Qt::Key_Return);
        QDialog *inspect = nullptr;
        QTRY_VERIFY((inspect = m_w.window->findChild<QDialog *>(QStringLiteral("inspectDialog"))) &&
                    inspect->isVisible());
        QTRY_COMPARE(QApplication::activeWindow(), inspect);
        const QString payload =
            inspect->findChild<QPlainTextEdit *>(QStringLiteral("inspectPayloadText"))->toPlainText();
        QVERIFY2(payload.contains(QStringLiteral("\"request_id\": \"INV-G1\"")), qPrintable(payload));
        QVERIFY(payload.contains(u'\n'));
        QVERIFY(
            inspect->findChild<QPlainTextEdit *>(QStringLiteral("inspectErrorText"))->toPlainText().contains(u"503"));
        ServiceWindow::key(Qt::Key_Escape);
        QTRY_VERIFY(!m_w.window->findChild<QDialog *>(QStringLiteral("inspectDialog")));

        // The CRM is back: Retry now (Ctrl+R) delivers it and the list empties.
        QVERIFY(m_sim.clearFaults(Crm::Legacy));
        QTRY_VERIFY(page()->failedView()->hasFocus());
        ServiceWindow::key(Qt::Key_R, Qt::ControlModifier);
        QTRY_COMPARE(row(eventId, Crm::Legacy).state, OutboxState::Delivered);
        QTRY_COMPARE(model->rowCount(), 0);
        QCOMPARE(m_sim.stats(Crm::Legacy).value(u"applied").toInt(), 1);
        QCOMPARE(audit(QStringLiteral("outbox.retry")), QStringList{QStringLiteral("%1 A001 ").arg(id)});
        QTRY_COMPARE(label(QStringLiteral("failedLabel_legacy")), QStringLiteral("0"));
        QTRY_VERIFY(!banner->isVisible());
    }

    void discardAsksAReasonAndAuditsIt()
    {
        QVERIFY(m_sim.setFaults(Crm::Legacy, QJsonObject{{QStringLiteral("error_rate"), 1.0}}));
        m_w.logIn(QStringLiteral("A001"), QStringLiteral("1234"));
        ServiceWindow::key(Qt::Key_F7);
        QTRY_COMPARE(m_w.window->currentPage()->objectName(), QStringLiteral("syncPage"));
        const QString eventId = enqueue(QStringLiteral("INV-G2"));
        FailedQueueModel *model = page()->failedModel();
        QTRY_COMPARE(model->rowCount(), 1); // live: no key pressed
        const qint64 id = row(eventId, Crm::Legacy).id;
        page()->failedView()->setCurrentIndex(model->index(0, 0));
        page()->failedView()->setFocus();

        // An empty reason is refused, naming it; nothing is discarded.
        ServiceWindow::key(Qt::Key_Delete);
        QInputDialog *ask = nullptr;
        QTRY_VERIFY((ask = m_w.window->findChild<QInputDialog *>(QStringLiteral("discardReasonDialog"))) &&
                    ask->isVisible());
        QTRY_COMPARE(QApplication::activeWindow(), ask);
        ServiceWindow::key(Qt::Key_Return);
        QTRY_VERIFY(label(QStringLiteral("failedQueueMessage")).contains(QStringLiteral("reason")));
        QCOMPARE(row(eventId, Crm::Legacy).state, OutboxState::Failed);
        QCOMPARE(model->rowCount(), 1);
        QVERIFY(audit(QStringLiteral("outbox.discard")).isEmpty());

        QTRY_VERIFY(!m_w.window->findChild<QInputDialog *>(QStringLiteral("discardReasonDialog")));
        QTRY_VERIFY(page()->failedView()->hasFocus());
        ServiceWindow::key(Qt::Key_Delete);
        QTRY_VERIFY((ask = m_w.window->findChild<QInputDialog *>(QStringLiteral("discardReasonDialog"))) &&
                    ask->isVisible());
        QTRY_COMPARE(QApplication::activeWindow(), ask);
        ServiceWindow::type(QStringLiteral("Entered by hand in the legacy CRM"));
        ServiceWindow::key(Qt::Key_Return);
        QTRY_COMPARE(model->rowCount(), 0);
        QCOMPARE(row(eventId, Crm::Legacy).state, OutboxState::Discarded);
        QCOMPARE(audit(QStringLiteral("outbox.discard")),
                 QStringList{QStringLiteral("%1 A001 Entered by hand in the legacy CRM").arg(id)});
        QVERIFY2(status().contains(QStringLiteral("discarded")), qPrintable(status()));
    }

    void technicianSeesThePageButCannotAct()
    {
        QVERIFY(m_sim.setFaults(Crm::Legacy, QJsonObject{{QStringLiteral("error_rate"), 1.0}}));
        const QString eventId = enqueue(QStringLiteral("INV-G3"));
        QTRY_COMPARE(row(eventId, Crm::Legacy).state, OutboxState::Failed);
        m_w.logIn(QStringLiteral("T100"), QStringLiteral("1111"));
        ServiceWindow::key(Qt::Key_F7);
        QTRY_COMPARE(m_w.window->currentPage()->objectName(), QStringLiteral("syncPage"));
        QTRY_COMPARE(page()->failedModel()->rowCount(), 1);
        QTRY_VERIFY(page()->failedView()->hasFocus());
        QVERIFY(m_w.find<QPushButton>(QStringLiteral("inspectButton"))->isEnabled());
        QVERIFY(!m_w.find<QPushButton>(QStringLiteral("retryButton"))->isEnabled());
        QVERIFY(!m_w.find<QPushButton>(QStringLiteral("discardButton"))->isEnabled());
        // The keys still reach the page: the service says no.
        ServiceWindow::key(Qt::Key_R, Qt::ControlModifier);
        QTRY_VERIFY2(label(QStringLiteral("failedQueueMessage")).contains(QStringLiteral("T100")),
                     qPrintable(label(QStringLiteral("failedQueueMessage"))));
        QCOMPARE(row(eventId, Crm::Legacy).state, OutboxState::Failed);
        QVERIFY(audit(QStringLiteral("outbox.retry")).isEmpty());
    }

    void pausedCrmShowsWhyAndResumes()
    {
        const Actor admin = actorFor(Role::Admin);
        QVERIFY(SyncAdminService(m_w.st.db(), m_w.st.settings(), m_w.st.clock, m_engine.get())
                    .pause(admin, Crm::New, QStringLiteral("CRM upgrade tonight"))
                    .ok());
        m_w.logIn(QStringLiteral("A001"), QStringLiteral("1234"));
        ServiceWindow::key(Qt::Key_F7);
        QTRY_COMPARE(label(QStringLiteral("stateLabel_new")), QStringLiteral("Paused: CRM upgrade tonight"));
        const QString eventId = enqueue(QStringLiteral("INV-G4"));
        QTRY_COMPARE(row(eventId, Crm::Legacy).state, OutboxState::Delivered);
        QTRY_COMPARE(label(QStringLiteral("backlogLabel_new")), QStringLiteral("1"));
        // Paused past sync.alert_failed_minutes (15): told once, in the banner and the status line.
        auto *banner = m_w.find<QLabel>(QStringLiteral("syncAlertBanner"));
        QVERIFY(!banner->isVisible());
        m_w.st.clock.advanceMs(16 * 60 * 1000);
        QTRY_VERIFY(banner->isVisible());
        QVERIFY2(banner->text().contains(QStringLiteral("Nothing has reached the New CRM for 16 minutes")),
                 qPrintable(banner->text()));
        QVERIFY(banner->text().contains(QStringLiteral("CRM upgrade tonight")));
        QVERIFY2(status().contains(QStringLiteral("New CRM")), qPrintable(status()));
        QCOMPARE(page()->raisedAlerts().size(), 1);
        auto *resume = m_w.find<QPushButton>(QStringLiteral("resumeButton_new"));
        QVERIFY(resume->isVisible());
        QTest::keyClick(m_w.window.get(), Qt::Key_N, Qt::AltModifier); // "Resume the &new CRM"
        QTRY_COMPARE(row(eventId, Crm::New).state, OutboxState::Delivered);
        QTRY_COMPARE(label(QStringLiteral("stateLabel_new")), QStringLiteral("Delivering"));
        QTRY_VERIFY(!resume->isVisible());
        QCOMPARE(audit(QStringLiteral("sync.resume")).size(), 1);
        QTRY_VERIFY(!banner->isVisible());
        QCOMPARE(page()->raisedAlerts().size(), 1); // no repeats
    }
};

QTEST_MAIN(TestSyncPage)
#include "TestSyncPage.moc"
