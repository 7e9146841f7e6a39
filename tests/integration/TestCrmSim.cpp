// crm-sim as the sync tests see it: a child process on loopback, driven through CrmSimProcess.

#include "CrmSimProcess.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

#include <nlohmann/json.hpp>

using fb::test::CrmSimProcess;
using Crm = CrmSimProcess::Crm;
using Json = nlohmann::ordered_json;

namespace {

// Seed 000's three payloads, field for field.
constexpr const char *kStage1 = R"json({
  "total_sr": 5,
  "products": [
    {"product_id": "1", "product_code": "CGSTV32", "serial_list": ["CGSTV322509251001", "CGSTV322509251002"]},
    {"product_id": "2", "product_code": "CGSTV36",
     "serial_list": ["CGSTV362509251001", "CGSTV362509251002", "CGSTV362509251003"]}
  ]
})json";

constexpr const char *kStage2 = R"json({
  "request_id": "INV-2025-09-25-0007",
  "warehouse_code": "WH001",
  "total_sr": 5,
  "products": [
    {"product_id": "1", "product_code": "CGSTV32",
     "serials": [{"sn": "CGSTV322509251001", "status": "IN_STOCK"}, {"sn": "CGSTV322509251002", "status": "IN_STOCK"}]},
    {"product_id": "2", "product_code": "CGSTV36",
     "serials": [{"sn": "CGSTV362509251001", "status": "IN_STOCK"}, {"sn": "CGSTV362509251002", "status": "IN_STOCK"},
                 {"sn": "CGSTV362509251003", "status": "IN_STOCK"}]}
  ],
  "source": "mobile_app",
  "timestamp": "2025-09-25T17:00:00+05:30"
})json";

constexpr const char *kStage3 = R"json({
  "request_id": "DO-2025-09-25-0012",
  "timestamp": "2025-09-25T17:20:00+05:30",
  "source": "mobile_app",
  "action": "DISPATCH",
  "dispatch_order": {
    "order_id": "INDI-DO-000312",
    "distributor_code": "D001",
    "party_code": "RET123",
    "bill_to": {"name": "ABC Retail Pvt Ltd", "code": "RET123", "gstin": "27AAACA0000A1Z5",
                "address": "2nd Floor, MG Road, Pune, MH 411001"},
    "ship_to": {"name": "ABC Retail Warehouse", "code": "RET123-WH01",
                "address": "Plot 9, Hinjewadi Phase 2, Pune, MH 411057"},
    "transport": {"transporter_name": "BlueDart Logistics", "mode": "ROAD", "vehicle_no": "MH12AB1234",
                  "lr_no": "LR-9827345", "eway_bill_no": "3210-9988-7766",
                  "dispatch_datetime": "2025-09-25T17:05:00+05:30", "remarks": "Handle with care"}
  },
  "total_sr": 5,
  "products": [
    {"product_id": "1", "product_code": "CGSTV32", "warehouse_code": "WH001",
     "serials": [{"sn": "CGSTV322509251001", "status": "DISPATCHED"}, {"sn": "CGSTV322509251002", "status": "DISPATCHED"}]},
    {"product_id": "2", "product_code": "CGSTV36", "warehouse_code": "WH001",
     "serials": [{"sn": "CGSTV362509251001", "status": "DISPATCHED"}, {"sn": "CGSTV362509251002", "status": "DISPATCHED"},
                 {"sn": "CGSTV362509251003", "status": "DISPATCHED"}]}
  ]
})json";

const QString kStage1Path = QStringLiteral("/api/serials/generated");
const QString kStage2Path = QStringLiteral("/api/inventory/inward");
const QString kStage3Path = QStringLiteral("/api/inventory/dispatch");

Json stage(const QString &name)
{
    if (name == u"stage1")
        return Json::parse(kStage1);
    if (name == u"stage2")
        return Json::parse(kStage2);
    return Json::parse(kStage3);
}

QString pathOf(const QString &name)
{
    return name == u"stage1" ? kStage1Path : name == u"stage2" ? kStage2Path : kStage3Path;
}

QByteArray bytes(const Json &json)
{
    return QByteArray::fromStdString(json.dump());
}

Json envelope(const std::string &eventId, const std::string &type)
{
    return Json{{"event_id", eventId},  {"event_type", type},      {"occurred_at", "2025-09-25T17:00:00+05:30"},
                {"station_id", "ST01"}, {"operator_code", "W001"}, {"data", Json::parse(kStage2)}};
}

int statOf(const QJsonObject &stats, const char *name)
{
    return stats.value(QLatin1String(name)).toInt(-1);
}

} // namespace

class TestCrmSim : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void legacyAcceptsSeedPayloads_data();
    void legacyAcceptsSeedPayloads();
    void legacyRejectsMalformedField_data();
    void legacyRejectsMalformedField();
    void wrongOrMissingTokenIsRefused_data();
    void wrongOrMissingTokenIsRefused();
    void replayReturnsFirstAnswerAndAppliesOnce();
    void newCrmValidatesEnvelope();
    void newCrmAcceptsUndocumentedEventTypes();
    void masterDataPagesAndCursor();
    void masterDataUpsertAndChangesFollowCursor();
    void demoMasterDataIsValid();

    void throttleAnswers429WithRetryAfter();
    void errorRateAnswersConfiguredStatus();
    void outageAnswers503ButAdminStillWorks();
    void failNextFailsExactlyThatMany();
    void dropClosesConnectionWithoutAnswer();
    void hangNeverAnswers();
    void latencyDelaysAnswerAndStillApplies();
    void badFaultSettingIsRefused();
    // Issue 12: answers that need reading by their meaning.
    void rejectNextAnswers4xxOnThatPathOnly();
    void inProgressAndErrorBodyAreNotApplied();
    void applyThenFailOrDropAppliesOnceUnderOneKey();
    void replayConflictAnswers409AlreadyApplied();
    void sameKeyWhileProcessingIs409InProgress();

    void receivedDataAndKeysSurviveRestart();

