// Complaint registration rules (each allowed and refused), status transitions, codes, listing, tracking, dashboard.
#include "ServiceFixture.h"

#include "app/services/ApprovalService.h"
#include "app/services/ComplaintService.h"
#include "app/services/PartRequestService.h"
#include "app/services/ServiceDashboard.h"
#include "app/storage/AuditLog.h"

#include <QRegularExpression>
#include <QtTest>

#include <functional>

using namespace fb;
using namespace fb::test;

using DraftEdit = std::function<void(ComplaintDraft &)>;
Q_DECLARE_METATYPE(DraftEdit)

class TestComplaintService : public QObject
{
    Q_OBJECT

    ServiceStation m_st;

    ComplaintService service() { return ComplaintService(m_st.db(), m_st.settings(), m_st.clock); }
    Complaint registered(const ComplaintDraft &d = puneDraft(), Role role = Role::Technician)
    {
        auto c = service().registerComplaint(actorFor(role), d);
        if (!c.ok())
            qFatal("register failed: %s", qPrintable(c.message()));
        return c.value();
    }

private slots:
    void init()
    {
        QString why;
        QVERIFY2(m_st.open(&why), qPrintable(why));
    }

    void registerRules_data()
    {
        QTest::addColumn<DraftEdit>("edit");
        QTest::addColumn<Role>("role");
        QTest::addColumn<QString>("code"); // empty: accepted
        QTest::addColumn<QString>("field");

        const Role tech = Role::Technician;
        QTest::newRow("accepted") << DraftEdit([](ComplaintDraft &) {}) << tech << QString() << QString();
        // Nomenclature.
        QTest::newRow("serial unknown product")
            << DraftEdit([](ComplaintDraft &d) { d.serial = QStringLiteral("XYZ122509251001"); }) << tech
            << QStringLiteral("serial.unknown_product") << QStringLiteral("serial");
        QTest::newRow("serial too short")
            << DraftEdit([](ComplaintDraft &d) { d.serial = QStringLiteral("CGSTV36250925"); }) << tech
            << QStringLiteral("serial.length") << QStringLiteral("serial");
        QTest::newRow("serial future date")
            << DraftEdit([](ComplaintDraft &d) { d.serial = QStringLiteral("CGSTV362612011001"); }) << tech
            << QStringLiteral("serial.future_date") << QStringLiteral("serial");
        QTest::newRow("serial empty") << DraftEdit([](ComplaintDraft &d) { d.serial.clear(); }) << tech
                                      << QStringLiteral("serial.empty") << QStringLiteral("serial");
        // The register: never dispatched is refused, unless a supervisor overrides with a reason.
        QTest::newRow("in stock refused")
            << DraftEdit([](ComplaintDraft &d) { d.serial = kInStock36; }) << tech
            << QStringLiteral("complaint.serial_not_dispatched") << QStringLiteral("serial");
        QTest::newRow("generated refused")
            << DraftEdit([](ComplaintDraft &d) { d.serial = kGenerated36; }) << tech
            << QStringLiteral("complaint.serial_not_dispatched") << QStringLiteral("serial");
        QTest::newRow("not in register refused")
            << DraftEdit([](ComplaintDraft &d) { d.serial = kUnregistered36; }) << tech
            << QStringLiteral("complaint.serial_not_dispatched") << QStringLiteral("serial");
        QTest::newRow("technician may not override") << DraftEdit([](ComplaintDraft &d) {
            d.serial = kInStock36;
            d.serialOverrideReason = QStringLiteral("Customer bought a display unit");
        }) << tech << QStringLiteral("auth.forbidden")
                                                     << QStringLiteral("override_reason");
        QTest::newRow("supervisor override accepted") << DraftEdit([](ComplaintDraft &d) {
            d.serial = kUnregistered36;
            d.serialOverrideReason = QStringLiteral("Unit sold before Floorbridge");
        }) << Role::Supervisor << QString() << QString();
        // Model by state and city.
        QTest::newRow("model not sold in state") << DraftEdit([](ComplaintDraft &d) {
            d.city = QStringLiteral("New Delhi");
            d.state = QStringLiteral("Delhi");
            d.pinCode = QStringLiteral("110001");
        }) << tech << QStringLiteral("complaint.model_state")
                                                 << QStringLiteral("state");
        QTest::newRow("model state by name accepted") << DraftEdit([](ComplaintDraft &d) {
            d.city = QStringLiteral("Bengaluru");
            d.state = QStringLiteral("Karnataka");
            d.pinCode = QStringLiteral("560001");
        }) << tech << QString() << QString();
        QTest::newRow("model city accepted") << DraftEdit([](ComplaintDraft &d) {
            d.serial = kDispatched32;
            d.model = QStringLiteral("CGSTV32-HDX");
        }) << tech << QString() << QString();
        QTest::newRow("model not sold in city") << DraftEdit([](ComplaintDraft &d) {
            d.serial = kDispatched32;
            d.model = QStringLiteral("CGSTV32-HDX");
            d.city = QStringLiteral("Nagpur");
            d.pinCode = QStringLiteral("440001");
        }) << tech << QStringLiteral("complaint.model_city")
                                                << QStringLiteral("city");
        QTest::newRow("model must be chosen") << DraftEdit([](ComplaintDraft &d) { d.serial = kDispatched32; }) << tech
                                              << QStringLiteral("complaint.model_choose") << QStringLiteral("model");
        QTest::newRow("model of another product") << DraftEdit([](ComplaintDraft &d) {
            d.serial = kDispatched32;
            d.model = QStringLiteral("CGSTV36-FHD");
        }) << tech << QStringLiteral("complaint.model_product")
                                                  << QStringLiteral("model");
        // Call types from master data.
        QTest::newRow("call type Pre-sale by name")
            << DraftEdit([](ComplaintDraft &d) { d.callType = QStringLiteral("Pre-sale"); }) << tech << QString()
            << QString();
        QTest::newRow("call type inspection")
            << DraftEdit([](ComplaintDraft &d) { d.callType = QStringLiteral("inspection"); }) << tech << QString()
            << QString();
        QTest::newRow("call type installation")
            << DraftEdit([](ComplaintDraft &d) { d.callType = QStringLiteral("INSTALLATION"); }) << tech << QString()
            << QString();
        QTest::newRow("call type unknown")
            << DraftEdit([](ComplaintDraft &d) { d.callType = QStringLiteral("WARRANTY"); }) << tech
            << QStringLiteral("complaint.call_type") << QStringLiteral("call_type");
        // Customer fields.
        QTest::newRow("phone bad") << DraftEdit([](ComplaintDraft &d) { d.phone = QStringLiteral("12345"); }) << tech
                                   << QStringLiteral("phone.length") << QStringLiteral("phone");
        QTest::newRow("pin bad") << DraftEdit([](ComplaintDraft &d) { d.pinCode = QStringLiteral("011001"); }) << tech
                                 << QStringLiteral("pin.first_digit") << QStringLiteral("pin_code");
        QTest::newRow("state unknown") << DraftEdit([](ComplaintDraft &d) { d.state = QStringLiteral("XX"); }) << tech
                                       << QStringLiteral("complaint.state") << QStringLiteral("state");
        QTest::newRow("city empty") << DraftEdit([](ComplaintDraft &d) { d.city.clear(); }) << tech
                                    << QStringLiteral("complaint.city_empty") << QStringLiteral("city");
        QTest::newRow("customer code bad")
            << DraftEdit([](ComplaintDraft &d) { d.customerCode = QStringLiteral("C 1"); }) << tech
            << QStringLiteral("complaint.customer_code_format") << QStringLiteral("customer_code");
        QTest::newRow("customer name empty")
            << DraftEdit([](ComplaintDraft &d) { d.customerName = QStringLiteral(" "); }) << tech
            << QStringLiteral("complaint.customer_name_empty") << QStringLiteral("customer_name");
        // Technicians from master data.
        QTest::newRow("technician unknown")
            << DraftEdit([](ComplaintDraft &d) { d.technicianCode = QStringLiteral("T999"); }) << tech
            << QStringLiteral("complaint.technician_unknown") << QStringLiteral("technician_code");
        QTest::newRow("technician inactive")
            << DraftEdit([](ComplaintDraft &d) { d.technicianCode = QStringLiteral("T003"); }) << tech
            << QStringLiteral("complaint.technician_inactive") << QStringLiteral("technician_code");
        QTest::newRow("technician optional")
            << DraftEdit([](ComplaintDraft &d) { d.technicianCode.clear(); }) << tech << QString() << QString();
        // Roles.
        QTest::newRow("warehouse may not register")
            << DraftEdit([](ComplaintDraft &) {}) << Role::Warehouse << QStringLiteral("auth.forbidden") << QString();
        QTest::newRow("supervisor may register")
            << DraftEdit([](ComplaintDraft &) {}) << Role::Supervisor << QString() << QString();
    }

