#include "sync/pull/MasterDataPuller.h"

#include "app/core/Logging.h"
#include "app/storage/Database.h"
#include "app/storage/MasterDataStore.h"
#include "sync/crm/CrmTarget.h"
#include "sync/delivery/Outcome.h"
#include "sync/http/CrmClient.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QNetworkReply>

#include <nlohmann/json.hpp>

namespace fb {

namespace {

using json = nlohmann::json;
constexpr int kMaxPages = 1000; // per resource and pull; the rest comes with the next pull

std::string s(const QString &text)
{
    return text.toStdString();
}

// Reads the fields of one item; the first problem is kept, naming the field.
class ItemReader
{
public:
    explicit ItemReader(const json &item)
        : m_item(item)
    {}

    QString text(const char *key, bool required = false)
    {
        auto it = m_item.find(key);
        if (it == m_item.end() || it->is_null()) {
            if (required)
                problem(key, "is missing");
            return {};
        }
        if (it->is_string())
            return QString::fromStdString(it->get<std::string>());
        if (it->is_number_integer()) // ids sometimes come as numbers
            return QString::number(it->get<qint64>());
        problem(key, "should be text");
        return {};
    }
    double number(const char *key)
    {
        auto it = m_item.find(key);
        if (it == m_item.end() || it->is_null())
            return 0;
        if (!it->is_number()) {
            problem(key, "should be a number");
            return 0;
        }
        return it->get<double>();
    }
    bool boolean(const char *key, bool fallback)
    {
        auto it = m_item.find(key);
        if (it == m_item.end() || it->is_null())
            return fallback;
        if (!it->is_boolean()) {
            problem(key, "should be true or false");
            return fallback;
        }
        return it->get<bool>();
    }
    QStringList texts(const char *key)
    {
        QStringList out;
        auto it = m_item.find(key);
        if (it == m_item.end() || it->is_null())
            return out;
        if (!it->is_array()) {
            problem(key, "should be a list");
            return out;
        }
        for (const auto &v : *it) {
            if (!v.is_string()) {
                problem(key, "should be a list of text");
                return out;
            }
            out << QString::fromStdString(v.get<std::string>());
        }
        return out;
    }
    const json *array(const char *key)
    {
        auto it = m_item.find(key);
        if (it == m_item.end() || it->is_null())
            return nullptr;
        if (!it->is_array()) {
            problem(key, "should be a list");
            return nullptr;
        }
        return &*it;
    }
    void problem(const char *key, const char *what)
    {
        if (m_problem.isEmpty())
            m_problem = QStringLiteral(".%1: %2").arg(QLatin1String(key), QLatin1String(what));
    }
    // ".models: should be a list", to follow "products[3]"; empty when the item reads well.
    QString problem() const { return m_problem; }

private:
    const json &m_item;
    QString m_problem;
};

// Appends one item of `resource` to the batch, or says what is wrong with it.
QString addItem(const QString &resource, const json &item, MasterDataBatch &batch)
{
    if (!item.is_object())
        return QStringLiteral(": not an object");
    ItemReader r(item);
    if (resource == u"products") {
        Product p;
        p.id = r.text("id", true);
        p.code = r.text("code", true);
        p.name = r.text("name", true);
        p.models = r.texts("models");
        p.pricePaise = MasterDataStore::rupeesToPaise(r.number("price"));
        p.gtin = r.text("gtin");
        p.updatedAt = r.text("updated_at");
        batch.products.append(p);
    } else if (resource == u"warehouses") {
        batch.warehouses.append(Warehouse{r.text("code", true), r.text("name", true), r.text("city"), r.text("state"),
                                          r.text("updated_at")});
    } else if (resource == u"parties") {
        Party p;
        p.code = r.text("code", true);
        const QString kind = r.text("kind", true);
        if (auto k = partyKindFromName(kind))
            p.kind = *k;
        else if (!kind.isEmpty())
            r.problem("kind", R"(should be "party" or "distributor")");
        p.name = r.text("name", true);
        p.gstin = r.text("gstin");
        p.address = r.text("address");
        p.city = r.text("city");
        p.state = r.text("state");
        p.pinCode = r.text("pin_code");
        p.distributorCode = r.text("distributor_code");
        if (const json *shipTo = r.array("ship_to")) {
            for (const auto &entry : *shipTo) {
                if (!entry.is_object()) {
                    r.problem("ship_to", "should be a list of addresses");
                    break;
                }
                ItemReader e(entry);
                p.shipTo.append(ShipTo{e.text("code"), e.text("name"), e.text("address")});
                if (!e.problem().isEmpty())
                    r.problem("ship_to", "has an unreadable address");
            }
        }
        p.updatedAt = r.text("updated_at");
        batch.parties.append(p);
    } else if (resource == u"technicians") {
        batch.technicians.append(Technician{r.text("code", true), r.text("name", true), r.text("city"), r.text("state"),
                                            r.boolean("active", true), r.text("updated_at")});
    } else {
        return QStringLiteral(": Floorbridge does not know how to store %1").arg(resource);
    }
    return r.problem();
}

} // namespace

MasterDataPuller::MasterDataPuller(Database &db, QNetworkAccessManager &nam, const Clock &clock, PullOptions options,
                                   QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_nam(nam)
    , m_clock(clock)
    , m_options(std::move(options))
{}

MasterDataPuller::~MasterDataPuller()
{
    if (m_reply) {
        disconnect(m_reply, nullptr, this, nullptr);
        m_reply->abort();
        delete m_reply;
    }
}

void MasterDataPuller::start()
{
    if (m_running)
        return;
    m_running = true;
    m_done = false;
    m_error.reset();
    m_report = MasterDataReport{};
    m_resourceIndex = 0;
    m_page = 1;
    m_elapsed.start();
    if (!CrmTarget::isUsable(m_options.baseUrl)) {
        fail(CrmTarget::noAddress(Crm::New));
        return;
    }
    if (m_options.token.isEmpty()) {
        fail(CrmTarget::noToken(Crm::New));
        return;
    }
    if (m_options.resources.isEmpty()) {
        succeed();
        return;
    }
    m_client = std::make_unique<CrmClient>(m_nam, m_options.baseUrl, m_options.token, m_options.timeoutMs);
    m_since = MasterDataStore(m_db).cursor(cursorName(m_options.resources.first()));
    requestPage();
}

void MasterDataPuller::requestPage()
{
    const QString resource = m_options.resources.at(m_resourceIndex);
    QUrlQuery query;
    // Keyset paging on (updated_at, code): "after" is the cursor of the last page applied. Percent-encoded by hand: a
    // "+" in the cursor's offset must reach the CRM as "+", not as a space.
    query.addQueryItem(QStringLiteral("after"), QString::fromLatin1(QUrl::toPercentEncoding(m_since)));
    query.addQueryItem(QStringLiteral("page_size"), QString::number(m_options.pageSize));
    m_pageTimer.start();
    m_reply = m_client->get(QStringLiteral("/api/v2/") + resource, query);
    connect(m_reply, &QNetworkReply::finished, this, &MasterDataPuller::onPageFinished);
    emit progress(resource, m_page);
}

void MasterDataPuller::onPageFinished()
{
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    if (!reply)
        return;
    reply->deleteLater();
    const QString resource = m_options.resources.at(m_resourceIndex);
    const HttpResult result = CrmClient::collect(reply, m_pageTimer.elapsed(), m_options.timeoutMs);
    logger("sync.pull")->info("GET {} page={} status={} {} ms", s(resource), m_page, result.status, result.elapsedMs);
    const QString where = tr("%1, page %2").arg(resource).arg(m_page);
    const QString kept = m_report.pages > 0
                             ? tr("The pages before it were applied; the next pull continues from there.")
                             : tr("Nothing was applied.");
    if (result.status != 200) {
        const Outcome outcome = classify(result, m_clock.now());
        const QString message = result.status == 0 ? outcome.message : crmMessage(result.status, result.body);
        fail(makeError(tr("Pulling master data from the new CRM failed (%1): %2. %3").arg(where, message, kept), {},
                       QStringLiteral("pull.http")));
        return;
    }
    const json page = json::parse(result.body.constBegin(), result.body.constEnd(), nullptr, false);
    auto broken = [&](const QString &field, const QString &what) {
        fail(makeError(tr("The new CRM sent a page that cannot be read (%1): %2: %3. Nothing of this page was applied.")
                               .arg(where, field, what) +
                           (m_report.pages > 0 ? u' ' + kept : QString()),
                       field, QStringLiteral("pull.page")));
    };
    if (page.is_discarded() || !page.is_object())
        return broken(QStringLiteral("body"), tr("not a JSON object"));
    auto items = page.find("items");
    if (items == page.end() || !items->is_array())
        return broken(QStringLiteral("items"), tr("not a list"));
    auto hasMore = page.find("has_more");
    if (hasMore != page.end() && !hasMore->is_boolean())
        return broken(QStringLiteral("has_more"), tr("should be true or false"));
    auto cursorField = page.find("cursor");
    if (cursorField != page.end() && !cursorField->is_null() && !cursorField->is_string())
        return broken(QStringLiteral("cursor"), tr("should be text"));
    const QString cursor = cursorField != page.end() && cursorField->is_string()
                               ? QString::fromStdString(cursorField->get<std::string>())
                               : QString();
    const bool more = hasMore != page.end() && hasMore->get<bool>();
    MasterDataBatch batch;
    int index = 0;
    for (const auto &item : *items) {
        const QString problem = addItem(resource, item, batch);
        if (!problem.isEmpty())
            return broken(QStringLiteral("%1[%2]").arg(resource).arg(index) + problem.section(u':', 0, 0),
                          problem.section(u':', 1).trimmed());
        ++index;
    }
    // A CRM that keeps saying "more" without moving its cursor (or a page cap reached) must not keep us busy for ever.
    if (more && (cursor.isEmpty() || cursor == m_since)) {
        fail(makeError(tr("The new CRM's cursor did not advance (%1): it answered \"%2\" again and says there is "
                          "more. The pull stopped. %3")
                           .arg(where, cursor, kept),
                       QStringLiteral("cursor"), QStringLiteral("pull.stuck")));
        return;
    }
    // The page and its cursor in one transaction: an interrupted pull resumes after the last page applied.
    if (!cursor.isEmpty())
        batch.cursors.append({cursorName(resource), cursor});
    Status applied = MasterDataStore(m_db).apply(batch, m_clock.now());
    if (!applied.ok()) {
        fail(makeError(tr("The master data could not be saved (%1): %2. Nothing of this page was applied.")
                           .arg(where, applied.message()),
                       {}, QStringLiteral("pull.save")));
        return;
    }
    m_report.counts[resource] += index;
    ++m_report.pages;
    if (!cursor.isEmpty()) {
        m_report.cursors.insert(resource, cursor);
        m_since = cursor;
    }

    if (more) {
        if (m_page >= kMaxPages) {
            fail(makeError(tr("Pulling %1 stopped after %2 pages: the new CRM still says there is more. What came was "
                              "applied; the next pull continues from there.")
                               .arg(resource)
                               .arg(m_page),
                           {}, QStringLiteral("pull.page_cap")));
            return;
        }
        ++m_page;
        requestPage();
        return;
    }
    ++m_resourceIndex;
    if (m_resourceIndex >= m_options.resources.size()) {
        succeed();
        return;
    }
    m_page = 1;
    m_since = MasterDataStore(m_db).cursor(cursorName(m_options.resources.at(m_resourceIndex)));
    requestPage();
}

void MasterDataPuller::succeed()
{
    m_report.elapsedMs = m_elapsed.elapsed();
    logger("sync.pull")
        ->info("master data applied: {} products, {} warehouses, {} parties, {} technicians in {} ms",
               m_report.counts.value(QStringLiteral("products")), m_report.counts.value(QStringLiteral("warehouses")),
               m_report.counts.value(QStringLiteral("parties")), m_report.counts.value(QStringLiteral("technicians")),
               m_report.elapsedMs);
    m_running = false;
    m_done = true;
    emit finished();
}

void MasterDataPuller::fail(Error error)
{
    logger("sync.pull")->warn("{}", s(error.message));
    m_report.elapsedMs = m_elapsed.elapsed();
    m_error = std::move(error);
    m_client.reset();
    m_running = false;
    m_done = true;
    emit finished();
}

Result<MasterDataReport> MasterDataPuller::result() const
{
    if (m_error)
        return *m_error;
    if (!m_done)
        return makeError(tr("The master-data pull has not finished."), {}, QStringLiteral("pull.running"));
    return m_report;
}

Result<MasterDataReport> MasterDataPuller::pull()
{
    QEventLoop loop;
    connect(this, &MasterDataPuller::finished, &loop, &QEventLoop::quit);
    start();
    if (m_running)
        loop.exec();
    return result();
}

} // namespace fb
