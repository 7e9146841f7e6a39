#include "app/core/Logging.h"

#include "app/core/Paths.h"

#include <QDir>
#include <QMutex>

#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include <vector>

namespace fb {

namespace {

QMutex g_mutex;
std::vector<spdlog::sink_ptr> g_sinks;

void qtMessageHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    auto log = logger("qt");
    const std::string text = context.category && qstrcmp(context.category, "default") != 0
                                 ? std::string(context.category) + ": " + message.toStdString()
                                 : message.toStdString();
    switch (type) {
    case QtDebugMsg:
        log->debug(text);
        break;
    case QtInfoMsg:
        log->info(text);
        break;
    case QtWarningMsg:
        log->warn(text);
        break;
    case QtCriticalMsg:
    case QtFatalMsg:
        log->critical(text);
        log->flush();
        break;
    }
}

} // namespace

void initLogging(const QString &dataDir, const QString &program, bool alsoStderr)
{
    QMutexLocker lock(&g_mutex);
    g_sinks.clear();
    const QString dir = logDir(dataDir);
    QDir().mkpath(dir);
    try {
        auto file = std::make_shared<spdlog::sinks::rotating_file_sink_mt>(
            QDir(dir).filePath(program + QStringLiteral(".log")).toStdString(), 5 * 1024 * 1024, 5);
        file->set_level(spdlog::level::debug);
        g_sinks.push_back(file);
    } catch (const spdlog::spdlog_ex &) {
        // An unwritable log folder must not stop the station; warnings still reach stderr below.
        alsoStderr = true;
    }
    if (alsoStderr) {
        auto err = std::make_shared<spdlog::sinks::stderr_color_sink_mt>();
        err->set_level(spdlog::level::warn);
        g_sinks.push_back(err);
    }
    spdlog::drop_all();
    spdlog::flush_every(std::chrono::seconds(2));
    qInstallMessageHandler(qtMessageHandler);
}

std::shared_ptr<spdlog::logger> logger(const char *module)
{
    QMutexLocker lock(&g_mutex);
    if (auto existing = spdlog::get(module))
        return existing;
    auto created = std::make_shared<spdlog::logger>(module, g_sinks.begin(), g_sinks.end());
    created->set_level(spdlog::level::debug);
    created->flush_on(spdlog::level::warn);
    spdlog::register_logger(created);
    return created;
}

void shutdownLogging()
{
    qInstallMessageHandler(nullptr);
    spdlog::shutdown();
}

} // namespace fb