    void registerRules()
    {
        QFETCH(DraftEdit, edit);
        QFETCH(Role, role);
        QFETCH(QString, code);
        QFETCH(QString, field);
        ComplaintDraft d = puneDraft();
        edit(d);
        auto c = service().registerComplaint(actorFor(role), d);
        if (code.isEmpty()) {
            QVERIFY2(c.ok(), qPrintable(c.message()));
            QCOMPARE(m_st.count(QStringLiteral("SELECT COUNT(*) FROM complaints")), 1);
            QCOMPARE(m_st.outboxCount(QStringLiteral("complaint.registered"), c->number), 2); // one per CRM
        } else {
            QVERIFY(!c.ok());
            QCOMPARE(c.error().code, code);
            QCOMPARE(c.error().field, field);
            QVERIFY(!c.message().isEmpty());
            // Refused: nothing written, nothing sent, no number used.
            QCOMPARE(m_st.count(QStringLiteral("SELECT COUNT(*) FROM complaints")), 0);
            QCOMPARE(m_st.count(QStringLiteral("SELECT COUNT(*) FROM outbox")), 0);
        }
    }

    void registrationRecordsTheComplaintAsTheUserSawIt()
    {
        const Complaint c = registered();
        QCOMPARE(c.number, QStringLiteral("CMP-2025-09-25-1001"));
        QCOMPARE(c.model, QStringLiteral("CGSTV36-FHD")); // derived: the product has one model
        QCOMPARE(c.productCode, QStringLiteral("CGSTV36"));
        QCOMPARE(c.customer.phone, QStringLiteral("9822012345"));
        QCOMPARE(c.status, ComplaintStatus::Assigned); // a technician was given
        QCOMPARE(c.operatorCode, QStringLiteral("T100"));
        QCOMPARE(c.stationId, QStringLiteral("ST01"));
        QCOMPARE(registered().number, QStringLiteral("CMP-2025-09-25-1002"));
        // Legacy body: the seed's style.
        const QJsonObject data = m_st.lastEvent(QStringLiteral("complaint.registered")).value(u"data").toObject();
        QCOMPARE(data.value(u"request_id").toString(), QStringLiteral("CMP-2025-09-25-1002"));
        QCOMPARE(data.value(u"source").toString(), QStringLiteral("mobile_app"));
        QCOMPARE(data.value(u"timestamp").toString(), QStringLiteral("2025-09-25T17:00:00+05:30"));
        QCOMPARE(data.value(u"complaint").toObject().value(u"product").toObject().value(u"sn").toString(),
                 kDispatched36);
    }

