// HID POS scanners without hardware: recorded input reports (tests/data/hidpos/<case>/reports.hex) replayed through
// a fake hidapi backend into the real HidPosScanner, plus device choice, hot-plug, permissions and settings.

#include "GoldenCases.h"
#include "app/core/Clock.h"
#include "app/scanner/HidPosScanner.h"
#include "app/scanner/ScannerSettings.h"
#include "app/storage/Database.h"
#include "app/storage/SettingsStore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <deque>

using namespace fb;
using fb::test::addGoldenCases;

namespace {

// What the fake "system" holds; shared between the test and the backend the scanner owns.
struct FakeHid
{
    QList<HidPosDeviceInfo> devices;
    std::deque<QByteArray> reports; // waiting to be read from the open device
    bool readFails = false;         // the next read reports an unplug
    QString openError;              // non-empty: open() fails with it
    int opens = 0;
};

class FakeHandle final : public HidPosHandle
{
public:
    explicit FakeHandle(std::shared_ptr<FakeHid> hid)
        : m_hid(std::move(hid))
    {}
    QByteArray read(bool *ok, QString *error) override
    {
        if (m_hid->readFails) {
            *ok = false;
            *error = QStringLiteral("No such device");
            return {};
        }
        *ok = true;
        if (m_hid->reports.empty())
            return {};
        QByteArray r = m_hid->reports.front();
        m_hid->reports.pop_front();
        return r;
    }

private:
    std::shared_ptr<FakeHid> m_hid;
};

class FakeBackend final : public HidPosBackend
{
public:
    explicit FakeBackend(std::shared_ptr<FakeHid> hid)
        : m_hid(std::move(hid))
    {}
    QList<HidPosDeviceInfo> enumerate(quint16 vendorId, quint16 productId) override
    {
        QList<HidPosDeviceInfo> out;
        for (const HidPosDeviceInfo &d : std::as_const(m_hid->devices)) {
            if ((vendorId == 0 || d.vendorId == vendorId) && (productId == 0 || d.productId == productId))
                out << d;
        }
        return out;
    }
    std::unique_ptr<HidPosHandle> open(const QString &path, QString *error) override
    {
        if (!m_hid->openError.isEmpty()) {
            *error = m_hid->openError;
            return nullptr;
        }
        const bool known = std::any_of(m_hid->devices.cbegin(), m_hid->devices.cend(),
                                       [&](const HidPosDeviceInfo &d) { return d.path == path; });
        if (!known) {
            *error = QStringLiteral("No such file or directory");
            return nullptr;
        }
        ++m_hid->opens;
        return std::make_unique<FakeHandle>(m_hid);
    }

private:
    std::shared_ptr<FakeHid> m_hid;
};

HidPosDeviceInfo device(const QString &path, quint16 usagePage, quint16 usage = 2)
{
    HidPosDeviceInfo d;
    d.path = path;
    d.vendorId = 0x0c2e;
    d.productId = 0x0b8f;
    d.usagePage = usagePage;
    d.usage = usage;
    d.product = QStringLiteral("Voyager 1450g");
    return d;
}

QList<QByteArray> readReports(const QString &path)
{
    QList<QByteArray> reports;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        return reports;
    while (!f.atEnd()) {
        const QByteArray line = f.readLine().trimmed();
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        reports << QByteArray::fromHex(QByteArray(line).replace(' ', QByteArray()));
    }
    return reports;
}

// Every scanned / scanRejected signal, in order, as one list.
struct Events
{
    QList<QJsonObject> list;
    void attach(ScanSource &source)
    {
        QObject::connect(&source, &ScanSource::scanned, &source, [this](const Scan &s) {
            list << QJsonObject{{QStringLiteral("scan"), s.text},
                                {QStringLiteral("symbology"), s.symbology},
                                {QStringLiteral("gtin"), s.gtin},
                                {QStringLiteral("raw"), QString::fromLatin1(s.raw)},
                                {QStringLiteral("source"), s.source}};
        });
        QObject::connect(&source, &ScanSource::scanRejected, &source,
                         [this](const QString &reason, const QByteArray &) {
                             list << QJsonObject{{QStringLiteral("rejected"), reason}};
                         });
    }
};

} // namespace

class TestHidPosScanner : public QObject
{
    Q_OBJECT
private slots:
    void recorded_data();
    void recorded();
    void choosesThePosInterface();
    void keyboardModeIsNamed();
    void hotPlug();
    void openRefusedNamesTheFix();
    void unfinishedCodeIsDropped();
    void settings();

private:
    std::unique_ptr<HidPosScanner> makeScanner(std::shared_ptr<FakeHid> hid, quint16 vid = 0x0c2e, quint16 pid = 0x0b8f)
    {
        ScannerSettings::Hid s;
        s.vendorId = vid;
        s.productId = pid;
        s.reconnectMs = 20;
        auto scanner = std::make_unique<HidPosScanner>(s, ScanDecoder(ScannerConfig{}), m_clock,
                                                       std::make_unique<FakeBackend>(std::move(hid)));
        scanner->setPollMs(1);
        return scanner;
    }
    FakeClock m_clock;
};

