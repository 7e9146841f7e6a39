// Spare approval by a supervisor, by keyboard: the queue with each request's complaint, approve one and reject one
// (a reason is required), decisions taken in the new CRM leave the queue and are listed as such; a technician never
// sees the page and the core refuses them anyway.
#include "ServiceGui.h"

#include "app/services/ApprovalService.h"
#include "app/services/PartRequestService.h"
#include "app/services/ServiceChanges.h"
#include "ui/approvals/ApprovalModels.h"
#include "ui/approvals/ApprovalsPage.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QTableView>

using namespace fb;
using namespace fb::test;

class TestApprovalPage : public QObject
{
    Q_OBJECT

    ServiceWindow m_w;
    QStringList m_requests;

    // A complaint (registered by the technician) with a part request on it; returns the request number.
    QString requestParts(const QString &serial, const QString &model, const PartLineDraft &line)
    {
        ComplaintDraft d = puneDraft(serial);
        d.model = model;
        ComplaintService complaints(m_w.st.db(), m_w.st.settings(), m_w.st.clock);
        auto c = complaints.registerComplaint(actorFor(Role::Technician), d);
        if (!c.ok())
            qFatal("register: %s", qPrintable(c.message()));
        PartRequestService parts(m_w.st.db(), m_w.st.settings(), m_w.st.clock, m_w.st.dataDir());
        auto r = parts.create(actorFor(Role::Technician), c->number, {line}, QStringLiteral("Customer waiting"));
        if (!r.ok())
            qFatal("part request: %s", qPrintable(r.message()));
        m_w.st.clock.advanceMs(60 * 1000);
        return r->number;
    }

    ApprovalsPage *page() const { return qobject_cast<ApprovalsPage *>(m_w.window->page(QStringLiteral("approvals"))); }
    QString status() const { return m_w.find<QLabel>(QStringLiteral("statusMessage"))->text(); }
    QList<Approval> history(const QString &number)
    {
        auto h = ApprovalService(m_w.st.db(), m_w.st.clock).history(actorFor(Role::Supervisor), number);
        return h.ok() ? h.value() : QList<Approval>{};
    }

private slots:
    void init()
    {
        QString why;
        QVERIFY2(m_w.open(&why), qPrintable(why));
        m_requests = {
            requestParts(kDispatched36, QString(), PartLineDraft{QStringLiteral("P-TV-REMOTE"), 1, {}}),
            requestParts(kDispatched43, QStringLiteral("CGSTV43-UHD"),
                         PartLineDraft{QStringLiteral("P-TV-MAINBRD"), 1, {QStringLiteral("MB-000123")}}),
        };
        m_w.show();
    }
    void cleanup() { m_w.window.reset(); }