private:
    CrmSimProcess::Reply postLegacy(const QString &path, const Json &body, const QString &key)
    {
        return m_sim.call(Crm::Legacy, "POST", path, bytes(body), key);
    }

    CrmSimProcess m_sim;
};

void TestCrmSim::initTestCase()
{
    QVERIFY2(m_sim.start(), qPrintable(m_sim.errorString()));
}

void TestCrmSim::init()
{
    QVERIFY(m_sim.reset());
}

void TestCrmSim::legacyAcceptsSeedPayloads_data()
{
    QTest::addColumn<QString>("payload");
    QTest::newRow("stage 1 serials generated") << QStringLiteral("stage1");
    QTest::newRow("stage 2 warehouse inward") << QStringLiteral("stage2");
    QTest::newRow("stage 3 dispatch") << QStringLiteral("stage3");
}

void TestCrmSim::legacyAcceptsSeedPayloads()
{
    QFETCH(QString, payload);
    const Json body = stage(payload);
    const auto reply = postLegacy(pathOf(payload), body, QStringLiteral("evt-1:legacy"));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json().object().value(u"status").toString(), QStringLiteral("ok"));

    const QJsonArray received = m_sim.received(Crm::Legacy, pathOf(payload));
    QCOMPARE(received.size(), 1);
    const QJsonObject record = received.first().toObject();
    QCOMPARE(record.value(u"idempotency_key").toString(), QStringLiteral("evt-1:legacy"));
    QCOMPARE(record.value(u"body").toObject(), QJsonDocument::fromJson(bytes(body)).object());
    QCOMPARE(statOf(m_sim.stats(Crm::Legacy), "applied"), 1);
}

void TestCrmSim::legacyRejectsMalformedField_data()
{
    QTest::addColumn<QString>("payload");
    QTest::addColumn<QString>("pointer");  // JSON pointer into the seed payload
    QTest::addColumn<QString>("newValue"); // JSON text to put there; empty: remove the field
    QTest::addColumn<QString>("field");    // what the 422 must name

    auto row = [](const char *name, const char *payload, const char *pointer, const char *value, const char *field) {
        QTest::newRow(name) << QString::fromLatin1(payload) << QString::fromLatin1(pointer)
                            << QString::fromLatin1(value) << QString::fromLatin1(field);
    };
    // Missing fields.
    row("1: total_sr missing", "stage1", "/total_sr", "", "total_sr");
    row("1: product_id missing", "stage1", "/products/1/product_id", "", "products[1].product_id");
    row("1: serial_list missing", "stage1", "/products/0/serial_list", "", "products[0].serial_list");
    row("2: request_id missing", "stage2", "/request_id", "", "request_id");
    row("2: timestamp missing", "stage2", "/timestamp", "", "timestamp");
    row("2: sn missing", "stage2", "/products/1/serials/2/sn", "", "products[1].serials[2].sn");
    row("3: gstin missing", "stage3", "/dispatch_order/bill_to/gstin", "", "dispatch_order.bill_to.gstin");
    row("3: warehouse_code missing", "stage3", "/products/1/warehouse_code", "", "products[1].warehouse_code");
    row("3: transport missing", "stage3", "/dispatch_order/transport", "", "dispatch_order.transport");
    // Extra fields.
    row("1: extra top-level", "stage1", "/note", "\"x\"", "note");
    row("1: extra in product", "stage1", "/products/0/colour", "\"black\"", "products[0].colour");
    row("2: extra in serial", "stage2", "/products/1/serials/0/batch", "\"B1\"", "products[1].serials[0].batch");
    row("3: extra in transport", "stage3", "/dispatch_order/transport/driver", "\"Raju\"",
        "dispatch_order.transport.driver");
    // Mistyped fields.
    row("1: serial not a string", "stage1", "/products/1/serial_list/0", "5", "products[1].serial_list[0]");
    row("1: product_id a number", "stage1", "/products/0/product_id", "1", "products[0].product_id");
    row("1: total_sr a string", "stage1", "/total_sr", "\"5\"", "total_sr");
    row("1: total_sr wrong count", "stage1", "/total_sr", "4", "total_sr");
    row("1: products not an array", "stage1", "/products", "{}", "products");
    row("2: status dispatched on inward", "stage2", "/products/0/serials/1/status", "\"DISPATCHED\"",
        "products[0].serials[1].status");
    row("2: timestamp without offset", "stage2", "/timestamp", "\"2025-09-25T17:00:00\"", "timestamp");
    row("2: timestamp not a date", "stage2", "/timestamp", "\"yesterday\"", "timestamp");
    row("2: total_sr wrong count", "stage2", "/total_sr", "6", "total_sr");
    row("2: warehouse_code empty", "stage2", "/warehouse_code", "\"\"", "warehouse_code");
    row("3: mode unknown", "stage3", "/dispatch_order/transport/mode", "\"TRUCK\"", "dispatch_order.transport.mode");
    row("3: action unknown", "stage3", "/action", "\"SHIP\"", "action");
    row("3: dispatch_datetime bad", "stage3", "/dispatch_order/transport/dispatch_datetime", "\"25/09/2025 17:05\"",
        "dispatch_order.transport.dispatch_datetime");
    row("3: status in stock on dispatch", "stage3", "/products/0/serials/0/status", "\"IN_STOCK\"",
        "products[0].serials[0].status");
    row("3: ship_to a string", "stage3", "/dispatch_order/ship_to", "\"RET123-WH01\"", "dispatch_order.ship_to");
    row("3: no products", "stage3", "/products", "[]", "products");
}