    void complaintNumbersComeFromTheStationsBlock()
    {
        QVERIFY(m_st.settings().setValue(QStringLiteral("station.number"), QStringLiteral("3")).ok());
        QCOMPARE(registered().number, QStringLiteral("CMP-2025-09-25-3001"));
        m_st.clock.advanceMs(24LL * 3600 * 1000);
        QCOMPARE(registered().number, QStringLiteral("CMP-2025-09-26-3001"));
        static const QRegularExpression format(QStringLiteral("^CMP-\\d{4}-\\d{2}-\\d{2}-\\d{4}$"));
        QVERIFY(format.match(registered().number).hasMatch());
    }

    void supervisorOverrideIsAudited()
    {
        ComplaintDraft d = puneDraft(kInStock36);
        d.serialOverrideReason = QStringLiteral("Demo unit sold off the floor");
        const Complaint c = registered(d, Role::Supervisor);
        QCOMPARE(c.serialOverrideReason, d.serialOverrideReason);
        auto audit = AuditLog(m_st.db()).recent(10, c.number);
        QVERIFY(audit.ok());
        bool found = false;
        for (const AuditEntry &e : *audit)
            found = found || (e.action == u"complaint.serial_override" && e.details.contains(u"IN_STOCK") &&
                              e.operatorCode == u"S001");
        QVERIFY(found);
        // The phone number never reaches the audit log.
        for (const AuditEntry &e : *audit)
            QVERIFY(!e.details.contains(u"9822012345"));
    }

