// Master data from a real crm-sim: several pages per resource, each applied with its cursor, a second pull fetching
// only what changed, a broken page applying nothing of itself, and a failed pull resuming where it stopped.
#include "CrmSimProcess.h"
#include "app/storage/Database.h"
#include "app/storage/MasterDataStore.h"
#include "sync/pull/MasterDataPuller.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace fb;
using fb::test::CrmSimProcess;

class TestMasterDataPull : public QObject
{
    Q_OBJECT

    CrmSimProcess m_sim;
    QTemporaryDir m_dir;
    SystemClock m_clock;
    QNetworkAccessManager m_nam;
    std::unique_ptr<Database> m_db;
    int m_case = 0;

    PullOptions options(int pageSize = 2) const
    {
        PullOptions o;
        o.baseUrl = m_sim.newUrl();
        o.token = CrmSimProcess::newToken();
        o.pageSize = pageSize;
        o.timeoutMs = 5000;
        return o;
    }

    int rows(const QString &table)
    {
        auto q = m_db->exec(QStringLiteral("SELECT COUNT(*) FROM ") + table);
        if (!q.ok() || !q.value().next())
            return -1;
        return q.value().value(0).toInt();
    }

    int total(const QString &resource)
    {
        auto reply =
            m_sim.call(CrmSimProcess::Crm::New, "GET", QStringLiteral("/api/v2/%1?page=1&page_size=500").arg(resource));
        return reply.json().object().value(QStringLiteral("total")).toInt();
    }

private slots:
    void initTestCase() { QVERIFY2(m_sim.start(), qPrintable(m_sim.errorString())); }

    void init()
    {
        QVERIFY(m_sim.reset());
        auto db = Database::open(m_dir.filePath(QStringLiteral("case%1/floorbridge.db").arg(++m_case)));
        QVERIFY2(db.ok(), qPrintable(db.message()));
        m_db = std::move(db).value();
    }

    void cleanup() { m_db.reset(); }

    void pullsEveryPageOfEveryResource()
    {
        const int products = total(QStringLiteral("products"));
        const int parties = total(QStringLiteral("parties"));
        QVERIFY2(products > 2, "the demo master data should need more than one page of 2 products");
        MasterDataPuller puller(*m_db, m_nam, m_clock, options());
        QElapsedTimer timer;
        timer.start();
        auto report = puller.pull();
        QVERIFY2(report.ok(), qPrintable(report.message()));
        qInfo("first pull: %d pages in %lld ms", report->pages, timer.elapsed());
        QCOMPARE(report->counts.value(QStringLiteral("products")), products);
        QCOMPARE(report->counts.value(QStringLiteral("parties")), parties);
        QVERIFY(report->pages > 4);
        QCOMPARE(rows(QStringLiteral("products")), products);
        QCOMPARE(rows(QStringLiteral("warehouses")), total(QStringLiteral("warehouses")));
        QCOMPARE(rows(QStringLiteral("parties")), parties);
        QCOMPARE(rows(QStringLiteral("technicians")), total(QStringLiteral("technicians")));
        MasterDataStore store(*m_db);
        for (const QString &resource : options().resources) {
            QVERIFY(!store.cursor(MasterDataPuller::cursorName(resource)).isEmpty());
            QCOMPARE(store.cursor(MasterDataPuller::cursorName(resource)), report->cursors.value(resource));
        }
        QVERIFY(!store.knownProductCodes().isEmpty());
        QVERIFY(store.parties(PartyKind::Distributor).size() + store.parties(PartyKind::Party).size() == parties);
    }

