// Backoff (full jitter, cap, Retry-After floor) and how each CRM answer is classified.
#include "sync/delivery/Backoff.h"
#include "sync/delivery/Outcome.h"

#include <QtTest>

using namespace fb;

Q_DECLARE_METATYPE(fb::OutcomeKind)

class TestBackoff : public QObject
{
    Q_OBJECT

    const QDateTime m_now = QDateTime(QDate(2025, 10, 21), QTime(7, 28, 0), Qt::UTC);

private slots:
    void ceilingGrowsAndIsCapped()
    {
        const BackoffPolicy p{2000, 2.0, 300000};
        QCOMPARE(backoffCeilingMs(p, 1), 2000);
        QCOMPARE(backoffCeilingMs(p, 2), 4000);
        QCOMPARE(backoffCeilingMs(p, 3), 8000);
        QCOMPARE(backoffCeilingMs(p, 8), 256000);
        QCOMPARE(backoffCeilingMs(p, 9), 300000); // 512 s capped to 300 s
        QCOMPARE(backoffCeilingMs(p, 100000), 300000);
        QCOMPARE(backoffCeilingMs(BackoffPolicy{50, 3.0, 1000}, 3), 450);
    }

    void fullJitterStaysWithinBoundsAndSpreads()
    {
        const BackoffPolicy p{2000, 2.0, 300000};
        QRandomGenerator random(42);
        for (int attempts : {1, 3, 12}) {
            const qint64 ceiling = backoffCeilingMs(p, attempts);
            qint64 lo = ceiling;
            qint64 hi = 0;
            for (int i = 0; i < 2000; ++i) {
                const qint64 d = backoffDelayMs(p, attempts, std::nullopt, random);
                QVERIFY2(d >= 0 && d <= ceiling, qPrintable(QStringLiteral("%1 not in [0, %2]").arg(d).arg(ceiling)));
                lo = std::min(lo, d);
                hi = std::max(hi, d);
            }
            // Full jitter: waits spread over the whole window, not bunched at the top.
            QVERIFY(lo < ceiling / 10);
            QVERIFY(hi > ceiling * 9 / 10);
        }
        QCOMPARE(backoffDelayMs(BackoffPolicy{0, 2.0, 0}, 5, std::nullopt, random), 0);
    }

    void retryAfterIsAFloor()
    {
        const BackoffPolicy p{1000, 2.0, 60000};
        QRandomGenerator random(7);
        for (int i = 0; i < 200; ++i) {
            QCOMPARE(backoffDelayMs(p, 1, 5000, random), 5000); // above the whole window
            const qint64 d = backoffDelayMs(p, 3, 1000, random);
            QVERIFY(d >= 1000 && d <= 4000);
        }
    }

