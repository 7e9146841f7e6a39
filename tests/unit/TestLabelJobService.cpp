// Label jobs in the audit log: who printed or reprinted which serial's label, when, at which station and where it
// went; refused for a role that does not generate serials, for a serial the register does not know, and for nothing.
#include "StagesFixture.h"

#include "app/services/LabelJobService.h"
#include "app/services/SerialGenerationService.h"
#include "app/storage/AuditLog.h"

#include <QtTest>

using namespace fb;
using namespace fb::test;

class TestLabelJobService : public QObject
{
    Q_OBJECT

    std::unique_ptr<StagesStation> m_station;
    QStringList m_serials;

    LabelJobService service() { return {*m_station->db, m_station->clock}; }

    QList<AuditEntry> auditFor(const QString &serial)
    {
        auto entries = AuditLog(*m_station->db).recent(100, serial);
        return entries.ok() ? *entries : QList<AuditEntry>{};
    }

private slots:
    void init()
    {
        m_station = std::make_unique<StagesStation>();
        QVERIFY(m_station->dir.isValid());
        const Status opened = m_station->openWithMasterData();
        QVERIFY2(opened.ok(), qPrintable(opened.message()));
        auto generated = SerialGenerationService(*m_station->db, *m_station->settings, m_station->clock)
                             .generate(warehouseActor(), QStringLiteral("CGSTV32"), 3);
        QVERIFY2(generated.ok(), qPrintable(generated.message()));
        m_serials = generated->products.first().serials;
    }
    void cleanup() { m_station.reset(); }

    void printThenReprintIsTraceablePerSerial()
    {
        LabelJobService jobs = service();
        QVERIFY(jobs.check(warehouseActor(), m_serials).ok());
        Status printed = jobs.record(warehouseActor(), {LabelJobKind::Print, m_serials, QStringLiteral("Zebra-GK420")});
        QVERIFY2(printed.ok(), qPrintable(printed.message()));

        m_station->clock.advanceMs(2LL * 24 * 3600 * 1000); // two days later, the supervisor reprints one
        Status reprinted = jobs.record(
            supervisorActor(), {LabelJobKind::Reprint, {m_serials.at(1).toLower()}, QStringLiteral("/tmp/label.pdf")});
        QVERIFY2(reprinted.ok(), qPrintable(reprinted.message()));

        const QList<AuditEntry> first = auditFor(m_serials.at(0));
        QCOMPARE(first.size(), 1);
        QCOMPARE(first.at(0).action, QStringLiteral("label.print"));
        QCOMPARE(first.at(0).operatorCode, QStringLiteral("W001"));
        QCOMPARE(first.at(0).stationId, QStringLiteral("ST01"));
        QCOMPARE(first.at(0).details, QStringLiteral("3 label(s) to Zebra-GK420"));
        QCOMPARE(first.at(0).at, QDateTime(QDate(2025, 9, 25), QTime(17, 0), Qt::OffsetFromUTC, 19800));

        const QList<AuditEntry> second = auditFor(m_serials.at(1)); // newest first
        QCOMPARE(second.size(), 2);
        QCOMPARE(second.at(0).action, QStringLiteral("label.reprint"));
        QCOMPARE(second.at(0).operatorCode, QStringLiteral("S001"));
        QCOMPARE(second.at(0).details, QStringLiteral("1 label(s) to /tmp/label.pdf"));
        QCOMPARE(second.at(0).at.date(), QDate(2025, 9, 27));
        QCOMPARE(second.at(1).action, QStringLiteral("label.print"));

        // The serial lookup's view: oldest first, only label jobs; a technician may look too.
        auto history = jobs.history(technicianActor(), m_serials.at(1));
        QVERIFY2(history.ok(), qPrintable(history.message()));
        QCOMPARE(history->size(), 2);
        QCOMPARE(history->at(0).action, QStringLiteral("label.print"));
        QCOMPARE(history->at(1).action, QStringLiteral("label.reprint"));
        QCOMPARE(jobs.history(Actor{}, m_serials.at(1)).error().code, QStringLiteral("auth.not_logged_in"));
    }

    void lowerRoleIsRefusedAndNothingRecorded()
    {
        LabelJobService jobs = service();
        const Status checked = jobs.check(technicianActor(), m_serials);
        QVERIFY(!checked.ok());
        QCOMPARE(checked.error().code, QStringLiteral("auth.forbidden"));
        QVERIFY2(checked.message().contains(u"T100 (Technician) may not print serial labels"),
                 qPrintable(checked.message()));
        const Status recorded =
            jobs.record(technicianActor(), {LabelJobKind::Reprint, {m_serials.at(0)}, QStringLiteral("printer")});
        QCOMPARE(recorded.error().code, QStringLiteral("auth.forbidden"));
        QVERIFY(auditFor(m_serials.at(0)).isEmpty());

        const Status nobody = jobs.check(Actor{}, m_serials);
        QCOMPARE(nobody.error().code, QStringLiteral("auth.not_logged_in"));
    }

    void unknownSerialOrNoneIsRefusedByName()
    {
        LabelJobService jobs = service();
        // A well-formed serial this station never generated, in the middle of a batch: the whole job is refused.
        const QString stranger = QStringLiteral("CGSTV322509251999");
        const Status refused =
            jobs.record(warehouseActor(), {LabelJobKind::Print, {m_serials.at(0), stranger}, QStringLiteral("p")});
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, QStringLiteral("label.unknown_serial"));
        QCOMPARE(refused.error().field, QStringLiteral("serial"));
        QVERIFY2(refused.message().contains(stranger + QStringLiteral(" is not in the serial register")),
                 qPrintable(refused.message()));
        QVERIFY(auditFor(m_serials.at(0)).isEmpty()); // all or nothing

        const Status none = jobs.check(warehouseActor(), {});
        QCOMPARE(none.error().code, QStringLiteral("label.none"));
    }
};

QTEST_GUILESS_MAIN(TestLabelJobService)
#include "TestLabelJobService.moc"
