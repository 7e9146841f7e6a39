// The service desk end to end against a real crm-sim, delivered by the real sync engine: register → part request →
// approval made in the new CRM and pulled back → part updates with documents → return order → close. Both CRMs
// must receive every event, in order per complaint, and the legacy CRM must accept every payload as valid.
#include "ServiceFixture.h"

#include "CrmSimProcess.h"
#include "MemoryCredentials.h"
#include "app/services/ApprovalService.h"
#include "app/services/PartRequestService.h"
#include "app/services/ReturnOrderService.h"
#include "sync/SyncEngine.h"
#include "sync/pull/ChangesPuller.h"

#include <QNetworkAccessManager>
#include <QtTest>

using namespace fb;
using namespace fb::test;

namespace {

const QByteArray kPdf = QByteArrayLiteral("%PDF-1.4\n% delivery challan\n");
const QByteArray kPng = QByteArrayLiteral("\x89PNG\r\n\x1a\n fitted board");

} // namespace

class TestServiceEndToEnd : public QObject
{
    Q_OBJECT

    CrmSimProcess m_sim;
    ServiceStation m_st;
    MemoryCredentials m_credentials;
    std::unique_ptr<SyncEngine> m_engine;

    int undelivered() { return m_st.count(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE state <> 'DELIVERED'")); }
    int received(CrmSimProcess::Target crm, const QString &path) { return int(m_sim.received(crm, path).size()); }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_sim.start(), qPrintable(m_sim.errorString()));
        QString why;
        QVERIFY2(m_st.open(&why), qPrintable(why));
        const QList<std::pair<QString, QString>> values{
            {QStringLiteral("crm.legacy.url"), m_sim.legacyUrl().toString()},
            {QStringLiteral("crm.new.url"), m_sim.newUrl().toString()},
            {QStringLiteral("sync.backoff.base_ms"), QStringLiteral("50")},
            {QStringLiteral("sync.backoff.cap_ms"), QStringLiteral("200")},
            {QStringLiteral("sync.timeout_ms"), QStringLiteral("3000")},
            {QStringLiteral("sync.poll_ms"), QStringLiteral("100")},
        };
        for (const auto &[key, value] : values)
            QVERIFY(m_st.settings().setValue(key, value).ok());
        m_credentials.tokens.insert(int(Crm::Legacy), CrmSimProcess::legacyToken());
        m_credentials.tokens.insert(int(Crm::New), CrmSimProcess::newToken());
        m_engine = std::make_unique<SyncEngine>(m_st.db().path(), m_st.settings(), m_credentials, m_st.clock);
        Status started = m_engine->start();
        QVERIFY2(started.ok(), qPrintable(started.message()));
    }

    void cleanupTestCase() { m_engine.reset(); }

    void serviceMasterDataIsPulledFromTheNewCrm()
    {
        // A part the fixture does not know, added in the new CRM, arrives with the pull.
        QVERIFY(m_sim.upsertMasterData(
            QStringLiteral("parts"), QJsonArray{QJsonObject{{QStringLiteral("code"), QStringLiteral("P-TV-SPEAKER")},
                                                            {QStringLiteral("name"), QStringLiteral("TV speaker pair")},
                                                            {QStringLiteral("class"), QStringLiteral("B")},
                                                            {QStringLiteral("price"), 780}}}));
        QNetworkAccessManager nam;
        ChangesPuller puller(m_st.db(), nam, m_sim.newUrl(), CrmSimProcess::newToken(), m_st.clock);
        for (const QString &resource : ChangesPuller::serviceResources()) {
            auto report = puller.pullMasterDataNow(resource);
            QVERIFY2(report.ok(), qPrintable(report.message()));
            QVERIFY(report->applied > 0);
        }
        const auto speaker = ServiceMasterStore(m_st.db()).part(QStringLiteral("P-TV-SPEAKER"));
        QVERIFY(speaker);
        QCOMPARE(speaker->pricePaise, 78000);
        QCOMPARE(ServiceMasterStore(m_st.db()).callTypes().size(), 4);
        // Nothing newer: the stored cursor brings nothing back.
        auto again = puller.pullMasterDataNow(QStringLiteral("parts"));
        QVERIFY2(again.ok(), qPrintable(again.message()));
        QCOMPARE(again->applied, 0);
    }