    void supervisorApprovesOneAndRejectsOneByKeyboard()
    {
        m_w.logIn(QStringLiteral("S001"), QStringLiteral("2222"));
        ServiceWindow::key(Qt::Key_F6);
        QTRY_COMPARE(m_w.window->currentPage()->objectName(), QStringLiteral("approvalsPage"));
        auto *reason = m_w.find<QLineEdit>(QStringLiteral("decisionReasonLineEdit"));
        QTRY_VERIFY(reason->hasFocus());
        ApprovalQueueModel *queue = page()->queueModel();
        QCOMPARE(queue->rowCount(), 2);
        // Oldest first, each with its complaint's context.
        QCOMPARE(queue->data(queue->index(0, ApprovalQueueModel::RequestColumn)).toString(), m_requests.at(0));
        QCOMPARE(queue->data(queue->index(1, ApprovalQueueModel::SerialColumn)).toString(), kDispatched43);
        QVERIFY(queue->data(queue->index(1, ApprovalQueueModel::PartsColumn)).toString().contains(u"MB-000123"));
        QVERIFY(queue->data(queue->index(0, ApprovalQueueModel::CustomerColumn)).toString().contains(u"Meera Joshi"));
        auto *context = m_w.find<QLabel>(QStringLiteral("requestContextLabel"));
        QVERIFY(context->text().contains(m_requests.at(0)));
        QVERIFY(context->text().contains(QStringLiteral("CGSTV36-FHD")));

        m_w.snapshot(QStringLiteral("approvals-queue"));
        // Approve the first: reason, Ctrl+Enter.
        ServiceWindow::type(QStringLiteral("Remote lost in transit, under warranty"));
        ServiceWindow::key(Qt::Key_Return, Qt::ControlModifier);
        QTRY_COMPARE(queue->rowCount(), 1);
        QVERIFY2(status().contains(QStringLiteral("Approved %1").arg(m_requests.at(0))), qPrintable(status()));
        QCOMPARE(history(m_requests.at(0)).size(), 1);
        QCOMPARE(history(m_requests.at(0)).first().decision, QStringLiteral("APPROVED"));
        QCOMPARE(history(m_requests.at(0)).first().decidedBy, QStringLiteral("S001"));
        QCOMPARE(m_w.st.outboxCount(QStringLiteral("spare.decided")), 2); // both CRMs
        QVERIFY(reason->text().isEmpty());
        QVERIFY(reason->hasFocus());
        QVERIFY(context->text().contains(m_requests.at(1))); // the next one is selected

        // Reject without a reason: refused beside the reason, nothing leaves.
        ServiceWindow::key(Qt::Key_Return, Qt::ControlModifier | Qt::ShiftModifier);
        auto *refusal = m_w.find<QLabel>(QStringLiteral("decisionReasonMessage"));
        QTRY_VERIFY(refusal->text().contains(QStringLiteral("reason")));
        QCOMPARE(queue->rowCount(), 1);
        QVERIFY(history(m_requests.at(1)).isEmpty());
        ServiceWindow::type(QStringLiteral("Board not faulty per photos"));
        ServiceWindow::key(Qt::Key_Return, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_COMPARE(queue->rowCount(), 0);
        QVERIFY(refusal->text().isEmpty());
        QVERIFY2(status().contains(QStringLiteral("Rejected %1").arg(m_requests.at(1))), qPrintable(status()));
        QCOMPARE(history(m_requests.at(1)).first().decision, QStringLiteral("REJECTED"));
        QCOMPARE(page()->decisionsModel()->rowCount(), 2);
        QVERIFY(context->text().contains(QStringLiteral("Nothing is waiting")));
    }

    void decisionsTakenInTheCrmLeaveTheQueueMarkedAsSuch()
    {
        m_w.logIn(QStringLiteral("S001"), QStringLiteral("2222"));
        ServiceWindow::key(Qt::Key_F6);
        QTRY_COMPARE(page()->queueModel()->rowCount(), 2);
        // Down chooses the second request without leaving the reason field.
        ServiceWindow::key(Qt::Key_Down);
        QTRY_VERIFY(m_w.find<QLabel>(QStringLiteral("requestContextLabel"))->text().contains(m_requests.at(1)));
        QVERIFY(m_w.find<QLineEdit>(QStringLiteral("decisionReasonLineEdit"))->hasFocus());

        // The new CRM's web user approves the first one; sync pulls it.
        const QJsonObject change{{QStringLiteral("id"), QStringLiteral("CHG-1")},
                                 {QStringLiteral("entity"), QStringLiteral("spare_request")},
                                 {QStringLiteral("ref"), m_requests.at(0)},
                                 {QStringLiteral("status"), QStringLiteral("APPROVED")},
                                 {QStringLiteral("reason"), QStringLiteral("Approved on the web")},
                                 {QStringLiteral("by"), QStringLiteral("crm.priya")}};
        auto applied = ServiceChanges(m_w.st.db(), m_w.st.clock).apply(QJsonArray{change}, QStringLiteral("c1"));
        QVERIFY2(applied.ok(), qPrintable(applied.message()));
        QCOMPARE(applied->applied, 1);
        ServiceWindow::key(Qt::Key_R, Qt::ControlModifier); // refresh
        QTRY_COMPARE(page()->queueModel()->rowCount(), 1);
        QCOMPARE(page()->queueModel()->itemAt(0)->request.number, m_requests.at(1));
        DecisionsModel *decisions = page()->decisionsModel();
        QCOMPARE(decisions->rowCount(), 1);
        QCOMPARE(decisions->decisionAt(0)->approval.source, QStringLiteral("crm"));
        QVERIFY(decisions->data(decisions->index(0, DecisionsModel::WhereColumn)).toString().contains(u"new CRM"));
        QVERIFY(decisions->data(decisions->index(0, DecisionsModel::ByColumn)).toString().contains(u"crm.priya"));
        QVERIFY2(status().contains(QStringLiteral("new CRM")), qPrintable(status()));
    }

    void technicianDoesNotSeeThePageAndTheCoreRefusesThem()
    {
        m_w.logIn(QStringLiteral("T100"), QStringLiteral("1111"));
        auto *nav = m_w.find<QListWidget>(QStringLiteral("navigationList"));
        bool found = false;
        for (int i = 0; i < nav->count(); ++i) {
            if (nav->item(i)->data(Qt::UserRole).toString() == u"approvals") {
                found = true;
                QVERIFY(nav->item(i)->isHidden());
            }
        }
        QVERIFY(found);
        ServiceWindow::key(Qt::Key_F6);
        QCoreApplication::processEvents();
        QVERIFY(m_w.window->currentPage() != page());
        QCOMPARE(page()->queueModel()->rowCount(), 0); // nothing loaded for them either
        auto refused = ApprovalService(m_w.st.db(), m_w.st.clock).pendingQueue(m_w.window->actor());
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, QStringLiteral("auth.forbidden"));
    }
};

QTEST_MAIN(TestApprovalPage)
#include "TestApprovalPage.moc"
