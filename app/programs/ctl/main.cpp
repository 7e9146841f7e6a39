// floorbridge-ctl: the station from the command line — configuration, credentials, sync status and every floor
// operation, over the same core services as the GUI.
#include "app/programs/ctl/Ctl.h"

#include "app/core/Logging.h"
#include "app/core/Paths.h"
#include "app/services/OperatorService.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>
#include <unistd.h>

namespace fb::ctl {

namespace {
QList<Verb> &registry()
{
    static QList<Verb> list;
    return list;
}
} // namespace

bool registerVerb(Verb verb)
{
    registry().append(std::move(verb));
    return true;
}

const QList<Verb> &verbs()
{
    return registry();
}

Context::Context(QStringList a, QString dataDirOption)
    : args(std::move(a))
    , out(stdout)
    , err(stderr)
    , m_dataDir(resolveDataDir(dataDirOption))
{
    m_operatorOption = takeOption(QStringLiteral("operator"));
    json = takeFlag(QStringLiteral("json"));
}

QString Context::takeOption(const QString &name)
{
    const QString flag = QStringLiteral("--") + name;
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args[i] == flag && i + 1 < args.size()) {
            const QString v = args[i + 1];
            args.remove(i, 2);
            return v;
        }
        if (args[i].startsWith(flag + u'=')) {
            const QString v = args[i].mid(flag.size() + 1);
            args.remove(i);
            return v;
        }
    }
    return {};
}

bool Context::takeFlag(const QString &name)
{
    return args.removeAll(QStringLiteral("--") + name) > 0;
}

Station *Context::station()
{
    if (m_station)
        return m_station.get();
    auto opened = Station::open(m_dataDir, m_clock);
    if (!opened.ok()) {
        err << opened.message() << Qt::endl;
        return nullptr;
    }
    m_station = std::move(opened).value();
    return m_station.get();
}

QString Context::readStdinLine()
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly | QIODevice::Text))
        return {};
    QString line = QString::fromUtf8(in.readLine());
    while (line.endsWith(u'\n') || line.endsWith(u'\r'))
        line.chop(1);
    return line;
}

Result<Actor> Context::authenticate()
{
    Station *st = station();
    if (!st)
        return makeError(QStringLiteral("station unavailable"), {}, QStringLiteral("ctl.station"));
    QString code = m_operatorOption.isEmpty() ? qEnvironmentVariable("FLOORBRIDGE_OPERATOR") : m_operatorOption;
    if (code.isEmpty()) {
        Error e = makeError(QCoreApplication::translate("fb::ctl", "Say who you are: --operator CODE (the PIN is read "
                                                                   "from $FLOORBRIDGE_PIN or standard input)."),
                            QStringLiteral("operator"), QStringLiteral("auth.code_missing"));
        err << e.message << Qt::endl;
        return e;
    }
    QString pin = qEnvironmentVariable("FLOORBRIDGE_PIN");
    if (pin.isEmpty()) {
        if (isatty(STDIN_FILENO))
            err << QCoreApplication::translate("fb::ctl", "PIN for %1: ").arg(code) << Qt::flush;
        pin = readStdinLine();
    }
    OperatorService ops(st->db(), st->settings(), m_clock);
    auto actor = ops.login(code, pin);
    if (!actor.ok())
        err << actor.message() << Qt::endl;
    return actor;
}

Result<Actor> Context::authenticateOrSetup(Permission permission)
{
    Station *st = station();
    if (!st)
        return makeError(QStringLiteral("station unavailable"), {}, QStringLiteral("ctl.station"));
    OperatorService ops(st->db(), st->settings(), m_clock);
    if (ops.needsFirstAdmin() && m_operatorOption.isEmpty() && qEnvironmentVariableIsEmpty("FLOORBRIDGE_OPERATOR"))
        return Actor{QStringLiteral("SETUP"), QStringLiteral("Station setup"), Role::Admin, st->stationId()};
    auto actor = authenticate();
    if (!actor.ok())
        return actor;
    if (Status allowed = require(*actor, permission); !allowed) {
        err << allowed.message() << Qt::endl;
        return allowed.error();
    }
    return actor;
}

