// Part requests: class A part serials (mandatory, format-checked, used once), documents required on every part
// update (type by magic bytes, size limit, stored once per content hash), and what reaches the CRMs.
#include "ServiceFixture.h"

#include "app/services/ApprovalService.h"
#include "app/services/PartRequestService.h"
#include "app/storage/DocumentStore.h"
#include "app/storage/ServiceMasterStore.h"

#include <QDir>
#include <QtTest>

using namespace fb;
using namespace fb::test;

Q_DECLARE_METATYPE(QList<fb::PartLineDraft>)

namespace {
const QByteArray kPng = QByteArrayLiteral("\x89PNG\r\n\x1a\n") + QByteArray(200, 'p');
const QByteArray kJpeg = QByteArrayLiteral("\xff\xd8\xff\xe0") + QByteArray(200, 'j');
const QByteArray kPdf = QByteArrayLiteral("%PDF-1.7\n") + QByteArray(200, 'd');
} // namespace

class TestServicePartRequests : public QObject
{
    Q_OBJECT

    ServiceStation m_st;
    QString m_complaint;

    PartRequestService service() { return PartRequestService(m_st.db(), m_st.settings(), m_st.clock, m_st.dataDir()); }
    PartRequest approvedRequest()
    {
        auto pr = service().create(actorFor(Role::Technician), m_complaint,
                                   {PartLineDraft{QStringLiteral("P-TV-MAINBRD"), 1, {QStringLiteral("MB-000123")}}});
        if (!pr.ok())
            qFatal("create: %s", qPrintable(pr.message()));
        auto a =
            ApprovalService(m_st.db(), m_st.clock)
                .decide(actorFor(Role::Supervisor), pr->number, SpareDecision::Approve, QStringLiteral("Board dead"));
        if (!a.ok())
            qFatal("approve: %s", qPrintable(a.message()));
        return pr.value();
    }

private slots:
    void init()
    {
        QString why;
        QVERIFY2(m_st.open(&why), qPrintable(why));
        auto c = ComplaintService(m_st.db(), m_st.settings(), m_st.clock)
                     .registerComplaint(actorFor(Role::Technician), puneDraft());
        QVERIFY2(c.ok(), qPrintable(c.message()));
        m_complaint = c->number;
    }

    void createRules_data()
    {
        QTest::addColumn<QList<PartLineDraft>>("lines");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("field");
        using L = QList<PartLineDraft>;
        const QString panel = QStringLiteral("P-TV-PANEL32");
        QTest::newRow("class A with its serial")
            << L{{panel, 1, {QStringLiteral("PNL-32-0001")}}} << QString() << QString();
        QTest::newRow("class A two with two serials")
            << L{{panel, 2, {QStringLiteral("PNL-32-0001"), QStringLiteral("pnl-32-0002")}}} << QString() << QString();
        QTest::newRow("class A without serial") << L{{panel, 1, {}}} << QStringLiteral("part_request.serial_required")
                                                << QStringLiteral("parts[0].part_serials");
        QTest::newRow("class A too few serials")
            << L{{panel, 2, {QStringLiteral("PNL-32-0001")}}} << QStringLiteral("part_request.serial_required")
            << QStringLiteral("parts[0].part_serials");
        QTest::newRow("class A serial badly formed")
            << L{{panel, 1, {QStringLiteral("PN 1")}}} << QStringLiteral("part_request.serial_format")
            << QStringLiteral("parts[0].part_serials");
        QTest::newRow("same serial twice")
            << L{{panel, 1, {QStringLiteral("PNL-32-0001")}},
                 {QStringLiteral("P-TV-MAINBRD"), 1, {QStringLiteral("PNL-32-0001")}}}
            << QStringLiteral("part_request.serial_duplicate") << QStringLiteral("parts[1].part_serials");
        QTest::newRow("class C without serial") << L{{QStringLiteral("P-TV-REMOTE"), 3, {}}} << QString() << QString();
        QTest::newRow("class B without serial") << L{{QStringLiteral("P-AC-PCB"), 1, {}}} << QString() << QString();
        QTest::newRow("unknown part") << L{{QStringLiteral("P-NOPE"), 1, {}}}
                                      << QStringLiteral("part_request.part_unknown")
                                      << QStringLiteral("parts[0].part_code");
        QTest::newRow("quantity zero") << L{{QStringLiteral("P-TV-REMOTE"), 0, {}}}
                                       << QStringLiteral("part_request.quantity")
                                       << QStringLiteral("parts[0].quantity");
        QTest::newRow("no parts") << L{} << QStringLiteral("part_request.no_parts") << QStringLiteral("parts");
    }

