// floorbridge-ctl's verbs driven in-process through fb::ctl::run() on a real SQLite station folder: what they print,
// and every verb's refusals exiting with the code README.md documents (app/ctl/ExitCodes.h) — the same refusal exits
// alike whichever verb meets it. TestCtl and friends prove the real binary; this proves the verbs.
#include "app/core/Clock.h"
#include "app/ctl/Ctl.h"
#include "app/ctl/ExitCodes.h"

#include "MemoryCredentials.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

using namespace fb;
using namespace fb::ctl;

namespace {

struct Ran
{
    int exit = -1;
    QString out;
    QString err;
};

// Who runs a command: $FLOORBRIDGE_OPERATOR and $FLOORBRIDGE_PIN ("" = neither is set).
struct As
{
    QString code;
    QString pin;
};

const As kNobody;
const As kAdmin{QStringLiteral("A001"), QStringLiteral("1111")};
const As kWarehouse{QStringLiteral("W001"), QStringLiteral("2222")};
const As kTechnician{QStringLiteral("T001"), QStringLiteral("3333")};
const As kSupervisor{QStringLiteral("S001"), QStringLiteral("4444")};

QStringList words(const char *text)
{
    return QString::fromUtf8(text).split(u' ', Qt::SkipEmptyParts);
}

} // namespace