void TestCrmSim::legacyRejectsMalformedField()
{
    QFETCH(QString, payload);
    QFETCH(QString, pointer);
    QFETCH(QString, newValue);
    QFETCH(QString, field);

    Json body = stage(payload);
    const Json::json_pointer where(pointer.toStdString());
    if (newValue.isEmpty())
        body.at(where.parent_pointer()).erase(where.back());
    else
        body[where] = Json::parse(newValue.toStdString());

    const auto reply = postLegacy(pathOf(payload), body, QStringLiteral("bad-1:legacy"));
    QCOMPARE(reply.status, 422);
    const QJsonObject answer = reply.json().object();
    QCOMPARE(answer.value(u"field").toString(), field);
    QVERIFY2(answer.value(u"error").toString().startsWith(field + u':'), qPrintable(answer.value(u"error").toString()));

    const QJsonObject stats = m_sim.stats(Crm::Legacy);
    QCOMPARE(statOf(stats, "rejected"), 1);
    QCOMPARE(statOf(stats, "applied"), 0);
    QVERIFY(m_sim.received(Crm::Legacy).isEmpty());
}

void TestCrmSim::wrongOrMissingTokenIsRefused_data()
{
    QTest::addColumn<bool>("legacy");
    QTest::addColumn<QString>("token");
    QTest::newRow("legacy wrong") << true << QStringLiteral("not-the-token");
    QTest::newRow("legacy missing") << true << QString();
    QTest::newRow("legacy gets new token") << true << CrmSimProcess::newToken();
    QTest::newRow("new wrong") << false << QStringLiteral("not-the-token");
    QTest::newRow("new missing") << false << QString();
}

void TestCrmSim::wrongOrMissingTokenIsRefused()
{
    QFETCH(bool, legacy);
    QFETCH(QString, token);
    const Crm crm = legacy ? Crm::Legacy : Crm::New;
    const QByteArray body = legacy ? bytes(stage(QStringLiteral("stage1"))) : bytes(envelope("e1", "inward.submitted"));
    const QString path = legacy ? kStage1Path : QStringLiteral("/api/v2/inwards");
    const auto reply = m_sim.call(crm, "POST", path, body, QStringLiteral("k1"), CrmSimProcess::kAdminTimeoutMs, token);
    QCOMPARE(reply.status, 401);
    QCOMPARE(reply.json().object().value(u"field").toString(), QStringLiteral("Authorization"));
    QCOMPARE(statOf(m_sim.stats(crm), "applied"), 0);
}

void TestCrmSim::replayReturnsFirstAnswerAndAppliesOnce()
{
    const Json body = stage(QStringLiteral("stage1"));
    const auto first = postLegacy(kStage1Path, body, QStringLiteral("evt-7:legacy"));
    QCOMPARE(first.status, 200);
    QVERIFY(first.header("Idempotent-Replay").isEmpty());

    // Even a changed body under the same key is the same event: first answer, nothing applied.
    Json changed = body;
    changed["products"][0]["serial_list"][0] = "CGSTV322509259999";
    for (const Json &again : {body, changed}) {
        const auto replay = postLegacy(kStage1Path, again, QStringLiteral("evt-7:legacy"));
        QCOMPARE(replay.status, 200);
        QCOMPARE(replay.body, first.body);
        QCOMPARE(replay.header("Idempotent-Replay"), QByteArray("true"));
    }
    const QJsonObject stats = m_sim.stats(Crm::Legacy);
    QCOMPARE(statOf(stats, "applied"), 1);
    QCOMPARE(statOf(stats, "duplicates"), 2);
    QCOMPARE(statOf(stats, "received"), 3);
    QCOMPARE(statOf(stats.value(u"by_path").toObject().value(kStage1Path).toObject(), "duplicates"), 2);
    QCOMPARE(m_sim.received(Crm::Legacy).size(), 1);

    // Keys belong to one CRM: the same key on the new CRM is a different event there.
    const auto onNew = m_sim.call(Crm::New, "POST", QStringLiteral("/api/v2/serials/generated"),
                                  bytes(envelope("evt-7", "serials.generated")), QStringLiteral("evt-7:legacy"));
    QCOMPARE(onNew.status, 201);

    // A write without a key cannot be made idempotent and is refused.
    const auto keyless = postLegacy(kStage1Path, body, {});
    QCOMPARE(keyless.status, 400);
    QCOMPARE(keyless.json().object().value(u"field").toString(), QStringLiteral("Idempotency-Key"));
}

