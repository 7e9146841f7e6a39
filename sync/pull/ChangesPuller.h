#pragma once
// Pulls what the service desk needs from the new CRM: status changes made there (GET /api/v2/changes — spare
// decisions, complaint statuses), applied through ServiceChanges with the "changes" cursor; and, until the general
// master-data puller carries them, the service master data (call-types, parts, model-regions) into ServiceMasterStore
// with one cursor each. Keyset paging on (updated_at, id): each page is asked for with the previous page's cursor
// (`after=<updated_at>,<id>`) and applied with that cursor in one transaction, so nothing changed during a pull is
// skipped and an interrupted pull resumes after its last page. A page that cannot be read applies nothing and names
// the field; a cursor that does not advance, or more than maxPages pages, stops the pull with a message.

#include "app/core/Clock.h"
#include "app/core/Result.h"

#include <QJsonArray>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;

namespace fb {

class Database;

struct PullReport
{
    int applied = 0; // changes applied, or master-data items upserted
    int skipped = 0;
    int pages = 0;
    QString cursor;
};

class ChangesPuller : public QObject
{
    Q_OBJECT
public:
    // `baseUrl`/`token`: the new CRM's (settings crm.new.url, the keychain's token). The database and network
    // manager must belong to the calling thread.
    ChangesPuller(Database &db, QNetworkAccessManager &nam, QUrl baseUrl, QString token, const Clock &clock,
                  int timeoutMs = 15000, QObject *parent = nullptr);

    static QStringList serviceResources()
    {
        return {QStringLiteral("call-types"), QStringLiteral("parts"), QStringLiteral("model-regions")};
    }

    // Asynchronous: `done` runs once, on this object's thread, with the report or the error (network, HTTP status
    // with the CRM's message, malformed page).
    void pullChanges(std::function<void(Result<PullReport>)> done);
    void pullMasterData(const QString &resource, std::function<void(Result<PullReport>)> done);

    // Blocking helpers for floorbridge-ctl and tests: run a local event loop until done.
    Result<PullReport> pullChangesNow();
    Result<PullReport> pullMasterDataNow(const QString &resource);

    // Applies one page of a service master-data resource and its cursor (sync_cursors "masterdata.<resource>").
    // Items per page asked for, and the most pages one pull follows (the rest comes with the next pull).
    void setPageSize(int pageSize) { m_pageSize = pageSize; }
    void setMaxPages(int maxPages) { m_maxPages = maxPages; }

    static Result<int> applyMasterData(Database &db, const QString &resource, const QJsonArray &items,
                                       const QString &cursor, const QDateTime &now);

private:
    using PageHandler = std::function<Result<int>(const QJsonArray &items, const QString &cursor)>;
    void fetch(const QString &path, const QString &after, int page, PullReport report, PageHandler handler,
               std::function<void(Result<PullReport>)> done);
    Result<PullReport> wait(const std::function<void(std::function<void(Result<PullReport>)>)> &start);

    Database &m_db;
    QNetworkAccessManager &m_nam;
    QUrl m_baseUrl;
    QString m_token;
    const Clock &m_clock;
    int m_timeoutMs;
    int m_pageSize = 200;
    int m_maxPages = 1000;
};

} // namespace fb
