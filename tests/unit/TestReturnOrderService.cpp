// Return orders: class A part serials mandatory and format-checked, the link to the complaint and its part request,
// a serial returned once, the unit itself back into the register as RETURNED; both CRMs.
#include "ServiceFixture.h"

#include "app/services/ApprovalService.h"
#include "app/services/PartRequestService.h"
#include "app/services/ReturnOrderService.h"

#include <QtTest>

using namespace fb;
using namespace fb::test;

Q_DECLARE_METATYPE(QList<fb::ReturnLineDraft>)

class TestReturnOrderService : public QObject
{
    Q_OBJECT

    ServiceStation m_st;
    QString m_complaint;
    QString m_issued; // a part request for a main board, approved and issued

    ReturnOrderService service() { return ReturnOrderService(m_st.db(), m_st.settings(), m_st.clock); }

private slots:
    void init()
    {
        QString why;
        QVERIFY2(m_st.open(&why), qPrintable(why));
        auto c = ComplaintService(m_st.db(), m_st.settings(), m_st.clock)
                     .registerComplaint(actorFor(Role::Technician), puneDraft());
        QVERIFY2(c.ok(), qPrintable(c.message()));
        m_complaint = c->number;
        PartRequestService parts(m_st.db(), m_st.settings(), m_st.clock, m_st.dataDir());
        auto pr = parts.create(actorFor(Role::Technician), m_complaint,
                               {PartLineDraft{QStringLiteral("P-TV-MAINBRD"), 1, {QStringLiteral("MB-NEW-0001")}}});
        QVERIFY2(pr.ok(), qPrintable(pr.message()));
        QVERIFY(ApprovalService(m_st.db(), m_st.clock)
                    .decide(actorFor(Role::Supervisor), pr->number, SpareDecision::Approve, QStringLiteral("ok"))
                    .ok());
        QVERIFY(parts
                    .update(actorFor(Role::Technician), pr->number, PartAction::Issued,
                            {DocumentInput{QStringLiteral("c.pdf"), QByteArrayLiteral("%PDF-1.4 challan")}})
                    .ok());
        m_issued = pr->number;
    }

    void rules_data()
    {
        QTest::addColumn<bool>("withRequest");
        QTest::addColumn<QList<ReturnLineDraft>>("lines");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("field");
        using L = QList<ReturnLineDraft>;
        const QString board = QStringLiteral("P-TV-MAINBRD");
        QTest::newRow("class A part with serial")
            << true << L{{ReturnKind::Part, board, QStringLiteral("MB-OLD-0001"), 1}} << QString() << QString();
        QTest::newRow("class A part without serial")
            << true << L{{ReturnKind::Part, board, QString(), 1}} << QStringLiteral("return_order.serial_required")
            << QStringLiteral("items[0].serial");
        QTest::newRow("class A serial badly formed")
            << true << L{{ReturnKind::Part, board, QStringLiteral("MB#1"), 1}}
            << QStringLiteral("part_request.serial_format") << QStringLiteral("items[0].serial");
        QTest::newRow("part not on the request")
            << true << L{{ReturnKind::Part, QStringLiteral("P-TV-PANEL32"), QStringLiteral("PNL-OLD-1"), 1}}
            << QStringLiteral("return_order.part_not_requested") << QStringLiteral("items[0].part_code");
        QTest::newRow("class C part without serial, no request")
            << false << L{{ReturnKind::Part, QStringLiteral("P-TV-REMOTE"), QString(), 2}} << QString() << QString();
        QTest::newRow("unit of the complaint")
            << false << L{{ReturnKind::Unit, QString(), kDispatched36, 1}} << QString() << QString();
        QTest::newRow("unit of the complaint, serial implied")
            << false << L{{ReturnKind::Unit, QString(), QString(), 1}} << QString() << QString();
        QTest::newRow("another unit") << false << L{{ReturnKind::Unit, QString(), kDispatched32, 1}}
                                      << QStringLiteral("return_order.unit_mismatch")
                                      << QStringLiteral("items[0].serial");
        QTest::newRow("nothing") << false << L{} << QStringLiteral("return_order.no_items") << QStringLiteral("items");
        QTest::newRow("same serial twice")
            << true
            << L{{ReturnKind::Part, board, QStringLiteral("MB-OLD-0001"), 1},
                 {ReturnKind::Part, board, QStringLiteral("MB-OLD-0001"), 1}}
            << QStringLiteral("return_order.serial_duplicate") << QStringLiteral("items[1].serial");
    }

