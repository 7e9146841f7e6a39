// The brand's calendar (India's by default, setting brand.timezone) whatever zone the PC runs in: a night shift on a
// PC set to UTC or to New York dates its units, numbers its documents and stamps its payloads on the Indian day, with
// +05:30 — serial generation (Stage 1), inward (Stage 2), dispatch (Stage 3) and the service desk, from the FakeClock
// the way SystemClock reads that PC's clock.
#include "DispatchSeed.h"
#include "ServiceFixture.h"

#include "app/core/BrandCalendar.h"
#include "app/services/ComplaintService.h"
#include "app/services/DispatchService.h"
#include "app/services/InwardService.h"
#include "app/services/SerialGenerationService.h"
#include "app/services/Station.h"
#include "app/storage/OutboxStore.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <ctime>

using namespace fb;
using namespace fb::test;

namespace {

// 2025-09-24 20:00 UTC = 2025-09-25 01:30 IST: the Indian day has begun, the UTC (and New York) day has not ended.
const QDateTime kNightShiftUtc(QDate(2025, 9, 24), QTime(20, 0), Qt::UTC);

void setPcZone(const QByteArray &tz)
{
    if (tz.isEmpty())
        qunsetenv("TZ");
    else
        qputenv("TZ", tz);
    tzset();
}

// What SystemClock::now() gives on that PC: the instant in the PC's local zone.
QDateTime pcClockAt(const QDateTime &instant)
{
    const QDateTime local = instant.toLocalTime();
    return local.toOffsetFromUtc(local.offsetFromUtc());
}

QJsonObject envelopeOf(Database &db, const QString &eventType)
{
    auto rows = OutboxStore(db).list(OutboxFilter{std::nullopt, std::nullopt, eventType, {}, 10});
    if (!rows.ok() || rows->isEmpty())
        return {};
    return QJsonDocument::fromJson(rows->first().payload.toUtf8()).object();
}

} // namespace

class TestBrandTime : public QObject
{
    Q_OBJECT

    QByteArray m_savedTz = qgetenv("TZ");

    struct World
    {
        QTemporaryDir dir;
        FakeClock clock;
        std::unique_ptr<Station> station;
        explicit World(const QDateTime &now)
            : clock(now)
        {}
    };

    static std::unique_ptr<World> openWorld(const QDateTime &now)
    {
        auto w = std::make_unique<World>(now);
        auto s = Station::open(w->dir.path(), w->clock);
        if (!s.ok()) {
            qWarning("%s", qPrintable(s.message()));
            return {};
        }
        w->station = std::move(s).value();
        if (Status md = loadSeedMasterData(w->station->db()); !md) {
            qWarning("%s", qPrintable(md.message()));
            return {};
        }
        return w;
    }

private slots:
    void cleanup() { setPcZone(m_savedTz); }

    void settingNamesAZoneOrAnOffset_data()
    {
        QTest::addColumn<QString>("setting");
        QTest::addColumn<QString>("expected"); // 2025-09-24 20:00 UTC on that calendar; empty: refused
        QTest::newRow("unset: India") << ""
                                      << "2025-09-25T01:30:00+05:30";
        QTest::newRow("Asia/Kolkata") << "Asia/Kolkata"
                                      << "2025-09-25T01:30:00+05:30";
        QTest::newRow("+05:30") << "+05:30"
                                << "2025-09-25T01:30:00+05:30";
        QTest::newRow("UTC+05:30") << "UTC+05:30"
                                   << "2025-09-25T01:30:00+05:30";
        QTest::newRow("+0530") << "+0530"
                               << "2025-09-25T01:30:00+05:30";
        QTest::newRow("Asia/Kathmandu") << "Asia/Kathmandu"
                                        << "2025-09-25T01:45:00+05:45";
        QTest::newRow("UTC") << "UTC"
                             << "2025-09-24T20:00:00Z";
        QTest::newRow("unknown zone") << "Asia/Pune"
                                      << "";
        QTest::newRow("offset out of range") << "+25:00"
                                             << "";
        QTest::newRow("words") << "India"
                               << "";
    }