    void createRules()
    {
        QFETCH(QList<PartLineDraft>, lines);
        QFETCH(QString, code);
        QFETCH(QString, field);
        auto pr = service().create(actorFor(Role::Technician), m_complaint, lines);
        if (code.isEmpty()) {
            QVERIFY2(pr.ok(), qPrintable(pr.message()));
            QCOMPARE(pr->status, PartRequestStatus::Pending);
            QVERIFY(pr->number.startsWith(u"PR-2025-09-25-1"));
            QCOMPARE(m_st.outboxCount(QStringLiteral("part_request.created"), m_complaint), 2);
            auto details = ComplaintService(m_st.db(), m_st.settings(), m_st.clock)
                               .details(actorFor(Role::Technician), m_complaint);
            QCOMPARE(details->complaint.status, ComplaintStatus::AwaitingParts);
        } else {
            QVERIFY(!pr.ok());
            QCOMPARE(pr.error().code, code);
            QCOMPARE(pr.error().field, field);
            QCOMPARE(m_st.count(QStringLiteral("SELECT COUNT(*) FROM part_requests")), 0);
            QCOMPARE(m_st.outboxCount(QStringLiteral("part_request.created")), 0);
        }
    }

    void aPartSerialIsRequestedOnce()
    {
        const QList<PartLineDraft> lines{{QStringLiteral("P-TV-PANEL32"), 1, {QStringLiteral("PNL-32-0001")}}};
        QVERIFY(service().create(actorFor(Role::Technician), m_complaint, lines).ok());
        auto again = service().create(actorFor(Role::Technician), m_complaint, lines);
        QCOMPARE(again.error().code, QStringLiteral("part_request.serial_in_use"));
    }

    void masterDataPatternDecidesTheSerialFormat()
    {
        Part strict = *ServiceMasterStore(m_st.db()).part(QStringLiteral("P-WM-MOTOR"));
        strict.serialPattern = QStringLiteral("^MTR\\d{6}$");
        QVERIFY(m_st.db().write([&] { return ServiceMasterStore(m_st.db()).upsert(strict); }).ok());
        QVERIFY(
            !PartRequestService::validatePartSerial(strict, QStringLiteral("PNL-32-0001"), QStringLiteral("x")).ok());
        QVERIFY(PartRequestService::validatePartSerial(strict, QStringLiteral("MTR123456"), QStringLiteral("x")).ok());
    }

    void onlyRequestersMayRequest_data()
    {
        QTest::addColumn<Role>("role");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("warehouse") << Role::Warehouse << false;
        QTest::newRow("technician") << Role::Technician << true;
        QTest::newRow("supervisor") << Role::Supervisor << true;
    }

    void onlyRequestersMayRequest()
    {
        QFETCH(Role, role);
        QFETCH(bool, allowed);
        auto pr = service().create(actorFor(role), m_complaint, {{QStringLiteral("P-TV-REMOTE"), 1, {}}});
        QCOMPARE(pr.ok(), allowed);
        if (!allowed)
            QCOMPARE(pr.error().code, QStringLiteral("auth.forbidden"));
    }

    void closedComplaintTakesNoPartRequest()
    {
        ComplaintService complaints(m_st.db(), m_st.settings(), m_st.clock);
        QVERIFY(complaints
                    .update(actorFor(Role::Technician), m_complaint,
                            ComplaintChange{ComplaintStatus::Cancelled, QStringLiteral("Customer withdrew")})
                    .ok());
        auto pr = service().create(actorFor(Role::Technician), m_complaint, {{QStringLiteral("P-TV-REMOTE"), 1, {}}});
        QCOMPARE(pr.error().code, QStringLiteral("part_request.complaint_status"));
    }

    void partUpdatesNeedDocuments()
    {
        const PartRequest pr = approvedRequest();
        auto none = service().update(actorFor(Role::Technician), pr.number, PartAction::Issued, {});
        QCOMPARE(none.error().code, QStringLiteral("part_request.document_required"));
        QCOMPARE(none.error().field, QStringLiteral("documents"));
        auto issued =
            service().update(actorFor(Role::Technician), pr.number, PartAction::Issued,
                             {DocumentInput{QStringLiteral("challan.pdf"), kPdf}}, QStringLiteral("From store"));
        QVERIFY2(issued.ok(), qPrintable(issued.message()));
        QCOMPARE(issued->status, PartRequestStatus::Issued);
        auto noneAgain = service().update(actorFor(Role::Technician), pr.number, PartAction::Replaced, {});
        QCOMPARE(noneAgain.error().code, QStringLiteral("part_request.document_required"));
        QVERIFY(service()
                    .update(actorFor(Role::Technician), pr.number, PartAction::Replaced,
                            {DocumentInput{QStringLiteral("fitted.jpg"), kJpeg}})
                    .ok());
        auto consumed = service().update(actorFor(Role::Technician), pr.number, PartAction::Consumed,
                                         {DocumentInput{QStringLiteral("jobsheet.png"), kPng}});
        QVERIFY2(consumed.ok(), qPrintable(consumed.message()));
        QCOMPARE(consumed->status, PartRequestStatus::Consumed);
        QCOMPARE(consumed->documents.size(), 3);
        // Each update goes to both CRMs with the documents' hashes.
        QCOMPARE(m_st.outboxCount(QStringLiteral("part_request.updated"), m_complaint), 6);
        const QJsonObject data = m_st.lastEvent(QStringLiteral("part_request.updated")).value(u"data").toObject();
        QCOMPARE(data.value(u"action").toString(), QStringLiteral("CONSUMED"));
        QCOMPARE(data.value(u"documents").toArray().first().toObject().value(u"sha256").toString(),
                 DocumentStore::sha256Hex(kPng));
    }

