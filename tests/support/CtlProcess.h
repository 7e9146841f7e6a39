#pragma once
// Runs floorbridge-ctl (from FB_CTL, set by fb_add_test) against a data folder, the way a script or an admin would.

#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace fb::test {

struct CtlRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

inline CtlRun runCtl(const QString &dataDir, const QStringList &args, const QByteArray &stdinData = {},
                     const QProcessEnvironment &extraEnv = {}, int timeoutMs = 60000)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("FLOORBRIDGE_OPERATOR"));
    env.remove(QStringLiteral("FLOORBRIDGE_PIN"));
    for (const QString &k : extraEnv.keys())
        env.insert(k, extraEnv.value(k));
    p.setProcessEnvironment(env);
    p.start(qEnvironmentVariable("FB_CTL"), QStringList{QStringLiteral("--data-dir"), dataDir} + args);
    CtlRun r;
    if (!p.waitForStarted(10000))
        return r;
    p.write(stdinData);
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

inline QProcessEnvironment operatorEnv(const QString &code, const QString &pin)
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("FLOORBRIDGE_OPERATOR"), code);
    env.insert(QStringLiteral("FLOORBRIDGE_PIN"), pin);
    return env;
}

} // namespace fb::test
