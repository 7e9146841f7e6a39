// floorbridge: the station's window. Opens the station's data folder, starts delivery to both CRMs and pulls from
// the new CRM in the background, and shows the login screen.
#include "app/core/Logging.h"
#include "app/core/Paths.h"
#include "app/programs/floorbridge/BenchReady.h"
#include "app/services/Station.h"
#include "sync/SyncEngine.h"
#include "sync/credentials/KeychainCredentialStore.h"
#include "sync/pull/PullScheduler.h"
#include "ui/preferences/Appearance.h"
#include "ui/preferences/Translations.h"
#include "ui/scanner/ScannerHost.h"
#include "ui/shell/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>

#include <cstdio>

using namespace fb;

int main(int argc, char **argv)
{
    // --version must work without a display (packaging checks, CI).
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "--version") == 0 || qstrcmp(argv[i], "-v") == 0) {
            std::printf("floorbridge %s\n", FB_VERSION);
            return 0;
        }
    }
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("floorbridge"));
    QApplication::setOrganizationName(QStringLiteral("Floorbridge"));
    QApplication::setApplicationDisplayName(QStringLiteral("Floorbridge"));
    QApplication::setApplicationVersion(QStringLiteral(FB_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.floorbridge.Floorbridge"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Floorbridge warehouse and service-desk workstation"));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption dataDirOption(QStringLiteral("data-dir"),
                                     QStringLiteral("Station data folder (default: $FLOORBRIDGE_DATA_DIR or the "
                                                    "user's data folder)."),
                                     QStringLiteral("DIR"));
    parser.addOption(dataDirOption);
    parser.process(app);

    const QString dataDir = resolveDataDir(parser.value(dataDirOption));
    initLogging(dataDir, QStringLiteral("floorbridge"), true);
    logger("app")->info("floorbridge {} starting, data folder {}", FB_VERSION, dataDir.toStdString());

    SystemClock clock;
    auto station = Station::open(dataDir, clock);
    if (!station.ok()) {
        logger("app")->error("cannot open station: {}", station.message().toStdString());
        QMessageBox::critical(nullptr, QStringLiteral("Floorbridge"), station.message());
        return 3;
    }

    Station &st = *station.value();
    KeychainCredentialStore credentials(st.credentialScope());
    // Delivery to both CRMs runs in its own thread from the start: the station works offline and catches up.
    SyncEngine sync(st.databasePath(), st.settings(), credentials, clock);
    // Every action that queues events wakes delivery when it commits (ActionPipeline → Database's outbox listener).
    st.setOutboxListener([&sync] { sync.wake(); });
    if (Status started = sync.start(); !started)
        logger("app")->warn("delivery not started: {}", started.message().toStdString());
    // Changes made in the new CRM (spare decisions…) on a short schedule, master data on a long one, and on demand.
    PullScheduler pulls(st.databasePath(), st.settings(), credentials, clock);
    pulls.setSyncControl(&sync);
    if (Status started = pulls.start(); !started)
        logger("app")->warn("pulls from the new CRM not started: {}", started.message().toStdString());

    // Language (ui.language) and text size (ui.font_scale) before any widget exists, so every page is built with them.
    Translations translations;
    if (Status applied = translations.apply(Translations::fromSettings(st.settings())); !applied)
        logger("app")->warn("language: {}", applied.message().toStdString());
    Appearance::applyFontScale(Appearance::fontScale(st.settings()));

    AppServices services;
    services.station = &st;
    services.clock = &clock;
    services.credentials = &credentials;
    services.sync = &sync;
    services.pulls = &pulls;
    services.translations = &translations;
    ScannerHost scanner(clock);
    services.scanner = &scanner;
    MainWindow window(services, standardPages());
    if (BenchReady::wanted())
        new BenchReady(&window);
    window.show();

    // The scanner the station's settings choose (scanner.*): its scans go to the current scanning page. Without a
    // usable scanner the station still works with typed serials.
    QStringList scannerProblems;
    const ScannerSettings scannerSettings = ScannerSettings::load(st.settings(), &scannerProblems);
    for (const QString &problem : std::as_const(scannerProblems))
        logger("scan")->warn("{}", problem.toStdString());
    scanner.setScanWindow(&window);
    QObject::connect(&scanner, &ScannerHost::sourceChanged, &window, &MainWindow::setScanSource);
    if (Status started = scanner.apply(scannerSettings); !started) {
        logger("scan")->error("no scanner: {}", started.message().toStdString());
        QMessageBox::warning(&window, QStringLiteral("Floorbridge"), started.message());
    }
    const int code = app.exec();
    scanner.stop();
    pulls.stop();
    sync.stop();
    logger("app")->info("floorbridge exiting with {}", code);
    shutdownLogging();
    return code;
}
