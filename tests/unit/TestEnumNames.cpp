// The stable names of the domain's enums, read back as each always was: which spellings are tolerated (white space,
// case, '-' or ' ' for '_') differs per enum, and the table-driven helper must keep every one of them.
#include "app/domain/Actor.h"
#include "app/domain/Complaint.h"
#include "app/domain/Dispatch.h"
#include "app/domain/EnumNames.h"
#include "app/domain/EventType.h"
#include "app/domain/Inward.h"
#include "app/domain/MasterData.h"
#include "app/domain/PartRequest.h"
#include "app/domain/ReturnOrder.h"
#include "app/domain/Serial.h"
#include "app/services/Reconciliation.h"
#include "app/storage/Outbox.h"

#include <QSet>
#include <QTest>

#include <functional>

using namespace fb;
using namespace Qt::Literals::StringLiterals;

namespace {

// Parses `text` as the named enum and answers the value's name, or "-" when nothing matches.
QString parsed(const QString &kind, const QString &text)
{
    auto nameOr = [](const auto &value, auto name) { return value ? name(*value) : u"-"_s; };
    if (kind == u"role")
        return nameOr(roleFromName(text), roleName);
    if (kind == u"complaint")
        return nameOr(complaintStatusFromName(text), complaintStatusName);
    if (kind == u"part_request")
        return nameOr(partRequestStatusFromName(text), partRequestStatusName);
    if (kind == u"part_action")
        return nameOr(partActionFromName(text), partActionName);
    if (kind == u"serial")
        return nameOr(serialStateFromName(text), serialStateName);
    if (kind == u"dispatch")
        return nameOr(dispatchStateFromName(text), dispatchStateName);
    if (kind == u"draft")
        return nameOr(draftStateFromName(text), draftStateName);
    if (kind == u"outbox")
        return nameOr(outboxStateFromName(text), outboxStateName);
    if (kind == u"party")
        return nameOr(partyKindFromName(text), partyKindName);
    if (kind == u"return")
        return nameOr(returnKindFromName(text), returnKindName);
    if (kind == u"mismatch")
        return nameOr(mismatchKindFromName(text), mismatchKindName);
    if (kind == u"event")
        return nameOr(eventTypeFromName(text), eventTypeName);
    return u"?"_s;
}

enum class Colour { Red, Green, Blue };
constexpr EnumName<Colour> kColours[] = {{Colour::Red, u"RED"}, {Colour::Green, u"DARK_GREEN"}};

} // namespace

class TestEnumNames : public QObject
{
    Q_OBJECT

private slots:
    void helper();
    void spellings_data();
    void spellings();
    void everyNameRoundTrips();
};

void TestEnumNames::helper()
{
    QCOMPARE(nameOf(kColours, Colour::Green), u"DARK_GREEN"_s);
    QVERIFY(nameOf(kColours, Colour::Blue).isEmpty()); // not in the table
    QCOMPARE(valueOf(kColours, u"RED"_s), Colour::Red);
    QVERIFY(!valueOf(kColours, u"red"_s));
    QCOMPARE(valueOf(kColours, u" red "_s, {.trim = true, .textCase = NameMatch::Case::Upper}), Colour::Red);
    QVERIFY(!valueOf(kColours, u"dark-green"_s, {.textCase = NameMatch::Case::Upper}));
    QCOMPARE(valueOf(kColours, u"dark-green"_s, {.textCase = NameMatch::Case::Upper, .underscores = true}),
             Colour::Green);
    QCOMPARE(valueOf(kColours, u"Dark Green"_s, {.textCase = NameMatch::Case::Upper, .underscores = true}),
             Colour::Green);
    QCOMPARE(valuesOf(kColours), (QList<Colour>{Colour::Red, Colour::Green}));
}