void TestCrmSim::newCrmValidatesEnvelope()
{
    const auto ok = m_sim.call(Crm::New, "POST", QStringLiteral("/api/v2/inwards"),
                               bytes(envelope("e-1", "inward.submitted")), QStringLiteral("e-1:new"));
    QCOMPARE(ok.status, 201);
    QCOMPARE(ok.json().object().value(u"event_id").toString(), QStringLiteral("e-1"));

    for (const char *required : {"event_id", "event_type", "occurred_at", "station_id", "data"}) {
        Json body = envelope("e-2", "inward.submitted");
        body.erase(required);
        const auto reply =
            m_sim.call(Crm::New, "POST", QStringLiteral("/api/v2/inwards"), bytes(body), QStringLiteral("e-2:new"));
        QCOMPARE(reply.status, 422);
        QCOMPARE(reply.json().object().value(u"field").toString(), QString::fromLatin1(required));
    }
    Json badTime = envelope("e-3", "inward.submitted");
    badTime["occurred_at"] = "2025-09-25 17:00";
    auto reply =
        m_sim.call(Crm::New, "POST", QStringLiteral("/api/v2/inwards"), bytes(badTime), QStringLiteral("e-3:new"));
    QCOMPARE(reply.status, 422);
    QCOMPARE(reply.json().object().value(u"field").toString(), QStringLiteral("occurred_at"));

    // The path's type must match event_type, both ways.
    reply = m_sim.call(Crm::New, "POST", QStringLiteral("/api/v2/dispatches"),
                       bytes(envelope("e-4", "inward.submitted")), QStringLiteral("e-4:new"));
    QCOMPARE(reply.status, 422);
    QCOMPARE(reply.json().object().value(u"field").toString(), QStringLiteral("event_type"));
    reply = m_sim.call(Crm::New, "POST", QStringLiteral("/api/v2/somewhere"),
                       bytes(envelope("e-5", "dispatch.cancelled")), QStringLiteral("e-5:new"));
    QCOMPARE(reply.status, 422);

    QCOMPARE(statOf(m_sim.stats(Crm::New), "applied"), 1);
    QCOMPARE(m_sim.received(Crm::New).size(), 1);
}

void TestCrmSim::newCrmAcceptsUndocumentedEventTypes()
{
    // An event type the simulator has no rule for (documented types must go to their own path).
    Json body = envelope("c-1", "warranty.extended");
    body["data"] = Json{{"serial", "CGSTV322509251001"}, {"months", 12}};
    const auto reply = m_sim.call(Crm::New, "POST", QStringLiteral("/api/v2/service/warranties"), bytes(body),
                                  QStringLiteral("c-1:new"));
    QCOMPARE(reply.status, 201);
    const QJsonArray received = m_sim.received(Crm::New, QStringLiteral("/api/v2/service/warranties"));
    QCOMPARE(received.size(), 1);
    QCOMPARE(received.first().toObject().value(u"body").toObject().value(u"event_type").toString(),
             QStringLiteral("warranty.extended"));
}

void TestCrmSim::masterDataPagesAndCursor()
{
    auto get = [&](const QString &query) {
        return m_sim.call(Crm::New, "GET", QStringLiteral("/api/v2/products?") + query).json().object();
    };
    const QJsonObject first = get(QStringLiteral("page=1&page_size=4"));
    QCOMPARE(first.value(u"total").toInt(), 6);
    QCOMPARE(first.value(u"page").toInt(), 1);
    QCOMPARE(first.value(u"page_size").toInt(), 4);
    QCOMPARE(first.value(u"has_more").toBool(), true);
    QCOMPARE(first.value(u"items").toArray().size(), 4);
    QCOMPARE(first.value(u"cursor").toString(), QStringLiteral("2025-09-03T09:00:00+05:30"));
    QCOMPARE(first.value(u"items").toArray().first().toObject().value(u"code").toString(), QStringLiteral("CGSTV32"));

    const QJsonObject second = get(QStringLiteral("page=2&page_size=4"));
    QCOMPARE(second.value(u"has_more").toBool(), false);
    const QJsonArray rest = second.value(u"items").toArray();
    QCOMPARE(rest.size(), 2);
    // Ordered by updated_at, then code.
    QCOMPARE(rest.at(0).toObject().value(u"code").toString(), QStringLiteral("CGAC15"));
    QCOMPARE(rest.at(1).toObject().value(u"code").toString(), QStringLiteral("CGWM07"));
    QCOMPARE(second.value(u"cursor"), first.value(u"cursor"));

    // updated_since is exclusive; a "+" offset must arrive intact.
    const QByteArray since = QUrl::toPercentEncoding(QStringLiteral("2025-09-02T09:00:00+05:30"));
    const QJsonObject newer = get(QStringLiteral("updated_since=") + QString::fromLatin1(since));
    QCOMPARE(newer.value(u"total").toInt(), 2);

    const QByteArray cursor = QUrl::toPercentEncoding(first.value(u"cursor").toString());
    const QJsonObject nothing = get(QStringLiteral("updated_since=") + QString::fromLatin1(cursor));
    QCOMPARE(nothing.value(u"total").toInt(), 0);
    QCOMPARE(nothing.value(u"has_more").toBool(), false);
    QCOMPARE(nothing.value(u"cursor"), first.value(u"cursor"));

    QCOMPARE(m_sim.call(Crm::New, "GET", QStringLiteral("/api/v2/products?page=0")).status, 400);
    QCOMPARE(m_sim.call(Crm::New, "GET", QStringLiteral("/api/v2/products?updated_since=soon")).status, 400);
    QCOMPARE(m_sim.call(Crm::New, "GET", QStringLiteral("/api/v2/no-such-thing")).status, 404);
    QCOMPARE(get(QStringLiteral("page_size=100000")).value(u"page_size").toInt(), 500);
    for (const char *resource : {"warehouses", "parties", "technicians", "call-types", "parts", "model-regions"}) {
        const auto reply = m_sim.call(Crm::New, "GET", QStringLiteral("/api/v2/") + QLatin1String(resource));
        QCOMPARE(reply.status, 200);
        QVERIFY2(reply.json().object().value(u"total").toInt() > 0, resource);
    }
}