    void checkSerialTellsTheFormWhatItNeeds()
    {
        auto check = service().checkSerial(actorFor(Role::Technician), QStringLiteral(" cgstv322509251001 "));
        QVERIFY2(check.ok(), qPrintable(check.message()));
        QCOMPARE(check->serial, kDispatched32);
        QCOMPARE(check->models, (QStringList{QStringLiteral("CGSTV32-HD"), QStringLiteral("CGSTV32-HDX")}));
        QVERIFY(!check->needsOverride);
        auto stock = service().checkSerial(actorFor(Role::Technician), kInStock36);
        QVERIFY(stock.ok());
        QVERIFY(stock->needsOverride);
        QVERIFY(stock->warning.contains(u"IN_STOCK"));
    }

    // The register form shows every field's problem at once: check() names each field, in registration's order, and
    // its first problem is the refusal registerComplaint gives.
    void checkNamesEveryFieldAtOnce()
    {
        const Actor tech = actorFor(Role::Technician);
        const QList<Error> empty = service().check(tech, ComplaintDraft{});
        QStringList fields;
        for (const Error &e : empty)
            fields << e.field;
        QCOMPARE(fields,
                 (QStringList{QStringLiteral("customer_code"), QStringLiteral("customer_name"), QStringLiteral("phone"),
                              QStringLiteral("city"), QStringLiteral("state"), QStringLiteral("pin_code"),
                              QStringLiteral("call_type"), QStringLiteral("serial")}));
        auto refused = service().registerComplaint(tech, ComplaintDraft{});
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, empty.first().code);
        QCOMPARE(refused.error().message, empty.first().message);

