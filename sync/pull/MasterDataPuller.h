#pragma once
// Pulls master data from the new CRM: GET /api/v2/<resource>?after=<cursor>&page_size= for each resource, following
// has_more. Keyset paging on (updated_at, code): each page is written with its cursor in one transaction, so an item
// changed during a pull is neither skipped nor lost (equal timestamps included) and an interrupted pull resumes after
// its last page. A broken page applies nothing of itself and names the resource, page, item and field; a cursor that
// does not advance, or more than 1000 pages of one resource, stops the pull with a message.

#include "app/core/Clock.h"
#include "app/core/Result.h"

#include <QElapsedTimer>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QUrl>

#include <memory>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace fb {

class CrmClient;
class Database;

struct PullOptions
{
    QUrl baseUrl;  // crm.new.url
    QString token; // the new CRM's token (from the CredentialStore, read by the caller)
    int pageSize = 100;
    int timeoutMs = 15000;
    QStringList resources = {QStringLiteral("products"), QStringLiteral("warehouses"), QStringLiteral("parties"),
                             QStringLiteral("technicians")};
};

struct MasterDataReport
{
    QMap<QString, int> counts; // resource → items applied
    QMap<QString, QString> cursors;
    int pages = 0;
    qint64 elapsedMs = 0;
};

class MasterDataPuller : public QObject
{
    Q_OBJECT
public:
    MasterDataPuller(Database &db, QNetworkAccessManager &nam, const Clock &clock, PullOptions options,
                     QObject *parent = nullptr);
    ~MasterDataPuller() override;

    // Asynchronous: starts, and emits finished() once the pull is applied or given up (see result()).
    void start();
    bool isRunning() const { return m_running; }
    Result<MasterDataReport> result() const;
    // After a failure: what was applied before it (pages are applied one by one), and the index in
    // PullOptions::resources of the resource that failed.
    const MasterDataReport &appliedSoFar() const { return m_report; }
    int failedResourceIndex() const { return m_error ? m_resourceIndex : -1; }

    // Synchronous, for floorbridge-ctl and tests: start() and wait in a local event loop.
    Result<MasterDataReport> pull();

    // The sync_cursors row for a resource.
    static QString cursorName(const QString &resource) { return QStringLiteral("masterdata.") + resource; }

signals:
    void finished();
    void progress(const QString &resource, int page);

private:
    void requestPage();
    void onPageFinished();
    void fail(Error error);
    void succeed(); // every resource pulled: report and emit finished()

    Database &m_db;
    QNetworkAccessManager &m_nam;
    const Clock &m_clock;
    PullOptions m_options;
    std::unique_ptr<CrmClient> m_client;
    QPointer<QNetworkReply> m_reply;
    QElapsedTimer m_elapsed;
    QElapsedTimer m_pageTimer;
    int m_resourceIndex = 0;
    int m_page = 1;
    QString m_since;
    MasterDataReport m_report;
    std::optional<Error> m_error;
    bool m_running = false;
    bool m_done = false;
};

} // namespace fb