    void secondPullFetchesOnlyWhatChanged()
    {
        MasterDataPuller first(*m_db, m_nam, m_clock, options());
        QVERIFY(first.pull().ok());
        const int products = rows(QStringLiteral("products"));
        QVERIFY(m_sim.upsertMasterData(
            QStringLiteral("products"),
            QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("900")},
                                   {QStringLiteral("code"), QStringLiteral("CGSTV99")},
                                   {QStringLiteral("name"), QStringLiteral("99 inch TV")},
                                   {QStringLiteral("models"), QJsonArray{QStringLiteral("CG-99-A")}},
                                   {QStringLiteral("price"), 123456.78}}}));
        QVERIFY(m_sim.upsertMasterData(QStringLiteral("technicians"),
                                       QJsonArray{QJsonObject{{QStringLiteral("code"), QStringLiteral("T900")},
                                                              {QStringLiteral("name"), QStringLiteral("Tara")},
                                                              {QStringLiteral("active"), false}}}));
        MasterDataPuller second(*m_db, m_nam, m_clock, options());
        auto report = second.pull();
        QVERIFY2(report.ok(), qPrintable(report.message()));
        QCOMPARE(report->counts.value(QStringLiteral("products")), 1);
        QCOMPARE(report->counts.value(QStringLiteral("technicians")), 1);
        QCOMPARE(report->counts.value(QStringLiteral("warehouses")), 0);
        QCOMPARE(report->counts.value(QStringLiteral("parties")), 0);
        QCOMPARE(rows(QStringLiteral("products")), products + 1);
        MasterDataStore store(*m_db);
        const auto tv = store.productByCode(QStringLiteral("CGSTV99"));
        QVERIFY(tv.has_value());
        QCOMPARE(tv->pricePaise, qint64(12345678)); // rupees → paise
        QCOMPARE(tv->models, QStringList{QStringLiteral("CG-99-A")});
        QCOMPARE(store.technician(QStringLiteral("T900"))->active, false);
        // Nothing changed since: a third pull brings nothing and keeps the cursors.
        const QString cursor = store.cursor(MasterDataPuller::cursorName(QStringLiteral("products")));
        MasterDataPuller third(*m_db, m_nam, m_clock, options());
        auto again = third.pull();
        QVERIFY2(again.ok(), qPrintable(again.message()));
        QCOMPARE(again->counts.value(QStringLiteral("products")), 0);
        QCOMPARE(store.cursor(MasterDataPuller::cursorName(QStringLiteral("products"))), cursor);
    }

    void aBrokenPageAppliesNothing()
    {
        // One product that cannot be read, on the first page: nothing lands, and the message names item and field.
        QVERIFY(m_sim.upsertMasterData(QStringLiteral("products"),
                                       QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("901")},
                                                              {QStringLiteral("code"), QStringLiteral("CGBROKEN")},
                                                              {QStringLiteral("models"), QStringLiteral("CG-1")},
                                                              {QStringLiteral("name"), QStringLiteral("Broken")}}}));
        MasterDataPuller puller(*m_db, m_nam, m_clock, options(500));
        auto report = puller.pull();
        QVERIFY(!report.ok());
        QVERIFY2(report.message().contains(QStringLiteral("products, page 1")), qPrintable(report.message()));
        QVERIFY2(report.message().contains(QStringLiteral(".models: should be a list")), qPrintable(report.message()));
        QVERIFY(report.error().field.endsWith(QStringLiteral("].models")));
        QVERIFY(report.message().contains(QStringLiteral("Nothing of this page was applied")));
        QCOMPARE(rows(QStringLiteral("products")), 0);
        QCOMPARE(rows(QStringLiteral("sync_cursors")), 0);
    }

    void aFailedRequestNamesResourceAndPage()
    {
        MasterDataPuller first(*m_db, m_nam, m_clock, options());
        PullOptions wrong = options();
        wrong.token = QStringLiteral("wrong");
        MasterDataPuller puller(*m_db, m_nam, m_clock, wrong);
        auto report = puller.pull();
        QVERIFY(!report.ok());
        QVERIFY2(report.message().contains(QStringLiteral("products, page 1")), qPrintable(report.message()));
        QVERIFY2(report.message().contains(QStringLiteral("401")), qPrintable(report.message()));
        QCOMPARE(rows(QStringLiteral("products")), 0);
        // An outage in the middle of a multi-page pull: the pages already applied stay, with their cursors, and the
        // next pull resumes from there.
        QVERIFY(m_sim.setFaults(CrmSimProcess::Crm::New, QJsonObject{{QStringLiteral("fail_next"), 0}}));
        QVERIFY(m_sim.setFaults(CrmSimProcess::Crm::New,
                                QJsonObject{{QStringLiteral("outage"), true},
                                            {QStringLiteral("path_prefix"), QStringLiteral("/api/v2/parties")}}));
        auto partial = first.pull();
        QVERIFY(!partial.ok());
        QVERIFY2(partial.message().contains(QStringLiteral("parties, page 1")), qPrintable(partial.message()));
        QVERIFY2(partial.message().contains(QStringLiteral("The pages before it were applied")),
                 qPrintable(partial.message()));
        QCOMPARE(rows(QStringLiteral("products")), total(QStringLiteral("products")));
        QCOMPARE(rows(QStringLiteral("warehouses")), total(QStringLiteral("warehouses")));
        QCOMPARE(rows(QStringLiteral("parties")), 0);
        QVERIFY(m_sim.clearFaults(CrmSimProcess::Crm::New));
        MasterDataPuller resumed(*m_db, m_nam, m_clock, options());
        auto rest = resumed.pull();
        QVERIFY2(rest.ok(), qPrintable(rest.message()));
        QCOMPARE(rest->counts.value(QStringLiteral("products")), 0);
        QCOMPARE(rest->counts.value(QStringLiteral("parties")), total(QStringLiteral("parties")));
        QCOMPARE(rows(QStringLiteral("parties")), total(QStringLiteral("parties")));
    }
};

QTEST_GUILESS_MAIN(TestMasterDataPull)
#include "TestMasterDataPull.moc"
