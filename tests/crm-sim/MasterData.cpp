#include "MasterData.h"

#include <algorithm>

namespace fb::sim {

namespace {

QDateTime parseTime(const Json &item)
{
    const auto it = item.find("updated_at");
    if (it == item.end() || !it->is_string())
        return {};
    return QDateTime::fromString(toQt(it->get<std::string>()), Qt::ISODateWithMs);
}

std::string keyOf(const Json &item, const std::string &field)
{
    const auto it = item.find(field);
    if (it == item.end())
        return {};
    return it->is_string() ? it->get<std::string>() : it->dump();
}

std::string nowText()
{
    return toStd(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
}

} // namespace

std::string MasterData::keyField(const std::string &resource)
{
    if (resource == "model-regions")
        return "model";
    if (resource == "changes")
        return "id";
    return "code";
}

bool MasterData::load(const QByteArray &document, QString *error)
{
    const Json json = Json::parse(document.constData(), document.constData() + document.size(), nullptr, false);
    if (json.is_discarded() || !json.is_object()) {
        *error = QStringLiteral("master data is not a JSON object of resources");
        return false;
    }
    m_resources.clear();
    for (const auto &[resource, items] : json.items()) {
        if (!items.is_array()) {
            *error = QStringLiteral("master data resource %1 is not an array").arg(toQt(resource));
            return false;
        }
        m_resources[resource] = items;
    }
    m_resources.try_emplace("changes", Json::array());
    m_initial = m_resources;
    return true;
}

Json MasterData::page(const std::string &resource, const PageRequest &request) const
{
    const std::string key = keyField(resource);
    struct Row
    {
        QDateTime updatedAt;
        std::string key;
        const Json *item;
    };
    std::vector<Row> rows;
    for (const Json &item : m_resources.at(resource)) {
        const QDateTime updatedAt = parseTime(item);
        if (request.updatedSince && !(updatedAt > *request.updatedSince))
            continue;
        rows.push_back({updatedAt, keyOf(item, key), &item});
    }
    std::sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
        if (a.updatedAt != b.updatedAt)
            return a.updatedAt < b.updatedAt;
        return a.key < b.key;
    });

    if (request.keyset) {
        // Strictly after (updated_at, key): equal timestamps across a page boundary are neither skipped nor repeated,
        // and an item changed meanwhile moves behind the cursor, where this pull or the next one finds it.
        auto after = [&](const Row &row) {
            if (!request.afterTime)
                return true;
            if (row.updatedAt != *request.afterTime || !request.afterKey)
                return row.updatedAt > *request.afterTime;
            return row.key > *request.afterKey;
        };
        Json items = Json::array();
        Json cursor = request.afterText.empty() ? Json() : Json(request.afterText);
        size_t remaining = 0;
        for (const Row &row : rows) {
            if (!after(row))
                continue;
            if (items.size() < size_t(request.pageSize)) {
                items.push_back(*row.item);
                cursor = row.item->value("updated_at", std::string()) + "," + row.key;
            } else {
                ++remaining;
            }
        }
        return Json{{"items", items}, {"page_size", request.pageSize}, {"has_more", remaining > 0}, {"cursor", cursor}};
    }

    Json items = Json::array();
    const size_t first = size_t(request.page - 1) * size_t(request.pageSize);
    for (size_t i = first; i < rows.size() && i < first + size_t(request.pageSize); ++i)
        items.push_back(*rows[i].item);

    // The cursor is the newest updated_at of the whole result set, as the item carries it; with nothing new
    // the client's own cursor comes back so it can store the answer blindly.
    Json cursor = request.updatedSinceText.empty() ? Json() : Json(request.updatedSinceText);
    if (!rows.empty())
        cursor = rows.back().item->value("updated_at", Json());

    return Json{{"items", items},
                {"page", request.page},
                {"page_size", request.pageSize},
                {"total", rows.size()},
                {"has_more", first + items.size() < rows.size()},
                {"cursor", cursor}};
}

std::string MasterData::setScript(const Json &body)
{
    if (!body.is_object())
        return "body: expected an object";
    if (!body.contains("resource") || !body.at("resource").is_string())
        return "resource: expected a resource name";
    const std::string resource = body.at("resource").get<std::string>();
    if (!hasResource(resource))
        return "resource: no such resource: " + resource;
    PullScript script;
    if (body.contains("on_page")) {
        if (!body.at("on_page").is_number_integer() || body.at("on_page").get<int>() < 1)
            return "on_page: expected an integer of at least 1";
        script.onPage = body.at("on_page").get<int>();
    }
    if (body.contains("page_size")) {
        if (!body.at("page_size").is_number_integer() || body.at("page_size").get<int>() < 1)
            return "page_size: expected an integer of at least 1";
        script.pageSize = body.at("page_size").get<int>();
    }
    if (body.contains("upsert")) {
        if (!body.at("upsert").is_array())
            return "upsert: expected a list of items";
        script.upsert = body.at("upsert");
    }
    if (body.contains("malformed")) {
        const Json &m = body.at("malformed");
        if (!m.is_object() || !m.contains("index") || !m.at("index").is_number_integer() || !m.contains("field") ||
            !m.at("field").is_string() || !m.contains("value"))
            return "malformed: expected {index, field, value}";
        script.malformed = m;
    }
    if (body.contains("stuck")) {
        if (!body.at("stuck").is_boolean())
            return "stuck: expected true or false";
        script.stuck = body.at("stuck").get<bool>();
    }
    m_scripts[resource] = script;
    return {};
}

int MasterData::pageSize(const std::string &resource, int requested) const
{
    auto it = m_scripts.find(resource);
    return it == m_scripts.end() || it->second.pageSize == 0 ? requested : it->second.pageSize;
}

void MasterData::script(const std::string &resource, const PageRequest &request, Json &answer)
{
    auto it = m_scripts.find(resource);
    if (it == m_scripts.end())
        return;
    PullScript &script = it->second;
    const int page = ++script.served;
    if (page < script.onPage)
        return;
    if (script.stuck) {
        answer["has_more"] = true;
        answer["cursor"] = request.keyset ? Json(request.afterText) : Json(request.updatedSinceText);
    }
    if (page != script.onPage)
        return;
    if (!script.malformed.is_null()) {
        const auto index = script.malformed.at("index").get<size_t>();
        Json &items = answer["items"];
        if (index < items.size())
            items[index][script.malformed.at("field").get<std::string>()] = script.malformed.at("value");
    }
    if (!script.upsert.is_null())
        upsert(resource, script.upsert);
}

std::string MasterData::upsert(const std::string &resource, const Json &items)
{
    if (!items.is_array())
        return "items: expected an array";
    const std::string key = keyField(resource);
    for (size_t i = 0; i < items.size(); ++i) {
        if (!items[i].is_object())
            return "items[" + std::to_string(i) + "]: expected an object";
        if (resource != "changes" && !items[i].contains(key))
            return "items[" + std::to_string(i) + "]." + key + ": required field missing";
    }
    Json &stored = m_resources[resource];
    if (!stored.is_array())
        stored = Json::array();
    for (Json item : items) {
        if (resource == "changes" && !item.contains(key))
            item[key] = "CHG-" + std::to_string(m_nextChangeId++);
        if (!item.contains("updated_at"))
            item["updated_at"] = nowText();
        const std::string itemKey = keyOf(item, key);
        auto it = std::find_if(stored.begin(), stored.end(),
                               [&](const Json &existing) { return keyOf(existing, key) == itemKey; });
        if (it != stored.end())
            *it = item;
        else
            stored.push_back(item);
    }
    return {};
}

} // namespace fb::sim