    void parsesRetryAfter_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<qint64>("expectedMs"); // -1: nothing
        QTest::newRow("seconds") << QByteArray("120") << qint64(120000);
        QTest::newRow("zero") << QByteArray("0") << qint64(0);
        QTest::newRow("spaces") << QByteArray(" 3 ") << qint64(3000);
        QTest::newRow("absent") << QByteArray() << qint64(-1);
        QTest::newRow("garbage") << QByteArray("soon") << qint64(-1);
        QTest::newRow("negative") << QByteArray("-5") << qint64(-1);
        QTest::newRow("huge capped to an hour") << QByteArray("999999999") << qint64(3600000);
        // Issue 12: seconds × 1000 overflowed into a negative wait (sent again at once); more digits than a qint64
        // holds were ignored. Any number is clamped now; dates in other HTTP forms are read.
        QTest::newRow("overflowing seconds") << QByteArray("9223372036854775") << qint64(3600000);
        QTest::newRow("more digits than a qint64") << QByteArray("99999999999999999999999") << qint64(3600000);
        QTest::newRow("just over an hour") << QByteArray("3601") << qint64(3600000);
        QTest::newRow("fraction") << QByteArray("1.5") << qint64(-1);
        QTest::newRow("plus sign") << QByteArray("+5") << qint64(-1);
        QTest::newRow("short garbage") << QByteArray("abc") << qint64(-1);
        QTest::newRow("only GMT") << QByteArray("GMT") << qint64(-1);
        QTest::newRow("binary") << QByteArray("\x01\xff\x00 GMT", 8) << qint64(-1);
        QTest::newRow("negative huge") << QByteArray("-99999999999999999999") << qint64(-1);
        QTest::newRow("rfc 2822 offset") << QByteArray("Tue, 21 Oct 2025 07:28:30 +0000") << qint64(30000);
        QTest::newRow("asctime") << QByteArray("Tue Oct 21 07:28:30 2025") << qint64(30000);
        QTest::newRow("http date a year ahead") << QByteArray("Wed, 21 Oct 2026 07:28:00 GMT") << qint64(3600000);
        QTest::newRow("http date in year 9999") << QByteArray("Fri, 31 Dec 9999 23:59:59 GMT") << qint64(3600000);
        QTest::newRow("http date") << QByteArray("Tue, 21 Oct 2025 07:28:30 GMT") << qint64(30000);
        QTest::newRow("http date in the past") << QByteArray("Tue, 21 Oct 2025 07:00:00 GMT") << qint64(0);
        QTest::newRow("date without GMT") << QByteArray("Tue, 21 Oct 2025 07:28:30") << qint64(-1);
    }

    void parsesRetryAfter()
    {
        QFETCH(QByteArray, header);
        QFETCH(qint64, expectedMs);
        const auto parsed = parseRetryAfter(header, m_now);
        QCOMPARE(parsed.value_or(-1), expectedMs);
    }

    void classifiesAnswers_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("networkError");
        QTest::addColumn<OutcomeKind>("kind");
        const int none = QNetworkReply::NoError;
        QTest::newRow("200") << 200 << none << OutcomeKind::Delivered;
        QTest::newRow("201") << 201 << none << OutcomeKind::Delivered;
        QTest::newRow("400") << 400 << none << OutcomeKind::Permanent;
        QTest::newRow("401") << 401 << none << OutcomeKind::Pause;
        QTest::newRow("403") << 403 << none << OutcomeKind::Pause;
        QTest::newRow("404") << 404 << none << OutcomeKind::Permanent;
        QTest::newRow("408") << 408 << none << OutcomeKind::Transient;
        QTest::newRow("409") << 409 << none << OutcomeKind::Permanent;
        QTest::newRow("422") << 422 << none << OutcomeKind::Permanent;
        QTest::newRow("429") << 429 << none << OutcomeKind::Transient;
        QTest::newRow("500") << 500 << none << OutcomeKind::Transient;
        QTest::newRow("502") << 502 << none << OutcomeKind::Transient;
        QTest::newRow("503") << 503 << none << OutcomeKind::Transient;
        QTest::newRow("redirect") << 301 << none << OutcomeKind::Permanent;
        QTest::newRow("connection refused")
            << 0 << int(QNetworkReply::ConnectionRefusedError) << OutcomeKind::Transient;
        QTest::newRow("connection reset") << 0 << int(QNetworkReply::RemoteHostClosedError) << OutcomeKind::Transient;
        QTest::newRow("host not found") << 0 << int(QNetworkReply::HostNotFoundError) << OutcomeKind::Transient;
        QTest::newRow("timeout") << 0 << int(QNetworkReply::OperationCanceledError) << OutcomeKind::Transient;
        QTest::newRow("tls") << 0 << int(QNetworkReply::SslHandshakeFailedError) << OutcomeKind::Transient;
    }

    void classifiesAnswers()
    {
        QFETCH(int, status);
        QFETCH(int, networkError);
        QFETCH(OutcomeKind, kind);
        HttpResult r;
        r.status = status;
        r.networkError = QNetworkReply::NetworkError(networkError);
        r.networkErrorText = QStringLiteral("Connection refused");
        QCOMPARE(classify(r, m_now).kind, kind);
        QCOMPARE(classifyStatus(status), status == 0 ? OutcomeKind::Transient : kind);
    }

    // Issue 12: a 409 is read by what it says about the idempotency key.
    void conflictsAreReadByTheirMeaning_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("replayHeader");
        QTest::addColumn<OutcomeKind>("kind");
        QTest::newRow("in progress code") << QByteArray(R"({"error":"busy","code":"idempotency_key_in_progress"})")
                                          << QByteArray() << OutcomeKind::Transient;
        QTest::newRow("in progress words") << QByteArray(R"({"error":"A request with this key is in progress"})")
                                           << QByteArray() << OutcomeKind::Transient;
        QTest::newRow("being processed") << QByteArray(R"({"message":"Request is still being processed"})")
                                         << QByteArray() << OutcomeKind::Transient;
        QTest::newRow("already applied code")
            << QByteArray(R"({"error":"conflict","code":"idempotency_key_already_applied"})") << QByteArray()
            << OutcomeKind::Delivered;
        QTest::newRow("already applied words")
            << QByteArray(R"({"error":"Key k was already applied"})") << QByteArray() << OutcomeKind::Delivered;
        QTest::newRow("replay header") << QByteArray("conflict") << QByteArray("true") << OutcomeKind::Delivered;
        QTest::newRow("business conflict") << QByteArray(R"({"error":"serial already dispatched","field":"sn"})")
                                           << QByteArray() << OutcomeKind::Permanent;
        QTest::newRow("not json") << QByteArray("<html>409</html>") << QByteArray() << OutcomeKind::Permanent;
        QTest::newRow("empty") << QByteArray() << QByteArray() << OutcomeKind::Permanent;
        QTest::newRow("code a number") << QByteArray(R"({"code":409,"error":3})") << QByteArray()
                                       << OutcomeKind::Permanent;
    }

    void conflictsAreReadByTheirMeaning()
    {
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, replayHeader);
        QFETCH(OutcomeKind, kind);
        HttpResult r;
        r.status = 409;
        r.body = body;
        r.replayed = replayHeader == "true";
        r.retryAfter = "7";
        const Outcome out = classify(r, m_now);
        QCOMPARE(out.kind, kind);
        if (kind == OutcomeKind::Transient)
            QCOMPARE(out.retryAfterMs.value_or(-1), 7000);
        if (kind == OutcomeKind::Delivered)
            QVERIFY(out.message.isEmpty());
    }

    // Issue 12: a route's "ack" says what a 2xx must contain; a 2xx reporting an error is not a delivery.
    void acknowledgementIsChecked_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<OutcomeKind>("kind");
        QTest::addColumn<QString>("message"); // a part of the message
        QTest::newRow("accepted") << 200 << QByteArray(R"({"status":"ok"})") << OutcomeKind::Delivered << QString();
        QTest::newRow("accepted bool") << 201 << QByteArray(R"({"status":true})") << OutcomeKind::Delivered
                                       << QString();
        QTest::newRow("error body") << 200 << QByteArray(R"({"status":"error","error":"Unknown warehouse WH9"})")
                                    << OutcomeKind::Permanent << QStringLiteral("Unknown warehouse WH9");
        QTest::newRow("error in message") << 200 << QByteArray(R"({"status":"failed","message":"DB locked"})")
                                          << OutcomeKind::Permanent << QStringLiteral("status \"failed\": DB locked");
        QTest::newRow("retry value") << 200 << QByteArray(R"({"status":"busy"})") << OutcomeKind::Transient
                                     << QStringLiteral("HTTP 200, status \"busy\"");
        QTest::newRow("field missing") << 200 << QByteArray(R"({"request_id":"X"})") << OutcomeKind::Transient
                                       << QStringLiteral("does not say whether");
        QTest::newRow("not json") << 200 << QByteArray("<html>captive portal</html>") << OutcomeKind::Transient
                                  << QStringLiteral("captive portal");
        QTest::newRow("empty") << 204 << QByteArray() << OutcomeKind::Transient << QStringLiteral("no \"status\"");
        QTest::newRow("5xx untouched") << 503 << QByteArray(R"({"status":"ok"})") << OutcomeKind::Transient
                                       << QString();
    }

    void acknowledgementIsChecked()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(OutcomeKind, kind);
        QFETCH(QString, message);
        AckRule ack;
        ack.field = QStringLiteral("status");
        ack.accepted = {"\"ok\"", "true"};
        ack.retry = {"\"busy\""};
        HttpResult r;
        r.status = status;
        r.body = body;
        const Outcome out = classify(r, m_now, ack);
        QCOMPARE(out.kind, kind);
        QVERIFY2(out.message.contains(message), qPrintable(out.message));
        QCOMPARE(classify(r, m_now).kind, classifyStatus(status)); // without a rule: by the status alone
    }

    void retryAfterComesWithTransientAnswersOnly()
    {
        HttpResult r;
        r.status = 429;
        r.retryAfter = "2";
        QCOMPARE(classify(r, m_now).retryAfterMs.value_or(-1), 2000);
        r.status = 422;
        QVERIFY(!classify(r, m_now).retryAfterMs);
    }

    void usesTheCrmsMessage_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("message");
        QTest::newRow("json error and field")
            << 422 << QByteArray("{\"error\":\"expected string\",\"field\":\"products[1].serial_list[0]\"}")
            << QStringLiteral("HTTP 422: products[1].serial_list[0]: expected string");
        QTest::newRow("field already named")
            << 422 << QByteArray("{\"error\":\"total_sr: expected integer\",\"field\":\"total_sr\"}")
            << QStringLiteral("HTTP 422: total_sr: expected integer");
        QTest::newRow("malformed json") << 400 << QByteArray("{\"error\": \"unterminated")
                                        << QStringLiteral("HTTP 400: {\"error\": \"unterminated");
        QTest::newRow("json without error")
            << 409 << QByteArray("{\"status\":\"conflict\"}") << QStringLiteral("HTTP 409: {\"status\":\"conflict\"}");
        QTest::newRow("error not a string")
            << 404 << QByteArray("{\"error\":42}") << QStringLiteral("HTTP 404: {\"error\":42}");
        QTest::newRow("plain text") << 404 << QByteArray("Not Found\n") << QStringLiteral("HTTP 404: Not Found");
        QTest::newRow("empty") << 400 << QByteArray() << QStringLiteral("HTTP 400");
        QTest::newRow("binary") << 400 << QByteArray("\xff\xfe\x00\x01", 4) << QString();
    }

    void usesTheCrmsMessage()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QString, message);
        const QString got = crmMessage(status, body);
        if (message.isEmpty())
            QVERIFY(got.startsWith(QStringLiteral("HTTP 400"))); // whatever the bytes, a message and no crash
        else
            QCOMPARE(got, message);
    }

    void longBodiesAreShortened()
    {
        const QString got = crmMessage(500, QByteArray(5000, 'x'));
        QVERIFY(got.size() < 600);
    }
};

QTEST_GUILESS_MAIN(TestBackoff)
#include "TestBackoff.moc"
