// Tokens in a real Secret Service (gnome-keyring in the private session of scripts/with-session.sh): round trip,
// stations on one machine kept apart, and a plain refusal when no keychain is reachable.
#include "sync/credentials/KeychainCredentialStore.h"

#include <QProcess>
#include <QUuid>
#include <QtTest>

#include <cstdio>

using namespace fb;

namespace {
constexpr const char *kChildEnv = "FB_TEST_KEYCHAIN_CHILD";
}

class TestKeychain : public QObject
{
    Q_OBJECT

    // A scope no other run uses, so a leftover entry can never make a test pass.
    QString m_scope = QStringLiteral("test-") + QUuid::createUuid().toString(QUuid::WithoutBraces);

private slots:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
                 "No D-Bus session bus: the keychain tests need a session with an unlocked keyring. Run them through "
                 "scripts/with-session.sh (ctest is always run that way).");
    }

    void roundTrip()
    {
        KeychainCredentialStore store(m_scope);
        QCOMPARE(store.token(Crm::New).error().code, QStringLiteral("credentials.missing"));
        const QString token = QStringLiteral("tok-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        Status set = store.setToken(Crm::New, token);
        QVERIFY2(set.ok(), qPrintable(set.message()));
        auto read = store.token(Crm::New);
        QVERIFY2(read.ok(), qPrintable(read.message()));
        QCOMPARE(read.value(), token);
        // The other CRM's slot is separate.
        QVERIFY(!store.token(Crm::Legacy).ok());
        // Replacing a token overwrites it.
        QVERIFY(store.setToken(Crm::New, QStringLiteral("second")).ok());
        QCOMPARE(store.token(Crm::New).value(), QStringLiteral("second"));
        QVERIFY(store.removeToken(Crm::New).ok());
        QCOMPARE(store.token(Crm::New).error().code, QStringLiteral("credentials.missing"));
        QVERIFY(store.removeToken(Crm::New).ok()); // removing twice is fine
        QVERIFY(!store.setToken(Crm::New, QStringLiteral("  ")).ok());
    }

    void stationsDoNotCollide()
    {
        KeychainCredentialStore st01(m_scope + QStringLiteral("-ST01"));
        KeychainCredentialStore st02(m_scope + QStringLiteral("-ST02"));
        QVERIFY(st01.keyFor(Crm::Legacy) != st02.keyFor(Crm::Legacy));
        QVERIFY2(st01.setToken(Crm::Legacy, QStringLiteral("one")).ok(), "store for ST01");
        QVERIFY2(st02.setToken(Crm::Legacy, QStringLiteral("two")).ok(), "store for ST02");
        QCOMPARE(st01.token(Crm::Legacy).value(), QStringLiteral("one"));
        QCOMPARE(st02.token(Crm::Legacy).value(), QStringLiteral("two"));
        QVERIFY(st01.removeToken(Crm::Legacy).ok());
        QVERIFY(!st01.token(Crm::Legacy).ok());
        QCOMPARE(st02.token(Crm::Legacy).value(), QStringLiteral("two"));
        QVERIFY(st02.removeToken(Crm::Legacy).ok());
    }

    void noKeychainIsRefusedPlainly()
    {
        // The D-Bus connection is per process, so the unreachable case runs in a child process of this test.
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QString::fromLatin1(kChildEnv), QStringLiteral("1"));
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/fb-no-bus"));
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(child.waitForFinished(60000));
        const QString out = QString::fromUtf8(child.readAllStandardOutput());
        QVERIFY2(child.exitCode() == 0, qPrintable(out + QString::fromUtf8(child.readAllStandardError())));
        QVERIFY2(out.startsWith(QStringLiteral("No OS keychain is reachable (")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("the token was not stored")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("gnome-keyring / KWallet")), qPrintable(out));
        QVERIFY2(!out.contains(QStringLiteral("secret-value")), "the token must never appear in a message");
    }
};

// The child of noKeychainIsRefusedPlainly: tries to store a token with no bus and prints the message.
static int runNoKeychainChild()
{
    KeychainCredentialStore store(QStringLiteral("no-bus"), 15000);
    Status s = store.setToken(Crm::New, QStringLiteral("secret-value"));
    if (s.ok()) {
        std::printf("stored although no keychain should be reachable\n");
        return 1;
    }
    std::printf("%s\n", qPrintable(s.message()));
    return 0;
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsSet(kChildEnv))
        return runNoKeychainChild();
    TestKeychain test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "TestKeychain.moc"