void TestCrmSim::masterDataUpsertAndChangesFollowCursor()
{
    auto get = [&](const QString &resource, const QString &since) {
        return m_sim
            .call(Crm::New, "GET",
                  QStringLiteral("/api/v2/%1?updated_since=%2")
                      .arg(resource, QString::fromLatin1(QUrl::toPercentEncoding(since))))
            .json()
            .object();
    };
    const QString cursor = get(QStringLiteral("products"), {}).value(u"cursor").toString();
    QVERIFY(m_sim.upsertMasterData(
        QStringLiteral("products"),
        QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("7")},
                               {QStringLiteral("code"), QStringLiteral("CGSTV65")},
                               {QStringLiteral("name"), QStringLiteral("65-inch TV")},
                               {QStringLiteral("updated_at"), QStringLiteral("2030-01-01T00:00:00Z")}}}));
    const QJsonObject fresh = get(QStringLiteral("products"), cursor);
    QCOMPARE(fresh.value(u"total").toInt(), 1);
    QCOMPARE(fresh.value(u"items").toArray().first().toObject().value(u"code").toString(), QStringLiteral("CGSTV65"));
    QCOMPARE(fresh.value(u"cursor").toString(), QStringLiteral("2030-01-01T00:00:00Z"));

    QVERIFY(m_sim.addChanges(QJsonArray{
        QJsonObject{{QStringLiteral("entity"), QStringLiteral("spare_request")},
                    {QStringLiteral("ref"), QStringLiteral("SR-1")},
                    {QStringLiteral("status"), QStringLiteral("APPROVED")}},
    }));
    const QJsonObject changes = get(QStringLiteral("changes"), {});
    QCOMPARE(changes.value(u"total").toInt(), 1);
    const QJsonObject change = changes.value(u"items").toArray().first().toObject();
    QCOMPARE(change.value(u"status").toString(), QStringLiteral("APPROVED"));
    QVERIFY(!change.value(u"id").toString().isEmpty());
    QVERIFY(!change.value(u"updated_at").toString().isEmpty());
    QCOMPARE(get(QStringLiteral("changes"), changes.value(u"cursor").toString()).value(u"total").toInt(), 0);

    // reset() puts master data back as loaded.
    QVERIFY(m_sim.reset());
    QCOMPARE(get(QStringLiteral("products"), {}).value(u"total").toInt(), 6);
    QCOMPARE(get(QStringLiteral("changes"), {}).value(u"total").toInt(), 0);
}

void TestCrmSim::demoMasterDataIsValid()
{
    auto items = [&](const char *resource) {
        return m_sim.call(Crm::New, "GET", QStringLiteral("/api/v2/") + QLatin1String(resource))
            .json()
            .object()
            .value(u"items")
            .toArray();
    };
    const QJsonArray products = items("products");
    QCOMPARE(products.at(0).toObject().value(u"id").toString(), QStringLiteral("1"));
    QCOMPARE(products.at(0).toObject().value(u"code").toString(), QStringLiteral("CGSTV32"));
    QCOMPARE(products.at(1).toObject().value(u"id").toString(), QStringLiteral("2"));
    QCOMPARE(products.at(1).toObject().value(u"code").toString(), QStringLiteral("CGSTV36"));
    for (const QJsonValue &value : products) {
        const QString gtin = value.toObject().value(u"gtin").toString();
        QCOMPARE(gtin.size(), 14);
        int sum = 0;
        for (int i = 0; i < 13; ++i)
            sum += gtin.at(12 - i).digitValue() * (i % 2 == 0 ? 3 : 1);
        QCOMPARE(gtin.at(13).digitValue(), (10 - sum % 10) % 10);
    }
    const QString alphabet = QStringLiteral("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ");
    bool sawRet123 = false;
    for (const QJsonValue &value : items("parties")) {
        const QJsonObject party = value.toObject();
        const QString gstin = party.value(u"gstin").toString();
        int sum = 0;
        for (int i = 0; i < 14; ++i) {
            const int product = int(alphabet.indexOf(gstin.at(i))) * (i % 2 == 0 ? 1 : 2);
            sum += product / 36 + product % 36;
        }
        QCOMPARE(gstin.at(14), alphabet.at((36 - sum % 36) % 36));
        if (party.value(u"code").toString() == u"RET123") {
            sawRet123 = true;
            QCOMPARE(gstin, QStringLiteral("27AAACA0000A1ZY"));
            QCOMPARE(party.value(u"ship_to").toArray().first().toObject().value(u"code").toString(),
                     QStringLiteral("RET123-WH01"));
        }
    }
    QVERIFY(sawRet123);
}

void TestCrmSim::throttleAnswers429WithRetryAfter()
{
    QVERIFY(m_sim.setFaults(Crm::Legacy,
                            QJsonObject{{QStringLiteral("throttle_rate"), 1}, {QStringLiteral("retry_after_s"), 3}}));
    const auto reply = postLegacy(kStage1Path, stage(QStringLiteral("stage1")), QStringLiteral("t-1"));
    QCOMPARE(reply.status, 429);
    QCOMPARE(reply.header("Retry-After"), QByteArray("3"));
    QCOMPARE(statOf(m_sim.stats(Crm::Legacy), "applied"), 0);

    // Once the fault is gone the same key goes through: the throttled attempt was never applied.
    QVERIFY(m_sim.clearFaults(Crm::Legacy));
    QCOMPARE(postLegacy(kStage1Path, stage(QStringLiteral("stage1")), QStringLiteral("t-1")).status, 200);
    const QJsonObject stats = m_sim.stats(Crm::Legacy);
    QCOMPARE(statOf(stats, "applied"), 1);
    QCOMPARE(statOf(stats, "duplicates"), 0);
    QCOMPARE(statOf(stats, "faulted"), 1);
}

