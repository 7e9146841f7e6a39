// Pulls on the Sync page (F7) against crm-sim over loopback, offscreen, by keyboard: the Pulls section lists every
// resource (never pulled, on demand only); Ctrl+Shift+P pulls, and the section shows when each was pulled, what it
// brought and no error, and says so in the status line; with the new CRM down it shows the error per resource; a
// technician may pull too; what was pulled is still shown by a window that runs no schedule (after a restart). A pull
// that brought something refreshes the Approvals page (a decision taken in the new CRM leaves the queue at once) and
// the Generate page (a product added in the CRM is in its list).
#include "CrmSimProcess.h"
#include "MemoryCredentials.h"
#include "ServiceGui.h"

#include "app/services/PartRequestService.h"
#include "sync/pull/PullScheduler.h"
#include "ui/approvals/ApprovalModels.h"
#include "ui/approvals/ApprovalsPage.h"
#include "ui/sync/PullStatusModel.h"

#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QTableView>

using namespace fb;
using namespace fb::test;

class TestSyncPulls : public QObject
{
    Q_OBJECT

    CrmSimProcess m_sim;
    ServiceWindow m_w;
    MemoryCredentials m_credentials;
    std::unique_ptr<PullScheduler> m_pulls;

    void showWindow(PullControl *pulls)
    {
        m_w.show([&](AppServices &services) {
            services.credentials = &m_credentials;
            services.pulls = pulls;
        });
    }
    void openSyncPage(const QString &code, const QString &pin)
    {
        m_w.logIn(code, pin);
        ServiceWindow::key(Qt::Key_F7);
        QTRY_COMPARE(m_w.window->currentPage()->objectName(), QStringLiteral("syncPage"));
    }
    PullStatusModel *model() const
    {
        return qobject_cast<PullStatusModel *>(m_w.find<QTableView>(QStringLiteral("pullStatusView"))->model());
    }
    QString cell(const QString &resource, int column) const
    {
        PullStatusModel *m = model();
        return m->data(m->index(m->rowOf(resource), column)).toString();
    }
    QString label(const QString &name) const { return m_w.find<QLabel>(name)->text(); }
    int total(const QString &resource)
    {
        return m_sim.call(Crm::New, "GET", QStringLiteral("/api/v2/%1?page=1&page_size=500").arg(resource))
            .json()
            .object()
            .value(QStringLiteral("total"))
            .toInt();
    }
    void pullAndWait()
    {
        QSignalSpy finished(m_pulls.get(), &PullScheduler::pullFinished);
        QVERIFY(m_pulls->pullNow().ok());
        QVERIFY(finished.wait(15000));
    }

private slots:
    void initTestCase() { QVERIFY2(m_sim.start(), qPrintable(m_sim.errorString())); }

    void init()
    {
        QVERIFY(m_sim.reset());
        QString why;
        QVERIFY2(m_w.open(&why), qPrintable(why));
        // On demand only: every pull in these tests is one somebody asked for.
        for (const auto &[key, value] :
             QList<std::pair<QString, QString>>{{QStringLiteral("crm.new.url"), m_sim.newUrl().toString()},
                                                {QStringLiteral("sync.timeout_ms"), QStringLiteral("3000")},
                                                {PullSettings::changesKey(), QStringLiteral("0")},
                                                {PullSettings::masterDataKey(), QStringLiteral("0")}})
            QVERIFY(m_w.st.settings().setValue(key, value).ok());
        m_credentials.tokens = {{int(Crm::New), CrmSimProcess::newToken()}};
        m_pulls = std::make_unique<PullScheduler>(m_w.st.db().path(), m_w.st.settings(), m_credentials, m_w.st.clock);
        m_pulls->setTickMs(20);
        QVERIFY(m_pulls->start().ok());
        showWindow(m_pulls.get());
    }

    void cleanup()
    {
        m_w.window.reset();
        m_pulls.reset();
        QVERIFY(m_sim.clearFaults(Crm::New));
    }

