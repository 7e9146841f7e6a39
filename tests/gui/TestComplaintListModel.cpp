// All complaints on a busy service desk: with 100,000 complaints the list model fetches one page at a time as the view
// asks for more, and a new filter re-queries from the first page.
#include "ServiceFixture.h"

#include "app/services/ComplaintService.h"
#include "app/storage/ComplaintStore.h"
#include "ui/service/ComplaintListModel.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTableView>
#include <QtTest>

using namespace fb;
using namespace fb::test;

class TestComplaintListModel : public QObject
{
    Q_OBJECT

    static constexpr int kComplaints = 100000;
    ServiceStation m_st;
    QDateTime m_start; // the oldest complaint's time

private slots:
    void initTestCase()
    {
        QString why;
        QVERIFY2(m_st.open(&why), qPrintable(why));
        // 100,000 complaints in one transaction, one a minute, across statuses, call types and technicians.
        const QStringList types{QStringLiteral("INSTALLATION"), QStringLiteral("REPAIR"), QStringLiteral("PRE_SALE"),
                                QStringLiteral("INSPECTION")};
        const QStringList technicians{QStringLiteral("T001"), QStringLiteral("T002")};
        const QList<ComplaintStatus> &statuses = allComplaintStatuses();
        const QDateTime start = m_st.clock.now().addDays(-100);
        m_start = start;
        ComplaintStore store(m_st.db());
        QElapsedTimer timer;
        timer.start();
        Status s = m_st.db().write([&]() -> Status {
            for (int i = 0; i < kComplaints; ++i) {
                Complaint c;
                const QDateTime at = start.addSecs(60LL * i);
                c.number =
                    QStringLiteral("CMP-%1-%2").arg(at.date().toString(Qt::ISODate)).arg(i, 6, 10, QLatin1Char('0'));
                c.customer = Customer{QStringLiteral("CUST-%1").arg(i % 5000),
                                      QStringLiteral("Customer %1").arg(i),
                                      QStringLiteral("9822012345"),
                                      QStringLiteral("Pune"),
                                      QStringLiteral("MH"),
                                      QStringLiteral("411001")};
                c.serial = QStringLiteral("CGSTV36250925%1").arg(i % 10000, 4, 10, QLatin1Char('0'));
                c.productCode = QStringLiteral("CGSTV36");
                c.model = QStringLiteral("CGSTV36-FHD");
                c.callType = types.at(i % types.size());
                c.technicianCode = technicians.at(i % technicians.size());
                c.status = statuses.at(i % statuses.size());
                c.createdAt = at.toString(Qt::ISODate);
                c.updatedAt = c.createdAt;
                c.createdMs = at.toMSecsSinceEpoch();
                c.operatorCode = QStringLiteral("T100");
                c.stationId = QStringLiteral("ST01");
                if (Status r = store.insertComplaint(c); !r)
                    return r;
            }
            return Ok{};
        });
        QVERIFY2(s.ok(), qPrintable(s.message()));
        qInfo("inserted %d complaints in %lld ms", kComplaints, timer.elapsed());
        QCOMPARE(m_st.count(QStringLiteral("SELECT COUNT(*) FROM complaints")), kComplaints);
    }

