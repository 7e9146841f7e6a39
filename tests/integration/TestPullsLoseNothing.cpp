// Pulls from a real crm-sim over loopback into a real station file (issue 12, point 3): an item changed in the
// middle of a pull is neither skipped nor lost, with many items sharing one updated_at across page boundaries; a
// change pulled twice is applied — and sent on to the legacy CRM — once; a page that cannot be read applies nothing
// and names the field; a CRM whose cursor never advances, or that has more pages than one pull follows, stops the pull
// with a message.
#include "ServiceFixture.h"

#include "CrmSimProcess.h"
#include "app/services/ComplaintService.h"
#include "app/storage/MasterDataStore.h"
#include "sync/pull/ChangesPuller.h"
#include "sync/pull/MasterDataPuller.h"

#include <QNetworkAccessManager>
#include <QtTest>

#include <optional>

using namespace fb;
using namespace fb::test;

namespace {

const QString kSameTime = QStringLiteral("2025-09-25T18:00:00+05:30");

QJsonObject change(const QString &id, const QString &complaint, const QString &notes,
                   const QString &updatedAt = kSameTime)
{
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("entity"), QStringLiteral("complaint")},
                       {QStringLiteral("ref"), complaint},
                       {QStringLiteral("status"), QStringLiteral("VISITED")},
                       {QStringLiteral("notes"), notes},
                       {QStringLiteral("by"), QStringLiteral("RM-WEST")},
                       {QStringLiteral("updated_at"), updatedAt}};
}

} // namespace

class TestPullsLoseNothing : public QObject
{
    Q_OBJECT

    CrmSimProcess m_sim;
    ServiceStation m_st;
    QNetworkAccessManager m_nam;
    QString m_complaint;

    // POST /__admin/pulls: page size, a change mid-pull, a malformed page or a stuck cursor for one resource.
    bool script(const QJsonObject &body)
    {
        return m_sim.adminPost(CrmSimProcess::Crm::New, QStringLiteral("/__admin/pulls"), body).status == 200;
    }

    // How many call updates the new CRM's changes made on the complaint with exactly these notes.
    int applied(const QString &notes)
    {
        return m_st.count(QStringLiteral("SELECT COUNT(*) FROM call_updates WHERE source = 'crm' AND notes LIKE ?"),
                          {QStringLiteral("%: ") + notes});
    }
    int legacyUpdates()
    {
        return m_st.count(
            QStringLiteral("SELECT COUNT(*) FROM outbox WHERE crm = 'legacy' AND event_type = 'complaint.updated' "
                           "AND payload LIKE '%CRM_STATUS%'"));
    }

    // Seven technicians with one updated_at, after everything the demo data has: page boundaries cut through them.
    bool addSevenTechniciansAtOneTime()
    {
        QJsonArray same;
        for (int i = 1; i <= 7; ++i)
            same.append(QJsonObject{{QStringLiteral("code"), QStringLiteral("T90%1").arg(i)},
                                    {QStringLiteral("name"), QStringLiteral("Tech %1").arg(i)},
                                    {QStringLiteral("updated_at"), QStringLiteral("2030-01-01T10:00:00+05:30")}});
        return m_sim.upsertMasterData(QStringLiteral("technicians"), same);
    }

    Result<PullReport> pullChanges(ChangesPuller &puller)
    {
        // Asynchronous, so a pull that never ends fails the test instead of hanging it.
        std::optional<Result<PullReport>> result;
        puller.pullChanges([&](Result<PullReport> r) { result = std::move(r); });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 20000))
            return makeError(QStringLiteral("the pull did not finish within 20 s"), {}, QStringLiteral("test.hang"));
        return *result;
    }

