// Spare approval: the role matrix enforced by ApprovalService itself, reasons, one decision per request, and
// decisions taken in the new CRM (ServiceChanges) shown like local ones and forwarded to the legacy CRM.
#include "ServiceFixture.h"

#include "app/services/ApprovalService.h"
#include "app/services/PartRequestService.h"
#include "app/services/ServiceChanges.h"
#include "app/storage/ComplaintStore.h"

#include <QTranslator>
#include <QtTest>

using namespace fb;
using namespace fb::test;

class TestApprovalRoles : public QObject
{
    Q_OBJECT

    ServiceStation m_st;
    QString m_complaint;
    QString m_request;

    ApprovalService service() { return ApprovalService(m_st.db(), m_st.clock); }

private slots:
    void init()
    {
        QString why;
        QVERIFY2(m_st.open(&why), qPrintable(why));
        auto c = ComplaintService(m_st.db(), m_st.settings(), m_st.clock)
                     .registerComplaint(actorFor(Role::Technician), puneDraft());
        QVERIFY2(c.ok(), qPrintable(c.message()));
        m_complaint = c->number;
        auto pr = PartRequestService(m_st.db(), m_st.settings(), m_st.clock, m_st.dataDir())
                      .create(actorFor(Role::Technician), m_complaint,
                              {PartLineDraft{QStringLiteral("P-TV-PANEL32"), 1, {QStringLiteral("PNL-32-0001")}},
                               PartLineDraft{QStringLiteral("P-TV-REMOTE"), 2, {}}});
        QVERIFY2(pr.ok(), qPrintable(pr.message()));
        m_request = pr->number;
    }

    void roleMatrix_data()
    {
        QTest::addColumn<Role>("role");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("warehouse refused") << Role::Warehouse << false;
        QTest::newRow("technician refused") << Role::Technician << false;
        QTest::newRow("admin refused") << Role::Admin << false;
        QTest::newRow("supervisor allowed") << Role::Supervisor << true;
    }

    void roleMatrix()
    {
        QFETCH(Role, role);
        QFETCH(bool, allowed);
        auto queue = service().pendingQueue(actorFor(role));
        QCOMPARE(queue.ok(), allowed);
        for (SpareDecision decision : {SpareDecision::Approve, SpareDecision::Reject}) {
            auto r = service().decide(actorFor(role), m_request, decision, QStringLiteral("Checked on site"));
            if (!allowed) {
                QVERIFY(!r.ok());
                QCOMPARE(r.error().code, QStringLiteral("auth.forbidden"));
                QVERIFY(r.message().contains(u"Supervisor"));
            }
        }
        const int decided = m_st.count(QStringLiteral("SELECT COUNT(*) FROM approvals"));
        QCOMPARE(decided, allowed ? 1 : 0);
        QCOMPARE(m_st.outboxCount(QStringLiteral("spare.decided")), allowed ? 2 : 0);
        // Logged-out (no operator) is refused too.
        QCOMPARE(service().decide(Actor{}, m_request, SpareDecision::Approve, QStringLiteral("x")).error().code,
                 QStringLiteral("auth.not_logged_in"));
    }

    void queueShowsTheComplaintsContext()
    {
        m_st.clock.advanceMs(2LL * 86400 * 1000);
        auto queue = service().pendingQueue(actorFor(Role::Supervisor));
        QVERIFY2(queue.ok(), qPrintable(queue.message()));
        QCOMPARE(queue->size(), 1);
        const ApprovalQueueItem &item = queue->first();
        QCOMPARE(item.request.number, m_request);
        QCOMPARE(item.complaint.number, m_complaint);
        QCOMPARE(item.complaint.serial, kDispatched36);
        QCOMPARE(item.complaint.callType, QStringLiteral("REPAIR"));
        QCOMPARE(item.pricePaise, 620000 + 2 * 45000);
        QCOMPARE(item.ageDays, 2);
    }

    void decisionsNeedAReasonAndHappenOnce()
    {
        auto noReason =
            service().decide(actorFor(Role::Supervisor), m_request, SpareDecision::Reject, QStringLiteral("  "));
        QCOMPARE(noReason.error().code, QStringLiteral("approval.reason_empty"));
        QCOMPARE(noReason.error().field, QStringLiteral("reason"));
        auto approved = service().decide(actorFor(Role::Supervisor), m_request.toLower(), SpareDecision::Approve,
                                         QStringLiteral("Panel cracked, photo seen"));
        QVERIFY2(approved.ok(), qPrintable(approved.message()));
        QCOMPARE(approved->decision, QStringLiteral("APPROVED"));
        QCOMPARE(approved->source, QStringLiteral("local"));
        auto again =
            service().decide(actorFor(Role::Supervisor), m_request, SpareDecision::Reject, QStringLiteral("Oops"));
        QCOMPARE(again.error().code, QStringLiteral("approval.not_pending"));
        QVERIFY(service().pendingQueue(actorFor(Role::Supervisor))->isEmpty());
        const QJsonObject data = m_st.lastEvent(QStringLiteral("spare.decided")).value(u"data").toObject();
        QCOMPARE(data.value(u"decision").toString(), QStringLiteral("APPROVED"));
        QCOMPARE(data.value(u"decided_by").toString(), QStringLiteral("S001"));
        QCOMPARE(data.value(u"decided_in").toString(), QStringLiteral("floorbridge"));
        QCOMPARE(data.value(u"complaint_no").toString(), m_complaint);
    }

