// floorbridge-ctl's command line: global options, --help and --version, then the verb.
#include "app/ctl/Ctl.h"

#include "app/core/Logging.h"
#include "app/core/Paths.h"
#include "app/ctl/Context.h"
#include "app/ctl/Verbs.h"

#include <algorithm>

namespace fb::ctl {

const QList<Verb> &verbs()
{
    static const QList<Verb> all = [] {
        QList<Verb> list{approveVerb(),  complaintVerb(),   configVerb(),  credentialsVerb(), demoVerb(),
                         dispatchVerb(), generateVerb(),    inwardVerb(),  lookupVerb(),      operatorVerb(),
                         outboxVerb(),   partRequestVerb(), pullVerb(),    reconcileVerb(),   returnOrderVerb(),
                         statusVerb(),   syncVerb(),        validateVerb()};
        std::sort(list.begin(), list.end(), [](const Verb &a, const Verb &b) { return a.name < b.name; });
        return list;
    }();
    return all;
}

namespace {

void printHelp(QTextStream &out)
{
    out << "floorbridge-ctl " << FB_VERSION << " — Floorbridge station from the command line\n\n"
        << "Usage: floorbridge-ctl [--data-dir DIR] [--operator CODE] [--json] VERB [ARGS...]\n\n"
        << "Verbs:\n";
    for (const Verb &v : verbs())
        out << "  " << v.name.leftJustified(14) << v.summary << "\n";
    out << "\nThe data folder is --data-dir, else $FLOORBRIDGE_DATA_DIR, else the user's data folder.\n"
        << "PINs and tokens are read from standard input (or $FLOORBRIDGE_PIN), never from the command line.\n"
        << "Run 'floorbridge-ctl help VERB' for a verb's options.\n\n"
        << exitCodesHelp();
}

int dispatch(QStringList args, QTextStream &out, QTextStream &err, const CtlEnvironment &env)
{
    if (args.isEmpty() || args.first() == u"--help" || args.first() == u"-h") {
        printHelp(out);
        return args.isEmpty() ? ExitUsage : ExitOk;
    }
    if (args.contains(QStringLiteral("--version")) || args.first() == u"version") {
        out << "floorbridge-ctl " << FB_VERSION << Qt::endl;
        return ExitOk;
    }
    // Global options may come before the verb.
    QString dataDirOption;
    for (qsizetype i = 0; i < args.size();) {
        if (args[i] == u"--data-dir" && i + 1 < args.size()) {
            dataDirOption = args[i + 1];
            args.remove(i, 2);
        } else if (args[i].startsWith(QStringLiteral("--data-dir="))) {
            dataDirOption = args[i].mid(11);
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
        if (v.name != verbName)
            continue;
        // A verb's help is asked for, not a mistake: it never touches the station and always succeeds.
        if (args.contains(QStringLiteral("--help")) || args.contains(QStringLiteral("-h"))) {
            out << v.usage << Qt::endl;
            return ExitOk;
        }
        const QString dataDir = dataDirOption.isEmpty() ? env.dataDir : resolveDataDir(dataDirOption);
        Context ctx(args, dataDir, out, err, env);
        if (env.writeLog)
            initLogging(ctx.dataDir(), QStringLiteral("floorbridge-ctl"), false);
        logger("cli")->info("floorbridge-ctl {}", verbName.toStdString());
        const int code = v.run(ctx);
        if (env.writeLog)
            shutdownLogging();
        return code;
    }
    err << "Unknown verb '" << verbName << "'. Run 'floorbridge-ctl --help' for the list." << Qt::endl;
    return ExitUsage;
}

} // namespace

int run(const QStringList &args, QTextStream &out, QTextStream &err, const CtlEnvironment &env)
{
    const int code = dispatch(args, out, err, env);
    out.flush();
    err.flush();
    return code;
}

} // namespace fb::ctl
