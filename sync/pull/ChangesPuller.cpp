#include "sync/pull/ChangesPuller.h"

#include "app/core/Logging.h"
#include "app/services/ServiceChanges.h"
#include "app/storage/Database.h"
#include "app/storage/MasterDataStore.h"
#include "app/storage/ServiceMasterStore.h"
#include "sync/delivery/Outcome.h"
#include "sync/http/CrmClient.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrlQuery>

namespace fb {

namespace {

constexpr int kPageSize = 200;

QStringList stringList(const QJsonValue &value)
{
    QStringList out;
    for (const auto &v : value.toArray())
        out << v.toString();
    return out;
}

} // namespace

ChangesPuller::ChangesPuller(Database &db, QNetworkAccessManager &nam, QUrl baseUrl, QString token, const Clock &clock,
                             int timeoutMs, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_nam(nam)
    , m_baseUrl(std::move(baseUrl))
    , m_token(std::move(token))
    , m_clock(clock)
    , m_timeoutMs(timeoutMs)
{}

Result<int> ChangesPuller::applyMasterData(Database &db, const QString &resource, const QJsonArray &items,
                                           const QString &cursor, const QDateTime &now)
{
    int count = 0;
    Status written = db.write([&]() -> Status {
        ServiceMasterStore store(db);
        for (const auto &value : items) {
            const QJsonObject o = value.toObject();
            const QString updatedAt = o.value(QStringLiteral("updated_at")).toString();
            Status s = Ok{};
            if (resource == u"call-types") {
                s = store.upsert(CallType{o.value(QStringLiteral("code")).toString(),
                                          o.value(QStringLiteral("name")).toString(), updatedAt});
            } else if (resource == u"parts") {
                const QString cls = o.value(QStringLiteral("class")).toString().toUpper();
                if (cls != u"A" && cls != u"B" && cls != u"C") {
                    logger("sync.pull")
                        ->warn("part {} skipped: class '{}' is not A, B or C",
                               o.value(QStringLiteral("code")).toString().toStdString(), cls.toStdString());
                    continue;
                }
                s = store.upsert(Part{o.value(QStringLiteral("code")).toString(),
                                      o.value(QStringLiteral("name")).toString(), cls,
                                      MasterDataStore::rupeesToPaise(o.value(QStringLiteral("price")).toDouble()),
                                      o.value(QStringLiteral("serial_pattern")).toString(), updatedAt});
            } else if (resource == u"model-regions") {
                s = store.upsert(ModelRegion{o.value(QStringLiteral("model")).toString(),
                                             stringList(o.value(QStringLiteral("states"))),
                                             stringList(o.value(QStringLiteral("cities"))), updatedAt});
            } else {
                return makeError(tr("%1 is not a service master-data resource.").arg(resource));
            }
            if (!s)
                return s;
            ++count;
        }
        if (!cursor.isEmpty())
            return MasterDataStore(db).setCursor(QStringLiteral("masterdata.") + resource, cursor, now);
        return Ok{};
    });
    if (!written)
        return written.error();
    return count;
}

void ChangesPuller::pullChanges(std::function<void(Result<PullReport>)> done)
{
    const QString since = ServiceChanges(m_db, m_clock).cursor();
    auto handler = [this](const QJsonArray &items, const QString &cursor, bool last) -> Result<int> {
        // The cursor is stored with the last page: an interrupted run pulls again from the old one, and changes
        // already applied are skipped (a decided request is not decided twice).
        auto applied = ServiceChanges(m_db, m_clock).apply(items, last ? cursor : QString());
        if (!applied.ok())
            return applied.error();
        return applied->applied;
    };
    fetch(QStringLiteral("/api/v2/changes"), since, 1, PullReport{}, handler, std::move(done));
}

void ChangesPuller::pullMasterData(const QString &resource, std::function<void(Result<PullReport>)> done)
{
    const QString since = MasterDataStore(m_db).cursor(QStringLiteral("masterdata.") + resource);
    auto handler = [this, resource](const QJsonArray &items, const QString &cursor, bool last) -> Result<int> {
        return applyMasterData(m_db, resource, items, last ? cursor : QString(), m_clock.now());
    };
    fetch(QStringLiteral("/api/v2/") + resource, since, 1, PullReport{}, handler, std::move(done));
}

void ChangesPuller::fetch(const QString &path, const QString &since, int page, PullReport report, PageHandler handler,
                          std::function<void(Result<PullReport>)> done)
{
    CrmClient client(m_nam, m_baseUrl, m_token, m_timeoutMs);
    QUrlQuery query;
    // '+' of an offset must reach the CRM as %2B, not as a space.
    query.addQueryItem(QStringLiteral("updated_since"), QString(since).replace(u'+', QStringLiteral("%2B")));
    query.addQueryItem(QStringLiteral("page"), QString::number(page));
    query.addQueryItem(QStringLiteral("page_size"), QString::number(kPageSize));
    QElapsedTimer timer;
    timer.start();
    QNetworkReply *reply = client.get(path, query);
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, timer, path, since, page, report, handler = std::move(handler),
             done = std::move(done)]() mutable {
                reply->deleteLater();
                const HttpResult http = CrmClient::collect(reply, timer.elapsed(), m_timeoutMs);
                if (http.status != 200) {
                    const QString why = http.status == 0 ? http.networkErrorText : crmMessage(http.status, http.body);
                    done(makeError(tr("Pulling %1 from the new CRM failed: %2").arg(path, why), {},
                                   QStringLiteral("pull.http")));
                    return;
                }
                QJsonParseError parseError;
                const QJsonObject body = QJsonDocument::fromJson(http.body, &parseError).object();
                if (parseError.error != QJsonParseError::NoError || !body.value(QStringLiteral("items")).isArray()) {
                    done(makeError(tr("The new CRM answered %1 with something that is not a page of items.").arg(path),
                                   {}, QStringLiteral("pull.malformed")));
                    return;
                }
                const bool hasMore = body.value(QStringLiteral("has_more")).toBool();
                const QString cursor = body.value(QStringLiteral("cursor")).toString();
                auto applied = handler(body.value(QStringLiteral("items")).toArray(), cursor, !hasMore);
                if (!applied.ok()) {
                    done(applied.error());
                    return;
                }
                report.applied += applied.value();
                report.skipped += int(body.value(QStringLiteral("items")).toArray().size()) - applied.value();
                ++report.pages;
                report.cursor = cursor;
                if (hasMore) {
                    fetch(path, since, page + 1, report, handler, done);
                    return;
                }
                done(report);
            });
}

Result<PullReport> ChangesPuller::wait(const std::function<void(std::function<void(Result<PullReport>)>)> &start)
{
    std::optional<Result<PullReport>> result;
    QEventLoop loop;
    start([&](Result<PullReport> r) {
        result = std::move(r);
        loop.quit();
    });
    if (!result)
        loop.exec();
    return *result;
}

Result<PullReport> ChangesPuller::pullChangesNow()
{
    return wait([this](auto done) { pullChanges(std::move(done)); });
}

Result<PullReport> ChangesPuller::pullMasterDataNow(const QString &resource)
{
    return wait([this, resource](auto done) { pullMasterData(resource, std::move(done)); });
}

} // namespace fb
