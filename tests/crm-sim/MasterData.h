#pragma once
// The new CRM's master data and status changes: resources of items with updated_at, served paged and by cursor.

#include "Json.h"

#include <QDateTime>

#include <map>
#include <optional>
#include <string>

namespace fb::sim {

struct PageRequest
{
    std::optional<QDateTime> updatedSince; // absent or empty: everything
    std::string updatedSinceText;
    int page = 1;
    int pageSize = 100;
};

class MasterData
{
public:
    static constexpr int kDefaultPageSize = 100;
    static constexpr int kMaxPageSize = 500;

    // Replaces everything with the resources of a {"resource": [items…]} document; keeps it for reset().
    bool load(const QByteArray &document, QString *error);
    void reset() { m_resources = m_initial; }

    bool hasResource(const std::string &resource) const { return m_resources.contains(resource); }

    // {items, page, page_size, total, has_more, cursor} as docs/crm-api.md describes.
    Json page(const std::string &resource, const PageRequest &request) const;

    // Inserts or replaces items by their key (code, model for model-regions, id for changes); items without
    // updated_at get "now". Unknown resources are created. Returns an error message or empty.
    std::string upsert(const std::string &resource, const Json &items);

    static std::string keyField(const std::string &resource);

private:
    std::map<std::string, Json> m_resources; // resource -> array of items
    std::map<std::string, Json> m_initial;
    long long m_nextChangeId = 1;
};

} // namespace fb::sim