    void settingNamesAZoneOrAnOffset()
    {
        QFETCH(QString, setting);
        QFETCH(QString, expected);
        auto calendar = BrandCalendar::fromSetting(setting);
        if (expected.isEmpty()) {
            QVERIFY(!calendar.ok());
            QCOMPARE(calendar.error().field, QStringLiteral("brand.timezone"));
            QVERIFY2(calendar.message().contains(setting) && calendar.message().contains(u"Asia/Kolkata"),
                     qPrintable(calendar.message()));
            return;
        }
        QVERIFY2(calendar.ok(), qPrintable(calendar.message()));
        QCOMPARE(calendar->timestamp(kNightShiftUtc), expected);
    }

    void nightShiftFollowsTheIndianDay_data()
    {
        QTest::addColumn<QByteArray>("pcZone");
        QTest::newRow("PC in UTC") << QByteArray("UTC");
        QTest::newRow("PC in New York") << QByteArray("America/New_York");
        QTest::newRow("PC in India") << QByteArray("Asia/Kolkata");
    }

    void nightShiftFollowsTheIndianDay()
    {
        QFETCH(QByteArray, pcZone);
        setPcZone(pcZone);
        auto w = openWorld(pcClockAt(kNightShiftUtc));
        QVERIFY(w);
        Database &db = w->station->db();
        SettingsStore &settings = w->station->settings();

        // Stage 1: the unit is made on 2025-09-25 in India.
        SerialGenerationService generation(db, settings, w->clock);
        auto generated = generation.generate(warehouseActor(), QStringLiteral("CGSTV32"), 1);
        QVERIFY2(generated.ok(), qPrintable(generated.message()));
        QCOMPARE(generated->day, QDate(2025, 9, 25));
        const QString serial = QStringLiteral("CGSTV322509251001");
        QCOMPARE(generated->products.value(0).serials, QStringList{serial});
        QCOMPARE(envelopeOf(db, QStringLiteral("serials.generated"))[u"occurred_at"].toString(),
                 QStringLiteral("2025-09-25T01:30:00+05:30"));

        // Stage 2: inwarded the same minute — not refused as made "in the future", numbered on the Indian day.
        InwardService inward(db, settings, w->clock);
        auto draft = inward.openDraft(warehouseActor(), QStringLiteral("WH001"));
        QVERIFY2(draft.ok(), qPrintable(draft.message()));
        auto scanned = inward.scan(warehouseActor(), draft->info.id, serial, QStringLiteral("test"));
        QVERIFY2(scanned.ok() && scanned->accepted(), qPrintable(scanned.ok() ? scanned->message : scanned.message()));
        auto submitted = inward.submit(warehouseActor(), draft->info.id);
        QVERIFY2(submitted.ok(), qPrintable(submitted.message()));
        QCOMPARE(submitted->requestId, QStringLiteral("INV-2025-09-25-1001"));
        QCOMPARE(submitted->payload[u"timestamp"].toString(), QStringLiteral("2025-09-25T01:30:00+05:30"));
        QCOMPARE(envelopeOf(db, QStringLiteral("inward.submitted"))[u"occurred_at"].toString(),
                 QStringLiteral("2025-09-25T01:30:00+05:30"));

        // Stage 3, half an hour later: the clerk types the Indian wall-clock time the goods left.
        w->clock.advanceMs(30 * 60 * 1000);
        DispatchService dispatch(db, settings, w->clock);
        QCOMPARE(dispatch.now().toString(Qt::ISODate), QStringLiteral("2025-09-25T02:00:00+05:30"));
        DispatchForm form = seedForm();
        form.dispatchDateTime = QStringLiteral("2025-09-25 01:45");
        auto id = dispatch.createDraft(warehouseActor(), form);
        QVERIFY2(id.ok(), qPrintable(id.message()));
        auto line = dispatch.scan(warehouseActor(), *id, serial, QStringLiteral("test"));
        QVERIFY2(line.ok(), qPrintable(line.message()));
        auto done = dispatch.submit(warehouseActor(), *id, form);
        QVERIFY2(done.ok(), qPrintable(done.message()));
        QCOMPARE(done->requestId, QStringLiteral("DO-2025-09-25-1001"));
        QCOMPARE(done->payload[u"timestamp"].toString(), QStringLiteral("2025-09-25T02:00:00+05:30"));
        QCOMPARE(done->payload[u"dispatch_order"][u"transport"][u"dispatch_datetime"].toString(),
                 QStringLiteral("2025-09-25T01:45:00+05:30"));
        QCOMPARE(envelopeOf(db, QStringLiteral("dispatch.submitted"))[u"occurred_at"].toString(),
                 QStringLiteral("2025-09-25T02:00:00+05:30"));
    }