void TestEnumNames::spellings_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected"); // the value's name, "-" for none

    // Roles: trimmed, any case.
    QTest::newRow("role exact") << u"role"_s << u"supervisor"_s << u"supervisor"_s;
    QTest::newRow("role case and space") << u"role"_s << u"  Admin "_s << u"admin"_s;
    QTest::newRow("role unknown") << u"role"_s << u"boss"_s << u"-"_s;
    // Complaint statuses: trimmed, any case, '-' or ' ' for '_'.
    QTest::newRow("complaint exact") << u"complaint"_s << u"AWAITING_PARTS"_s << u"AWAITING_PARTS"_s;
    QTest::newRow("complaint dash") << u"complaint"_s << u"awaiting-parts"_s << u"AWAITING_PARTS"_s;
    QTest::newRow("complaint space") << u"complaint"_s << u" Awaiting parts "_s << u"AWAITING_PARTS"_s;
    QTest::newRow("complaint unknown") << u"complaint"_s << u"REOPENED"_s << u"-"_s;
    // Part request statuses and actions: trimmed, any case.
    QTest::newRow("part request case") << u"part_request"_s << u" approved"_s << u"APPROVED"_s;
    QTest::newRow("part request unknown") << u"part_request"_s << u"WAITING"_s << u"-"_s;
    QTest::newRow("part action case") << u"part_action"_s << u"Consumed "_s << u"consumed"_s;
    QTest::newRow("part action unknown") << u"part_action"_s << u"fitted"_s << u"-"_s;
    // Outbox states: any case, but not trimmed.
    QTest::newRow("outbox case") << u"outbox"_s << u"in_flight"_s << u"IN_FLIGHT"_s;
    QTest::newRow("outbox space") << u"outbox"_s << u" PENDING"_s << u"-"_s;
    // Exact only: serial, dispatch and draft states, party, return, mismatch kinds, event types.
    QTest::newRow("serial exact") << u"serial"_s << u"IN_STOCK"_s << u"IN_STOCK"_s;
    QTest::newRow("serial case") << u"serial"_s << u"in_stock"_s << u"-"_s;
    QTest::newRow("dispatch exact") << u"dispatch"_s << u"CANCELLED"_s << u"CANCELLED"_s;
    QTest::newRow("dispatch case") << u"dispatch"_s << u"Cancelled"_s << u"-"_s;
    QTest::newRow("draft exact") << u"draft"_s << u"SUBMITTED"_s << u"SUBMITTED"_s;
    QTest::newRow("draft space") << u"draft"_s << u"OPEN "_s << u"-"_s;
    QTest::newRow("party exact") << u"party"_s << u"distributor"_s << u"distributor"_s;
    QTest::newRow("party case") << u"party"_s << u"Party"_s << u"-"_s;
    QTest::newRow("return exact") << u"return"_s << u"UNIT"_s << u"UNIT"_s;
    QTest::newRow("return case") << u"return"_s << u"unit"_s << u"-"_s;
    QTest::newRow("mismatch exact") << u"mismatch"_s << u"state_differs"_s << u"state_differs"_s;
    QTest::newRow("mismatch dash") << u"mismatch"_s << u"state-differs"_s << u"-"_s;
    QTest::newRow("event exact") << u"event"_s << u"part_request.created"_s << u"part_request.created"_s;
    QTest::newRow("event case") << u"event"_s << u"Spare.Decided"_s << u"-"_s;
}

void TestEnumNames::spellings()
{
    QFETCH(QString, kind);
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(parsed(kind, text), expected);
}

void TestEnumNames::everyNameRoundTrips()
{
    // Every value has its own name, and that name reads back as the value.
    auto check = [](const char *kind, const auto &values, auto name, auto fromName) {
        QSet<QString> seen;
        for (const auto &v : values) {
            const QString n = name(v);
            QVERIFY2(!n.isEmpty(), kind);
            QVERIFY2(!seen.contains(n), qPrintable(u"%1: %2 twice"_s.arg(QLatin1StringView(kind), n)));
            seen.insert(n);
            QVERIFY2(fromName(n) == v, qPrintable(u"%1: %2"_s.arg(QLatin1StringView(kind), n)));
        }
    };
    check("role", QList<Role>{Role::Warehouse, Role::Technician, Role::Supervisor, Role::Admin}, roleName,
          roleFromName);
    check("complaint", allComplaintStatuses(), complaintStatusName, complaintStatusFromName);
    QCOMPARE(allComplaintStatuses().size(), 7);
    check("part request",
          QList<PartRequestStatus>{PartRequestStatus::Pending, PartRequestStatus::Approved, PartRequestStatus::Rejected,
                                   PartRequestStatus::Issued, PartRequestStatus::Replaced, PartRequestStatus::Consumed},
          partRequestStatusName, partRequestStatusFromName);
    check("part action", QList<PartAction>{PartAction::Issued, PartAction::Replaced, PartAction::Consumed},
          partActionName, partActionFromName);
    check("serial",
          QList<SerialState>{SerialState::Generated, SerialState::InStock, SerialState::Dispatched,
                             SerialState::Returned},
          serialStateName, serialStateFromName);
    check("dispatch",
          QList<DispatchState>{DispatchState::Draft, DispatchState::Submitted, DispatchState::Cancelled,
                               DispatchState::Abandoned},
          dispatchStateName, dispatchStateFromName);
    check("draft", QList<DraftState>{DraftState::Open, DraftState::Submitted, DraftState::Abandoned}, draftStateName,
          draftStateFromName);
    check("outbox",
          QList<OutboxState>{OutboxState::Pending, OutboxState::InFlight, OutboxState::Delivered, OutboxState::Failed,
                             OutboxState::Discarded},
          outboxStateName, outboxStateFromName);
    check("party", QList<PartyKind>{PartyKind::Party, PartyKind::Distributor}, partyKindName, partyKindFromName);
    check("return", QList<ReturnKind>{ReturnKind::Part, ReturnKind::Unit}, returnKindName, returnKindFromName);
    check("mismatch", allMismatchKinds(), mismatchKindName, mismatchKindFromName);
    QCOMPARE(allMismatchKinds().size(), 8);
    check("event", allEventTypes(), eventTypeName, eventTypeFromName);
    QCOMPARE(allEventTypes().size(), 10);
    QCOMPARE(spareDecisionName(SpareDecision::Approve), u"APPROVED"_s);
    QCOMPARE(spareDecisionName(SpareDecision::Reject), u"REJECTED"_s);
}

QTEST_GUILESS_MAIN(TestEnumNames)
#include "TestEnumNames.moc"
