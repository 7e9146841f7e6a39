// A supervisor's decision racing one pulled from the new CRM (issue 12, point 4), on a real station file with the pull
// on its own connection (as the fb-pull thread has it) against a real crm-sim over loopback: exactly one decision
// stands, the loser is told who decided and when and to reload, and the loser writes no audit entry and no outbox row.
#include "ServiceFixture.h"

#include "CrmSimProcess.h"
#include "app/services/ApprovalService.h"
#include "app/services/ComplaintService.h"
#include "app/services/PartRequestService.h"
#include "sync/pull/ChangesPuller.h"

#include <QNetworkAccessManager>
#include <QtTest>

using namespace fb;
using namespace fb::test;

class TestDecisionRace : public QObject
{
    Q_OBJECT

    CrmSimProcess m_sim;
    ServiceStation m_st;
    QNetworkAccessManager m_nam;
    std::unique_ptr<Database> m_pullDb; // the pull's own connection to the same file
    QString m_complaint;
    QString m_request;

    Result<PullReport> pull()
    {
        ChangesPuller puller(*m_pullDb, m_nam, m_sim.newUrl(), CrmSimProcess::newToken(), m_st.clock);
        return puller.pullChangesNow();
    }
    int audits(const QString &action)
    {
        return m_st.count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = ?"), {action});
    }

private slots:
    void initTestCase() { QVERIFY2(m_sim.start(), qPrintable(m_sim.errorString())); }

    void init()
    {
        QVERIFY(m_sim.reset());
        m_pullDb.reset();
        QString why;
        QVERIFY2(m_st.open(&why), qPrintable(why));
        auto c = ComplaintService(m_st.db(), m_st.settings(), m_st.clock)
                     .registerComplaint(actorFor(Role::Technician), puneDraft());
        QVERIFY2(c.ok(), qPrintable(c.message()));
        m_complaint = c->number;
        auto pr = PartRequestService(m_st.db(), m_st.settings(), m_st.clock, m_st.dataDir())
                      .create(actorFor(Role::Technician), m_complaint,
                              {PartLineDraft{QStringLiteral("P-TV-MAINBRD"), 1, {QStringLiteral("MB-NEW-0042")}}});
        QVERIFY2(pr.ok(), qPrintable(pr.message()));
        m_request = pr->number;
        auto opened = Database::open(m_st.db().path(), Database::Mode::Migrate, QStringLiteral("race-pull"));
        QVERIFY2(opened.ok(), qPrintable(opened.message()));
        m_pullDb = std::move(opened).value();
    }

    void cleanup() { m_pullDb.reset(); }

