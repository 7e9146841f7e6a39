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