void TestCrmSim::errorRateAnswersConfiguredStatus()
{
    QVERIFY(m_sim.setFaults(Crm::New, QJsonObject{{QStringLiteral("error_rate"), 1}}));
    QCOMPARE(m_sim.call(Crm::New, "GET", QStringLiteral("/api/v2/products")).status, 503);
    QVERIFY(m_sim.setFaults(Crm::New,
                            QJsonObject{{QStringLiteral("error_rate"), 1}, {QStringLiteral("error_status"), 500}}));
    const auto reply = m_sim.call(Crm::New, "POST", QStringLiteral("/api/v2/inwards"),
                                  bytes(envelope("x-1", "inward.submitted")), QStringLiteral("x-1:new"));
    QCOMPARE(reply.status, 500);
    QCOMPARE(statOf(m_sim.stats(Crm::New), "applied"), 0);
    // Faults are per CRM.
    QCOMPARE(postLegacy(kStage1Path, stage(QStringLiteral("stage1")), QStringLiteral("x-1:legacy")).status, 200);
}

void TestCrmSim::outageAnswers503ButAdminStillWorks()
{
    QVERIFY(m_sim.setFaults(Crm::Legacy, QJsonObject{{QStringLiteral("outage"), true}}));
    QCOMPARE(postLegacy(kStage2Path, stage(QStringLiteral("stage2")), QStringLiteral("o-1")).status, 503);
    QCOMPARE(m_sim.call(Crm::Legacy, "GET", QStringLiteral("/api/anything")).status, 503);
    const QJsonObject stats = m_sim.stats(Crm::Legacy);
    QCOMPARE(statOf(stats, "faulted"), 2);
    QCOMPARE(statOf(stats, "applied"), 0);
    QVERIFY(m_sim.clearFaults(Crm::Legacy));
    QCOMPARE(postLegacy(kStage2Path, stage(QStringLiteral("stage2")), QStringLiteral("o-1")).status, 200);
}

void TestCrmSim::failNextFailsExactlyThatMany()
{
    QVERIFY(m_sim.setFaults(Crm::Legacy, QJsonObject{{QStringLiteral("fail_next"), 2}}));
    const Json body = stage(QStringLiteral("stage1"));
    QCOMPARE(postLegacy(kStage1Path, body, QStringLiteral("f-1")).status, 503);
    QCOMPARE(postLegacy(kStage1Path, body, QStringLiteral("f-1")).status, 503);
    QCOMPARE(postLegacy(kStage1Path, body, QStringLiteral("f-1")).status, 200);
    QCOMPARE(postLegacy(kStage1Path, body, QStringLiteral("f-1")).status, 200);
    const QJsonObject stats = m_sim.stats(Crm::Legacy);
    QCOMPARE(statOf(stats, "applied"), 1);
    QCOMPARE(statOf(stats, "duplicates"), 1);
}

void TestCrmSim::dropClosesConnectionWithoutAnswer()
{
    QVERIFY(m_sim.setFaults(Crm::Legacy, QJsonObject{{QStringLiteral("drop_rate"), 1}}));
    const auto reply = postLegacy(kStage1Path, stage(QStringLiteral("stage1")), QStringLiteral("d-1"));
    QCOMPARE(reply.status, 0);
    QVERIFY(!reply.timedOut);
    QVERIFY2(reply.error != QNetworkReply::NoError, qPrintable(reply.errorString));
    QCOMPARE(statOf(m_sim.stats(Crm::Legacy), "applied"), 0);
    QVERIFY(m_sim.attempts(Crm::Legacy).first().toObject().value(u"outcome").toString() == u"dropped");
}

void TestCrmSim::hangNeverAnswers()
{
    QVERIFY(m_sim.setFaults(Crm::New, QJsonObject{{QStringLiteral("hang_rate"), 1}}));
    const auto reply = m_sim.call(Crm::New, "POST", QStringLiteral("/api/v2/inwards"),
                                  bytes(envelope("h-1", "inward.submitted")), QStringLiteral("h-1:new"), 300);
    QVERIFY(reply.timedOut);
    QCOMPARE(reply.status, 0);
    const QJsonObject stats = m_sim.stats(Crm::New);
    QCOMPARE(statOf(stats, "hung"), 1);
    QCOMPARE(statOf(stats, "applied"), 0);
}

void TestCrmSim::latencyDelaysAnswerAndStillApplies()
{
    QVERIFY(m_sim.setFaults(Crm::Legacy, QJsonObject{{QStringLiteral("latency_ms"), 400}}));
    QElapsedTimer clock;
    clock.start();
    QCOMPARE(postLegacy(kStage1Path, stage(QStringLiteral("stage1")), QStringLiteral("l-1")).status, 200);
    QVERIFY2(clock.elapsed() >= 400, qPrintable(QString::number(clock.elapsed())));

    // A client that gives up before the answer: the CRM applied it anyway, so its retry is a duplicate.
    const auto impatient = m_sim.call(Crm::Legacy, "POST", kStage2Path, bytes(stage(QStringLiteral("stage2"))),
                                      QStringLiteral("l-2"), 100);
    QVERIFY(impatient.timedOut);
    QVERIFY(m_sim.clearFaults(Crm::Legacy));
    const auto retry = postLegacy(kStage2Path, stage(QStringLiteral("stage2")), QStringLiteral("l-2"));
    QCOMPARE(retry.status, 200);
    QCOMPARE(retry.header("Idempotent-Replay"), QByteArray("true"));
    QCOMPARE(statOf(m_sim.stats(Crm::Legacy), "applied"), 2);
}