    void rules()
    {
        QFETCH(bool, withRequest);
        QFETCH(QList<ReturnLineDraft>, lines);
        QFETCH(QString, code);
        QFETCH(QString, field);
        auto o = service().create(actorFor(Role::Technician), m_complaint, withRequest ? m_issued : QString(), lines,
                                  QStringLiteral("Defective"));
        if (code.isEmpty()) {
            QVERIFY2(o.ok(), qPrintable(o.message()));
            QCOMPARE(o->number, QStringLiteral("RO-2025-09-25-1001"));
            QCOMPARE(o->partRequestNumber, withRequest ? m_issued : QString());
            QCOMPARE(m_st.outboxCount(QStringLiteral("return_order.created"), m_complaint), 2);
            const QJsonObject data = m_st.lastEvent(QStringLiteral("return_order.created")).value(u"data").toObject();
            QCOMPARE(data.value(u"complaint_no").toString(), m_complaint);
            QCOMPARE(data.value(u"total_items").toInt(), int(lines.size()));
        } else {
            QVERIFY(!o.ok());
            QCOMPARE(o.error().code, code);
            QCOMPARE(o.error().field, field);
            QCOMPARE(m_st.count(QStringLiteral("SELECT COUNT(*) FROM return_orders")), 0);
        }
    }

    void partRequestMustBelongAndBeIssued()
    {
        auto other = ComplaintService(m_st.db(), m_st.settings(), m_st.clock)
                         .registerComplaint(actorFor(Role::Technician), puneDraft(kDispatched43));
        // kDispatched43 has two models: pick one.
        ComplaintDraft d = puneDraft(kDispatched43);
        d.model = QStringLiteral("CGSTV43-UHD");
        other =
            ComplaintService(m_st.db(), m_st.settings(), m_st.clock).registerComplaint(actorFor(Role::Technician), d);
        QVERIFY2(other.ok(), qPrintable(other.message()));
        const QList<ReturnLineDraft> lines{
            {ReturnKind::Part, QStringLiteral("P-TV-MAINBRD"), QStringLiteral("MB-OLD-0001"), 1}};
        QCOMPARE(service().create(actorFor(Role::Technician), other->number, m_issued, lines).error().code,
                 QStringLiteral("return_order.part_request_mismatch"));
        auto pending = PartRequestService(m_st.db(), m_st.settings(), m_st.clock, m_st.dataDir())
                           .create(actorFor(Role::Technician), m_complaint, {{QStringLiteral("P-TV-REMOTE"), 1, {}}});
        QVERIFY(pending.ok());
        QCOMPARE(service()
                     .create(actorFor(Role::Technician), m_complaint, pending->number,
                             {{ReturnKind::Part, QStringLiteral("P-TV-REMOTE"), QString(), 1}})
                     .error()
                     .code,
                 QStringLiteral("return_order.part_request_status"));
    }

    void aSerialIsReturnedOnceAndTheUnitIsMarkedReturned()
    {
        const QList<ReturnLineDraft> lines{
            {ReturnKind::Part, QStringLiteral("P-TV-MAINBRD"), QStringLiteral("MB-OLD-0001"), 1},
            {ReturnKind::Unit, QString(), QString(), 1}};
        auto first = service().create(actorFor(Role::Technician), m_complaint, m_issued, lines);
        QVERIFY2(first.ok(), qPrintable(first.message()));
        auto unit = SerialRegister(m_st.db()).find(kDispatched36);
        QCOMPARE(unit.value()->state, SerialState::Returned);
        QCOMPARE(unit.value()->ref, first->number);
        auto again = service().create(actorFor(Role::Technician), m_complaint, m_issued, {lines.first()});
        QCOMPARE(again.error().code, QStringLiteral("return_order.already_returned"));
    }

    void roles_data()
    {
        QTest::addColumn<Role>("role");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("warehouse") << Role::Warehouse << false;
        QTest::newRow("technician") << Role::Technician << true;
        QTest::newRow("supervisor") << Role::Supervisor << true;
    }

    void roles()
    {
        QFETCH(Role, role);
        QFETCH(bool, allowed);
        auto o = service().create(actorFor(role), m_complaint, {}, {{ReturnKind::Unit, QString(), QString(), 1}});
        QCOMPARE(o.ok(), allowed);
        if (!allowed)
            QCOMPARE(o.error().code, QStringLiteral("auth.forbidden"));
    }
};

QTEST_GUILESS_MAIN(TestReturnOrderService)
#include "TestReturnOrderService.moc"