    void theNewCrmDecidesFirstAndTheSupervisorIsToldSo()
    {
        ApprovalService approvals(m_st.db(), m_st.clock);
        // The supervisor has the queue open with the request in it…
        auto queue = approvals.pendingQueue(actorFor(Role::Supervisor));
        QVERIFY(queue.ok());
        QCOMPARE(queue->size(), 1);
        // … when the regional manager approves it in the new CRM and the pull brings that in.
        QVERIFY(m_sim.addChanges(
            QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("CHG-R1")},
                                   {QStringLiteral("entity"), QStringLiteral("spare_request")},
                                   {QStringLiteral("ref"), m_request},
                                   {QStringLiteral("status"), QStringLiteral("APPROVED")},
                                   {QStringLiteral("reason"), QStringLiteral("Under warranty")},
                                   {QStringLiteral("by"), QStringLiteral("RM-WEST")},
                                   {QStringLiteral("updated_at"), QStringLiteral("2025-09-25T18:05:00+05:30")}}}));
        auto pulled = pull();
        QVERIFY2(pulled.ok(), qPrintable(pulled.message()));
        QCOMPARE(pulled->applied, 1);

        const int outboxBefore = m_st.count(QStringLiteral("SELECT COUNT(*) FROM outbox"));
        const int auditBefore = m_st.count(QStringLiteral("SELECT COUNT(*) FROM audit_log"));
        // The supervisor's reject, from the stale queue, loses — and says to whom, when, and what to do.
        auto late = approvals.decide(actorFor(Role::Supervisor), m_request, SpareDecision::Reject,
                                     QStringLiteral("Covered by the dealer"));
        QVERIFY(!late.ok());
        QCOMPARE(late.error().code, QStringLiteral("approval.not_pending"));
        const QString expected =
            QStringLiteral("%1 was already approved by the new CRM (RM-WEST) at 2025-09-25T18:05:00+05:30; reload")
                .arg(m_request);
        QVERIFY2(late.message().startsWith(expected), qPrintable(late.message()));
        // Exactly one decision; the loser wrote nothing anywhere.
        QCOMPARE(m_st.count(QStringLiteral("SELECT COUNT(*) FROM approvals WHERE request_number = ?"), {m_request}), 1);
        QCOMPARE(m_st.count(QStringLiteral("SELECT COUNT(*) FROM outbox")), outboxBefore);
        QCOMPARE(m_st.count(QStringLiteral("SELECT COUNT(*) FROM audit_log")), auditBefore);
        QCOMPARE(audits(QStringLiteral("spare.decide")), 0);
        QCOMPARE(audits(QStringLiteral("spare.decide.crm")), 1);
        QCOMPARE(m_st.outboxCount(QStringLiteral("spare.decided")), 1); // the legacy CRM hears of the CRM's decision
        auto after = PartRequestService(m_st.db(), m_st.settings(), m_st.clock, m_st.dataDir())
                         .get(actorFor(Role::Technician), m_request);
        QCOMPARE(after->status, PartRequestStatus::Approved);
    }

    void theSupervisorDecidesFirstAndTheCrmsDecisionIsNotApplied()
    {
        ApprovalService approvals(m_st.db(), m_st.clock);
        auto mine = approvals.decide(actorFor(Role::Supervisor), m_request, SpareDecision::Approve,
                                     QStringLiteral("Panel cracked, photo seen"));
        QVERIFY2(mine.ok(), qPrintable(mine.message()));
        const int outboxBefore = m_st.count(QStringLiteral("SELECT COUNT(*) FROM outbox"));
        QVERIFY(m_sim.addChanges(
            QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("CHG-R2")},
                                   {QStringLiteral("entity"), QStringLiteral("spare_request")},
                                   {QStringLiteral("ref"), m_request},
                                   {QStringLiteral("status"), QStringLiteral("REJECTED")},
                                   {QStringLiteral("reason"), QStringLiteral("Not covered")},
                                   {QStringLiteral("by"), QStringLiteral("RM-WEST")},
                                   {QStringLiteral("updated_at"), QStringLiteral("2025-09-25T18:06:00+05:30")}}}));
        auto pulled = pull();
        QVERIFY2(pulled.ok(), qPrintable(pulled.message()));
        QCOMPARE(pulled->applied, 0);
        QCOMPARE(pulled->skipped, 1);
        QCOMPARE(m_st.count(QStringLiteral("SELECT COUNT(*) FROM approvals WHERE request_number = ?"), {m_request}), 1);
        QCOMPARE(audits(QStringLiteral("spare.decide.crm")), 0);
        QCOMPARE(m_st.count(QStringLiteral("SELECT COUNT(*) FROM outbox")), outboxBefore);
        auto after = PartRequestService(m_st.db(), m_st.settings(), m_st.clock, m_st.dataDir())
                         .get(actorFor(Role::Technician), m_request);
        QCOMPARE(after->status, PartRequestStatus::Approved);
    }

    void aCallUpdateOnAStatusTheCrmChangedIsRefused()
    {
        ComplaintService complaints(m_st.db(), m_st.settings(), m_st.clock);
        auto shown = complaints.details(actorFor(Role::Technician), m_complaint);
        QVERIFY(shown.ok());
        QCOMPARE(shown->complaint.status, ComplaintStatus::AwaitingParts);
        // The new CRM moves the complaint back to VISITED while the technician's dialog is open.
        QVERIFY(m_sim.addChanges(
            QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("CHG-R3")},
                                   {QStringLiteral("entity"), QStringLiteral("complaint")},
                                   {QStringLiteral("ref"), m_complaint},
                                   {QStringLiteral("status"), QStringLiteral("VISITED")},
                                   {QStringLiteral("notes"), QStringLiteral("Revisit ordered")},
                                   {QStringLiteral("by"), QStringLiteral("RM-WEST")},
                                   {QStringLiteral("updated_at"), QStringLiteral("2025-09-25T18:07:00+05:30")}}}));
        auto pulled = pull();
        QVERIFY2(pulled.ok(), qPrintable(pulled.message()));
        QCOMPARE(pulled->applied, 1);
        const int outboxBefore = m_st.count(QStringLiteral("SELECT COUNT(*) FROM outbox"));
        const int updatesBefore = m_st.count(QStringLiteral("SELECT COUNT(*) FROM call_updates"));
        ComplaintChange change{std::nullopt, QStringLiteral("Waiting for the board"), ComplaintStatus::AwaitingParts};
        auto late = complaints.update(actorFor(Role::Technician), m_complaint, change);
        QVERIFY(!late.ok());
        QCOMPARE(late.error().code, QStringLiteral("complaint.conflict"));
        QVERIFY2(late.message().startsWith(
                     QStringLiteral("%1 was already moved to visited by the new CRM at ").arg(m_complaint)),
                 qPrintable(late.message()));
        QVERIFY2(late.message().contains(QStringLiteral("reload")), qPrintable(late.message()));
        QCOMPARE(m_st.count(QStringLiteral("SELECT COUNT(*) FROM outbox")), outboxBefore);
        QCOMPARE(m_st.count(QStringLiteral("SELECT COUNT(*) FROM call_updates")), updatesBefore);
        QCOMPARE(audits(QStringLiteral("complaint.update")), 0);
    }
};

QTEST_GUILESS_MAIN(TestDecisionRace)
#include "TestDecisionRace.moc"
