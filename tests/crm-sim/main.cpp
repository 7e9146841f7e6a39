// crm-sim: plays the legacy CRM and the new CRM on two loopback ports for the tests and the demo.

#include "CrmServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHostAddress>

#include <cstdio>
#include <random>

using namespace fb::sim;

namespace {

int fail(const QString &message)
{
    std::fprintf(stderr, "crm-sim: %s\n", qPrintable(message));
    return 1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("crm-sim"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FB_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Plays Floorbridge's two CRMs over HTTP: the legacy CRM (seed 000 payloads) and the new CRM "
        "(docs/crm-api.md).\n"
        "Tokens come from FB_SIM_LEGACY_TOKEN / FB_SIM_NEW_TOKEN (defaults demo-legacy-token / demo-new-token)."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption newPort(QStringLiteral("new-port"), QStringLiteral("New CRM port (0: any free port)."),
                                     QStringLiteral("port"), QStringLiteral("0"));
    const QCommandLineOption legacyPort(QStringLiteral("legacy-port"),
                                        QStringLiteral("Legacy CRM port (0: any free port)."), QStringLiteral("port"),
                                        QStringLiteral("0"));
    const QCommandLineOption bind(QStringLiteral("bind"), QStringLiteral("Address to listen on."),
                                  QStringLiteral("address"), QStringLiteral("127.0.0.1"));
    const QCommandLineOption data(QStringLiteral("data"),
                                  QStringLiteral("Directory keeping what each CRM applied (survives restarts); "
                                                 "without it everything is forgotten on exit."),
                                  QStringLiteral("dir"));
    const QCommandLineOption masterData(QStringLiteral("masterdata"),
                                        QStringLiteral("Master data JSON file (default: the built-in demo data)."),
                                        QStringLiteral("file"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Seed of the fault PRNG."),
                                  QStringLiteral("n"), QStringLiteral("1"));
    const QCommandLineOption quiet(QStringLiteral("quiet"), QStringLiteral("Do not log each request to stderr."));
    parser.addOptions({newPort, legacyPort, bind, data, masterData, seed, quiet});
    parser.process(app);

    bool ok = false;
    const quint16 newPortValue = parser.value(newPort).toUShort(&ok);
    if (!ok)
        return fail(QStringLiteral("--new-port: not a port number"));
    const quint16 legacyPortValue = parser.value(legacyPort).toUShort(&ok);
    if (!ok)
        return fail(QStringLiteral("--legacy-port: not a port number"));
    const quint64 seedValue = parser.value(seed).toULongLong(&ok);
    if (!ok)
        return fail(QStringLiteral("--seed: not a number"));
    const QHostAddress address(parser.value(bind));
    if (address.isNull())
        return fail(QStringLiteral("--bind: not an IP address"));

    QString dataDir;
    if (parser.isSet(data)) {
        dataDir = parser.value(data);
        if (!QDir().mkpath(dataDir))
            return fail(QStringLiteral("--data: cannot create %1").arg(dataDir));
    }
    auto journal = [&](const QString &name) {
        return dataDir.isEmpty() ? QString() : QDir(dataDir).filePath(name + QStringLiteral(".jsonl"));
    };

    const QString masterDataPath =
        parser.isSet(masterData) ? parser.value(masterData) : QStringLiteral(":/crm-sim/masterdata.json");
    QFile masterDataFile(masterDataPath);
    if (!masterDataFile.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("cannot read master data %1: %2").arg(masterDataPath, masterDataFile.errorString()));
    const QByteArray masterDataJson = masterDataFile.readAll();

    const QString legacyToken = qEnvironmentVariable("FB_SIM_LEGACY_TOKEN", QStringLiteral("demo-legacy-token"));
    const QString newToken = qEnvironmentVariable("FB_SIM_NEW_TOKEN", QStringLiteral("demo-new-token"));

    // Different PRNG streams per CRM, both derived from --seed.
    CrmServer legacy(CrmKind::Legacy, legacyToken, journal(QStringLiteral("legacy")), seedValue * 2 + 1);
    CrmServer newCrm(CrmKind::New, newToken, journal(QStringLiteral("new")), seedValue * 2 + 2);
    for (CrmServer *server : {&legacy, &newCrm}) {
        QString error;
        server->setQuiet(parser.isSet(quiet));
        if (!server->loadJournal(&error))
            return fail(QStringLiteral("cannot read the journal: %1").arg(error));
        if (!server->loadMasterData(masterDataJson, &error))
            return fail(QStringLiteral("%1: %2").arg(masterDataPath, error));
    }

    const quint16 newBound = newCrm.listen(address, newPortValue);
    if (newBound == 0)
        return fail(QStringLiteral("cannot listen on %1:%2").arg(address.toString()).arg(newPortValue));
    const quint16 legacyBound = legacy.listen(address, legacyPortValue);
    if (legacyBound == 0)
        return fail(QStringLiteral("cannot listen on %1:%2").arg(address.toString()).arg(legacyPortValue));

    std::printf("crm-sim listening new=%u legacy=%u\n", unsigned(newBound), unsigned(legacyBound));
    std::fflush(stdout);
    return QCoreApplication::exec();
}
