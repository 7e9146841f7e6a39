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
    // Every item is read before anything is written: one broken item applies nothing of its page.
    const QString key = resource == u"model-regions" ? QStringLiteral("model") : QStringLiteral("code");
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString where = QStringLiteral("%1[%2]").arg(resource).arg(i);
        const QJsonObject o = items.at(i).toObject();
        QString field;
        QString what;
        if (!items.at(i).isObject()) {
            field = where;
            what = tr("not an object");
        } else if (!o.value(key).isString() || o.value(key).toString().trimmed().isEmpty()) {
            field = where + u'.' + key;
            what = tr("missing or not text");
        } else if (const QJsonValue t = o.value(QStringLiteral("updated_at"));
                   !t.isUndefined() && !QDateTime::fromString(t.toString(), Qt::ISODateWithMs).isValid()) {
            field = where + QStringLiteral(".updated_at");
            what = tr("not a timestamp");
        }
        if (!field.isEmpty())
            return makeError(
                tr("The new CRM sent an item that cannot be read: %1: %2. Nothing of its page was applied.")
                    .arg(field, what),
                field, QStringLiteral("pull.malformed"));
    }
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
    const QString after = ServiceChanges(m_db, m_clock).cursor();
    auto handler = [this](const QJsonArray &items, const QString &cursor) -> Result<int> {
        // Each page is applied with its cursor in one transaction: an interrupted pull resumes after the last page
        // applied, and a change seen again (by id) is not applied twice.
        auto applied = ServiceChanges(m_db, m_clock).apply(items, cursor);
        if (!applied.ok())
            return applied.error();
        return applied->applied;
    };
    fetch(QStringLiteral("/api/v2/changes"), after, 1, PullReport{}, handler, std::move(done));
}

void ChangesPuller::pullMasterData(const QString &resource, std::function<void(Result<PullReport>)> done)
{
    const QString after = MasterDataStore(m_db).cursor(QStringLiteral("masterdata.") + resource);
    auto handler = [this, resource](const QJsonArray &items, const QString &cursor) -> Result<int> {
        return applyMasterData(m_db, resource, items, cursor, m_clock.now());
    };
    fetch(QStringLiteral("/api/v2/") + resource, after, 1, PullReport{}, handler, std::move(done));
}

void ChangesPuller::fetch(const QString &path, const QString &after, int page, PullReport report, PageHandler handler,
                          std::function<void(Result<PullReport>)> done)
{
    CrmClient client(m_nam, m_baseUrl, m_token, m_timeoutMs);
    QUrlQuery query;
    // Keyset paging on (updated_at, id): "after" is the last page's cursor. '+' of an offset must reach the CRM as
    // %2B, not as a space.
    query.addQueryItem(QStringLiteral("after"), QString::fromLatin1(QUrl::toPercentEncoding(after)));
    query.addQueryItem(QStringLiteral("page_size"), QString::number(m_pageSize));
    QElapsedTimer timer;
    timer.start();
    QNetworkReply *reply = client.get(path, query);
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, timer, path, after, page, report, handler = std::move(handler),
             done = std::move(done)]() mutable {
                reply->deleteLater();
                const HttpResult http = CrmClient::collect(reply, timer.elapsed(), m_timeoutMs);
                logger("sync.pull")
                    ->info("GET {} page={} status={} {} ms", path.toStdString(), page, http.status, http.elapsedMs);
                const QString where = tr("%1, page %2").arg(path).arg(page);
                if (http.status != 200) {
                    const QString why = http.status == 0 ? http.networkErrorText : crmMessage(http.status, http.body);
                    done(makeError(tr("Pulling %1 from the new CRM failed (%2): %3").arg(path, where, why), {},
                                   QStringLiteral("pull.http")));
                    return;
                }
                QJsonParseError parseError;
                const QJsonObject body = QJsonDocument::fromJson(http.body, &parseError).object();
                auto broken = [&](const QString &field, const QString &what) {
                    done(makeError(tr("The new CRM sent a page that cannot be read (%1): %2: %3. Nothing of this page "
                                      "was applied.")
                                       .arg(where, field, what),
                                   field, QStringLiteral("pull.malformed")));
                };
                if (parseError.error != QJsonParseError::NoError)
                    return broken(QStringLiteral("body"), tr("not a JSON object"));
                if (!body.value(QStringLiteral("items")).isArray())
                    return broken(QStringLiteral("items"), tr("not a list"));
                const QJsonValue more = body.value(QStringLiteral("has_more"));
                if (!more.isUndefined() && !more.isBool())
                    return broken(QStringLiteral("has_more"), tr("should be true or false"));
                const QJsonValue next = body.value(QStringLiteral("cursor"));
                if (!next.isUndefined() && !next.isNull() && !next.isString())
                    return broken(QStringLiteral("cursor"), tr("should be text"));
                const bool hasMore = more.toBool();
                const QString cursor = next.toString();
                const QJsonArray items = body.value(QStringLiteral("items")).toArray();
                // A CRM that keeps saying "more" without moving its cursor would keep us here for ever.
                if (hasMore && (cursor.isEmpty() || cursor == after)) {
                    done(makeError(tr("The new CRM's cursor did not advance (%1): it answered \"%2\" again and says "
                                      "there is more. The pull stopped; the pages before were applied.")
                                       .arg(where, cursor),
                                   QStringLiteral("cursor"), QStringLiteral("pull.stuck")));
                    return;
                }
                auto applied = handler(items, cursor);
                if (!applied.ok()) {
                    Error e = applied.error();
                    e.message = tr("%1 (%2)").arg(e.message, where);
                    done(e);
                    return;
                }
                report.applied += applied.value();
                report.skipped += int(items.size()) - applied.value();
                ++report.pages;
                if (!cursor.isEmpty())
                    report.cursor = cursor;
                if (hasMore) {
                    if (page >= m_maxPages) {
                        done(makeError(tr("Pulling %1 stopped after %2 pages: the new CRM still says there is more. "
                                          "What came was applied; the next pull continues from there.")
                                           .arg(path)
                                           .arg(page),
                                       {}, QStringLiteral("pull.page_cap")));
                        return;
                    }
                    fetch(path, cursor, page + 1, report, handler, done);
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