    void fetchesPagesNotEverything()
    {
        ComplaintService complaints(m_st.db(), m_st.settings(), m_st.clock);
        ComplaintListModel model(complaints);
        QElapsedTimer timer;
        timer.start();
        model.setActor(actorFor(Role::Technician));
        const qint64 firstPageMs = timer.elapsed();
        qInfo("first page in %lld ms", firstPageMs);
        QCOMPARE(model.rowCount(), ComplaintListModel::kPageSize);
        QCOMPARE(model.pagesFetched(), 1);
        QVERIFY(model.canFetchMore({}));
        // Newest first.
        QVERIFY(model.complaintAt(0)->createdMs > model.complaintAt(1)->createdMs);

        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        timer.restart();
        model.fetchMore({});
        qInfo("next page in %lld ms", timer.elapsed());
        QCOMPARE(model.rowCount(), 2 * ComplaintListModel::kPageSize);
        QCOMPARE(inserted.size(), 1); // appended, not reset
        QCOMPARE(inserted.first().at(1).toInt(), ComplaintListModel::kPageSize);
        // Pages join without a gap or an overlap.
        QVERIFY(model.complaintAt(ComplaintListModel::kPageSize - 1)->createdMs >
                model.complaintAt(ComplaintListModel::kPageSize)->createdMs);
        QCOMPARE(model.complaintAt(ComplaintListModel::kPageSize)->createdMs -
                     model.complaintAt(ComplaintListModel::kPageSize - 1)->createdMs,
                 qint64(-60000));

        // A view shows what fits and asks for more only as it scrolls.
        QTableView view;
        view.resize(800, 600);
        view.setModel(&model);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(model.rowCount() < 10 * ComplaintListModel::kPageSize);
        const int before = model.rowCount();
        view.scrollToBottom();
        QTRY_VERIFY(model.rowCount() > before);
        QVERIFY(model.rowCount() < kComplaints);
    }

    void filterChangesRequery()
    {
        ComplaintService complaints(m_st.db(), m_st.settings(), m_st.clock);
        ComplaintListModel model(complaints);
        model.setActor(actorFor(Role::Technician));
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 2 * ComplaintListModel::kPageSize);

        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        ComplaintFilter filter;
        filter.callType = QStringLiteral("PRE_SALE");
        filter.technicianCode = QStringLiteral("T001");
        model.setFilter(filter);
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.pagesFetched(), 1);
        QCOMPARE(model.rowCount(), ComplaintListModel::kPageSize);
        for (int row = 0; row < model.rowCount(); ++row) {
            QCOMPARE(model.complaintAt(row)->callType, QStringLiteral("PRE_SALE"));
            QCOMPARE(model.complaintAt(row)->technicianCode, QStringLiteral("T001"));
        }

        // A serial: only that unit's complaints (10 of them), no more to fetch.
        filter = ComplaintFilter{};
        filter.serial = QStringLiteral("CGSTV362509250042");
        model.setFilter(filter);
        QCOMPARE(model.rowCount(), kComplaints / 10000);
        QVERIFY(!model.canFetchMore({}));
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.complaintAt(row)->serial, QStringLiteral("CGSTV362509250042"));

        // A status and a date range.
        filter = ComplaintFilter{};
        filter.status = ComplaintStatus::Closed;
        filter.from = m_start.addDays(10).date();
        filter.to = filter.from;
        model.setFilter(filter);
        QCOMPARE(model.rowCount(), ComplaintListModel::kPageSize); // a day has ~205 closed ones: two pages
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QVERIFY(model.rowCount() > ComplaintListModel::kPageSize);
        QVERIFY(model.rowCount() <= 1440 / 7 + 1);
        for (int row = 0; row < model.rowCount(); ++row) {
            QCOMPARE(model.complaintAt(row)->status, ComplaintStatus::Closed);
            // "Registered on" is the station's local date.
            QCOMPARE(QDateTime::fromMSecsSinceEpoch(model.complaintAt(row)->createdMs).date(), filter.from);
        }

        // Nothing matches: empty, nothing more.
        filter = ComplaintFilter{};
        filter.numberPrefix = QStringLiteral("CMP-1999");
        model.setFilter(filter);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.canFetchMore({}));
    }

    void aWarehouseOperatorGetsTheRefusalNotRows()
    {
        ComplaintService complaints(m_st.db(), m_st.settings(), m_st.clock);
        ComplaintListModel model(complaints);
        QSignalSpy failed(&model, &ComplaintListModel::loadFailed);
        model.setActor(actorFor(Role::Warehouse));
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(failed.size(), 1);
        QVERIFY(!model.lastError().isEmpty());
    }
};

QTEST_MAIN(TestComplaintListModel)
#include "TestComplaintListModel.moc"