    void refusalsNameTheStatusInTheOperatorsLanguage()
    {
        QVERIFY(service()
                    .decide(actorFor(Role::Supervisor), m_request, SpareDecision::Approve, QStringLiteral("Seen"))
                    .ok());
        QTranslator hindi;
        QVERIFY(hindi.load(QStringLiteral(":/i18n/floorbridge_hi.qm")));
        QCoreApplication::installTranslator(&hindi);
        auto again =
            service().decide(actorFor(Role::Supervisor), m_request, SpareDecision::Reject, QStringLiteral("Oops"));
        QCoreApplication::removeTranslator(&hindi);
        QCOMPARE(again.error().code, QStringLiteral("approval.not_pending"));
        // A Hindi sentence with "APPROVED" in it reads as a code; the status is said in Hindi like the rest.
        QVERIFY2(!again.message().contains(QStringLiteral("APPROVED")), qPrintable(again.message()));
        const QString approvedInHindi = hindi.translate("fb::Service", "Approved");
        QVERIFY(!approvedInHindi.isEmpty());
        QVERIFY2(again.message().contains(approvedInHindi), qPrintable(again.message()));
    }

    void decisionFromTheCrmIsPulledBack()
    {
        ServiceChanges changes(m_st.db(), m_st.clock);
        const QJsonArray items{
            QJsonObject{{QStringLiteral("id"), QStringLiteral("CHG-1")},
                        {QStringLiteral("entity"), QStringLiteral("spare_request")},
                        {QStringLiteral("ref"), m_request},
                        {QStringLiteral("status"), QStringLiteral("APPROVED")},
                        {QStringLiteral("reason"), QStringLiteral("Approved by regional manager")},
                        {QStringLiteral("by"), QStringLiteral("RM-WEST")},
                        {QStringLiteral("updated_at"), QStringLiteral("2025-09-25T18:00:00+05:30")}},
            QJsonObject{{QStringLiteral("id"), QStringLiteral("CHG-2")},
                        {QStringLiteral("entity"), QStringLiteral("spare_request")},
                        {QStringLiteral("ref"), QStringLiteral("PR-2025-09-25-1999")},
                        {QStringLiteral("status"), QStringLiteral("APPROVED")}},
        };
        auto applied = changes.apply(items, QStringLiteral("2025-09-25T18:00:00+05:30"));
        QVERIFY2(applied.ok(), qPrintable(applied.message()));
        QCOMPARE(applied->applied, 1);
        QCOMPARE(applied->skipped, 1); // unknown request: skipped, not fatal
        QCOMPARE(changes.cursor(), QStringLiteral("2025-09-25T18:00:00+05:30"));

        auto history = service().history(actorFor(Role::Technician), m_request);
        QVERIFY(history.ok());
        QCOMPARE(history->size(), 1);
        QCOMPARE(history->first().source, QStringLiteral("crm"));
        QCOMPARE(history->first().decidedBy, QStringLiteral("RM-WEST"));
        // Shown like a local decision; a supervisor here can no longer decide it.
        auto local =
            service().decide(actorFor(Role::Supervisor), m_request, SpareDecision::Reject, QStringLiteral("No"));
        QCOMPARE(local.error().code, QStringLiteral("approval.not_pending"));
        QVERIFY(local.message().contains(u"new CRM"));
        // Forwarded to the legacy CRM only: the new CRM made it.
        QCOMPARE(m_st.count(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE event_type = 'spare.decided' AND crm = "
                                           "'legacy'")),
                 1);
        QCOMPARE(m_st.count(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE event_type = 'spare.decided' AND crm = "
                                           "'new'")),
                 0);
        // Pulling the same page again changes nothing.
        auto again = changes.apply(items, QStringLiteral("2025-09-25T18:00:00+05:30"));
        QCOMPARE(again->applied, 0);
        QCOMPARE(m_st.count(QStringLiteral("SELECT COUNT(*) FROM approvals")), 1);
    }

    void complaintStatusFromTheCrmIsShownButRulesHold()
    {
        ServiceChanges changes(m_st.db(), m_st.clock);
        auto applied =
            changes.apply(QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("CHG-3")},
                                                 {QStringLiteral("entity"), QStringLiteral("complaint")},
                                                 {QStringLiteral("ref"), m_complaint},
                                                 {QStringLiteral("status"), QStringLiteral("CLOSED")},
                                                 {QStringLiteral("notes"), QStringLiteral("Closed by call centre")}}},
                          QStringLiteral("2025-09-25T18:05:00+05:30"));
        QVERIFY2(applied.ok(), qPrintable(applied.message()));
        auto c = ComplaintStore(m_st.db()).complaint(m_complaint);
        QCOMPARE(c.value()->crmStatus, QStringLiteral("CLOSED"));
        // A part request is still open, so the local status does not jump to CLOSED.
        QCOMPARE(c.value()->status, ComplaintStatus::AwaitingParts);
        auto updates = ComplaintStore(m_st.db()).callUpdates(m_complaint);
        QCOMPARE(updates->last().source, QStringLiteral("crm"));
        QVERIFY(updates->last().notes.contains(u"Closed by call centre"));
    }
};

QTEST_GUILESS_MAIN(TestApprovalRoles)
#include "TestApprovalRoles.moc"