void TestHidPosScanner::recorded_data()
{
    addGoldenCases(QStringLiteral("hidpos"), 8);
}

void TestHidPosScanner::recorded()
{
    QFETCH(QString, folder);
    const QList<QByteArray> reports = readReports(folder + QStringLiteral("/reports.hex"));
    QVERIFY2(!reports.isEmpty(), "reports.hex missing or empty");
    QFile f(folder + QStringLiteral("/expected.json"));
    QVERIFY2(f.open(QIODevice::ReadOnly), "expected.json missing");
    const QJsonArray expected = QJsonDocument::fromJson(f.readAll()).object().value(u"events").toArray();
    QVERIFY2(!expected.isEmpty(), "expected.json has no events");

    auto hid = std::make_shared<FakeHid>();
    hid->devices = {device(QStringLiteral("/dev/hidraw1"), 0x01, 0x06), device(QStringLiteral("/dev/hidraw2"), 0x8C)};
    for (const QByteArray &r : reports)
        hid->reports.push_back(r);
    auto scanner = makeScanner(hid);
    Events events;
    events.attach(*scanner);
    scanner->start();
    QCOMPARE(scanner->state(), ScanSource::State::Connected);
    QTRY_VERIFY(hid->reports.empty());
    QTRY_COMPARE(events.list.size(), expected.size());

    for (qsizetype i = 0; i < expected.size(); ++i) {
        const QJsonObject want = expected.at(i).toObject();
        const QJsonObject got = events.list.at(i);
        if (want.contains(u"rejected")) {
            QVERIFY2(got.contains(u"rejected"),
                     qPrintable(QStringLiteral("event %1 was a scan of %2").arg(i).arg(got.value(u"scan").toString())));
            QVERIFY2(got.value(u"rejected").toString().contains(want.value(u"rejected").toString()),
                     qPrintable(got.value(u"rejected").toString()));
            continue;
        }
        QVERIFY2(got.contains(u"scan"),
                 qPrintable(QStringLiteral("event %1 was refused: %2").arg(i).arg(got.value(u"rejected").toString())));
        QCOMPARE(got.value(u"source").toString(), QStringLiteral("hid"));
        for (const QString &key : want.keys())
            QCOMPARE(got.value(key).toString(), want.value(key).toString());
    }
}

void TestHidPosScanner::choosesThePosInterface()
{
    const HidPosDeviceInfo keyboard = device(QStringLiteral("/dev/hidraw1"), 0x01, 0x06);
    const HidPosDeviceInfo pos = device(QStringLiteral("/dev/hidraw2"), 0x8C, 0x02);
    HidPosDeviceInfo unknown = device(QStringLiteral("/dev/hidraw3"), 0x00, 0x00);

    QCOMPARE(HidPosScanner::choose({keyboard, pos}, true)->path, pos.path);
    QCOMPARE(HidPosScanner::choose({pos, keyboard}, false)->path, pos.path);
    QVERIFY(!HidPosScanner::choose({keyboard}, true)); // keyboard mode: never read a keyboard
    QVERIFY(!HidPosScanner::choose({unknown}, false)); // any HID device at all: only a POS one will do
    QCOMPARE(HidPosScanner::choose({unknown}, true)->path, unknown.path); // named by id, usage not reported
    QVERIFY(!HidPosScanner::choose({}, true));
}

void TestHidPosScanner::keyboardModeIsNamed()
{
    auto hid = std::make_shared<FakeHid>();
    hid->devices = {device(QStringLiteral("/dev/hidraw1"), 0x01, 0x06)};
    auto scanner = makeScanner(hid);
    scanner->start();
    QCOMPARE(scanner->state(), ScanSource::State::Error);
    QVERIFY2(scanner->stateMessage().contains(QStringLiteral("keyboard mode")), qPrintable(scanner->stateMessage()));
    QCOMPARE(hid->opens, 0);
}

void TestHidPosScanner::hotPlug()
{
    auto hid = std::make_shared<FakeHid>();
    auto scanner = makeScanner(hid);
    QSignalSpy states(scanner.get(), &ScanSource::stateChanged);
    Events events;
    events.attach(*scanner);

    scanner->start();
    QCOMPARE(scanner->state(), ScanSource::State::Disconnected);
    QVERIFY2(scanner->stateMessage().contains(QStringLiteral("0c2e:0b8f")), qPrintable(scanner->stateMessage()));

    // Plugged in: found by the next look, without a restart.
    hid->devices = {device(QStringLiteral("/dev/hidraw2"), 0x8C)};
    QTRY_COMPARE(scanner->state(), ScanSource::State::Connected);
    QCOMPARE(scanner->devicePath(), QStringLiteral("/dev/hidraw2"));

    // Unplugged: the read fails; the state says so and the scanner is looked for again.
    hid->readFails = true;
    hid->devices.clear();
    QTRY_COMPARE(scanner->state(), ScanSource::State::Disconnected);
    QVERIFY2(scanner->stateMessage().contains(QStringLiteral("unplugged")), qPrintable(scanner->stateMessage()));
    QVERIFY(scanner->devicePath().isEmpty());

    // Back on another hidraw node; a scan after the replug arrives.
    hid->readFails = false;
    hid->devices = {device(QStringLiteral("/dev/hidraw5"), 0x8C)};
    QTRY_COMPARE(scanner->state(), ScanSource::State::Connected);
    QCOMPARE(scanner->devicePath(), QStringLiteral("/dev/hidraw5"));
    QCOMPARE(hid->opens, 2);
    QByteArray report(64, '\0');
    report[0] = 0x02;
    report[1] = 17;
    report.replace(2, 3, "]C0");
    report.replace(5, 17, "CGSTV322509251009");
    hid->reports.push_back(report);
    QTRY_COMPARE(events.list.size(), 1);
    QCOMPARE(events.list.first().value(u"scan").toString(), QStringLiteral("CGSTV322509251009"));

    scanner->stop();
    QCOMPARE(scanner->state(), ScanSource::State::Disconnected);
    QVERIFY(states.size() >= 5);
}

