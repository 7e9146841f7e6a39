#include "app/ctl/Context.h"

#include "app/services/OperatorService.h"

namespace fb::ctl {

Context::Context(QStringList a, const QString &dataDir, QTextStream &o, QTextStream &e, const CtlEnvironment &env)
    : args(std::move(a))
    , out(o)
    , err(e)
    , m_env(env)
    , m_dataDir(dataDir)
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
    auto opened = Station::open(m_dataDir, clock());
    if (!opened.ok()) {
        err << opened.message() << Qt::endl;
        return nullptr;
    }
    m_station = std::move(opened).value();
    return m_station.get();
}

CredentialStore &Context::credentials(Station &station)
{
    if (!m_credentials)
        m_credentials = m_env.credentials(station.credentialScope());
    return *m_credentials;
}

Result<CrmTarget> Context::reachCrm(Station &station, Crm crm)
{
    return CrmTarget::resolve(station.settings(), credentials(station), crm);
}

std::optional<QByteArray> Context::readLine()
{
    if (!m_env.readLine)
        return std::nullopt;
    return m_env.readLine();
}

QString Context::readStdinLine()
{
    QString line = QString::fromUtf8(readLine().value_or(QByteArray()));
    while (line.endsWith(u'\n') || line.endsWith(u'\r'))
        line.chop(1);
    return line;
}

Result<Actor> Context::authenticate()
{
    Station *st = station();
    if (!st)
        return makeError(QStringLiteral("station unavailable"), {}, QStringLiteral("ctl.station"));
    QString code = m_operatorOption.isEmpty() ? m_env.operatorCode : m_operatorOption;
    if (code.isEmpty()) {
        Error e = makeError(Ctl::tr("Say who you are: --operator CODE (the PIN is read "
                                    "from $FLOORBRIDGE_PIN or standard input)."),
                            QStringLiteral("operator"), QStringLiteral("auth.code_missing"));
        err << e.message << Qt::endl;
        return e;
    }
    QString pin = m_env.pin.value_or(QString());
    if (pin.isEmpty()) {
        if (interactive())
            err << Ctl::tr("PIN for %1: ").arg(code) << Qt::flush;
        pin = readStdinLine();
    }
    OperatorService ops(st->db(), st->settings(), clock());
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
    OperatorService ops(st->db(), st->settings(), clock());
    if (ops.needsFirstAdmin() && m_operatorOption.isEmpty() && m_env.operatorCode.isEmpty())
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

int Context::fail(const Error &error)
{
    err << error.message << Qt::endl;
    return exitCodeFor(error);
}

int Context::failWithDetails(const Error &error)
{
    if (!error.field.isEmpty())
        err << error.field << ": ";
    err << error.message;
    if (!error.code.isEmpty())
        err << " [" << error.code << "]";
    err << Qt::endl;
    return exitCodeFor(error);
}

int Context::usage(const QString &text)
{
    err << text << Qt::endl;
    return ExitUsage;
}

} // namespace fb::ctl