        // Two bad fields and a model sold elsewhere: each said beside its own field.
        ComplaintDraft d = puneDraft();
        d.phone = QStringLiteral("12345");
        d.pinCode = QStringLiteral("0110");
        d.state = QStringLiteral("Delhi");
        QStringList codes;
        for (const Error &e : service().check(tech, d))
            codes << e.field + u'=' + e.code;
        QCOMPARE(codes.size(), 3);
        QVERIFY2(codes.at(0).startsWith(u"phone="), qPrintable(codes.join(u' ')));
        QVERIFY2(codes.at(1).startsWith(u"pin_code="), qPrintable(codes.join(u' ')));
        QCOMPARE(codes.at(2), QStringLiteral("state=complaint.model_state"));
        QVERIFY(service().check(tech, puneDraft()).isEmpty());
        QCOMPARE(m_st.count(QStringLiteral("SELECT COUNT(*) FROM complaints")), 0);
    }

    void transitions_data()
    {
        QTest::addColumn<QStringList>("path"); // statuses to go through after registration (ASSIGNED)
        QTest::addColumn<QString>("code");     // for the last step; empty: allowed

        QTest::newRow("assigned → visited") << QStringList{QStringLiteral("VISITED")} << QString();
        QTest::newRow("visited → resolved → closed")
            << QStringList{QStringLiteral("VISITED"), QStringLiteral("RESOLVED"), QStringLiteral("CLOSED")}
            << QString();
        QTest::newRow("resolved → reopened (visited)")
            << QStringList{QStringLiteral("VISITED"), QStringLiteral("RESOLVED"), QStringLiteral("VISITED")}
            << QString();
        QTest::newRow("assigned → closed refused")
            << QStringList{QStringLiteral("CLOSED")} << QStringLiteral("complaint.transition");
        QTest::newRow("assigned → resolved refused")
            << QStringList{QStringLiteral("RESOLVED")} << QStringLiteral("complaint.transition");
        QTest::newRow("assigned → cancelled") << QStringList{QStringLiteral("CANCELLED")} << QString();
        QTest::newRow("cancelled is final") << QStringList{QStringLiteral("CANCELLED"), QStringLiteral("VISITED")}
                                            << QStringLiteral("complaint.terminal");
        QTest::newRow("closed is final") << QStringList{QStringLiteral("VISITED"), QStringLiteral("RESOLVED"),
                                                        QStringLiteral("CLOSED"), QStringLiteral("VISITED")}
                                         << QStringLiteral("complaint.terminal");
        QTest::newRow("visited → awaiting parts → resolved")
            << QStringList{QStringLiteral("VISITED"), QStringLiteral("AWAITING_PARTS"), QStringLiteral("RESOLVED")}
            << QString();
    }

    void transitions()
    {
        QFETCH(QStringList, path);
        QFETCH(QString, code);
        const Complaint c = registered();
        for (int i = 0; i < path.size(); ++i) {
            ComplaintChange change{complaintStatusFromName(path.at(i)), QStringLiteral("step %1").arg(i)};
            auto r = service().update(actorFor(Role::Technician), c.number, change);
            if (i + 1 < path.size() || code.isEmpty()) {
                QVERIFY2(r.ok(), qPrintable(r.message()));
                QCOMPARE(complaintStatusName(r->status), path.at(i));
            } else {
                QVERIFY(!r.ok());
                QCOMPARE(r.error().code, code);
            }
        }
    }

    void callUpdateNeedsNotesAndIsSent()
    {
        const Complaint c = registered();
        auto empty =
            service().update(actorFor(Role::Technician), c.number, ComplaintChange{ComplaintStatus::Visited, {}});
        QVERIFY(!empty.ok());
        QCOMPARE(empty.error().field, QStringLiteral("notes"));
        auto note = service().update(actorFor(Role::Technician), c.number,
                                     ComplaintChange{std::nullopt, QStringLiteral("Customer not at home")});
        QVERIFY2(note.ok(), qPrintable(note.message()));
        QCOMPARE(note->status, ComplaintStatus::Assigned);
        QCOMPARE(m_st.outboxCount(QStringLiteral("complaint.updated"), c.number), 2);
        const QJsonObject data = m_st.lastEvent(QStringLiteral("complaint.updated")).value(u"data").toObject();
        QCOMPARE(data.value(u"remarks").toString(), QStringLiteral("Customer not at home"));
        auto details = service().details(actorFor(Role::Technician), c.number);
        QVERIFY(details.ok());
        QCOMPARE(details->updates.size(), 2); // registered + the note
    }

    void cannotCloseWhileAPartRequestIsOpen()
    {
        const Complaint c = registered();
        QVERIFY(service()
                    .update(actorFor(Role::Technician), c.number,
                            ComplaintChange{ComplaintStatus::Visited, QStringLiteral("Panel cracked")})
                    .ok());
        PartRequestService parts(m_st.db(), m_st.settings(), m_st.clock, m_st.dataDir());
        auto pr =
            parts.create(actorFor(Role::Technician), c.number, {PartLineDraft{QStringLiteral("P-TV-REMOTE"), 1, {}}});
        QVERIFY2(pr.ok(), qPrintable(pr.message()));
        for (ComplaintStatus to : {ComplaintStatus::Resolved}) {
            auto r =
                service().update(actorFor(Role::Technician), c.number, ComplaintChange{to, QStringLiteral("done")});
            QVERIFY(!r.ok());
            QCOMPARE(r.error().code, QStringLiteral("complaint.open_part_request"));
        }
        // Rejected: no longer open, so the complaint can be resolved and closed.
        QVERIFY(ApprovalService(m_st.db(), m_st.clock)
                    .decide(actorFor(Role::Supervisor), pr->number, SpareDecision::Reject, QStringLiteral("Not needed"))
                    .ok());
        QVERIFY(service()
                    .update(actorFor(Role::Technician), c.number,
                            ComplaintChange{ComplaintStatus::Resolved, QStringLiteral("Fixed a loose cable")})
                    .ok());
        QVERIFY(service()
                    .update(actorFor(Role::Technician), c.number,
                            ComplaintChange{ComplaintStatus::Closed, QStringLiteral("Customer happy")})
                    .ok());
    }

    void codesChangeOnlyForAllowedRoles_data()
    {
        QTest::addColumn<Role>("role");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("technician") << Role::Technician << false;
        QTest::newRow("warehouse") << Role::Warehouse << false;
        QTest::newRow("supervisor") << Role::Supervisor << true;
        QTest::newRow("admin") << Role::Admin << true;
    }

    void codesChangeOnlyForAllowedRoles()
    {
        QFETCH(Role, role);
        QFETCH(bool, allowed);
        const Complaint c = registered();
        auto r = service().setCodes(actorFor(role), c.number, QStringLiteral("T002"), QStringLiteral("CUST-900"));
        QCOMPARE(r.ok(), allowed);
        if (!allowed) {
            QCOMPARE(r.error().code, QStringLiteral("auth.forbidden"));
            return;
        }
        QCOMPARE(r->technicianCode, QStringLiteral("T002"));
        QCOMPARE(r->customer.code, QStringLiteral("CUST-900"));
        const QJsonObject data = m_st.lastEvent(QStringLiteral("complaint.updated")).value(u"data").toObject();
        QCOMPARE(data.value(u"action").toString(), QStringLiteral("CODES_UPDATE"));
        QCOMPARE(data.value(u"customer_code").toString(), QStringLiteral("CUST-900"));
        auto inactive = service().setCodes(actorFor(role), c.number, QStringLiteral("T003"), {});
        QCOMPARE(inactive.error().code, QStringLiteral("complaint.technician_inactive"));
    }

    void trackNeedsTheMatchingSerial()
    {
        const Complaint c = registered();
        const Actor tech = actorFor(Role::Technician);
        auto ok = service().track(tech, c.number.toLower(), kDispatched36.toLower());
        QVERIFY2(ok.ok(), qPrintable(ok.message()));
        QCOMPARE(ok->complaint.number, c.number);
        auto wrongSerial = service().track(tech, c.number, kDispatched32);
        auto unknownNumber = service().track(tech, QStringLiteral("CMP-2025-09-25-1999"), kDispatched36);
        QVERIFY(!wrongSerial.ok());
        QVERIFY(!unknownNumber.ok());
        QCOMPARE(wrongSerial.error().code, QStringLiteral("complaint.track_mismatch"));
        // The refusal is the same either way: it does not tell a guesser which half was wrong.
        QCOMPARE(wrongSerial.message(), unknownNumber.message());
        QVERIFY(!wrongSerial.message().contains(c.number));
        auto noSerial = service().track(tech, c.number, QString());
        QCOMPARE(noSerial.error().code, QStringLiteral("complaint.track_serial_empty"));
    }

    void listFiltersAndPages()
    {
        const Actor tech = actorFor(Role::Technician);
        registered();
        ComplaintDraft presale = puneDraft(kDispatched43);
        presale.model = QStringLiteral("CGSTV43-UHD");
        presale.callType = QStringLiteral("PRE_SALE");
        presale.technicianCode = QStringLiteral("T002");
        m_st.clock.advanceMs(60000);
        const Complaint second = registered(presale);
        m_st.clock.advanceMs(60000);
        registered();

        auto all = service().list(tech, ComplaintFilter{});
        QVERIFY(all.ok());
        QCOMPARE(all->rows.size(), 3);
        QCOMPARE(all->rows.first().number, QStringLiteral("CMP-2025-09-25-1003")); // newest first

        ComplaintFilter byType;
        byType.callType = QStringLiteral("Pre-sale");
        QCOMPARE(service().list(tech, byType)->rows.size(), 1);
        ComplaintFilter byTech;
        byTech.technicianCode = QStringLiteral("t002");
        QCOMPARE(service().list(tech, byTech)->rows.first().number, second.number);
        ComplaintFilter bySerial;
        bySerial.serial = QStringLiteral("CGSTV43");
        QCOMPARE(service().list(tech, bySerial)->rows.size(), 1);
        ComplaintFilter byStatus;
        byStatus.status = ComplaintStatus::Open;
        QCOMPARE(service().list(tech, byStatus)->rows.size(), 0);
        ComplaintFilter byDate;
        byDate.from = QDate(2025, 9, 26);
        QCOMPARE(service().list(tech, byDate)->rows.size(), 0);
        byDate.from = QDate(2025, 9, 25);
        byDate.to = QDate(2025, 9, 25);
        QCOMPARE(service().list(tech, byDate)->rows.size(), 3);

        ComplaintFilter paged;
        paged.limit = 2;
        auto first = service().list(tech, paged);
        QVERIFY(first->hasMore);
        paged.beforeCreatedMs = first->nextBeforeCreatedMs;
        paged.beforeNumber = first->nextBeforeNumber;
        auto rest = service().list(tech, paged);
        QCOMPARE(rest->rows.size(), 1);
        QVERIFY(!rest->hasMore);
        QCOMPARE(rest->rows.first().number, QStringLiteral("CMP-2025-09-25-1001"));

        auto warehouse = service().list(actorFor(Role::Warehouse), ComplaintFilter{});
        QCOMPARE(warehouse.error().code, QStringLiteral("auth.forbidden"));
    }

    void dashboardCountsOpenComplaintsAndAgeing()
    {
        registered(); // day 0
        m_st.clock.advanceMs(4LL * 86400 * 1000);
        const Complaint mid = registered(); // day 4
        m_st.clock.advanceMs(5LL * 86400 * 1000);
        const Complaint fresh = registered(); // day 9
        QVERIFY(service()
                    .update(actorFor(Role::Technician), fresh.number,
                            ComplaintChange{ComplaintStatus::Cancelled, QStringLiteral("Duplicate")})
                    .ok());
        PartRequestService parts(m_st.db(), m_st.settings(), m_st.clock, m_st.dataDir());
        QVERIFY(
            parts.create(actorFor(Role::Technician), mid.number, {PartLineDraft{QStringLiteral("P-TV-REMOTE"), 1, {}}})
                .ok());
        auto snap = ServiceDashboard(m_st.db(), m_st.clock).snapshot(actorFor(Role::Technician));
        QVERIFY2(snap.ok(), qPrintable(snap.message()));
        QCOMPARE(snap->openByStatus.value(QStringLiteral("ASSIGNED")), 1);
        QCOMPARE(snap->openByStatus.value(QStringLiteral("AWAITING_PARTS")), 1);
        QCOMPARE(snap->openByStatus.value(QStringLiteral("CANCELLED")), 0);
        QCOMPARE(snap->openByCallType.value(QStringLiteral("REPAIR")), 2);
        QCOMPARE(snap->pendingApprovals, 1);
        QCOMPARE(snap->ageing0to2, 0);
        QCOMPARE(snap->ageing3to7, 1);  // 5 days old
        QCOMPARE(snap->ageingOver7, 1); // 9 days old
    }
};

QTEST_GUILESS_MAIN(TestComplaintService)
#include "TestComplaintService.moc"