class TestCtlVerbs : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::shared_ptr<FakeClock> m_clock = std::make_shared<FakeClock>();
    std::shared_ptr<test::MemoryCredentials> m_credentials = std::make_shared<test::MemoryCredentials>();
    QString m_station;            // the demo station most tests share: four operators, no CRM address, no token
    QString m_stationWithAddress; // the same with crm.new.url set (nothing listens there)
    int m_stations = 0;

    Ran ctl(const QString &station, const QStringList &args, const As &as = kNobody, const QByteArray &input = {})
    {
        CtlEnvironment env;
        env.dataDir = m_dir.filePath(QStringLiteral("not-this-one")); // --data-dir below wins
        env.operatorCode = as.code;
        if (!as.pin.isEmpty())
            env.pin = as.pin;
        env.clock = m_clock;
        env.credentials = [credentials = m_credentials](const QString &) { return credentials; };
        auto lines = std::make_shared<QList<QByteArray>>();
        for (qsizetype from = 0; from < input.size();) {
            const qsizetype end = input.indexOf('\n', from);
            const qsizetype next = end < 0 ? input.size() : end + 1;
            lines->append(input.mid(from, next - from));
            from = next;
        }
        env.readLine = [lines]() -> std::optional<QByteArray> {
            if (lines->isEmpty())
                return std::nullopt;
            return lines->takeFirst();
        };
        Ran r;
        QTextStream out(&r.out);
        QTextStream err(&r.err);
        r.exit = run(QStringList{QStringLiteral("--data-dir"), station} + args, out, err, env);
        return r;
    }

    // A new demo station (A001 admin, W001 warehouse, T001 technician, S001 supervisor) where wrong PINs never lock
    // anyone out, so a table of them can run in any order.
    QString newStation()
    {
        const QString station = m_dir.filePath(QStringLiteral("station%1").arg(++m_stations));
        Ran demo = ctl(station, words("demo init"));
        if (demo.exit != 0)
            qFatal("demo init: %s", qPrintable(demo.err));
        Ran attempts = ctl(station, words("config set auth.max_attempts 100000"), kAdmin);
        if (attempts.exit != 0)
            qFatal("config set auth.max_attempts: %s", qPrintable(attempts.err));
        return station;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_station = newStation();
        m_stationWithAddress = newStation();
        Ran address = ctl(m_stationWithAddress, words("config set crm.new.url http://127.0.0.1:9"), kAdmin);
        QVERIFY2(address.exit == 0, qPrintable(address.err));
    }

    void init() { m_credentials->tokens.clear(); }

    void helpListsTheExitCodes()
    {
        Ran help = ctl(m_station, {QStringLiteral("--help")});
        QCOMPARE(help.exit, 0);
        QVERIFY2(help.out.contains(QStringLiteral("Verbs:\n  approve")), qPrintable(help.out));
        QVERIFY2(help.out.contains(QStringLiteral("\nExit codes:\n  0  done\n  1  refused")), qPrintable(help.out));
        for (int code = ExitOk; code <= ExitMismatch; ++code)
            QVERIFY2(help.out.contains(QStringLiteral("\n  %1  ").arg(code)), qPrintable(help.out));
        QVERIFY(help.out.contains(QStringLiteral("5  a CRM is not set up or cannot be reached")));
        QVERIFY(help.err.isEmpty());

        QCOMPARE(ctl(m_station, {}).exit, int(ExitUsage)); // --data-dir alone: no verb
        Ran unknown = ctl(m_station, {QStringLiteral("frobnicate")});
        QCOMPARE(unknown.exit, int(ExitUsage));
        QVERIFY2(unknown.err.contains(QStringLiteral("Unknown verb 'frobnicate'")), qPrintable(unknown.err));
        Ran verbHelp = ctl(m_station, words("help pull"));
        QCOMPARE(verbHelp.exit, 0);
        QVERIFY2(verbHelp.out.startsWith(QStringLiteral("floorbridge-ctl [--operator CODE] pull")),
                 qPrintable(verbHelp.out));
        QCOMPARE(ctl(m_station, words("reconcile --help")).exit, 0);
        Ran version = ctl(m_station, {QStringLiteral("--version")});
        QCOMPARE(version.exit, 0);
        QCOMPARE(version.out.trimmed(), QStringLiteral("floorbridge-ctl " FB_VERSION));
    }

    void exitCodeOfAnError_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("exit");
        QTest::newRow("wrong code or PIN") << QStringLiteral("auth.wrong") << int(ExitAuth);
        QTest::newRow("locked") << QStringLiteral("auth.locked") << int(ExitAuth);
        QTest::newRow("disabled") << QStringLiteral("auth.disabled") << int(ExitAuth);
        QTest::newRow("no operator") << QStringLiteral("auth.code_missing") << int(ExitAuth);
        QTest::newRow("forbidden") << QStringLiteral("auth.forbidden") << int(ExitAuth);
        QTest::newRow("not logged in") << QStringLiteral("auth.not_logged_in") << int(ExitAuth);
        QTest::newRow("a new PIN of the wrong form") << QStringLiteral("auth.pin_format") << int(ExitRefused);
        QTest::newRow("a new operator code of the wrong form")
            << QStringLiteral("auth.code_format") << int(ExitRefused);
        QTest::newRow("operator exists") << QStringLiteral("auth.code_taken") << int(ExitRefused);
        QTest::newRow("operator without a name") << QStringLiteral("auth.name") << int(ExitRefused);
        QTest::newRow("not the first admin") << QStringLiteral("auth.not_first") << int(ExitRefused);
        QTest::newRow("database") << QStringLiteral("db.exec") << int(ExitStation);
        QTest::newRow("station") << QStringLiteral("ctl.station") << int(ExitStation);
        QTest::newRow("no CRM address") << QStringLiteral("crm.no_url") << int(ExitExternal);
        QTest::newRow("no CRM token") << QStringLiteral("crm.no_token") << int(ExitExternal);
        QTest::newRow("keychain") << QStringLiteral("credentials.no_keychain") << int(ExitExternal);
        QTest::newRow("pull over HTTP") << QStringLiteral("pull.http") << int(ExitExternal);
        QTest::newRow("reconcile's CRM answer") << QStringLiteral("reconcile.malformed") << int(ExitExternal);
        QTest::newRow("reconcile's CSV path") << QStringLiteral("reconcile.csv_path") << int(ExitRefused);
        QTest::newRow("reconcile's CSV write") << QStringLiteral("reconcile.csv_write") << int(ExitRefused);
        QTest::newRow("a field") << QStringLiteral("gstin.check_char") << int(ExitRefused);
        QTest::newRow("a business rule") << QStringLiteral("complaint.transition") << int(ExitRefused);
        QTest::newRow("no code") << QString() << int(ExitRefused);
        QTest::newRow("a prefix is not a category") << QStringLiteral("authority.x") << int(ExitRefused);
    }

    void exitCodeOfAnError()
    {
        QFETCH(QString, code);
        QFETCH(int, exit);
        QCOMPARE(exitCodeFor(makeError(QStringLiteral("message"), {}, code)), exit);
    }

    // Each verb's usage mistakes, refusals, logins and permissions, and CRM problems, run against one station: every
    // row refuses, so none changes what the next one finds.
    void everyVerbExitsByTheTable_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("pin");
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<int>("exit");
        QTest::addColumn<QString>("says"); // on stderr (stdout for lookup's "not found")
        auto row = [](const char *name, const As &as, const char *args, int exit, const char *says,
                      const QByteArray &input = {}) {
            QTest::newRow(name) << as.code << as.pin << words(args) << input << exit << QString::fromUtf8(says);
        };
        const char *noAddress = "No address is set for the new CRM: set crm.new.url";

        row("approve: neither --approve nor --reject", kSupervisor, "approve PR-1", ExitUsage, "approve list");
        row("approve list: a warehouse operator", kWarehouse, "approve list", ExitAuth, "Supervisor role");
        row("approve: no such request", kSupervisor, "approve PR-NOPE --approve --reason fine", ExitRefused, "PR-NOPE");
        row("approve pull: no address", kSupervisor, "approve pull", ExitExternal, noAddress);
        row("approve pull: a warehouse operator", kWarehouse, "approve pull", ExitAuth, "may not");

        row("complaint: unknown sub-verb", kTechnician, "complaint frobnicate", ExitUsage, "complaint register");
        row("complaint: unknown status", kTechnician, "complaint update CMP-1 --status NOPE --notes x", ExitUsage,
            "Unknown status NOPE");
        row("complaint: no such complaint", kTechnician, "complaint show CMP-NOPE", ExitRefused, "CMP-NOPE");
        row("complaint register: a warehouse operator", kWarehouse,
            "complaint register --customer-code C1 --name N --phone 9876543210 --city Pune --state MH --pin 411001 "
            "--serial SN1 --call-type INSTALLATION",
            ExitAuth, "may not");

        row("config: get without a key", kNobody, "config get", ExitUsage, "config get KEY");
        row("config: not a URL", kAdmin, "config set crm.new.url not-a-url", ExitRefused, "http(s) URL");
        row("config: a warehouse operator", kWarehouse, "config set station.id ST09", ExitAuth, "may not");
        row("config: a key that is not set", kNobody, "config get no.such.key", ExitRefused, "is not set");

        row("credentials: no CRM named", kAdmin, "credentials set", ExitUsage, "credentials set|check|remove");
        row("credentials: token on the command line", kAdmin, "credentials set new TOKEN", ExitUsage,
            "read from standard input");
        row("credentials: nothing on standard input", kAdmin, "credentials set new", ExitRefused,
            "No token on standard input");
        row("credentials: none stored", kAdmin, "credentials check new", ExitExternal, "No token is stored");
        row("credentials: a warehouse operator", kWarehouse, "credentials check new", ExitAuth, "may not");

        row("demo: no sub-verb", kNobody, "demo", ExitUsage, "demo init");
        row("demo: not a new station", kNobody, "demo init", ExitRefused, "already has operators");

        row("dispatch: no order", kWarehouse, "dispatch", ExitUsage, "--order ORDER.json");
        row("dispatch: order file missing", kWarehouse, "dispatch --order /nonexistent/o.json --file /nonexistent/s",
            ExitRefused, "Cannot read the order file");
        row("dispatch cancel: a warehouse operator", kWarehouse, "dispatch cancel DO-NOPE --reason wrong", ExitAuth,
            "may not");

        row("generate: no product", kWarehouse, "generate", ExitUsage, "--product CODE --count N");
        row("generate: count 0", kWarehouse, "generate --product CGSTV32 --count 0", ExitRefused,
            "--count must be a whole number");
        row("generate: a technician", kTechnician, "generate --product CGSTV32 --count 1", ExitAuth, "may not");

        row("inward: no warehouse", kWarehouse, "inward", ExitUsage, "--warehouse WH");
        row("inward: file missing", kWarehouse, "inward --warehouse WH001 --file /nonexistent/serials.txt", ExitRefused,
            "Cannot read /nonexistent/serials.txt");
        row("inward: a technician", kTechnician, "inward --drafts", ExitAuth, "may not");

        row("lookup: no serial", kWarehouse, "lookup", ExitUsage, "lookup SERIAL");
        row("lookup: an unknown operator", As{QStringLiteral("ZZ99"), QStringLiteral("1234")}, "lookup X", ExitAuth,
            "not recognised");

        row("operator: no sub-verb", kAdmin, "operator", ExitUsage, "first-admin|add|list");
        row("operator list: a warehouse operator", kWarehouse, "operator list", ExitAuth, "may not");
        row("operator disable: no such operator", kAdmin, "operator disable ZZ99", ExitRefused, "no operator ZZ99");
        row("operator add: the new PIN's form", kAdmin, "operator add W002 warehouse New Person", ExitRefused,
            "PIN must be 4 to 8 digits", "12a\n");
        row("operator add: the code is taken", kAdmin, "operator add W001 warehouse Again", ExitRefused,
            "already exists", "5555\n");
        row("operator add: a warehouse operator", kWarehouse, "operator add W002 warehouse New Person", ExitAuth,
            "may not", "5555\n");

        row("outbox: an id that is not a number", kNobody, "outbox show x", ExitUsage, "outbox show ID");
        row("outbox: no such row", kNobody, "outbox show 999", ExitRefused, "999");
        row("outbox discard: no reason", kAdmin, "outbox discard 999", ExitUsage, "needs a reason");
        row("outbox retry: a warehouse operator", kWarehouse, "outbox retry 999", ExitAuth, "may not");

        row("part-request: no sub-verb", kTechnician, "part-request", ExitUsage, "part-request create");
        row("part-request: no such request", kTechnician, "part-request show PR-NOPE", ExitRefused, "PR-NOPE");
        row("part-request create: a warehouse operator", kWarehouse, "part-request create CMP-1 --part P-1:1", ExitAuth,
            "may not");

        row("pull: no address", kAdmin, "pull", ExitExternal, noAddress);
        row("pull --changes: no address", kWarehouse, "pull --changes", ExitExternal, noAddress);
        row("pull: set-up mode is over, a login is needed", kNobody, "pull", ExitAuth, "Say who you are");

        row("reconcile: an unknown CRM", kSupervisor, "reconcile --crm both2", ExitUsage, "--crm must be");
        row("reconcile: an argument too many", kSupervisor, "reconcile now", ExitUsage, "Unexpected argument");
        row("reconcile: a warehouse operator", kWarehouse, "reconcile", ExitAuth, "Supervisor");
        row("reconcile: no address", kSupervisor, "reconcile", ExitExternal, noAddress);
        row("reconcile --crm new: no address", kSupervisor, "reconcile --crm new", ExitExternal, "--crm legacy");
        row("reconcile: the CSV's folder is missing", kSupervisor,
            "reconcile --crm legacy --csv /nonexistent/folder/report.csv", ExitRefused, "report.csv");

        row("return-order: no sub-verb", kTechnician, "return-order", ExitUsage, "return-order create");
        row("return-order create: no complaint", kTechnician, "return-order create --part P-1", ExitUsage,
            "return-order create");
        row("return-order: no such complaint", kTechnician, "return-order create CMP-NOPE --part P-1", ExitRefused,
            "CMP-NOPE");
        row("return-order: a warehouse operator", kWarehouse, "return-order list CMP-1", ExitAuth, "may not");

        row("no verb, only an option", kNobody, "--frobnicate", ExitUsage, "Usage: floorbridge-ctl");

        row("sync: no sub-verb", kAdmin, "sync", ExitUsage, "sync --once");
        row("sync pause: no CRM named", kAdmin, "sync pause", ExitUsage, "pause|resume legacy|new");
        row("sync pause: a warehouse operator", kWarehouse, "sync pause new", ExitAuth, "may not");

        row("validate: no value", kNobody, "validate gstin", ExitUsage, "validate gstin VALUE");
        row("validate: a GSTIN with a wrong check character", kNobody, "validate gstin 27AAPFU0939F1Z5", ExitRefused,
            "check character");
        row("validate --json: an LR number too long", kNobody, "--json validate lr LR-1234567890123456", ExitRefused,
            "");
    }

    void everyVerbExitsByTheTable()
    {
        QFETCH(QString, code);
        QFETCH(QString, pin);
        QFETCH(QStringList, args);
        QFETCH(QByteArray, input);
        QFETCH(int, exit);
        QFETCH(QString, says);
        const Ran r = ctl(m_station, args, As{code, pin}, input);
        QVERIFY2(
            r.exit == exit,
            qPrintable(QStringLiteral("exit %1, not %2\nout: %3\nerr: %4").arg(r.exit).arg(exit).arg(r.out, r.err)));
        if (exit == ExitUsage && says.startsWith(QStringLiteral("Usage: floorbridge-ctl")))
            QVERIFY2(r.out.contains(says), qPrintable(r.out)); // the global help goes to stdout
        else
            QVERIFY2(r.err.contains(says), qPrintable(r.err));
    }

    // The verbs that talk to the new CRM, with its address set and no token in the keychain: each says so and exits 5.
    void noTokenForTheNewCrmExits5_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("pin");
        QTest::addColumn<QStringList>("args");
        QTest::newRow("approve pull") << kSupervisor.code << kSupervisor.pin << words("approve pull");
        QTest::newRow("pull") << kAdmin.code << kAdmin.pin << words("pull");
        QTest::newRow("pull --changes") << kWarehouse.code << kWarehouse.pin << words("pull --changes");
        QTest::newRow("reconcile") << kSupervisor.code << kSupervisor.pin << words("reconcile");
        QTest::newRow("reconcile --crm new") << kSupervisor.code << kSupervisor.pin << words("reconcile --crm new");
    }

    void noTokenForTheNewCrmExits5()
    {
        QFETCH(QString, code);
        QFETCH(QString, pin);
        QFETCH(QStringList, args);
        const Ran r = ctl(m_stationWithAddress, args, As{code, pin});
        QVERIFY2(r.exit == ExitExternal, qPrintable(QStringLiteral("exit %1\n%2").arg(r.exit).arg(r.err)));
        QVERIFY2(r.err.contains(QStringLiteral("No token for the new CRM: set one with 'floorbridge-ctl credentials "
                                               "set new'.")),
                 qPrintable(r.err));
    }

    // A PIN that is wrong exits 4 whatever its form — digits, letters, too short, too long, none — in every verb
    // that logs in.
    void aWrongPinExitsAlikeWhateverItsForm_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("pin");
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QStringList>("args");
        const QList<std::pair<const char *, QStringList>> verbs{
            {"lookup", words("lookup SN1")},
            {"generate", words("generate --product CGSTV32 --count 1")},
            {"complaint", words("complaint list")},
            {"operator", words("operator list")},
            {"outbox", words("outbox retry 1")},
            {"pull", words("pull")},
            {"reconcile", words("reconcile")},
            {"config", words("config set station.id ST09")},
            {"credentials", words("credentials check new")},
            {"sync", words("sync pause new")},
        };
        const QList<std::tuple<const char *, QString, QByteArray>> pins{
            {"wrong", QStringLiteral("9999"), {}},
            {"letters", QStringLiteral("12a4"), {}},
            {"too short", QStringLiteral("1"), {}},
            {"too long", QStringLiteral("123456789012"), {}},
            {"wrong on stdin", QString(), QByteArray("9999\n")},
            {"letters on stdin", QString(), QByteArray("abcd\n")},
            {"none", QString(), QByteArray()},
        };
        for (const auto &[verb, args] : verbs)
            for (const auto &[name, pin, input] : pins)
                QTest::addRow("%s, %s", verb, name) << kAdmin.code << pin << input << args;
    }

    void aWrongPinExitsAlikeWhateverItsForm()
    {
        QFETCH(QString, code);
        QFETCH(QString, pin);
        QFETCH(QByteArray, input);
        QFETCH(QStringList, args);
        const Ran r = ctl(m_station, args, As{code, pin}, input);
        QVERIFY2(r.exit == ExitAuth, qPrintable(QStringLiteral("exit %1\n%2").arg(r.exit).arg(r.err)));
        QVERIFY2(r.err.contains(QStringLiteral("Operator code or PIN not recognised")), qPrintable(r.err));
    }

    void aStationThatCannotBeOpenedExits3()
    {
        const QString station = m_dir.filePath(QStringLiteral("damaged"));
        QVERIFY(QDir().mkpath(station));
        QFile db(QDir(station).filePath(QStringLiteral("floorbridge.db")));
        QVERIFY(db.open(QIODevice::WriteOnly));
        db.write(QByteArray(4096, 'z'));
        db.close();
        for (const QStringList &args : {words("status"), words("lookup SN1"), words("pull"), words("outbox list")}) {
            const Ran r = ctl(station, args, kAdmin);
            QVERIFY2(r.exit == ExitStation, qPrintable(args.join(u' ') + QStringLiteral(": ") + r.err));
            QVERIFY2(r.err.contains(QStringLiteral("damaged")), qPrintable(r.err));
        }
    }

    // What the verbs print and change when they succeed, in-process.
    void verbsDoTheirWork()
    {
        const QString station = newStation();

        Ran status = ctl(station, words("status --json"));
        QCOMPARE(status.exit, 0);
        const QJsonObject s = QJsonDocument::fromJson(status.out.toUtf8()).object();
        QCOMPARE(s[u"station_id"].toString(), QStringLiteral("DEMO01"));
        QVERIFY(s[u"schema_version"].toInt() > 0);
        QCOMPARE(s[u"db_path"].toString(), QDir(station).filePath(QStringLiteral("floorbridge.db")));
        QCOMPARE(s[u"crms"][u"new"][u"backlog"].toInt(), 0);
        Ran text = ctl(station, words("status"));
        QVERIFY2(text.out.startsWith(QStringLiteral("Station     DEMO01\n")), qPrintable(text.out));
        QVERIFY2(text.out.contains(QStringLiteral("New CRM     (no URL set)\n  backlog 0, failed 0")),
                 qPrintable(text.out));

        Ran set = ctl(station, words("config set crm.new.url https://crm.example.com"), kAdmin);
        QCOMPARE(set.exit, 0);
        QCOMPARE(set.out, QStringLiteral("crm.new.url = https://crm.example.com\n"));
        QCOMPARE(ctl(station, words("config get crm.new.url")).out, QStringLiteral("https://crm.example.com\n"));

        // The token comes from standard input into the credential store, and its change is stamped for the window.
        Ran stored = ctl(station, words("credentials set new"), kAdmin, "tok-123\n");
        QVERIFY2(stored.exit == 0, qPrintable(stored.err));
        QCOMPARE(m_credentials->tokens.value(int(Crm::New)), QStringLiteral("tok-123"));
        QCOMPARE(ctl(station, words("config get sync.new.credentials_changed_at")).out.trimmed(),
                 m_clock->now().toString(Qt::ISODateWithMs));
        Ran check = ctl(station, words("credentials check new"), kAdmin);
        QCOMPARE(check.exit, 0);
        QVERIFY2(check.out.contains(QStringLiteral("(7 characters)")), qPrintable(check.out));
        QVERIFY(!check.out.contains(QStringLiteral("tok-123")));

        // The PIN from standard input when $FLOORBRIDGE_PIN is not set; then the new operator's PIN.
        Ran added =
            ctl(station, words("operator add W002 warehouse Second Warehouse"), As{kAdmin.code, {}}, "1111\n5678\n");
        QVERIFY2(added.exit == 0, qPrintable(added.err));
        Ran listed = ctl(station, words("--json operator list"), kAdmin);
        QCOMPARE(listed.exit, 0);
        const QJsonArray operators = QJsonDocument::fromJson(listed.out.toUtf8()).array();
        QCOMPARE(operators.size(), 5);
        QCOMPARE(ctl(station, words("lookup SN1"), As{QStringLiteral("W002"), QStringLiteral("5678")}).exit,
                 int(ExitRefused)); // logged in; the serial is not in the register

        Ran outbox = ctl(station, words("outbox list"));
        QCOMPARE(outbox.exit, 0);
        QCOMPARE(outbox.out, QStringLiteral("No outbox rows match.\n"));

        Ran gstin = ctl(station, words("validate gstin 27aapfu0939f1zv"));
        QCOMPARE(gstin.exit, 0);
        QCOMPARE(gstin.out, QStringLiteral("27AAPFU0939F1ZV\n"));

        Ran pause = ctl(station, words("sync pause new --reason maintenance"), kAdmin);
        QVERIFY2(pause.exit == 0, qPrintable(pause.err));
        QCOMPARE(pause.out, QStringLiteral("New CRM: maintenance\n"));
        QVERIFY(ctl(station, words("status")).out.contains(QStringLiteral("PAUSED       maintenance")));
        QCOMPARE(ctl(station, words("sync resume new"), kAdmin).exit, 0);

        Ran reconcile = ctl(station, words("reconcile --crm legacy"), kSupervisor);
        QVERIFY2(reconcile.exit == 0, qPrintable(reconcile.err));
        QVERIFY2(reconcile.out.contains(QStringLiteral("No mismatches: both sides agree.")), qPrintable(reconcile.out));
    }
};

QTEST_GUILESS_MAIN(TestCtlVerbs)
#include "TestCtlVerbs.moc"