private slots:
    void initTestCase() { QVERIFY2(m_sim.start(), qPrintable(m_sim.errorString())); }

    void init()
    {
        QVERIFY(m_sim.reset());
        QString why;
        QVERIFY2(m_st.open(&why), qPrintable(why));
        auto c = ComplaintService(m_st.db(), m_st.settings(), m_st.clock)
                     .registerComplaint(actorFor(Role::Technician), puneDraft());
        QVERIFY2(c.ok(), qPrintable(c.message()));
        m_complaint = c->number;
    }

    void masterDataChangedDuringAPullIsNotLost()
    {
        QVERIFY(addSevenTechniciansAtOneTime()); // pages of 3 cut through them
        const QJsonArray before =
            m_sim.call(CrmSimProcess::Crm::New, "GET", QStringLiteral("/api/v2/technicians?page=1&page_size=500"))
                .json()
                .object()
                .value(QStringLiteral("items"))
                .toArray();
        QVERIFY(before.size() >= 7);
        // Right after the first page is served, its first technician is renamed in the CRM.
        const QString first = before.first().toObject().value(QStringLiteral("code")).toString();
        QVERIFY(script(QJsonObject{
            {QStringLiteral("resource"), QStringLiteral("technicians")},
            {QStringLiteral("on_page"), 1},
            {QStringLiteral("upsert"),
             QJsonArray{QJsonObject{{QStringLiteral("code"), first},
                                    {QStringLiteral("name"), QStringLiteral("Renamed mid-pull")},
                                    {QStringLiteral("updated_at"), QStringLiteral("2030-01-02T10:00:00+05:30")}}}}}));

        PullOptions options;
        options.baseUrl = m_sim.newUrl();
        options.token = CrmSimProcess::newToken();
        options.pageSize = 3;
        options.resources = {QStringLiteral("technicians")};
        for (int round = 0; round < 2; ++round) { // the second pull must not need to repair anything
            MasterDataPuller puller(m_st.db(), m_nam, m_st.clock, options);
            auto report = puller.pull();
            QVERIFY2(report.ok(), qPrintable(report.message()));
        }
        MasterDataStore store(m_st.db());
        for (const auto &value : before) {
            const QString code = value.toObject().value(QStringLiteral("code")).toString();
            const auto t = store.technician(code);
            QVERIFY2(t.has_value(), qPrintable(code + QStringLiteral(" was skipped by the pull and is lost")));
            if (code == first)
                QCOMPARE(t->name, QStringLiteral("Renamed mid-pull"));
        }
    }

    void anInterruptedMasterDataPullResumesAfterItsLastPage()
    {
        QVERIFY(addSevenTechniciansAtOneTime());
        const int total =
            int(m_sim.call(CrmSimProcess::Crm::New, "GET", QStringLiteral("/api/v2/technicians?page=1&page_size=500"))
                    .json()
                    .object()
                    .value(QStringLiteral("total"))
                    .toInt());
        PullOptions options;
        options.baseUrl = m_sim.newUrl();
        options.token = CrmSimProcess::newToken();
        options.pageSize = total - 4; // the last page boundary falls inside the seven equal timestamps
        options.resources = {QStringLiteral("technicians")};
        // The second page fails: the first stays applied with its cursor.
        QVERIFY(script(QJsonObject{{QStringLiteral("resource"), QStringLiteral("technicians")},
                                   {QStringLiteral("on_page"), 2},
                                   {QStringLiteral("stuck"), true}}));
        MasterDataPuller interrupted(m_st.db(), m_nam, m_st.clock, options);
        auto broken = interrupted.pull();
        QVERIFY(!broken.ok());
        QCOMPARE(broken.error().code, QStringLiteral("pull.stuck"));
        QVERIFY2(broken.message().contains(QStringLiteral("technicians, page 2")), qPrintable(broken.message()));
        QCOMPARE(m_st.count(QStringLiteral("SELECT COUNT(*) FROM technicians")), total - 4);
        QVERIFY(script(QJsonObject{{QStringLiteral("resource"), QStringLiteral("technicians")}}));
        MasterDataPuller resumed(m_st.db(), m_nam, m_st.clock, options);
        auto report = resumed.pull();
        QVERIFY2(report.ok(), qPrintable(report.message()));
        QCOMPARE(report->counts.value(QStringLiteral("technicians")), 4); // only what the first did not bring
        QCOMPARE(m_st.count(QStringLiteral("SELECT COUNT(*) FROM technicians")), total);
    }

    void aChangeMovedDuringAPullIsAppliedOnceAndNoneIsLost()
    {
        const int legacyBefore = legacyUpdates();
        QJsonArray five;
        for (const QChar letter : QStringLiteral("ABCDE"))
            five.append(
                change(QStringLiteral("CHG-%1").arg(letter), m_complaint, QStringLiteral("note %1").arg(letter)));
        QVERIFY(m_sim.addChanges(five));
        // Pages of two; right after the first, the CRM touches CHG-A again (same id, later updated_at).
        QVERIFY(script(QJsonObject{
            {QStringLiteral("resource"), QStringLiteral("changes")},
            {QStringLiteral("page_size"), 2},
            {QStringLiteral("on_page"), 1},
            {QStringLiteral("upsert"), QJsonArray{change(QStringLiteral("CHG-A"), m_complaint, QStringLiteral("note A"),
                                                         QStringLiteral("2025-09-25T18:30:00+05:30"))}}}));
        ChangesPuller puller(m_st.db(), m_nam, m_sim.newUrl(), CrmSimProcess::newToken(), m_st.clock);
        auto report = pullChanges(puller);
        QVERIFY2(report.ok(), qPrintable(report.message()));
        for (const QChar letter : QStringLiteral("ABCDE"))
            QVERIFY2(applied(QStringLiteral("note %1").arg(letter)) == 1,
                     qPrintable(QStringLiteral("CHG-%1 applied %2 times")
                                    .arg(letter)
                                    .arg(applied(QStringLiteral("note %1").arg(letter)))));
        QCOMPARE(legacyUpdates() - legacyBefore, 5);

        // The CRM re-sends a change it already sent: applied nowhere, sent to the legacy CRM under no new key.
        QVERIFY(m_sim.addChanges(QJsonArray{change(QStringLiteral("CHG-B"), m_complaint, QStringLiteral("note B"),
                                                   QStringLiteral("2025-09-26T09:00:00+05:30"))}));
        auto again = pullChanges(puller);
        QVERIFY2(again.ok(), qPrintable(again.message()));
        QCOMPARE(again->applied, 0);
        QCOMPARE(applied(QStringLiteral("note B")), 1);
        QCOMPARE(legacyUpdates() - legacyBefore, 5);
    }

    void aMalformedPageAppliesNothingAndNamesTheField()
    {
        QJsonArray four;
        for (int i = 1; i <= 4; ++i)
            four.append(change(QStringLiteral("CHG-M%1").arg(i), m_complaint, QStringLiteral("malformed %1").arg(i)));
        QVERIFY(m_sim.addChanges(four));
        QVERIFY(script(QJsonObject{
            {QStringLiteral("resource"), QStringLiteral("changes")},
            {QStringLiteral("page_size"), 2},
            {QStringLiteral("on_page"), 2},
            {QStringLiteral("malformed"), QJsonObject{{QStringLiteral("index"), 1},
                                                      {QStringLiteral("field"), QStringLiteral("updated_at")},
                                                      {QStringLiteral("value"), QStringLiteral("yesterday")}}}}));
        ChangesPuller puller(m_st.db(), m_nam, m_sim.newUrl(), CrmSimProcess::newToken(), m_st.clock);
        auto broken = pullChanges(puller);
        QVERIFY(!broken.ok());
        QVERIFY2(broken.message().contains(QStringLiteral("changes[1].updated_at: not a timestamp")),
                 qPrintable(broken.message()));
        QCOMPARE(broken.error().field, QStringLiteral("changes[1].updated_at"));
        // Page 1 is in, with its cursor; nothing of page 2 — not even its readable first item.
        QCOMPARE(applied(QStringLiteral("malformed 1")), 1);
        QCOMPARE(applied(QStringLiteral("malformed 2")), 1);
        QCOMPARE(applied(QStringLiteral("malformed 3")), 0);
        QCOMPARE(applied(QStringLiteral("malformed 4")), 0);

        QVERIFY(script(
            QJsonObject{{QStringLiteral("resource"), QStringLiteral("changes")}, {QStringLiteral("page_size"), 2}}));
        auto fixed = pullChanges(puller);
        QVERIFY2(fixed.ok(), qPrintable(fixed.message()));
        QCOMPARE(fixed->applied, 2);
        for (int i = 1; i <= 4; ++i)
            QCOMPARE(applied(QStringLiteral("malformed %1").arg(i)), 1);
    }

    void aPageCapStopsThePullAndTheNextOneContinues()
    {
        QJsonArray three;
        for (int i = 1; i <= 3; ++i)
            three.append(change(QStringLiteral("CHG-P%1").arg(i), m_complaint, QStringLiteral("capped %1").arg(i)));
        QVERIFY(m_sim.addChanges(three));
        QVERIFY(script(
            QJsonObject{{QStringLiteral("resource"), QStringLiteral("changes")}, {QStringLiteral("page_size"), 1}}));
        ChangesPuller puller(m_st.db(), m_nam, m_sim.newUrl(), CrmSimProcess::newToken(), m_st.clock);
        puller.setMaxPages(2);
        auto capped = pullChanges(puller);
        QVERIFY(!capped.ok());
        QCOMPARE(capped.error().code, QStringLiteral("pull.page_cap"));
        QVERIFY2(capped.message().contains(QStringLiteral("stopped after 2 pages")), qPrintable(capped.message()));
        QCOMPARE(applied(QStringLiteral("capped 1")), 1);
        QCOMPARE(applied(QStringLiteral("capped 2")), 1);
        QCOMPARE(applied(QStringLiteral("capped 3")), 0);
        auto rest = pullChanges(puller);
        QVERIFY2(rest.ok(), qPrintable(rest.message()));
        QCOMPARE(rest->applied, 1);
        for (int i = 1; i <= 3; ++i)
            QCOMPARE(applied(QStringLiteral("capped %1").arg(i)), 1);
    }

    void aCursorThatNeverAdvancesStopsThePull()
    {
        QVERIFY(m_sim.addChanges(QJsonArray{change(QStringLiteral("CHG-S1"), m_complaint, QStringLiteral("stuck 1")),
                                            change(QStringLiteral("CHG-S2"), m_complaint, QStringLiteral("stuck 2"))}));
        QVERIFY(script(QJsonObject{{QStringLiteral("resource"), QStringLiteral("changes")},
                                   {QStringLiteral("page_size"), 1},
                                   {QStringLiteral("stuck"), true}}));
        ChangesPuller puller(m_st.db(), m_nam, m_sim.newUrl(), CrmSimProcess::newToken(), m_st.clock);
        auto report = pullChanges(puller);
        QVERIFY(!report.ok());
        QCOMPARE(report.error().code, QStringLiteral("pull.stuck"));
        QVERIFY2(report.message().contains(QStringLiteral("did not advance")), qPrintable(report.message()));
        QCOMPARE(applied(QStringLiteral("stuck 1")), 0); // the stuck page itself is not applied
    }
};

QTEST_GUILESS_MAIN(TestPullsLoseNothing)
#include "TestPullsLoseNothing.moc"
