// floorbridge-ctl: the station from the command line — configuration, credentials, sync status and every floor
// operation, over the same core services as the GUI. The verbs are the fb_ctl library (app/ctl); this is the process.
#include "app/ctl/Ctl.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("floorbridge"));
    QCoreApplication::setOrganizationName(QStringLiteral("Floorbridge"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FB_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    return fb::ctl::run(app.arguments().mid(1), out, err, fb::ctl::processEnvironment());
}