void TestCrmSim::badFaultSettingIsRefused()
{
    QVERIFY(!m_sim.setFaults(Crm::New, QJsonObject{{QStringLiteral("error_rate"), 2}}));
    QVERIFY(!m_sim.setFaults(Crm::New, QJsonObject{{QStringLiteral("explode"), true}}));
    const auto reply = m_sim.adminPost(Crm::New, QStringLiteral("/__admin/faults"),
                                       QJsonObject{{QStringLiteral("error_status"), 418}});
    QCOMPARE(reply.status, 422);
    QCOMPARE(reply.json().object().value(u"field").toString(), QStringLiteral("error_status"));
    QCOMPARE(m_sim.call(Crm::New, "GET", QStringLiteral("/api/v2/products")).status, 200);
}

void TestCrmSim::receivedDataAndKeysSurviveRestart()
{
    QCOMPARE(postLegacy(kStage3Path, stage(QStringLiteral("stage3")), QStringLiteral("r-1:legacy")).status, 200);
    QCOMPARE(m_sim
                 .call(Crm::New, "POST", QStringLiteral("/api/v2/dispatches"),
                       bytes(envelope("r-1", "dispatch.submitted")), QStringLiteral("r-1:new"))
                 .status,
             201);

    const quint16 legacyPort = m_sim.legacyPort();
    QVERIFY2(m_sim.restart(), qPrintable(m_sim.errorString()));
    QCOMPARE(m_sim.legacyPort(), legacyPort);

    QCOMPARE(m_sim.received(Crm::Legacy).size(), 1);
    QCOMPARE(m_sim.received(Crm::New, QStringLiteral("/api/v2/dispatches")).size(), 1);
    const auto replay = postLegacy(kStage3Path, stage(QStringLiteral("stage3")), QStringLiteral("r-1:legacy"));
    QCOMPARE(replay.status, 200);
    QCOMPARE(replay.header("Idempotent-Replay"), QByteArray("true"));
    const QJsonObject stats = m_sim.stats(Crm::Legacy);
    QCOMPARE(statOf(stats, "applied"), 1);
    QCOMPARE(statOf(stats, "duplicates"), 1);
}

void TestCrmSim::rejectNextAnswers4xxOnThatPathOnly()
{
    QVERIFY(m_sim.setFaults(Crm::Legacy, QJsonObject{{QStringLiteral("reject_next"), 1},
                                                     {QStringLiteral("reject_status"), 409},
                                                     {QStringLiteral("path_prefix"), kStage2Path}}));
    QCOMPARE(postLegacy(kStage1Path, stage(QStringLiteral("stage1")), QStringLiteral("rj-1")).status, 200);
    const auto rejected = postLegacy(kStage2Path, stage(QStringLiteral("stage2")), QStringLiteral("rj-2"));
    QCOMPARE(rejected.status, 409);
    QVERIFY2(rejected.json().object().value(u"error").toString().contains(kStage2Path), rejected.body.constData());
    QCOMPARE(postLegacy(kStage2Path, stage(QStringLiteral("stage2")), QStringLiteral("rj-2")).status, 200);
    QCOMPARE(statOf(m_sim.stats(Crm::Legacy), "applied"), 2); // the rejected attempt left its key free
    const auto reply = m_sim.adminPost(Crm::Legacy, QStringLiteral("/__admin/faults"),
                                       QJsonObject{{QStringLiteral("reject_status"), 500}});
    QCOMPARE(reply.status, 422);
    QCOMPARE(reply.json().object().value(u"field").toString(), QStringLiteral("reject_status"));
}

void TestCrmSim::inProgressAndErrorBodyAreNotApplied()
{
    QVERIFY(m_sim.setFaults(
        Crm::New, QJsonObject{{QStringLiteral("in_progress_next"), 1}, {QStringLiteral("error_body_next"), 1}}));
    // Reads are not writes: these faults leave them alone.
    QCOMPARE(m_sim.call(Crm::New, "GET", QStringLiteral("/api/v2/products")).status, 200);
    const QByteArray body = bytes(envelope("ip-1", "inward.submitted"));
    const auto busy = m_sim.call(Crm::New, "POST", QStringLiteral("/api/v2/inwards"), body, QStringLiteral("ip-1:new"));
    QCOMPARE(busy.status, 409);
    QCOMPARE(busy.json().object().value(u"code").toString(), QStringLiteral("idempotency_key_in_progress"));
    const auto sorry =
        m_sim.call(Crm::New, "POST", QStringLiteral("/api/v2/inwards"), body, QStringLiteral("ip-1:new"));
    QCOMPARE(sorry.status, 201);
    QCOMPARE(sorry.json().object().value(u"status").toString(), QStringLiteral("error"));
    QVERIFY(!sorry.json().object().value(u"error").toString().isEmpty());
    QCOMPARE(statOf(m_sim.stats(Crm::New), "applied"), 0);
    const auto fine = m_sim.call(Crm::New, "POST", QStringLiteral("/api/v2/inwards"), body, QStringLiteral("ip-1:new"));
    QCOMPARE(fine.status, 201);
    QCOMPARE(fine.json().object().value(u"status").toString(), QStringLiteral("ok"));
    const QJsonObject stats = m_sim.stats(Crm::New);
    QCOMPARE(statOf(stats, "applied"), 1);
    QCOMPARE(statOf(stats, "faulted"), 2);
}