int Context::fail(const Error &error, int code)
{
    err << error.message << Qt::endl;
    return code;
}

int Context::usage(const QString &text)
{
    err << text << Qt::endl;
    return ExitUsage;
}

} // namespace fb::ctl

using namespace fb;
using namespace fb::ctl;

static void printHelp(QTextStream &out)
{
    out << "floorbridge-ctl " << FB_VERSION << " — Floorbridge station from the command line\n\n"
        << "Usage: floorbridge-ctl [--data-dir DIR] [--operator CODE] [--json] VERB [ARGS...]\n\n"
        << "Verbs:\n";
    QList<Verb> sorted = verbs();
    std::sort(sorted.begin(), sorted.end(), [](const Verb &a, const Verb &b) { return a.name < b.name; });
    for (const Verb &v : sorted)
        out << "  " << v.name.leftJustified(14) << v.summary << "\n";
    out << "\nThe data folder is --data-dir, else $FLOORBRIDGE_DATA_DIR, else the user's data folder.\n"
        << "PINs and tokens are read from standard input (or $FLOORBRIDGE_PIN), never from the command line.\n"
        << "Run 'floorbridge-ctl help VERB' for a verb's options.\n";
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("floorbridge"));
    QCoreApplication::setOrganizationName(QStringLiteral("Floorbridge"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FB_VERSION));

    QStringList args = app.arguments().mid(1);
    QTextStream out(stdout);
    if (args.isEmpty() || args.first() == u"--help" || args.first() == u"-h") {
        printHelp(out);
        return args.isEmpty() ? ExitUsage : ExitOk;
    }
    if (args.contains(QStringLiteral("--version")) || args.first() == u"version") {
        out << "floorbridge-ctl " << FB_VERSION << Qt::endl;
        return ExitOk;
    }
    // Global options may come before the verb.
    QString dataDir;
    for (qsizetype i = 0; i < args.size();) {
        if (args[i] == u"--data-dir" && i + 1 < args.size()) {
            dataDir = args[i + 1];
            args.remove(i, 2);
        } else if (args[i].startsWith(QStringLiteral("--data-dir="))) {
            dataDir = args[i].mid(11);
            args.remove(i);
        } else {
            ++i;
        }
    }
    if (args.isEmpty()) {
        printHelp(out);
        return ExitUsage;
    }
    if (args.first() == u"--help" || args.first() == u"-h") {
        printHelp(out);
        return ExitOk;
    }
    // The verb is the first argument that is not an option (options like --operator X may precede it).
    qsizetype verbIndex = 0;
    while (verbIndex < args.size() && args[verbIndex].startsWith(u"--")) {
        verbIndex += (args[verbIndex] == u"--operator") ? 2 : 1;
    }
    if (verbIndex >= args.size()) {
        printHelp(out);
        return ExitUsage;
    }
    const QString verbName = args.takeAt(verbIndex);
    if (verbName == u"help") {
        const QString about = args.value(0);
        for (const Verb &v : verbs()) {
            if (v.name == about) {
                out << v.usage << Qt::endl;
                return ExitOk;
            }
        }
        printHelp(out);
        return ExitOk;
    }
    for (const Verb &v : verbs()) {
        if (v.name == verbName) {
            // A verb's help is asked for, not a mistake: it never touches the station and always succeeds.
            if (args.contains(QStringLiteral("--help")) || args.contains(QStringLiteral("-h"))) {
                out << v.usage << Qt::endl;
                return ExitOk;
            }
            Context ctx(args, dataDir);
            initLogging(ctx.dataDir(), QStringLiteral("floorbridge-ctl"), false);
            logger("cli")->info("floorbridge-ctl {}", verbName.toStdString());
            const int code = v.run(ctx);
            shutdownLogging();
            return code;
        }
    }
    QTextStream(stderr) << "Unknown verb '" << verbName << "'. Run 'floorbridge-ctl --help' for the list." << Qt::endl;
    return ExitUsage;
}