void TestHidPosScanner::openRefusedNamesTheFix()
{
    auto hid = std::make_shared<FakeHid>();
    hid->devices = {device(QStringLiteral("/dev/hidraw2"), 0x8C)};
    hid->openError = QStringLiteral("Permission denied");
    auto scanner = makeScanner(hid);
    scanner->start();
    QCOMPARE(scanner->state(), ScanSource::State::Error);
    QVERIFY2(scanner->stateMessage().contains(QStringLiteral("Permission denied")),
             qPrintable(scanner->stateMessage()));
    QVERIFY2(scanner->stateMessage().contains(QStringLiteral("udev")), qPrintable(scanner->stateMessage()));
    // Fixed (rule installed): the retry opens it without a restart.
    hid->openError.clear();
    QTRY_COMPARE(scanner->state(), ScanSource::State::Connected);
}

void TestHidPosScanner::unfinishedCodeIsDropped()
{
    auto hid = std::make_shared<FakeHid>();
    hid->devices = {device(QStringLiteral("/dev/hidraw2"), 0x8C)};
    auto scanner = makeScanner(hid);
    scanner->setStaleMs(500);
    Events events;
    events.attach(*scanner);
    scanner->start();

    QByteArray first(64, '\0');
    first[0] = 0x02;
    first[1] = 10;
    first.replace(2, 3, "]C0");
    first.replace(5, 10, "CGSTV32250");
    first[63] = 0x01; // continued… and the rest never comes
    hid->reports.push_back(first);
    QTRY_VERIFY(hid->reports.empty());
    QCOMPARE(events.list.size(), 0);

    m_clock.advanceMs(600);
    QTRY_COMPARE(events.list.size(), 1);
    QVERIFY2(events.list.first().value(u"rejected").toString().contains(QStringLiteral("did not finish")),
             qPrintable(events.list.first().value(u"rejected").toString()));

    // The next code is read on its own, not glued to the dropped half.
    QByteArray next(64, '\0');
    next[0] = 0x02;
    next[1] = 17;
    next.replace(2, 3, "]C0");
    next.replace(5, 17, "CGSTV322509251010");
    hid->reports.push_back(next);
    QTRY_COMPARE(events.list.size(), 2);
    QCOMPARE(events.list.last().value(u"scan").toString(), QStringLiteral("CGSTV322509251010"));
}

void TestHidPosScanner::settings()
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("station.sqlite")));
    QVERIFY2(db.ok(), qPrintable(db.message()));
    SettingsStore store(*db.value());

    QCOMPARE(ScannerSettings::load(store).hid.vendorId, quint16(0));
    QVERIFY(store.setValue(QStringLiteral("scanner.source"), QStringLiteral("hid")).ok());
    QVERIFY(store.setValue(QStringLiteral("scanner.hid.vendor_id"), QStringLiteral("0x0C2E")).ok());
    QVERIFY(store.setValue(QStringLiteral("scanner.hid.product_id"), QStringLiteral("0b8f")).ok());
    QStringList problems;
    ScannerSettings s = ScannerSettings::load(store, &problems);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    QCOMPARE(s.source, ScannerSettings::Source::Hid);
    QCOMPARE(s.hid.vendorId, quint16(0x0c2e));
    QCOMPARE(s.hid.productId, quint16(0x0b8f));

    s.hid.productId = 0x1234;
    QVERIFY(s.save(store).ok());
    QCOMPARE(store.value(QStringLiteral("scanner.hid.product_id")), QStringLiteral("1234"));
    QCOMPARE(ScannerSettings::load(store).hid.productId, quint16(0x1234));

    QVERIFY(store.setValue(QStringLiteral("scanner.hid.vendor_id"), QStringLiteral("honeywell")).ok());
    problems.clear();
    QCOMPARE(ScannerSettings::load(store, &problems).hid.vendorId, quint16(0));
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.first().contains(QStringLiteral("scanner.hid.vendor_id")), qPrintable(problems.first()));
}

QTEST_GUILESS_MAIN(TestHidPosScanner)
#include "TestHidPosScanner.moc"