void TestCrmSim::applyThenFailOrDropAppliesOnceUnderOneKey()
{
    QVERIFY(m_sim.setFaults(Crm::Legacy, QJsonObject{{QStringLiteral("apply_then_fail_next"), 1},
                                                     {QStringLiteral("apply_then_drop_next"), 1},
                                                     {QStringLiteral("error_status"), 500}}));
    const Json body = stage(QStringLiteral("stage2"));
    const auto failed = postLegacy(kStage2Path, body, QStringLiteral("at-1"));
    QCOMPARE(failed.status, 500);
    QCOMPARE(statOf(m_sim.stats(Crm::Legacy), "applied"), 1); // applied all the same
    // Qt re-sends a request whose connection closed before any answer (same request, same key) once by itself:
    // the client may see the replay's 200 rather than the drop.
    (void)postLegacy(kStage1Path, stage(QStringLiteral("stage1")), QStringLiteral("at-2"));
    QCOMPARE(statOf(m_sim.stats(Crm::Legacy), "applied"), 2);
    const QJsonArray attempts = m_sim.attempts(Crm::Legacy);
    QCOMPARE(attempts.at(0).toObject().value(u"outcome").toString(), QStringLiteral("applied-then-failed"));
    QCOMPARE(attempts.at(1).toObject().value(u"outcome").toString(), QStringLiteral("applied-then-dropped"));
    // The same keys again: replays of the first answers, nothing applied twice.
    const auto replay = postLegacy(kStage2Path, body, QStringLiteral("at-1"));
    QCOMPARE(replay.status, 200);
    QCOMPARE(replay.header("Idempotent-Replay"), QByteArray("true"));
    QCOMPARE(postLegacy(kStage1Path, stage(QStringLiteral("stage1")), QStringLiteral("at-2")).status, 200);
    const QJsonObject stats = m_sim.stats(Crm::Legacy);
    QCOMPARE(statOf(stats, "applied"), 2);
    QVERIFY(statOf(stats, "duplicates") >= 2);
    // A client re-sending under a new key would apply it twice: the simulator shows that too.
    QCOMPARE(postLegacy(kStage2Path, body, QStringLiteral("at-1-again")).status, 200);
    QCOMPARE(m_sim.received(Crm::Legacy, kStage2Path).size(), 2);
}

void TestCrmSim::replayConflictAnswers409AlreadyApplied()
{
    QVERIFY(m_sim.setFaults(Crm::New, QJsonObject{{QStringLiteral("replay_conflict"), true}}));
    const QByteArray body = bytes(envelope("rc-1", "inward.submitted"));
    QCOMPARE(m_sim.call(Crm::New, "POST", QStringLiteral("/api/v2/inwards"), body, QStringLiteral("rc-1:new")).status,
             201);
    const auto again =
        m_sim.call(Crm::New, "POST", QStringLiteral("/api/v2/inwards"), body, QStringLiteral("rc-1:new"));
    QCOMPARE(again.status, 409);
    QCOMPARE(again.json().object().value(u"code").toString(), QStringLiteral("idempotency_key_already_applied"));
    const QJsonObject stats = m_sim.stats(Crm::New);
    QCOMPARE(statOf(stats, "applied"), 1);
    QCOMPARE(statOf(stats, "duplicates"), 1);
}

void TestCrmSim::sameKeyWhileProcessingIs409InProgress()
{
    QVERIFY(m_sim.setFaults(Crm::Legacy, QJsonObject{{QStringLiteral("processing_ms"), 800}}));
    QNetworkAccessManager network;
    auto post = [&](const QString &key) {
        QNetworkRequest request(m_sim.legacyUrl().resolved(QUrl(kStage2Path)));
        request.setRawHeader("Authorization", "Bearer " + CrmSimProcess::legacyToken().toUtf8());
        request.setRawHeader("Idempotency-Key", key.toUtf8());
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        return network.post(request, bytes(stage(QStringLiteral("stage2"))));
    };
    QNetworkReply *first = post(QStringLiteral("pr-1"));
    QSignalSpy firstDone(first, &QNetworkReply::finished);
    QTRY_COMPARE(m_sim.attempts(Crm::Legacy).size(), 1); // the first is being processed
    QNetworkReply *second = post(QStringLiteral("pr-1"));
    QSignalSpy secondDone(second, &QNetworkReply::finished);
    QVERIFY(secondDone.wait(5000));
    QCOMPARE(second->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 409);
    QCOMPARE(QJsonDocument::fromJson(second->readAll()).object().value(u"code").toString(),
             QStringLiteral("idempotency_key_in_progress"));
    QCOMPARE(firstDone.count(), 0); // still processing when the second was answered
    QVERIFY(firstDone.wait(5000));
    QCOMPARE(first->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    const QJsonObject stats = m_sim.stats(Crm::Legacy);
    QCOMPARE(statOf(stats, "applied"), 1);
    QCOMPARE(m_sim.attempts(Crm::Legacy).at(1).toObject().value(u"outcome").toString(), QStringLiteral("in_progress"));
    delete first;
    delete second;
}

QTEST_GUILESS_MAIN(TestCrmSim)
#include "TestCrmSim.moc"