    void pullNowByItsKeyFillsThePullsSection()
    {
        openSyncPage(QStringLiteral("A001"), QStringLiteral("1234"));
        PullStatusModel *m = model();
        QCOMPARE(m->rowCount(), int(pullResources().size()));
        for (const QString &resource : pullResources()) {
            QCOMPARE(cell(resource, PullStatusModel::LastPullColumn), QStringLiteral("never"));
            QCOMPARE(cell(resource, PullStatusModel::NextColumn), QStringLiteral("on demand"));
        }
        QCOMPARE(cell(QStringLiteral("model-regions"), PullStatusModel::ResourceColumn),
                 QStringLiteral("Model regions"));
        QVERIFY2(label(QStringLiteral("pullStateLabel")).contains(QStringLiteral("on demand only")),
                 qPrintable(label(QStringLiteral("pullStateLabel"))));
        QVERIFY(
            m_w.find<QPushButton>(QStringLiteral("pullNowButton"))->text().contains(QStringLiteral("Ctrl+Shift+P")));
        m_w.snapshot(QStringLiteral("sync-pulls-never"));

        // The key, wherever the focus is on the page.
        QTRY_VERIFY(m_w.find<QTableView>(QStringLiteral("failedQueueView"))->hasFocus());
        ServiceWindow::key(Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY_WITH_TIMEOUT(
            label(QStringLiteral("pullMessage")).startsWith(QStringLiteral("Pulled from the new CRM")), 15000);
        for (const QString &resource : pullResources()) {
            QCOMPARE(cell(resource, PullStatusModel::LastPullColumn),
                     QStringLiteral("17:00:00")); // the station's clock
            QCOMPARE(cell(resource, PullStatusModel::ErrorColumn), QString());
        }
        const int products = total(QStringLiteral("products"));
        QVERIFY(products > 0);
        QCOMPARE(cell(QStringLiteral("products"), PullStatusModel::BroughtColumn), QString::number(products));
        QCOMPARE(cell(QStringLiteral("parts"), PullStatusModel::BroughtColumn),
                 QString::number(total(QStringLiteral("parts"))));
        QCOMPARE(cell(changesResource(), PullStatusModel::BroughtColumn), QStringLiteral("0"));
        QVERIFY2(label(QStringLiteral("pullMessage")).contains(QStringLiteral("%1 products").arg(products)),
                 qPrintable(label(QStringLiteral("pullMessage"))));
        QVERIFY2(label(QStringLiteral("statusMessage")).startsWith(QStringLiteral("Pulled from the new CRM")),
                 qPrintable(label(QStringLiteral("statusMessage"))));
        m_w.snapshot(QStringLiteral("sync-pulls-done"));

        // The new CRM is down a minute later: the failure per resource, in words, and the last success kept.
        QVERIFY(m_sim.setFaults(Crm::New, QJsonObject{{QStringLiteral("outage"), true}}));
        m_w.st.clock.advanceMs(60 * 1000);
        ServiceWindow::key(Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY_WITH_TIMEOUT(label(QStringLiteral("pullMessage")).startsWith(QStringLiteral("Pull failed")), 15000);
        QVERIFY2(cell(QStringLiteral("products"), PullStatusModel::ErrorColumn).startsWith(QStringLiteral("HTTP 503")),
                 qPrintable(cell(QStringLiteral("products"), PullStatusModel::ErrorColumn)));
        QVERIFY(cell(changesResource(), PullStatusModel::ErrorColumn).startsWith(QStringLiteral("HTTP 503")));
        QVERIFY(
            model()
                ->data(model()->index(model()->rowOf(changesResource()), PullStatusModel::ErrorColumn), Qt::ToolTipRole)
                .toString()
                .startsWith(QStringLiteral("Pulling /api/v2/changes from the new CRM failed")));
        QCOMPARE(cell(QStringLiteral("products"), PullStatusModel::LastPullColumn), QStringLiteral("17:01:00"));
        QCOMPARE(cell(QStringLiteral("products"), PullStatusModel::BroughtColumn), QString::number(products));
        QVERIFY2(
            label(QStringLiteral("pullStateLabel")).contains(QStringLiteral("Changes failed (pulled on demand only)")),
            qPrintable(label(QStringLiteral("pullStateLabel"))));
        m_w.snapshot(QStringLiteral("sync-pulls-failed"));
    }

    void aTechnicianMayPullAndAWindowWithoutScheduleStillShowsThePulls()
    {
        openSyncPage(QStringLiteral("T100"), QStringLiteral("1111"));
        ServiceWindow::key(Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY_WITH_TIMEOUT(
            label(QStringLiteral("pullMessage")).startsWith(QStringLiteral("Pulled from the new CRM")), 15000);
        // Restart: a window that runs no schedule (another window on the station pulls) reads what is kept.
        m_w.window.reset();
        m_pulls.reset();
        showWindow(nullptr);
        openSyncPage(QStringLiteral("T100"), QStringLiteral("1111"));
        QCOMPARE(cell(QStringLiteral("products"), PullStatusModel::LastPullColumn), QStringLiteral("17:00:00"));
        QCOMPARE(cell(QStringLiteral("products"), PullStatusModel::BroughtColumn),
                 QString::number(total(QStringLiteral("products"))));
        QCOMPARE(cell(QStringLiteral("products"), PullStatusModel::NextColumn), QStringLiteral("not here"));
        QVERIFY(label(QStringLiteral("pullStateLabel")).contains(QStringLiteral("does not pull")));
        QVERIFY(!m_w.find<QPushButton>(QStringLiteral("pullNowButton"))->isEnabled());
    }

    void aPulledDecisionLeavesTheApprovalQueueAtOnce()
    {
        static_assert(ApprovalsPage::kRefreshMs > 5000, "QTRY's 5 s must not be the page's own refresh");
        const Actor tech = actorFor(Role::Technician);
        auto c = ComplaintService(m_w.st.db(), m_w.st.settings(), m_w.st.clock).registerComplaint(tech, puneDraft());
        QVERIFY2(c.ok(), qPrintable(c.message()));
        auto r = PartRequestService(m_w.st.db(), m_w.st.settings(), m_w.st.clock, m_w.st.dataDir())
                     .create(tech, c->number, {PartLineDraft{QStringLiteral("P-TV-REMOTE"), 1, {}}});
        QVERIFY2(r.ok(), qPrintable(r.message()));
        m_w.logIn(QStringLiteral("S001"), QStringLiteral("2222"));
        ServiceWindow::key(Qt::Key_F6);
        auto *page = qobject_cast<ApprovalsPage *>(m_w.window->page(QStringLiteral("approvals")));
        QTRY_COMPARE(page->queueModel()->rowCount(), 1);
        QVERIFY(m_sim.addChanges(QJsonArray{QJsonObject{{QStringLiteral("entity"), QStringLiteral("spare_request")},
                                                        {QStringLiteral("ref"), r->number},
                                                        {QStringLiteral("status"), QStringLiteral("APPROVED")},
                                                        {QStringLiteral("reason"), QStringLiteral("Under warranty")},
                                                        {QStringLiteral("by"), QStringLiteral("RM-WEST")}}}));
        pullAndWait(); // the window's schedule (or Pull now on the Sync page)
        QTRY_COMPARE(page->queueModel()->rowCount(), 0);
        QCOMPARE(page->decisionsModel()->rowCount(), 1);
        QCOMPARE(page->decisionsModel()->decisionAt(0)->approval.source, QStringLiteral("crm"));
        QVERIFY2(label(QStringLiteral("statusMessage")).contains(QStringLiteral("in the new CRM by RM-WEST")),
                 qPrintable(label(QStringLiteral("statusMessage"))));
    }

    void aPulledProductIsOfferedOnTheGeneratePage()
    {
        m_w.logIn(QStringLiteral("A001"), QStringLiteral("1234"));
        ServiceWindow::key(Qt::Key_F2);
        QTRY_COMPARE(m_w.window->currentPage()->objectName(), QStringLiteral("generatePage"));
        auto *products = m_w.window->currentPage()->findChild<QComboBox *>(QStringLiteral("productComboBox"));
        QVERIFY(products);
        QCOMPARE(products->findData(QStringLiteral("CGSTV99")), -1);
        QVERIFY(m_sim.upsertMasterData(QStringLiteral("products"),
                                       QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("900")},
                                                              {QStringLiteral("code"), QStringLiteral("CGSTV99")},
                                                              {QStringLiteral("name"), QStringLiteral("99 inch TV")},
                                                              {QStringLiteral("models"), QJsonArray{}},
                                                              {QStringLiteral("price"), 99999}}}));
        pullAndWait();
        QTRY_VERIFY(products->findData(QStringLiteral("CGSTV99")) >= 0);
    }
};

QTEST_MAIN(TestSyncPulls)
#include "TestSyncPulls.moc"