    void complaintRunsFromRegistrationToClosure()
    {
        const Actor tech = actorFor(Role::Technician);
        ComplaintService complaints(m_st.db(), m_st.settings(), m_st.clock);
        PartRequestService parts(m_st.db(), m_st.settings(), m_st.clock, m_st.dataDir());

        // 1. Register.
        auto c = complaints.registerComplaint(tech, puneDraft());
        QVERIFY2(c.ok(), qPrintable(c.message()));
        const QString number = c->number;
        QVERIFY(complaints.update(tech, number, ComplaintChange{ComplaintStatus::Visited, QStringLiteral("Board dead")})
                    .ok());

        // 2. Part request (class A, with the new board's serial).
        auto pr = parts.create(tech, number,
                               {PartLineDraft{QStringLiteral("P-TV-MAINBRD"), 1, {QStringLiteral("MB-NEW-0042")}}});
        QVERIFY2(pr.ok(), qPrintable(pr.message()));
        m_engine->wake();
        QTRY_COMPARE_WITH_TIMEOUT(received(CrmSimProcess::Crm::New, QStringLiteral("/api/v2/part-requests")), 1, 15000);

        // 3. A regional manager approves it in the new CRM; the station pulls the decision back.
        QVERIFY(m_sim.addChanges(QJsonArray{QJsonObject{{QStringLiteral("entity"), QStringLiteral("spare_request")},
                                                        {QStringLiteral("ref"), pr->number},
                                                        {QStringLiteral("status"), QStringLiteral("APPROVED")},
                                                        {QStringLiteral("reason"), QStringLiteral("Under warranty")},
                                                        {QStringLiteral("by"), QStringLiteral("RM-WEST")}}}));
        QNetworkAccessManager nam;
        ChangesPuller puller(m_st.db(), nam, m_sim.newUrl(), CrmSimProcess::newToken(), m_st.clock);
        auto pulled = puller.pullChangesNow();
        QVERIFY2(pulled.ok(), qPrintable(pulled.message()));
        QCOMPARE(pulled->applied, 1);
        auto approved = parts.get(tech, pr->number);
        QCOMPARE(approved->status, PartRequestStatus::Approved);
        QCOMPARE(approved->decisionSource, QStringLiteral("crm"));
        auto history = ApprovalService(m_st.db(), m_st.clock).history(tech, pr->number);
        QCOMPARE(history->size(), 1);
        QCOMPARE(history->first().decidedBy, QStringLiteral("RM-WEST"));
        // Pulling again: the cursor moved on, nothing is applied twice.
        QCOMPARE(puller.pullChangesNow()->applied, 0);

        // 4. Part updates with documents.
        QVERIFY(!parts.update(tech, pr->number, PartAction::Issued, {}).ok()); // the document is required
        auto issued =
            parts.update(tech, pr->number, PartAction::Issued, {DocumentInput{QStringLiteral("challan.pdf"), kPdf}});
        QVERIFY2(issued.ok(), qPrintable(issued.message()));
        auto consumed =
            parts.update(tech, pr->number, PartAction::Consumed, {DocumentInput{QStringLiteral("fitted.png"), kPng}});
        QVERIFY2(consumed.ok(), qPrintable(consumed.message()));

        // 5. Return the defective board.
        auto ro = ReturnOrderService(m_st.db(), m_st.settings(), m_st.clock)
                      .create(tech, number, pr->number,
                              {ReturnLineDraft{ReturnKind::Part, QStringLiteral("P-TV-MAINBRD"),
                                               QStringLiteral("MB-OLD-0007"), 1}},
                              QStringLiteral("Burnt regulator"));
        QVERIFY2(ro.ok(), qPrintable(ro.message()));

        // 6. Resolve and close.
        QVERIFY(complaints
                    .update(tech, number, ComplaintChange{ComplaintStatus::Resolved, QStringLiteral("Board replaced")})
                    .ok());
        auto closed =
            complaints.update(tech, number, ComplaintChange{ComplaintStatus::Closed, QStringLiteral("Signed off")});
        QVERIFY2(closed.ok(), qPrintable(closed.message()));

        // Everything reaches both CRMs.
        m_engine->wake();
        QTRY_COMPARE_WITH_TIMEOUT(undelivered(), 0, 30000);
        using C = CrmSimProcess::Crm;
        QCOMPARE(received(C::Legacy, QStringLiteral("/api/service/complaints")), 1);
        QCOMPARE(received(C::New, QStringLiteral("/api/v2/complaints")), 1);
        // visited, awaiting parts (with the request), resolved, closed
        QCOMPARE(received(C::Legacy, QStringLiteral("/api/service/complaints/update")), 4);
        QCOMPARE(received(C::New, QStringLiteral("/api/v2/complaints/updates")), 4);
        QCOMPARE(received(C::Legacy, QStringLiteral("/api/service/part-requests")), 1);
        QCOMPARE(received(C::Legacy, QStringLiteral("/api/service/part-requests/update")), 2);
        QCOMPARE(received(C::New, QStringLiteral("/api/v2/part-requests/updates")), 2);
        // The decision was the new CRM's: only the legacy CRM needed telling.
        QCOMPARE(received(C::Legacy, QStringLiteral("/api/service/spare-approvals")), 1);
        QCOMPARE(received(C::New, QStringLiteral("/api/v2/spare-decisions")), 0);
        QCOMPARE(received(C::Legacy, QStringLiteral("/api/service/return-orders")), 1);
        QCOMPARE(received(C::New, QStringLiteral("/api/v2/return-orders")), 1);
        // Every legacy payload was valid (the simulator validates each against its schema).
        QCOMPARE(m_sim.stats(C::Legacy).value(u"rejected").toInt(), 0);
        QCOMPARE(m_sim.stats(C::New).value(u"rejected").toInt(), 0);

        const QJsonObject decision = m_sim.received(C::Legacy, QStringLiteral("/api/service/spare-approvals"))
                                         .first()
                                         .toObject()
                                         .value(u"body")
                                         .toObject();
        QCOMPARE(decision.value(u"decided_in").toString(), QStringLiteral("new_crm"));
        QCOMPARE(decision.value(u"decided_by").toString(), QStringLiteral("RM-WEST"));
        const QJsonObject update = m_sim.received(C::Legacy, QStringLiteral("/api/service/part-requests/update"))
                                       .first()
                                       .toObject()
                                       .value(u"body")
                                       .toObject();
        QCOMPARE(update.value(u"documents").toArray().first().toObject().value(u"mime").toString(),
                 QStringLiteral("application/pdf"));

        // In order per complaint: the legacy CRM saw registration first and closure last.
        const QJsonArray all = m_sim.received(C::Legacy);
        QStringList actions;
        for (const auto &v : all) {
            const QJsonObject body = v.toObject().value(u"body").toObject();
            if (body.value(u"request_id").toString() == number || body.value(u"complaint_no").toString() == number)
                actions << body.value(u"action").toString() + u':' + body.value(u"status").toString();
        }
        QCOMPARE(actions.first(), QStringLiteral("REGISTER:"));
        QCOMPARE(actions.last(), QStringLiteral("CALL_UPDATE:CLOSED"));
        QCOMPARE(actions.indexOf(QStringLiteral("PART_REQUEST:PENDING")) <
                     actions.indexOf(QStringLiteral("SPARE_DECISION:")),
                 true);
    }

    void legacyCrmRejectsAMalformedServicePayload()
    {
        // The simulator really validates: a part request without its parts is refused with the field named.
        const auto reply = m_sim.call(CrmSimProcess::Crm::Legacy, "POST", QStringLiteral("/api/service/part-requests"),
                                      QByteArrayLiteral("{\"request_id\":\"PR-X\"}"), QStringLiteral("bad-payload-1"));
        QCOMPARE(reply.status, 422);
    }
};

QTEST_GUILESS_MAIN(TestServiceEndToEnd)
#include "TestServiceEndToEnd.moc"