    void partUpdatesFollowTheOrder_data()
    {
        QTest::addColumn<bool>("approve");
        QTest::addColumn<int>("action");
        QTest::addColumn<QString>("code");
        QTest::newRow("pending cannot be issued")
            << false << int(PartAction::Issued) << QStringLiteral("part_request.transition");
        QTest::newRow("approved cannot be consumed")
            << true << int(PartAction::Consumed) << QStringLiteral("part_request.transition");
        QTest::newRow("approved cannot be replaced")
            << true << int(PartAction::Replaced) << QStringLiteral("part_request.transition");
        QTest::newRow("approved can be issued") << true << int(PartAction::Issued) << QString();
    }

    void partUpdatesFollowTheOrder()
    {
        QFETCH(bool, approve);
        QFETCH(int, action);
        QFETCH(QString, code);
        QString number;
        if (approve) {
            number = approvedRequest().number;
        } else {
            auto pr =
                service().create(actorFor(Role::Technician), m_complaint, {{QStringLiteral("P-TV-REMOTE"), 1, {}}});
            QVERIFY(pr.ok());
            number = pr->number;
        }
        auto r = service().update(actorFor(Role::Technician), number, PartAction(action),
                                  {DocumentInput{QStringLiteral("a.png"), kPng}});
        if (code.isEmpty())
            QVERIFY2(r.ok(), qPrintable(r.message()));
        else
            QCOMPARE(r.error().code, code);
    }

    void documentTypeAndSizeAreChecked_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("code");
        QTest::newRow("png") << kPng << QStringLiteral("photo.png") << QString();
        QTest::newRow("jpeg") << kJpeg << QStringLiteral("photo.jpeg") << QString();
        QTest::newRow("pdf") << kPdf << QStringLiteral("scan.pdf") << QString();
        QTest::newRow("text named .pdf") << QByteArray("hello, not a pdf") << QStringLiteral("fake.pdf")
                                         << QStringLiteral("document.type");
        QTest::newRow("gif") << QByteArray("GIF89a......") << QStringLiteral("anim.gif")
                             << QStringLiteral("document.type");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("empty.png") << QStringLiteral("document.empty");
        QTest::newRow("too large") << (QByteArrayLiteral("%PDF-1.4\n") + QByteArray(2048, 'x'))
                                   << QStringLiteral("big.pdf") << QStringLiteral("document.too_large");
    }

    void documentTypeAndSizeAreChecked()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, name);
        QFETCH(QString, code);
        QVERIFY(m_st.settings().setValue(QStringLiteral("service.document_max_bytes"), QStringLiteral("1024")).ok());
        const PartRequest pr = approvedRequest();
        auto r =
            service().update(actorFor(Role::Technician), pr.number, PartAction::Issued, {DocumentInput{name, bytes}});
        if (code.isEmpty()) {
            QVERIFY2(r.ok(), qPrintable(r.message()));
            return;
        }
        QCOMPARE(r.error().code, code);
        QCOMPARE(r.error().field, QStringLiteral("documents[0]"));
        QVERIFY(r.message().contains(name));
        // Refused: the request did not move and nothing was stored.
        QCOMPARE(service().get(actorFor(Role::Technician), pr.number)->status, PartRequestStatus::Approved);
        QCOMPARE(m_st.count(QStringLiteral("SELECT COUNT(*) FROM documents")), 0);
    }

    void documentsAreStoredOncePerContentAndReadable()
    {
        const PartRequest pr = approvedRequest();
        QVERIFY(service()
                    .update(actorFor(Role::Technician), pr.number, PartAction::Issued,
                            {DocumentInput{QStringLiteral("one.png"), kPng},
                             DocumentInput{QStringLiteral("two.png"), kPng}})
                    .ok());
        QVERIFY(service()
                    .update(actorFor(Role::Technician), pr.number, PartAction::Consumed,
                            {DocumentInput{QStringLiteral("again.png"), kPng}})
                    .ok());
        QCOMPARE(m_st.count(QStringLiteral("SELECT COUNT(*) FROM documents")), 1);
        QCOMPARE(m_st.count(QStringLiteral("SELECT COUNT(*) FROM part_request_documents")), 3);
        const QString sha = DocumentStore::sha256Hex(kPng);
        QCOMPARE(QDir(m_st.dataDir() + QStringLiteral("/documents")).entryList(QDir::Files), QStringList{sha});
        auto doc = service().document(actorFor(Role::Technician), sha);
        QVERIFY2(doc.ok(), qPrintable(doc.message()));
        QCOMPARE(doc->second, kPng);
        QCOMPARE(doc->first.mime, QStringLiteral("image/png"));
        // A file changed behind Floorbridge's back is noticed.
        QFile file(m_st.dataDir() + QStringLiteral("/documents/") + sha);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("tampered");
        file.close();
        QCOMPARE(service().document(actorFor(Role::Technician), sha).error().code, QStringLiteral("document.tampered"));
    }
};

QTEST_GUILESS_MAIN(TestServicePartRequests)
#include "TestServicePartRequests.moc"