    void serviceDeskFollowsTheIndianDay_data() { nightShiftFollowsTheIndianDay_data(); }

    void serviceDeskFollowsTheIndianDay()
    {
        QFETCH(QByteArray, pcZone);
        setPcZone(pcZone);
        ServiceStation st;
        QString why;
        QVERIFY2(st.open(&why), qPrintable(why));
        // A unit made today in India (250925) reported the same night: not "made in the future", numbered
        // CMP-2025-09-25.
        FakeClock pcClock(pcClockAt(kNightShiftUtc));
        ComplaintService complaints(st.db(), st.settings(), pcClock);
        auto c = complaints.registerComplaint(actorFor(Role::Technician), puneDraft());
        QVERIFY2(c.ok(), qPrintable(c.message()));
        QVERIFY2(c->number.startsWith(u"CMP-2025-09-25-"), qPrintable(c->number));
        const QJsonObject event = st.lastEvent(QStringLiteral("complaint.registered"));
        QCOMPARE(event[u"occurred_at"].toString(), QStringLiteral("2025-09-25T01:30:00+05:30"));
        QCOMPARE(event[u"data"][u"timestamp"].toString(), QStringLiteral("2025-09-25T01:30:00+05:30"));
    }

    void dispatchTimeWithAnotherOffsetIsSentWithTheBrands()
    {
        setPcZone("UTC");
        auto w = openWorld(pcClockAt(QDateTime(QDate(2025, 9, 25), QTime(12, 0), Qt::UTC)));
        QVERIFY(w);
        Database &db = w->station->db();
        for (const QString &sn : seedSerials())
            QVERIFY(putInStock(db, sn, QStringLiteral("WH001")).ok());
        DispatchService dispatch(db, w->station->settings(), w->clock);
        DispatchForm form = seedForm();
        form.dispatchDateTime = QStringLiteral("2025-09-25T11:35:00Z"); // pasted from a UTC system
        auto id = dispatch.createDraft(warehouseActor(), form);
        QVERIFY2(id.ok(), qPrintable(id.message()));
        for (const QString &sn : seedSerials())
            QVERIFY(dispatch.scan(warehouseActor(), *id, sn, QStringLiteral("test")).ok());
        auto done = dispatch.submit(warehouseActor(), *id, form);
        QVERIFY2(done.ok(), qPrintable(done.message()));
        QCOMPARE(done->payload[u"timestamp"].toString(), QStringLiteral("2025-09-25T17:30:00+05:30"));
        QCOMPARE(done->payload[u"dispatch_order"][u"transport"][u"dispatch_datetime"].toString(),
                 QStringLiteral("2025-09-25T17:05:00+05:30"));
    }

    void theBrandsZoneIsASetting()
    {
        setPcZone("Asia/Kolkata");
        auto w = openWorld(pcClockAt(kNightShiftUtc));
        QVERIFY(w);
        // A brand that keeps its books in UTC: the same night's unit is dated on the UTC day.
        QVERIFY(w->station->settings().setValue(QStringLiteral("brand.timezone"), QStringLiteral("UTC")).ok());
        SerialGenerationService generation(w->station->db(), w->station->settings(), w->clock);
        auto generated = generation.generate(warehouseActor(), QStringLiteral("CGSTV32"), 1);
        QVERIFY2(generated.ok(), qPrintable(generated.message()));
        QCOMPARE(generated->products.value(0).serials, QStringList{QStringLiteral("CGSTV322509241001")});
        QCOMPARE(envelopeOf(w->station->db(), QStringLiteral("serials.generated"))[u"occurred_at"].toString(),
                 QStringLiteral("2025-09-24T20:00:00Z"));
    }
};

QTEST_GUILESS_MAIN(TestBrandTime)
#include "TestBrandTime.moc"
